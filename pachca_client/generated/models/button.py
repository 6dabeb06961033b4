# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Button")

_KNOWN_KEYS = frozenset(
    {
        "text",
        "url",
        "data",
    }
)


@_attrs_define
class Button:
    """A button attached to a message. Set exactly one of `url` (opens a link after the user confirms) or `data` (sends a
    `button` webhook to the bot).

        Attributes:
            text (str): Caption shown on the button.
            url (str | Unset): Link opened when the button is pressed; do not combine with `data`.
            data (str | Unset): Opaque string handed to the bot in the `button`/`click` webhook; do not combine with `url`.
    """

    text: str
    url: str | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        url = self.url

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        url = d.get("url", UNSET)

        data = d.get("data", UNSET)

        button = cls(
            text,
            url,
            data,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            button.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return button

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
