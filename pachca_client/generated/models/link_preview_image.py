# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="LinkPreviewImage")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "name",
        "size",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "key": "string",
    "name": "string",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("key", "name")


@_attrs_define(repr=False)
class LinkPreviewImage:
    """Picture uploaded beforehand through the file-upload flow.

    Attributes:
        key (str): Upload `key` of the picture, with its file name filled in.
        name (str): File name of the picture, preferably with its extension.
        size (int | Unset): Byte count of the uploaded picture.
    """

    key: str
    name: str
    size: int | Unset = UNSET
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
            f"key={self.key!r}, "
            f"name={self.name!r}, "
            f"size={self.size!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        size = self.size

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`LinkPreviewImage` from its JSON object, validated against openapi.yaml.

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
    """`LinkPreviewImage.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "LinkPreviewImage", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        key, name = _read_required(_d)
        if len(_d) != 2:
            size = _d.get("size", UNSET)
        else:
            size = UNSET
        if type(key) is not str:
            key = _v.string(key, "key", strict)

        if type(name) is not str:
            name = _v.string(name, "name", strict)

        _n = 2
        if size is not UNSET:
            _n += 1
            if type(size) is not int:
                size = _v.integer(size, "size", strict)

        _result: T = _new(cls)
        _result.key = key
        _result.name = name
        _result.size = size
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("LinkPreviewImage", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("LinkPreviewImage", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
