# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bot_promo_image import BotPromoImage


T = TypeVar("T", bound="BotPromo")

_KNOWN_KEYS = frozenset(
    {
        "description",
        "published",
        "promo_images",
    }
)


@_attrs_define
class BotPromo:
    """A bot's listing in the app catalog, returned as `promo` in bot responses.

    Attributes:
        description (None | str): Text presenting the bot on its listing; null when none is set.
        published (bool): True if the listing is visible in the catalog.
        promo_images (list[BotPromoImage]): Screenshots shown on the listing, in display order.
    """

    description: None | str
    published: bool
    promo_images: list[BotPromoImage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        description: None | str
        description = self.description

        published = self.published

        promo_images = []
        for promo_images_item_data in self.promo_images:
            promo_images_item = promo_images_item_data.to_dict()
            promo_images.append(promo_images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "published": published,
                "promo_images": promo_images,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        description = d["description"]

        published = d["published"]

        promo_images = [BotPromoImage.from_dict(promo_images_item_data) for promo_images_item_data in d["promo_images"]]

        bot_promo = cls(
            description,
            published,
            promo_images,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            bot_promo.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_promo

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
    global BotPromoImage
    from ..models.bot_promo_image import BotPromoImage

    _references_pending = False
