# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsLoginGrantCreated")

_KNOWN_KEYS = frozenset(
    {
        "login_grant_id",
    }
)


@_attrs_define
class AuditDetailsLoginGrantCreated:
    """Audit-log `details` for `login_grant_created`: a QR code for signing in to the mobile app was generated.

    Attributes:
        login_grant_id (str): Identifier of the QR sign-in request the event belongs to.
    """

    login_grant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_grant_id = self.login_grant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login_grant_id": login_grant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        login_grant_id = d["login_grant_id"]

        audit_details_login_grant_created = cls(
            login_grant_id,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            audit_details_login_grant_created.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_login_grant_created

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
