# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_block_input_type import ViewBlockInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewBlockInput")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "name",
        "label",
        "placeholder",
        "multiline",
        "initial_value",
        "min_length",
        "max_length",
        "required",
        "hint",
    }
)


@_attrs_define
class ViewBlockInput:
    """Text-entry form block (`type: input`), single- or multi-line; the answer is submitted as a string.

    Attributes:
        type_ (ViewBlockInputType): Always `input`.
        name (str): Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).
        label (str): Caption shown above the field (max 150 characters).
        placeholder (str | Unset): Grey prompt displayed while the field is empty (max 150 characters).
        multiline (bool | Unset): Render a multi-line text area instead of a one-line field. Default: False.
        initial_value (str | Unset): Text the field is prefilled with (max 3000 characters).
        min_length (int | Unset): Fewest characters accepted (0 to 3000); shorter input is rejected in the form.
        max_length (int | Unset): Most characters accepted (1 to 3000); longer input is rejected in the form.
        required (bool | Unset): If true, the form cannot be submitted until this field is filled. Default: False.
        hint (str | Unset): Grey helper text shown below the field (max 2000 characters).
    """

    type_: ViewBlockInputType
    name: str
    label: str
    placeholder: str | Unset = UNSET
    multiline: bool | Unset = False
    initial_value: str | Unset = UNSET
    min_length: int | Unset = UNSET
    max_length: int | Unset = UNSET
    required: bool | Unset = False
    hint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        label = self.label

        placeholder = self.placeholder

        multiline = self.multiline

        initial_value = self.initial_value

        min_length = self.min_length

        max_length = self.max_length

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
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if multiline is not UNSET:
            field_dict["multiline"] = multiline
        if initial_value is not UNSET:
            field_dict["initial_value"] = initial_value
        if min_length is not UNSET:
            field_dict["min_length"] = min_length
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if required is not UNSET:
            field_dict["required"] = required
        if hint is not UNSET:
            field_dict["hint"] = hint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ViewBlockInputType._from_value(d["type"])

        name = d["name"]

        label = d["label"]

        placeholder = d.get("placeholder", UNSET)

        multiline = d.get("multiline", UNSET)

        initial_value = d.get("initial_value", UNSET)

        min_length = d.get("min_length", UNSET)

        max_length = d.get("max_length", UNSET)

        required = d.get("required", UNSET)

        hint = d.get("hint", UNSET)

        view_block_input = cls(
            type_,
            name,
            label,
            placeholder,
            multiline,
            initial_value,
            min_length,
            max_length,
            required,
            hint,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            view_block_input.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return view_block_input

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
