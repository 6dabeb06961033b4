# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsUserLoginQr")

_KNOWN_KEYS = frozenset(
    {
        "method",
        "login_grant_id",
    }
)


@_attrs_define
class AuditDetailsUserLoginQr:
    """Audit-log `details` of a sign-in completed by QR code: ties the login to the QR sign-in request that allowed it.

    Attributes:
        method (str): How the user signed in, as a label reported by the server.
        login_grant_id (str): Identifier of the QR sign-in request the event belongs to.
    """

    method: str
    login_grant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        login_grant_id = self.login_grant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "login_grant_id": login_grant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        method = d["method"]

        login_grant_id = d["login_grant_id"]

        audit_details_user_login_qr = cls(
            method,
            login_grant_id,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            audit_details_user_login_qr.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_user_login_qr

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
