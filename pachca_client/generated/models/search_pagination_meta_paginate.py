# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchPaginationMetaPaginate")

_KNOWN_KEYS = frozenset(
    {
        "next_page",
    }
)


@_attrs_define
class SearchPaginationMetaPaginate:
    """Cursor for continuing the search.

    Attributes:
        next_page (str): Opaque cursor for the next batch of results; pass it back unchanged.
    """

    next_page: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_page": next_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        next_page = d["next_page"]

        search_pagination_meta_paginate = cls(
            next_page,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            search_pagination_meta_paginate.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return search_pagination_meta_paginate

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
