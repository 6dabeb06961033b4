# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

T = TypeVar("T", bound="ViewBlock")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "name",
        "label",
        "initial_date",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string",
}


@_attrs_define(repr=False)
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
            f"text={self.text!r}, "
            f"name={self.name!r}, "
            f"label={self.label!r}, "
            f"initial_date={self.initial_date!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        name = self.name

        label = self.label

        initial_date: str | Unset = UNSET
        if not isinstance(self.initial_date, Unset):
            initial_date = self.initial_date.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ViewBlock` from its JSON object, validated against openapi.yaml.

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
    """`ViewBlock.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ViewBlock", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_ = _d["type"]
        if len(_d) != 1:
            text = _d.get("text", UNSET)
            name = _d.get("name", UNSET)
            label = _d.get("label", UNSET)
            initial_date = _d.get("initial_date", UNSET)
        else:
            text = name = label = initial_date = UNSET
        if type(type_) is not str:
            type_ = _v.string(type_, "type", strict)

        _n = 1
        if text is not UNSET:
            _n += 1
            if type(text) is not str:
                text = _v.string(text, "text", strict)

        if name is not UNSET:
            _n += 1
            if type(name) is not str:
                name = _v.string(name, "name", strict)

        if label is not UNSET:
            _n += 1
            if type(label) is not str:
                label = _v.string(label, "label", strict)

        if initial_date is not UNSET:
            _n += 1
            try:
                _date_time0 = _parse_date_time(initial_date)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(initial_date, "initial_date", strict)
            initial_date = _date_time0

        _result: T = _new(cls)
        _result.type_ = type_
        _result.text = text
        _result.name = name
        _result.label = label
        _result.initial_date = initial_date
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ViewBlock", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("ViewBlock", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
