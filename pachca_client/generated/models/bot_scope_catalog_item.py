# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotScopeCatalogItem")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "group",
        "preset",
    }
)


@_attrs_define
class BotScopeCatalogItem:
    """One entry of the bot scope catalog: a scope with its category and the presets that include it.

    Attributes:
        id (str): The scope name, such as `messages:create`.
        title (str): Human-readable explanation of what the scope allows.
        group (str): The category this scope belongs to: an `id` from `groups`.
        preset (list[str]): Ids of the presets (see `presets`) that include this scope.
    """

    id: str
    title: str
    group: str
    preset: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        group = self.group

        preset = self.preset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "group": group,
                "preset": preset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        title = d["title"]

        group = d["group"]

        preset = d["preset"]

        bot_scope_catalog_item = cls(
            id,
            title,
            group,
            preset,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            bot_scope_catalog_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_scope_catalog_item

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
