# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.custom_property_data_type import CustomPropertyDataType
from ..validation import new_instance as _new

T = TypeVar("T", bound="CustomPropertyDefinition")
_CustomPropertyDataType_MEMBERS = CustomPropertyDataType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "data_type",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "integer",
    "name": "string",
    "data_type": "string (CustomPropertyDataType)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("id", "name", "data_type")


@_attrs_define(repr=False)
class CustomPropertyDefinition:
    """A custom property that users or tasks may carry, as listed by `GET /custom_properties`; it describes the field, not
    a value.

        Attributes:
            id (int): Id to reference when setting this property on a user or task.
            name (str): Label of the property.
            data_type (CustomPropertyDataType): Type of a custom property's value: `string` (free text), `number`, `date` or
                `link` (a URL). On the wire every value is a string.
    """

    id: int
    name: str
    data_type: CustomPropertyDataType
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
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"data_type={self.data_type!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        data_type = self.data_type.value

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "data_type": data_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`CustomPropertyDefinition` from its JSON object, validated against openapi.yaml.

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
    """`CustomPropertyDefinition.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "CustomPropertyDefinition", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        id, name, data_type = _read_required(_d)
        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        if type(name) is not str:
            name = _v.string(name, "name", strict)
        if strict:
            _v.check_limits(name, "name", max_length=32)

        try:
            data_type = _CustomPropertyDataType_MEMBERS[data_type]
        except (KeyError, TypeError):
            data_type = _v.enum_member(CustomPropertyDataType, data_type, "data_type", strict)
        if strict:
            _v.unknown_value(CustomPropertyDataType, data_type, "data_type")

        _n = 3
        _result: T = _new(cls)
        _result.id = id
        _result.name = name
        _result.data_type = data_type
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("CustomPropertyDefinition", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("CustomPropertyDefinition", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
