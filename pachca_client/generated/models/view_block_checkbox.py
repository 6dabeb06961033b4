# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.view_block_checkbox_type import ViewBlockCheckboxType
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.view_block_checkbox_option import ViewBlockCheckboxOption
    from ..models.view_block_checkbox_option import _from_dict as _ViewBlockCheckboxOption_from_dict


T = TypeVar("T", bound="ViewBlockCheckbox")
_ViewBlockCheckboxType_MEMBERS = ViewBlockCheckboxType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "label",
        "options",
        "required",
        "hint",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (ViewBlockCheckboxType)",
    "name": "string",
    "label": "string",
    "options": "array",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("type", "name", "label", "options")


@_attrs_define(repr=False)
class ViewBlockCheckbox:
    """Form block with a group of checkboxes (`type: checkbox`); several may be ticked, and the answer is submitted as an
    array of the ticked values.

        Attributes:
            type_ (ViewBlockCheckboxType): Always `checkbox`.
            name (str): Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).
            label (str): Caption above the checkbox group (max 150 characters).
            options (list[ViewBlockCheckboxOption]): The checkboxes, no more than 10.
            required (bool | Unset): If true, at least one box must be ticked before submitting. Default: False.
            hint (str | Unset): Grey helper text under the group (max 2000 characters).
    """

    type_: ViewBlockCheckboxType
    name: str
    label: str
    options: list[ViewBlockCheckboxOption]
    required: bool | Unset = False
    hint: str | Unset = UNSET
    # Unknown keys: None until there are some (most objects have none, and an empty dict per object
    # costs time and memory); `additional_properties` makes the dict on first use. None and {} compare equal.
    _additional_properties: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=_v.extras_key)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that openapi.yaml does not declare, with their values."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type_={self.type_!r}, "
            f"name={self.name!r}, "
            f"label={self.label!r}, "
            f"options={self.options!r}, "
            f"required={self.required!r}, "
            f"hint={self.hint!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ViewBlockCheckbox` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _v.without_gc_pauses(_from_dict, cls, src_dict, strict)

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


def _from_dict(cls: type[T], src_dict: Mapping[str, Any], strict: bool) -> T:
    """`ViewBlockCheckbox.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ViewBlockCheckbox", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, name, label, options = _read_required(_d)
        if len(_d) != 4:
            required = _d.get("required", UNSET)
            hint = _d.get("hint", UNSET)
        else:
            required = hint = UNSET
        try:
            type_ = _ViewBlockCheckboxType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(ViewBlockCheckboxType, type_, "type", strict)
        if strict:
            _v.unknown_value(ViewBlockCheckboxType, type_, "type")

        if type(name) is not str:
            name = _v.string(name, "name", strict)
        if strict:
            _v.check_limits(name, "name", max_length=255)

        if type(label) is not str:
            label = _v.string(label, "label", strict)
        if strict:
            _v.check_limits(label, "label", max_length=150)

        if type(options) is not list:
            options = _v.array(options, "options", strict)
        if strict:
            _v.check_limits(options, "options", max_items=10)

        if options:
            _options_list = []
            try:
                for _item0 in options:
                    _item0 = _ViewBlockCheckboxOption_from_dict(ViewBlockCheckboxOption, _item0, strict)

                    _options_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(options).at_key("options") from None
            options = _options_list

        _n = 4
        if required is not UNSET:
            _n += 1
            if type(required) is not bool:
                required = _v.boolean(required, "required", strict)

        if hint is not UNSET:
            _n += 1
            if type(hint) is not str:
                hint = _v.string(hint, "hint", strict)
            if strict:
                _v.check_limits(hint, "hint", max_length=2000)

        _result: T = _new(cls)
        _result.type_ = type_
        _result.name = name
        _result.label = label
        _result.options = options
        _result.required = required
        _result.hint = hint
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ViewBlockCheckbox", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("ViewBlockCheckbox", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global ViewBlockCheckboxOption, _ViewBlockCheckboxOption_from_dict
    from ..models.view_block_checkbox_option import ViewBlockCheckboxOption
    from ..models.view_block_checkbox_option import _from_dict as _ViewBlockCheckboxOption_from_dict

    _references_pending = False
