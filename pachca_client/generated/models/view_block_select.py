# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_block_select_type import ViewBlockSelectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.view_block_select_option import ViewBlockSelectOption


T = TypeVar("T", bound="ViewBlockSelect")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "name",
        "label",
        "options",
        "required",
        "hint",
    }
)


@_attrs_define
class ViewBlockSelect:
    """Form block with a drop-down list (`type: select`); the value of the chosen entry is submitted.

    Attributes:
        type_ (ViewBlockSelectType): Always `select`.
        name (str): Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).
        label (str): Caption above the drop-down (max 150 characters).
        options (list[ViewBlockSelectOption]): Entries of the list, no more than 100.
        required (bool | Unset): If true, an entry must be picked before submitting. Default: False.
        hint (str | Unset): Grey helper text under the drop-down (max 2000 characters).
    """

    type_: ViewBlockSelectType
    name: str
    label: str
    options: list[ViewBlockSelectOption]
    required: bool | Unset = False
    hint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        type_ = self.type_.value

        name = self.name

        label = self.label

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        required = self.required

        hint = self.hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "label": label,
                "options": options,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if hint is not UNSET:
            field_dict["hint"] = hint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        type_ = ViewBlockSelectType._from_value(d["type"])

        name = d["name"]

        label = d["label"]

        options = [ViewBlockSelectOption.from_dict(options_item_data) for options_item_data in d["options"]]

        required = d.get("required", UNSET)

        hint = d.get("hint", UNSET)

        view_block_select = cls(
            type_,
            name,
            label,
            options,
            required,
            hint,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            view_block_select.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return view_block_select

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
    global ViewBlockSelectOption
    from ..models.view_block_select_option import ViewBlockSelectOption

    _references_pending = False
