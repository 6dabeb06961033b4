# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotScopeCatalogGroup")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "description",
    }
)


@_attrs_define
class BotScopeCatalogGroup:
    """A named category grouping related scopes in the catalog.

    Attributes:
        id (str): Identifier of the category, referenced by a scope's `group`.
        title (str): Human-readable name of the category.
        description (str): Short explanation of what the category covers.
    """

    id: str
    title: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        title = d["title"]

        description = d["description"]

        bot_scope_catalog_group = cls(
            id,
            title,
            description,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            bot_scope_catalog_group.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_scope_catalog_group

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
