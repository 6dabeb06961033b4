# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_block_divider_type import ViewBlockDividerType

T = TypeVar("T", bound="ViewBlockDivider")

_KNOWN_KEYS = frozenset(
    {
        "type",
    }
)


@_attrs_define
class ViewBlockDivider:
    """Form block that draws a horizontal separator (`type: divider`); it has no other fields.

    Attributes:
        type_ (ViewBlockDividerType): Always `divider`.
    """

    type_: ViewBlockDividerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ViewBlockDividerType._from_value(d["type"])

        view_block_divider = cls(
            type_,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            view_block_divider.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return view_block_divider

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
