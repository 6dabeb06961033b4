# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.message_entity_type import MessageEntityType
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.draft_file_request import DraftFileRequest
    from ..models.draft_file_request import _from_dict as _DraftFileRequest_from_dict
    from ..models.draft_schedule_request import DraftScheduleRequest
    from ..models.draft_schedule_request import _from_dict as _DraftScheduleRequest_from_dict


T = TypeVar("T", bound="DraftCreateRequestDraft")
_MessageEntityType_MEMBERS = MessageEntityType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "entity_type",
        "entity_id",
        "content",
        "parent_message_id",
        "files",
        "schedule",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "entity_type": "string (MessageEntityType)",
    "entity_id": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("entity_type", "entity_id")


@_attrs_define(repr=False)
class DraftCreateRequestDraft:
    """The draft to store; it needs text, attachments or both.

    Attributes:
        entity_type (MessageEntityType): What a message is addressed to: `discussion` (a group chat or channel, by chat
            id), `thread` (by thread id) or `user` (a DM, by user id; the DM chat is created when missing).
        entity_id (int): Id of the target matching `entity_type`: chat id, thread id (the thread itself, not the message
            it hangs under) or user id. A missing DM chat is created.
        content (str | Unset): Text of the draft; may be left out when files are attached.
        parent_message_id (int | None | Unset): Message in the same chat that the draft will answer once sent; null or
            absent for no reply.
        files (list[DraftFileRequest] | Unset): Attachments, at most 10, uploaded beforehand via `POST /uploads` and
            `direct_url`.
        schedule (DraftScheduleRequest | None | Unset): Sending plan; give it to create a scheduled message, leave it
            out or null for a plain draft.
    """

    entity_type: MessageEntityType
    entity_id: int
    content: str | Unset = UNSET
    parent_message_id: int | None | Unset = UNSET
    files: list[DraftFileRequest] | Unset = UNSET
    schedule: DraftScheduleRequest | None | Unset = UNSET
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
            f"entity_type={self.entity_type!r}, "
            f"entity_id={self.entity_id!r}, "
            f"content={self.content!r}, "
            f"parent_message_id={self.parent_message_id!r}, "
            f"files={self.files!r}, "
            f"schedule={self.schedule!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        entity_type = self.entity_type.value

        entity_id = self.entity_id

        content = self.content

        parent_message_id: int | None | Unset
        if isinstance(self.parent_message_id, Unset):
            parent_message_id = UNSET
        else:
            parent_message_id = self.parent_message_id

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, DraftScheduleRequest):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "entity_type": entity_type,
                "entity_id": entity_id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if parent_message_id is not UNSET:
            field_dict["parent_message_id"] = parent_message_id
        if files is not UNSET:
            field_dict["files"] = files
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`DraftCreateRequestDraft` from its JSON object, validated against openapi.yaml.

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
    """`DraftCreateRequestDraft.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "DraftCreateRequestDraft", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        entity_type, entity_id = _read_required(_d)
        if len(_d) != 2:
            content = _d.get("content", UNSET)
            parent_message_id = _d.get("parent_message_id", UNSET)
            files = _d.get("files", UNSET)
            schedule = _d.get("schedule", UNSET)
        else:
            content = parent_message_id = files = schedule = UNSET
        try:
            entity_type = _MessageEntityType_MEMBERS[entity_type]
        except (KeyError, TypeError):
            entity_type = _v.enum_member(MessageEntityType, entity_type, "entity_type", strict)
        if strict:
            _v.unknown_value(MessageEntityType, entity_type, "entity_type")

        if type(entity_id) is not int:
            entity_id = _v.integer(entity_id, "entity_id", strict)

        _n = 2
        if content is not UNSET:
            _n += 1
            if type(content) is not str:
                content = _v.string(content, "content", strict)

        if parent_message_id is not UNSET:
            _n += 1
            if type(parent_message_id) is not int and parent_message_id is not None:
                parent_message_id = _v.integer(parent_message_id, "parent_message_id", strict)

        if files is not UNSET:
            _n += 1
            if type(files) is not list:
                files = _v.array(files, "files", strict)
            if strict:
                _v.check_limits(files, "files", max_items=10)

            if files:
                _files_list = []
                try:
                    for _item0 in files:
                        _item0 = _DraftFileRequest_from_dict(DraftFileRequest, _item0, strict)

                        _files_list.append(_item0)
                except _v.ValidationError as _error:
                    raise _error.at_index(files).at_key("files") from None
                files = _files_list

        if schedule is not UNSET:
            _n += 1
            if schedule is not None:
                try:
                    schedule = _DraftScheduleRequest_from_dict(DraftScheduleRequest, schedule, strict)
                except _v.ValidationError as _error:
                    raise _error.at_key("schedule") from None

        _result: T = _new(cls)
        _result.entity_type = entity_type
        _result.entity_id = entity_id
        _result.content = content
        _result.parent_message_id = parent_message_id
        _result.files = files
        _result.schedule = schedule
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("DraftCreateRequestDraft", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("DraftCreateRequestDraft", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global DraftFileRequest, _DraftFileRequest_from_dict
    global DraftScheduleRequest, _DraftScheduleRequest_from_dict
    from ..models.draft_file_request import DraftFileRequest
    from ..models.draft_file_request import _from_dict as _DraftFileRequest_from_dict
    from ..models.draft_schedule_request import DraftScheduleRequest
    from ..models.draft_schedule_request import _from_dict as _DraftScheduleRequest_from_dict

    _references_pending = False
