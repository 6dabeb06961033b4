# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_login_grant_deny_reason import AuditLoginGrantDenyReason

if TYPE_CHECKING:
    from ..models.audit_login_grant_device import AuditLoginGrantDevice


T = TypeVar("T", bound="AuditDetailsLoginGrantDenied")

_KNOWN_KEYS = frozenset(
    {
        "login_grant_id",
        "device",
        "reason",
    }
)


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        login_grant_id = self.login_grant_id

        device = self.device.to_dict()

        reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login_grant_id": login_grant_id,
                "device": device,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        login_grant_id = d["login_grant_id"]

        device = AuditLoginGrantDevice.from_dict(d["device"])

        reason = AuditLoginGrantDenyReason._from_value(d["reason"])

        audit_details_login_grant_denied = cls(
            login_grant_id,
            device,
            reason,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            audit_details_login_grant_denied.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_login_grant_denied

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
    global AuditLoginGrantDevice
    from ..models.audit_login_grant_device import AuditLoginGrantDevice

    _references_pending = False
