# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserStatusAwayMessageType0")

_KNOWN_KEYS = frozenset(
    {
        "text",
    }
)


@_attrs_define
class UserStatusAwayMessageType0:
    """Auto-reply shown in the profile and to people who DM or mention the user; null when unset.

    Attributes:
        text (str): Auto-reply text, up to 1024 characters.
    """

    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        user_status_away_message_type_0 = cls(
            text,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            user_status_away_message_type_0.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user_status_away_message_type_0

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
