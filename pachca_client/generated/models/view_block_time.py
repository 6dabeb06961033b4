# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.view_block_time_type import ViewBlockTimeType
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="ViewBlockTime")
_ViewBlockTimeType_MEMBERS = ViewBlockTimeType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "label",
        "initial_time",
        "required",
        "hint",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (ViewBlockTimeType)",
    "name": "string",
    "label": "string",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("type", "name", "label")


@_attrs_define(repr=False)
class ViewBlockTime:
    """Form block with a time picker (`type: time`); the answer arrives as an `HH:mm` string.

    Attributes:
        type_ (ViewBlockTimeType): Always `time`.
        name (str): Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).
        label (str): Caption shown above the field (max 150 characters).
        initial_time (str | Unset): Time preselected when the form opens, `HH:mm`.
        required (bool | Unset): If true, the form cannot be submitted until this field is filled. Default: False.
        hint (str | Unset): Grey helper text shown below the field (max 2000 characters).
    """

    type_: ViewBlockTimeType
    name: str
    label: str
    initial_time: str | Unset = UNSET
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
            f"initial_time={self.initial_time!r}, "
            f"required={self.required!r}, "
            f"hint={self.hint!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        label = self.label

        initial_time = self.initial_time

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
            }
        )
        if initial_time is not UNSET:
            field_dict["initial_time"] = initial_time
        if required is not UNSET:
            field_dict["required"] = required
        if hint is not UNSET:
            field_dict["hint"] = hint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ViewBlockTime` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _from_dict(cls, src_dict, strict)

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
    """`ViewBlockTime.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ViewBlockTime", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, name, label = _read_required(_d)
        if len(_d) != 3:
            initial_time = _d.get("initial_time", UNSET)
            required = _d.get("required", UNSET)
            hint = _d.get("hint", UNSET)
        else:
            initial_time = required = hint = UNSET
        try:
            type_ = _ViewBlockTimeType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(ViewBlockTimeType, type_, "type", strict)
        if strict:
            _v.unknown_value(ViewBlockTimeType, type_, "type")

        if type(name) is not str:
            name = _v.string(name, "name", strict)
        if strict:
            _v.check_limits(name, "name", max_length=255)

        if type(label) is not str:
            label = _v.string(label, "label", strict)
        if strict:
            _v.check_limits(label, "label", max_length=150)

        _n = 3
        if initial_time is not UNSET:
            _n += 1
            if type(initial_time) is not str:
                initial_time = _v.string(initial_time, "initial_time", strict)

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
        _result.initial_time = initial_time
        _result.required = required
        _result.hint = hint
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ViewBlockTime", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("ViewBlockTime", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
