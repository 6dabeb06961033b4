# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageThreadType0")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "chat_id",
    }
)


@_attrs_define
class MessageThreadType0:
    """Thread opened on this message, as `{id, chat_id}`; null if none exists or if the message is itself a thread comment.

    Attributes:
        id (int): Id of the thread (int64).
        chat_id (int): Id of the thread's own chat (int64, can exceed 32 bits); comments are posted and read there.
    """

    id: int
    chat_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chat_id = self.chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chat_id": chat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        chat_id = d["chat_id"]

        message_thread_type_0 = cls(
            id,
            chat_id,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            message_thread_type_0.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return message_thread_type_0

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
