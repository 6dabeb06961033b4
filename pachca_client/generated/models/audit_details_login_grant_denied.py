# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.audit_login_grant_deny_reason import AuditLoginGrantDenyReason
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.audit_login_grant_device import AuditLoginGrantDevice
    from ..models.audit_login_grant_device import _from_dict as _AuditLoginGrantDevice_from_dict


T = TypeVar("T", bound="AuditDetailsLoginGrantDenied")
_AuditLoginGrantDenyReason_MEMBERS = AuditLoginGrantDenyReason._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "login_grant_id",
        "device",
        "reason",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "login_grant_id": "string",
    "device": "object (AuditLoginGrantDevice)",
    "reason": "string (AuditLoginGrantDenyReason)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("login_grant_id", "device", "reason")


@_attrs_define(repr=False)
class AuditDetailsLoginGrantDenied:
    """Audit-log `details` for `login_grant_denied`: a QR-code sign-in to the mobile app did not go through; `reason` tells
    why.

        Attributes:
            login_grant_id (str): Identifier of the QR sign-in request the event belongs to.
            device (AuditLoginGrantDevice): The mobile device that tried to sign in with a QR code, as recorded by the
                login-grant audit events.
            reason (AuditLoginGrantDenyReason): Why a QR-code sign-in was refused: `denied`: the employee rejected the
                request; `verification_failed`: the digits the employee typed did not match those displayed on the device.
    """

    login_grant_id: str
    device: AuditLoginGrantDevice
    reason: AuditLoginGrantDenyReason
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
            f"login_grant_id={self.login_grant_id!r}, "
            f"device={self.device!r}, "
            f"reason={self.reason!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        login_grant_id = self.login_grant_id

        device = self.device.to_dict()

        reason = self.reason.value

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "login_grant_id": login_grant_id,
                "device": device,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditDetailsLoginGrantDenied` from its JSON object, validated against openapi.yaml.

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
    """`AuditDetailsLoginGrantDenied.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditDetailsLoginGrantDenied", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        login_grant_id, device, reason = _read_required(_d)
        if type(login_grant_id) is not str:
            login_grant_id = _v.string(login_grant_id, "login_grant_id", strict)

        try:
            device = _AuditLoginGrantDevice_from_dict(AuditLoginGrantDevice, device, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("device") from None

        try:
            reason = _AuditLoginGrantDenyReason_MEMBERS[reason]
        except (KeyError, TypeError):
            reason = _v.enum_member(AuditLoginGrantDenyReason, reason, "reason", strict)
        if strict:
            _v.unknown_value(AuditLoginGrantDenyReason, reason, "reason")

        _n = 3
        _result: T = _new(cls)
        _result.login_grant_id = login_grant_id
        _result.device = device
        _result.reason = reason
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("AuditDetailsLoginGrantDenied", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(
                    cls, _v.with_missing("AuditDetailsLoginGrantDenied", src_dict, _d, _REQUIRED, _error), strict
                )
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global AuditLoginGrantDevice, _AuditLoginGrantDevice_from_dict
    from ..models.audit_login_grant_device import AuditLoginGrantDevice
    from ..models.audit_login_grant_device import _from_dict as _AuditLoginGrantDevice_from_dict

    _references_pending = False
