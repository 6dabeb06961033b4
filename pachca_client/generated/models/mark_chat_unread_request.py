# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarkChatUnreadRequest")

_KNOWN_KEYS = frozenset(
    {
        "message_id",
    }
)


@_attrs_define
class MarkChatUnreadRequest:
    """Optional body of `PUT /chats/{id}/unread`, which flags a chat as unread for the token owner alone; other members
    notice nothing.

        Attributes:
            message_id (int | Unset): First message to show as unread: it and every later one become unread. Omit to flag
                only the latest message.
    """

    message_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message_id = d.get("message_id", UNSET)

        mark_chat_unread_request = cls(
            message_id,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            mark_chat_unread_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return mark_chat_unread_request

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
