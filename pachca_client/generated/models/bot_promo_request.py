# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotPromoRequest")

_KNOWN_KEYS = frozenset(
    {
        "description",
        "published",
        "promo_images",
    }
)


@_attrs_define
class BotPromoRequest:
    """Catalog listing settings sent as `promo` when a bot is created or updated.

    Attributes:
        description (str | Unset): Text on the listing that explains the bot's purpose. It must be set before the
            listing can be published.
        published (bool | Unset): Whether the listing is public; when true, the bot is shown as a card on the catalog's
            Overview tab. A description is needed first.
        promo_images (list[str] | Unset): Up to 5 screenshots, given as `key` values obtained from `POST /uploads`. The
            list replaces the current one and keeps the order given.
    """

    description: str | Unset = UNSET
    published: bool | Unset = UNSET
    promo_images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        published = self.published

        promo_images: list[str] | Unset = UNSET
        if not isinstance(self.promo_images, Unset):
            promo_images = self.promo_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if published is not UNSET:
            field_dict["published"] = published
        if promo_images is not UNSET:
            field_dict["promo_images"] = promo_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description = d.get("description", UNSET)

        published = d.get("published", UNSET)

        promo_images = d.get("promo_images", UNSET)

        bot_promo_request = cls(
            description,
            published,
            promo_images,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            bot_promo_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_promo_request

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
