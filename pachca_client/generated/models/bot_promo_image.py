# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotPromoImage")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "url",
    }
)


@_attrs_define
class BotPromoImage:
    """One screenshot displayed on a bot's catalog listing, with its upload key and link.

    Attributes:
        key (str): Storage key of the uploaded picture; the same value goes into `promo_images` of an update request.
        url (str): Link for downloading the picture.
    """

    key: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        url = d["url"]

        bot_promo_image = cls(
            key,
            url,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            bot_promo_image.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_promo_image

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
