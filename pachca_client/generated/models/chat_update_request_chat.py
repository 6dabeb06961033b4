# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatUpdateRequestChat")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "public",
    }
)


@_attrs_define
class ChatUpdateRequestChat:
    """Fields to change; those left out stay as they are.

    Attributes:
        name (str | Unset): New title for the chat.
        public (bool | Unset): Open the chat to workspace-wide joining (true) or make it invitation-only (false).
    """

    name: str | Unset = UNSET
    public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if public is not UNSET:
            field_dict["public"] = public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        public = d.get("public", UNSET)

        chat_update_request_chat = cls(
            name,
            public,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            chat_update_request_chat.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return chat_update_request_chat

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
