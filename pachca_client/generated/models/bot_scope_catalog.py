# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.bot_scope_catalog_group import BotScopeCatalogGroup
    from ..models.bot_scope_catalog_group import _from_dict as _BotScopeCatalogGroup_from_dict
    from ..models.bot_scope_catalog_item import BotScopeCatalogItem
    from ..models.bot_scope_catalog_item import _from_dict as _BotScopeCatalogItem_from_dict
    from ..models.bot_scope_catalog_preset import BotScopeCatalogPreset
    from ..models.bot_scope_catalog_preset import _from_dict as _BotScopeCatalogPreset_from_dict


T = TypeVar("T", bound="BotScopeCatalog")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "scopes",
        "groups",
        "presets",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "scopes": "array",
    "groups": "array",
    "presets": "array",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("scopes", "groups", "presets")


@_attrs_define(repr=False)
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
    # Unknown keys: None until there are some (most objects have none, and an empty dict per object
    # costs time and memory); `additional_properties` makes the dict on first use. None and {} compare equal.
    _additional_properties: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=_v.extras_key)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that openapi.yaml does not declare, with their values."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"scopes={self.scopes!r}, "
            f"groups={self.groups!r}, "
            f"presets={self.presets!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "scopes": scopes,
                "groups": groups,
                "presets": presets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`BotScopeCatalog` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _v.without_gc_pauses(_from_dict, cls, src_dict, strict)

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


def _from_dict(cls: type[T], src_dict: Mapping[str, Any], strict: bool) -> T:
    """`BotScopeCatalog.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "BotScopeCatalog", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        scopes, groups, presets = _read_required(_d)
        if type(scopes) is not list:
            scopes = _v.array(scopes, "scopes", strict)

        if scopes:
            _scopes_list = []
            try:
                for _item0 in scopes:
                    _item0 = _BotScopeCatalogItem_from_dict(BotScopeCatalogItem, _item0, strict)

                    _scopes_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(scopes).at_key("scopes") from None
            scopes = _scopes_list

        if type(groups) is not list:
            groups = _v.array(groups, "groups", strict)

        if groups:
            _groups_list = []
            try:
                for _item0 in groups:
                    _item0 = _BotScopeCatalogGroup_from_dict(BotScopeCatalogGroup, _item0, strict)

                    _groups_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(groups).at_key("groups") from None
            groups = _groups_list

        if type(presets) is not list:
            presets = _v.array(presets, "presets", strict)

        if presets:
            _presets_list = []
            try:
                for _item0 in presets:
                    _item0 = _BotScopeCatalogPreset_from_dict(BotScopeCatalogPreset, _item0, strict)

                    _presets_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(presets).at_key("presets") from None
            presets = _presets_list

        _n = 3
        _result: T = _new(cls)
        _result.scopes = scopes
        _result.groups = groups
        _result.presets = presets
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("BotScopeCatalog", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("BotScopeCatalog", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global BotScopeCatalogGroup, _BotScopeCatalogGroup_from_dict
    global BotScopeCatalogItem, _BotScopeCatalogItem_from_dict
    global BotScopeCatalogPreset, _BotScopeCatalogPreset_from_dict
    from ..models.bot_scope_catalog_group import BotScopeCatalogGroup
    from ..models.bot_scope_catalog_group import _from_dict as _BotScopeCatalogGroup_from_dict
    from ..models.bot_scope_catalog_item import BotScopeCatalogItem
    from ..models.bot_scope_catalog_item import _from_dict as _BotScopeCatalogItem_from_dict
    from ..models.bot_scope_catalog_preset import BotScopeCatalogPreset
    from ..models.bot_scope_catalog_preset import _from_dict as _BotScopeCatalogPreset_from_dict

    _references_pending = False
