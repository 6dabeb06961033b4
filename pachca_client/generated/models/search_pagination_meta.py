# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_pagination_meta_paginate import SearchPaginationMetaPaginate


T = TypeVar("T", bound="SearchPaginationMeta")

_KNOWN_KEYS = frozenset(
    {
        "total",
        "paginate",
    }
)


@_attrs_define
class SearchPaginationMeta:
    """`meta` of the search endpoints: a total hit count and a forward cursor. Stop once you hold `total` items or get an
    empty page.

        Attributes:
            total (int): Number of matches across all pages.
            paginate (SearchPaginationMetaPaginate): Cursor for continuing the search.
    """

    total: int
    paginate: SearchPaginationMetaPaginate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        total = self.total

        paginate = self.paginate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "paginate": paginate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        total = d["total"]

        paginate = SearchPaginationMetaPaginate.from_dict(d["paginate"])

        search_pagination_meta = cls(
            total,
            paginate,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            search_pagination_meta.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return search_pagination_meta

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
    global SearchPaginationMetaPaginate
    from ..models.search_pagination_meta_paginate import SearchPaginationMetaPaginate

    _references_pending = False
