# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_block_date_type import ViewBlockDateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewBlockDate")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "name",
        "label",
        "initial_date",
        "required",
        "hint",
    }
)


@_attrs_define
class ViewBlockDate:
    """Form block with a date picker (`type: date`); the answer arrives as a `YYYY-MM-DD` string.

    Attributes:
        type_ (ViewBlockDateType): Always `date`.
        name (str): Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).
        label (str): Caption shown above the field (max 150 characters).
        initial_date (datetime.date | Unset): Date preselected when the form opens, `YYYY-MM-DD`.
        required (bool | Unset): If true, the form cannot be submitted until this field is filled. Default: False.
        hint (str | Unset): Grey helper text shown below the field (max 2000 characters).
    """

    type_: ViewBlockDateType
    name: str
    label: str
    initial_date: datetime.date | Unset = UNSET
    required: bool | Unset = False
    hint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        label = self.label

        initial_date: str | Unset = UNSET
        if not isinstance(self.initial_date, Unset):
            initial_date = self.initial_date.isoformat()

        required = self.required

        hint = self.hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "label": label,
            }
        )
        if initial_date is not UNSET:
            field_dict["initial_date"] = initial_date
        if required is not UNSET:
            field_dict["required"] = required
        if hint is not UNSET:
            field_dict["hint"] = hint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ViewBlockDateType._from_value(d["type"])

        name = d["name"]

        label = d["label"]

        _initial_date = d.get("initial_date", UNSET)
        initial_date: datetime.date | Unset
        if isinstance(_initial_date, Unset):
            initial_date = UNSET
        else:
            initial_date = datetime.date.fromisoformat(_initial_date)

        required = d.get("required", UNSET)

        hint = d.get("hint", UNSET)

        view_block_date = cls(
            type_,
            name,
            label,
            initial_date,
            required,
            hint,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            view_block_date.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return view_block_date

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
