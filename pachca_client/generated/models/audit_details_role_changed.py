# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new

T = TypeVar("T", bound="AuditDetailsRoleChanged")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "new_company_role",
        "previous_company_role",
        "initiator_id",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "new_company_role": "string",
    "previous_company_role": "string",
    "initiator_id": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("new_company_role", "previous_company_role", "initiator_id")


@_attrs_define(repr=False)
class AuditDetailsRoleChanged:
    """Audit-log `details` for `user_role_changed`.

    Attributes:
        new_company_role (str): Workspace role after the change, such as `admin`, `user`, `multi_guest` or `guest`.
        previous_company_role (str): Workspace role the user had before.
        initiator_id (int): User who changed the role.
    """

    new_company_role: str
    previous_company_role: str
    initiator_id: int
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
            f"new_company_role={self.new_company_role!r}, "
            f"previous_company_role={self.previous_company_role!r}, "
            f"initiator_id={self.initiator_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        new_company_role = self.new_company_role

        previous_company_role = self.previous_company_role

        initiator_id = self.initiator_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "new_company_role": new_company_role,
                "previous_company_role": previous_company_role,
                "initiator_id": initiator_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditDetailsRoleChanged` from its JSON object, validated against openapi.yaml.

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
    """`AuditDetailsRoleChanged.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditDetailsRoleChanged", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        new_company_role, previous_company_role, initiator_id = _read_required(_d)
        if type(new_company_role) is not str:
            new_company_role = _v.string(new_company_role, "new_company_role", strict)

        if type(previous_company_role) is not str:
            previous_company_role = _v.string(previous_company_role, "previous_company_role", strict)

        if type(initiator_id) is not int:
            initiator_id = _v.integer(initiator_id, "initiator_id", strict)

        _n = 3
        _result: T = _new(cls)
        _result.new_company_role = new_company_role
        _result.previous_company_role = previous_company_role
        _result.initiator_id = initiator_id
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("AuditDetailsRoleChanged", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("AuditDetailsRoleChanged", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
