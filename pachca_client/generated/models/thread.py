# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Thread")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "chat_id",
        "message_id",
        "message_chat_id",
        "updated_at",
    }
)


@_attrs_define
class Thread:
    """A thread: a separate chat of comments, normally attached to a message. Comments are posted and listed through the
    thread's `chat_id`.

        Attributes:
            id (int): Thread id (int64); use it as `entity_id` with `entity_type: thread` when posting.
            chat_id (int): Id of the thread's own chat (int64, can exceed 32 bits); use it to list or post comments.
            message_id (int | None): Anchor message of the thread; null when the thread was created standalone via `POST
                /threads`.
            message_chat_id (int | None): Chat of that message; null for a standalone thread.
            updated_at (datetime.datetime): Time of the latest change in the thread.
    """

    id: int
    chat_id: int
    message_id: int | None
    message_chat_id: int | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chat_id = self.chat_id

        message_id: int | None
        message_id = self.message_id

        message_chat_id: int | None
        message_chat_id = self.message_chat_id

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chat_id": chat_id,
                "message_id": message_id,
                "message_chat_id": message_chat_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        chat_id = d["chat_id"]

        message_id = d["message_id"]

        message_chat_id = d["message_chat_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        thread = cls(
            id,
            chat_id,
            message_id,
            message_chat_id,
            updated_at,
        )

        if len(d) != 5 and not d.keys() <= _KNOWN_KEYS:
            thread.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return thread

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
