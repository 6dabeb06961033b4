# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Forwarding")

_KNOWN_KEYS = frozenset(
    {
        "original_message_id",
        "original_chat_id",
        "author_id",
        "original_created_at",
        "original_thread_id",
        "original_thread_message_id",
        "original_thread_parent_chat_id",
    }
)


@_attrs_define
class Forwarding:
    """Where a forwarded message came from; found in `Message.forwarding` when the message is a forward.

    Attributes:
        original_message_id (int): Message that was forwarded.
        original_chat_id (int): Chat holding the original message.
        author_id (int): Original sender of the forwarded content.
        original_created_at (datetime.datetime): When the original message was posted.
        original_thread_id (int | None): Thread that contained the original message; null if it was not in a thread.
        original_thread_message_id (int | None): Message to which the original's thread is attached; null if the
            original was outside any thread or the thread is standalone.
        original_thread_parent_chat_id (int | None): Chat of that thread-anchor message; null in the same cases as
            `original_thread_message_id`.
    """

    original_message_id: int
    original_chat_id: int
    author_id: int
    original_created_at: datetime.datetime
    original_thread_id: int | None
    original_thread_message_id: int | None
    original_thread_parent_chat_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_message_id = self.original_message_id

        original_chat_id = self.original_chat_id

        author_id = self.author_id

        original_created_at = self.original_created_at.isoformat()

        original_thread_id: int | None
        original_thread_id = self.original_thread_id

        original_thread_message_id: int | None
        original_thread_message_id = self.original_thread_message_id

        original_thread_parent_chat_id: int | None
        original_thread_parent_chat_id = self.original_thread_parent_chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_message_id": original_message_id,
                "original_chat_id": original_chat_id,
                "author_id": author_id,
                "original_created_at": original_created_at,
                "original_thread_id": original_thread_id,
                "original_thread_message_id": original_thread_message_id,
                "original_thread_parent_chat_id": original_thread_parent_chat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        original_message_id = d["original_message_id"]

        original_chat_id = d["original_chat_id"]

        author_id = d["author_id"]

        original_created_at = datetime.datetime.fromisoformat(d["original_created_at"])

        original_thread_id = d["original_thread_id"]

        original_thread_message_id = d["original_thread_message_id"]

        original_thread_parent_chat_id = d["original_thread_parent_chat_id"]

        forwarding = cls(
            original_message_id,
            original_chat_id,
            author_id,
            original_created_at,
            original_thread_id,
            original_thread_message_id,
            original_thread_parent_chat_id,
        )

        if len(d) != 7 and not d.keys() <= _KNOWN_KEYS:
            forwarding.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return forwarding

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
