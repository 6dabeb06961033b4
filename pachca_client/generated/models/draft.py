# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_entity_type import MessageEntityType

if TYPE_CHECKING:
    from ..models.draft_schedule import DraftSchedule
    from ..models.file import File
    from ..models.voice_content import VoiceContent


T = TypeVar("T", bound="Draft")

_KNOWN_KEYS = frozenset(
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


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        id = d["id"]

        _entity_type = d["entity_type"]
        entity_type: MessageEntityType | None
        if _entity_type is None:
            entity_type = None
        elif not isinstance(_entity_type, str):
            entity_type = _entity_type
        else:
            try:
                entity_type_type_0 = MessageEntityType._from_value(_entity_type)

                entity_type = entity_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                entity_type = cast("MessageEntityType | None", _entity_type)

        entity_id = d["entity_id"]

        chat_id = d["chat_id"]

        content = d["content"]

        parent_message_id = d["parent_message_id"]

        files = [File.from_dict(files_item_data) for files_item_data in d["files"]]

        _voice_content = d["voice_content"]
        voice_content: None | VoiceContent
        if _voice_content is None:
            voice_content = None
        elif not isinstance(_voice_content, dict):
            voice_content = _voice_content
        else:
            try:
                voice_content_type_0 = VoiceContent.from_dict(_voice_content)

                voice_content = voice_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                voice_content = cast("None | VoiceContent", _voice_content)

        _schedule = d["schedule"]
        schedule: DraftSchedule | None
        if _schedule is None:
            schedule = None
        elif not isinstance(_schedule, dict):
            schedule = _schedule
        else:
            try:
                schedule_type_0 = DraftSchedule.from_dict(_schedule)

                schedule = schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                schedule = cast("DraftSchedule | None", _schedule)

        _next_send_at = d["next_send_at"]
        next_send_at: datetime.datetime | None
        if _next_send_at is None:
            next_send_at = None
        elif not isinstance(_next_send_at, str):
            next_send_at = _next_send_at
        else:
            try:
                next_send_at_type_0 = datetime.datetime.fromisoformat(_next_send_at)

                next_send_at = next_send_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                next_send_at = cast("datetime.datetime | None", _next_send_at)

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        draft = cls(
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
        )

        if len(d) != 12 and not d.keys() <= _KNOWN_KEYS:
            draft.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return draft

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


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global DraftSchedule
    global File
    global VoiceContent
    from ..models.draft_schedule import DraftSchedule
    from ..models.file import File
    from ..models.voice_content import VoiceContent

    _references_pending = False
