# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bot_scope_catalog_group import BotScopeCatalogGroup
    from ..models.bot_scope_catalog_item import BotScopeCatalogItem
    from ..models.bot_scope_catalog_preset import BotScopeCatalogPreset


T = TypeVar("T", bound="BotScopeCatalog")

_KNOWN_KEYS = frozenset(
    {
        "scopes",
        "groups",
        "presets",
    }
)


@_attrs_define
class BotScopeCatalog:
    """The scopes that may be given to a bot's tokens and to its OAuth client, with their categories and ready-made sets;
    returned by `GET /bots/{id}/scopes`.

        Attributes:
            scopes (list[BotScopeCatalogItem]): Every scope the bot may be granted.
            groups (list[BotScopeCatalogGroup]): Categories the scopes are sorted into.
            presets (list[BotScopeCatalogPreset]): Predefined bundles of scopes, as offered in the app's scope picker.
    """

    scopes: list[BotScopeCatalogItem]
    groups: list[BotScopeCatalogGroup]
    presets: list[BotScopeCatalogPreset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.to_dict()
            scopes.append(scopes_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        presets = []
        for presets_item_data in self.presets:
            presets_item = presets_item_data.to_dict()
            presets.append(presets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scopes": scopes,
                "groups": groups,
                "presets": presets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        scopes = [BotScopeCatalogItem.from_dict(scopes_item_data) for scopes_item_data in d["scopes"]]

        groups = [BotScopeCatalogGroup.from_dict(groups_item_data) for groups_item_data in d["groups"]]

        presets = [BotScopeCatalogPreset.from_dict(presets_item_data) for presets_item_data in d["presets"]]

        bot_scope_catalog = cls(
            scopes,
            groups,
            presets,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            bot_scope_catalog.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_scope_catalog

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
    global BotScopeCatalogGroup
    global BotScopeCatalogItem
    global BotScopeCatalogPreset
    from ..models.bot_scope_catalog_group import BotScopeCatalogGroup
    from ..models.bot_scope_catalog_item import BotScopeCatalogItem
    from ..models.bot_scope_catalog_preset import BotScopeCatalogPreset

    _references_pending = False
