# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_entity_type import MessageEntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_file_request import DraftFileRequest
    from ..models.draft_schedule_request import DraftScheduleRequest


T = TypeVar("T", bound="DraftCreateRequestDraft")

_KNOWN_KEYS = frozenset(
    {
        "entity_type",
        "entity_id",
        "content",
        "parent_message_id",
        "files",
        "schedule",
    }
)


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        entity_type = MessageEntityType._from_value(d["entity_type"])

        entity_id = d["entity_id"]

        content = d.get("content", UNSET)

        parent_message_id = d.get("parent_message_id", UNSET)

        _files = d.get("files", UNSET)
        files: list[DraftFileRequest] | Unset = UNSET
        if _files is not UNSET:
            files = [DraftFileRequest.from_dict(files_item_data) for files_item_data in _files]

        _schedule = d.get("schedule", UNSET)
        schedule: DraftScheduleRequest | None | Unset
        if _schedule is None:
            schedule = None
        elif isinstance(_schedule, Unset):
            schedule = _schedule
        elif not isinstance(_schedule, dict):
            schedule = _schedule
        else:
            try:
                schedule_type_0 = DraftScheduleRequest.from_dict(_schedule)

                schedule = schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                schedule = cast("DraftScheduleRequest | None | Unset", _schedule)

        draft_create_request_draft = cls(
            entity_type,
            entity_id,
            content,
            parent_message_id,
            files,
            schedule,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            draft_create_request_draft.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return draft_create_request_draft

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
    global DraftFileRequest
    global DraftScheduleRequest
    from ..models.draft_file_request import DraftFileRequest
    from ..models.draft_schedule_request import DraftScheduleRequest

    _references_pending = False
