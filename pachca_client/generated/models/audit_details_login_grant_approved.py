# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_login_grant_device import AuditLoginGrantDevice


T = TypeVar("T", bound="AuditDetailsLoginGrantApproved")

_KNOWN_KEYS = frozenset(
    {
        "login_grant_id",
        "device",
    }
)


@_attrs_define
class AuditDetailsLoginGrantApproved:
    """Audit-log `details` for `login_grant_approved`: an employee confirmed signing in to the mobile app with a QR code.

    Attributes:
        login_grant_id (str): Identifier of the QR sign-in request the event belongs to.
        device (AuditLoginGrantDevice): The mobile device that tried to sign in with a QR code, as recorded by the
            login-grant audit events.
    """

    login_grant_id: str
    device: AuditLoginGrantDevice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        login_grant_id = self.login_grant_id

        device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login_grant_id": login_grant_id,
                "device": device,
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

        audit_details_login_grant_approved = cls(
            login_grant_id,
            device,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            audit_details_login_grant_approved.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_login_grant_approved

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
