# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.message_entity_type import MessageEntityType
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.draft_schedule import DraftSchedule
    from ..models.draft_schedule import _from_dict as _DraftSchedule_from_dict
    from ..models.file import File
    from ..models.file import _from_dict as _File_from_dict
    from ..models.voice_content import VoiceContent
    from ..models.voice_content import _from_dict as _VoiceContent_from_dict


T = TypeVar("T", bound="Draft")
_MessageEntityType_MEMBERS = MessageEntityType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "entity_type",
        "entity_id",
        "chat_id",
        "content",
        "parent_message_id",
        "files",
        "voice_content",
        "schedule",
        "next_send_at",
        "created_at",
        "updated_at",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "integer",
    "entity_type": "string (MessageEntityType) or null",
    "entity_id": "integer or null",
    "chat_id": "integer or null",
    "content": "string",
    "parent_message_id": "integer or null",
    "files": "array",
    "voice_content": "object (VoiceContent) or null",
    "schedule": "object (DraftSchedule) or null",
    "next_send_at": "date-time or null",
    "created_at": "date-time",
    "updated_at": "date-time",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "id",
    "entity_type",
    "entity_id",
    "chat_id",
    "content",
    "parent_message_id",
    "files",
    "voice_content",
    "schedule",
    "next_send_at",
    "created_at",
    "updated_at",
)


@_attrs_define(repr=False)
class Draft:
    """An unsent message of the token owner, returned by the `/drafts` endpoints: either a plain draft waiting in a chat's
    input box, or a scheduled message that Pachca posts by itself, once or repeatedly.

        Attributes:
            id (int): Id of the draft.
            entity_type (MessageEntityType | None): Where the draft will be posted: a discussion or channel, a thread, or a
                DM with a user; null when the target is no longer available.
            entity_id (int | None): Id of the target named by `entity_type`: a chat id, a thread id or a user id; null when
                the target is no longer available.
            chat_id (int | None): Chat that holds the draft; for a thread draft this is the thread's own chat. Null when no
                such chat can be named.
            content (str): Text of the draft; an empty string, not null, when it consists of attachments only.
            parent_message_id (int | None): Message this draft will reply to once sent; null when it is not a reply.
            files (list[File]): Attachments of the draft; an empty list when there are none.
            voice_content (None | VoiceContent): Duration and waveform of an attached voice recording; null when there is
                none. Its transcript stays null until the message is actually sent.
            schedule (DraftSchedule | None): When and how often the message is to be sent; null for a plain draft.
            next_send_at (datetime.datetime | None): Moment of the next automatic send (UTC); null for a plain draft.
            created_at (datetime.datetime): When the draft was created.
            updated_at (datetime.datetime): When the draft was last modified.
    """

    id: int
    entity_type: MessageEntityType | None
    entity_id: int | None
    chat_id: int | None
    content: str
    parent_message_id: int | None
    files: list[File]
    voice_content: None | VoiceContent
    schedule: DraftSchedule | None
    next_send_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    # Unknown keys: None until there are some (most objects have none, and an empty dict per object
    # costs time and memory); `additional_properties` makes the dict on first use. None and {} compare equal.
    _additional_properties: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=_v.extras_key)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that openapi.yaml does not declare, with their values."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"entity_type={self.entity_type!r}, "
            f"entity_id={self.entity_id!r}, "
            f"chat_id={self.chat_id!r}, "
            f"content={self.content!r}, "
            f"parent_message_id={self.parent_message_id!r}, "
            f"files={self.files!r}, "
            f"voice_content={self.voice_content!r}, "
            f"schedule={self.schedule!r}, "
            f"next_send_at={self.next_send_at!r}, "
            f"created_at={self.created_at!r}, "
            f"updated_at={self.updated_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        entity_type: None | str
        if isinstance(self.entity_type, MessageEntityType):
            entity_type = self.entity_type.value
        else:
            entity_type = self.entity_type

        entity_id: int | None
        entity_id = self.entity_id

        chat_id: int | None
        chat_id = self.chat_id

        content = self.content

        parent_message_id: int | None
        parent_message_id = self.parent_message_id

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        voice_content: dict[str, Any] | None
        if isinstance(self.voice_content, VoiceContent):
            voice_content = self.voice_content.to_dict()
        else:
            voice_content = self.voice_content

        schedule: dict[str, Any] | None
        if isinstance(self.schedule, DraftSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        next_send_at: None | str
        if isinstance(self.next_send_at, datetime.datetime):
            next_send_at = self.next_send_at.isoformat()
        else:
            next_send_at = self.next_send_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "chat_id": chat_id,
                "content": content,
                "parent_message_id": parent_message_id,
                "files": files,
                "voice_content": voice_content,
                "schedule": schedule,
                "next_send_at": next_send_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`Draft` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _v.without_gc_pauses(_from_dict, cls, src_dict, strict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _from_dict(cls: type[T], src_dict: Mapping[str, Any], strict: bool) -> T:
    """`Draft.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "Draft", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
            id,
            entity_type,
            entity_id,
            chat_id,
            content,
            parent_message_id,
            files,
            voice_content,
            schedule,
            next_send_at,
            created_at,
            updated_at,
        ) = _read_required(_d)
        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        if entity_type is not None:
            try:
                entity_type = _MessageEntityType_MEMBERS[entity_type]
            except (KeyError, TypeError):
                entity_type = _v.enum_member(MessageEntityType, entity_type, "entity_type", strict)
            if strict:
                _v.unknown_value(MessageEntityType, entity_type, "entity_type")

        if type(entity_id) is not int and entity_id is not None:
            entity_id = _v.integer(entity_id, "entity_id", strict)

        if type(chat_id) is not int and chat_id is not None:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(content) is not str:
            content = _v.string(content, "content", strict)

        if type(parent_message_id) is not int and parent_message_id is not None:
            parent_message_id = _v.integer(parent_message_id, "parent_message_id", strict)

        if type(files) is not list:
            files = _v.array(files, "files", strict)

        if files:
            _files_list = []
            try:
                for _item0 in files:
                    _item0 = _File_from_dict(File, _item0, strict)

                    _files_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(files).at_key("files") from None
            files = _files_list

        if voice_content is not None:
            try:
                voice_content = _VoiceContent_from_dict(VoiceContent, voice_content, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("voice_content") from None

        if schedule is not None:
            try:
                schedule = _DraftSchedule_from_dict(DraftSchedule, schedule, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("schedule") from None

        _first_date_time = next_send_at
        if next_send_at is not None:
            try:
                _date_time0 = _parse_date_time(next_send_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(next_send_at, "next_send_at", strict)
            next_send_at = _date_time0

        if created_at == _first_date_time:
            created_at = next_send_at
        else:
            try:
                _date_time0 = _parse_date_time(created_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(created_at, "created_at", strict)
            created_at = _date_time0

        if updated_at == _first_date_time:
            updated_at = next_send_at
        else:
            try:
                _date_time0 = _parse_date_time(updated_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(updated_at, "updated_at", strict)
            updated_at = _date_time0

        _n = 12
        _result: T = _new(cls)
        _result.id = id
        _result.entity_type = entity_type
        _result.entity_id = entity_id
        _result.chat_id = chat_id
        _result.content = content
        _result.parent_message_id = parent_message_id
        _result.files = files
        _result.voice_content = voice_content
        _result.schedule = schedule
        _result.next_send_at = next_send_at
        _result.created_at = created_at
        _result.updated_at = updated_at
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("Draft", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("Draft", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global DraftSchedule, _DraftSchedule_from_dict
    global File, _File_from_dict
    global VoiceContent, _VoiceContent_from_dict
    from ..models.draft_schedule import DraftSchedule
    from ..models.draft_schedule import _from_dict as _DraftSchedule_from_dict
    from ..models.file import File
    from ..models.file import _from_dict as _File_from_dict
    from ..models.voice_content import VoiceContent
    from ..models.voice_content import _from_dict as _VoiceContent_from_dict

    _references_pending = False
