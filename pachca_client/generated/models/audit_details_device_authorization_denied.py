# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditDetailsDeviceAuthorizationDenied")

_KNOWN_KEYS = frozenset(
    {
        "client_id",
        "scopes",
        "device_name",
    }
)


@_attrs_define
class AuditDetailsDeviceAuthorizationDenied:
    """Audit-log `details` for `oauth_device_authorization_denied`: an employee turned down a sign-in that an application
    started on some device (OAuth device flow).

        Attributes:
            client_id (str): OAuth application whose device sign-in was turned down.
            scopes (list[str]): Scope names the application had asked for.
            device_name (None | str | Unset): Name of the device that asked to sign in; null when it did not report one.
    """

    client_id: str
    scopes: list[str]
    device_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        scopes = self.scopes

        device_name: None | str | Unset
        if isinstance(self.device_name, Unset):
            device_name = UNSET
        else:
            device_name = self.device_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "scopes": scopes,
            }
        )
        if device_name is not UNSET:
            field_dict["device_name"] = device_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_id = d["client_id"]

        scopes = d["scopes"]

        device_name = d.get("device_name", UNSET)

        audit_details_device_authorization_denied = cls(
            client_id,
            scopes,
            device_name,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            audit_details_device_authorization_denied.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_device_authorization_denied

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
