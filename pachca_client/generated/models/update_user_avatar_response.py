# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.avatar_data import AvatarData
    from ..models.avatar_data import _from_dict as _AvatarData_from_dict


T = TypeVar("T", bound="UpdateUserAvatarResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "data",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "data": "object (AvatarData)",
}


@_attrs_define(repr=False)
class UpdateUserAvatarResponse:
    """Envelope with the new avatar URL under `data`.

    Attributes:
        data (AvatarData): Response of the avatar upload calls (`{"data": {"image_url"}}`): where the newly stored
            picture can be fetched.
    """

    data: AvatarData
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
        return f"{type(self).__qualname__}(data={self.data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`UpdateUserAvatarResponse` from its JSON object, validated against openapi.yaml.

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
    """`UpdateUserAvatarResponse.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "UpdateUserAvatarResponse", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        data = _d["data"]
        try:
            data = _AvatarData_from_dict(AvatarData, data, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("data") from None

        _n = 1
        _result: T = _new(cls)
        _result.data = data
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("UpdateUserAvatarResponse", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("UpdateUserAvatarResponse", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global AvatarData, _AvatarData_from_dict
    from ..models.avatar_data import AvatarData
    from ..models.avatar_data import _from_dict as _AvatarData_from_dict

    _references_pending = False
