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
    from ..models.bot_access_token import BotAccessToken
    from ..models.bot_access_token import _from_dict as _BotAccessToken_from_dict
    from ..models.pagination_meta import PaginationMeta
    from ..models.pagination_meta import _from_dict as _PaginationMeta_from_dict


T = TypeVar("T", bound="ListBotTokensResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "meta",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "data": "array",
    "meta": "object (PaginationMeta)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("data", "meta")


@_attrs_define(repr=False)
class ListBotTokensResponse:
    """List response: the page of items in `data` and paging state in `meta`.

    Attributes:
        data (list[BotAccessToken]): Tokens on this page.
        meta (PaginationMeta): `meta` object of cursor-paginated lists. Keep requesting with `cursor` set to `next_page`
            until `has_next` is false.
    """

    data: list[BotAccessToken]
    meta: PaginationMeta
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
            f"data={self.data!r}, "
            f"meta={self.meta!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ListBotTokensResponse` from its JSON object, validated against openapi.yaml.

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
    """`ListBotTokensResponse.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ListBotTokensResponse", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        data, meta = _read_required(_d)
        if type(data) is not list:
            data = _v.array(data, "data", strict)

        if data:
            _data_list = []
            try:
                for _item0 in data:
                    _item0 = _BotAccessToken_from_dict(BotAccessToken, _item0, strict)

                    _data_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(data).at_key("data") from None
            data = _data_list

        try:
            meta = _PaginationMeta_from_dict(PaginationMeta, meta, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("meta") from None

        _n = 2
        _result: T = _new(cls)
        _result.data = data
        _result.meta = meta
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ListBotTokensResponse", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("ListBotTokensResponse", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global BotAccessToken, _BotAccessToken_from_dict
    global PaginationMeta, _PaginationMeta_from_dict
    from ..models.bot_access_token import BotAccessToken
    from ..models.bot_access_token import _from_dict as _BotAccessToken_from_dict
    from ..models.pagination_meta import PaginationMeta
    from ..models.pagination_meta import _from_dict as _PaginationMeta_from_dict

    _references_pending = False
