# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_block_radio_type import ViewBlockRadioType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.view_block_selectable_option import ViewBlockSelectableOption


T = TypeVar("T", bound="ViewBlockRadio")

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
class ViewBlockRadio:
    """Form block with radio buttons (`type: radio`); exactly one choice, submitted as its value string.

    Attributes:
        type_ (ViewBlockRadioType): Always `radio`.
        name (str): Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).
        label (str): Caption above the group of choices (max 150 characters).
        options (list[ViewBlockSelectableOption]): The choices, no more than 10.
        required (bool | Unset): If true, a choice must be made before submitting. Default: False.
        hint (str | Unset): Grey helper text under the group (max 2000 characters).
    """

    type_: ViewBlockRadioType
    name: str
    label: str
    options: list[ViewBlockSelectableOption]
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
        type_ = ViewBlockRadioType._from_value(d["type"])

        name = d["name"]

        label = d["label"]

        options = [ViewBlockSelectableOption.from_dict(options_item_data) for options_item_data in d["options"]]

        required = d.get("required", UNSET)

        hint = d.get("hint", UNSET)

        view_block_radio = cls(
            type_,
            name,
            label,
            options,
            required,
            hint,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            view_block_radio.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return view_block_radio

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
    global ViewBlockSelectableOption
    from ..models.view_block_selectable_option import ViewBlockSelectableOption

    _references_pending = False
