# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotScopeCatalogPreset")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
    }
)


@_attrs_define
class BotScopeCatalogPreset:
    """A predefined bundle of scopes that can be applied in one step.

    Attributes:
        id (str): Identifier of the preset: `read-only` or `admin`.
        title (str): Human-readable name of the preset.
    """

    id: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        title = d["title"]

        bot_scope_catalog_preset = cls(
            id,
            title,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            bot_scope_catalog_preset.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_scope_catalog_preset

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
