# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewBlockSelectOption")

_KNOWN_KEYS = frozenset(
    {
        "text",
        "value",
        "description",
        "selected",
    }
)


@_attrs_define
class ViewBlockSelectOption:
    """One entry of a `select` drop-down, with an optional hint line under its label.

    Attributes:
        text (str): Visible label, up to 75 characters.
        value (str): Value submitted when this entry is chosen, up to 255 characters.
        description (str | Unset): Secondary line under the label, up to 75 characters.
        selected (bool | Unset): Whether the entry is preselected.
    """

    text: str
    value: str
    description: str | Unset = UNSET
    selected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        value = self.value

        description = self.description

        selected = self.selected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "value": value,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if selected is not UNSET:
            field_dict["selected"] = selected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        value = d["value"]

        description = d.get("description", UNSET)

        selected = d.get("selected", UNSET)

        view_block_select_option = cls(
            text,
            value,
            description,
            selected,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            view_block_select_option.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return view_block_select_option

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
