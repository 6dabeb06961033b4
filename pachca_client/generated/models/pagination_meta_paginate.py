# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMetaPaginate")

_KNOWN_KEYS = frozenset(
    {
        "next_page",
        "prev_page",
        "has_next",
        "has_prev",
    }
)


@_attrs_define
class PaginationMetaPaginate:
    """Cursors and flags for moving through the list; all four keys are always present, even for an empty page.

    Attributes:
        next_page (str): Opaque cursor for the following page: pass it back unchanged and never parse or persist it. It
            is not null even on the last page.
        prev_page (str | Unset): Opaque cursor pointing before the first item of this page, used to poll for records
            added since.
        has_next (bool | Unset): False once the end has been reached. Rely on this flag, not on a short page.
        has_prev (bool | Unset): Tells whether anything precedes this page; always false when no cursor was sent.
    """

    next_page: str
    prev_page: str | Unset = UNSET
    has_next: bool | Unset = UNSET
    has_prev: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page = self.next_page

        prev_page = self.prev_page

        has_next = self.has_next

        has_prev = self.has_prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_page": next_page,
            }
        )
        if prev_page is not UNSET:
            field_dict["prev_page"] = prev_page
        if has_next is not UNSET:
            field_dict["has_next"] = has_next
        if has_prev is not UNSET:
            field_dict["has_prev"] = has_prev

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        next_page = d["next_page"]

        prev_page = d.get("prev_page", UNSET)

        has_next = d.get("has_next", UNSET)

        has_prev = d.get("has_prev", UNSET)

        pagination_meta_paginate = cls(
            next_page,
            prev_page,
            has_next,
            has_prev,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            pagination_meta_paginate.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return pagination_meta_paginate

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
