# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewBlock")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "text",
        "name",
        "label",
        "initial_date",
    }
)


@_attrs_define
class ViewBlock:
    """Generic form block listing fields shared by several block kinds. No operation references it; the concrete
    `ViewBlock*` schemas describe the real blocks.

        Attributes:
            type_ (str): Block kind, such as `input` or `header`.
            text (str | Unset): Text of a display block.
            name (str | Unset): Key under which an input block's answer is submitted.
            label (str | Unset): Caption of an input block.
            initial_date (datetime.datetime | Unset): Preset value of a date block.
    """

    type_: str
    text: str | Unset = UNSET
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    initial_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        name = self.name

        label = self.label

        initial_date: str | Unset = UNSET
        if not isinstance(self.initial_date, Unset):
            initial_date = self.initial_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if initial_date is not UNSET:
            field_dict["initial_date"] = initial_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        text = d.get("text", UNSET)

        name = d.get("name", UNSET)

        label = d.get("label", UNSET)

        _initial_date = d.get("initial_date", UNSET)
        initial_date: datetime.datetime | Unset
        if isinstance(_initial_date, Unset):
            initial_date = UNSET
        else:
            initial_date = datetime.datetime.fromisoformat(_initial_date)

        view_block = cls(
            type_,
            text,
            name,
            label,
            initial_date,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            view_block.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return view_block

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
