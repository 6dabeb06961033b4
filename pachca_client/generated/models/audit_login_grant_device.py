# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_login_grant_device_platform import AuditLoginGrantDevicePlatform
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLoginGrantDevice")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "platform",
        "os_version",
        "app_version",
    }
)


@_attrs_define
class AuditLoginGrantDevice:
    """The mobile device that tried to sign in with a QR code, as recorded by the login-grant audit events.

    Attributes:
        name (str): Name of the device.
        platform (AuditLoginGrantDevicePlatform): Build of the mobile app that tried to sign in: `iOS`: the iPhone/iPad
            app; `Android`: the Android app; `Rustore`: the Android app installed from RuStore; `Appgallery`: the Android
            app installed from Huawei AppGallery.
        os_version (None | str | Unset): Operating-system version of the device; null when it was not reported.
        app_version (None | str | Unset): Version of the Pachca app on the device; null when it was not reported.
    """

    name: str
    platform: AuditLoginGrantDevicePlatform
    os_version: None | str | Unset = UNSET
    app_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        platform = self.platform.value

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        app_version: None | str | Unset
        if isinstance(self.app_version, Unset):
            app_version = UNSET
        else:
            app_version = self.app_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "platform": platform,
            }
        )
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if app_version is not UNSET:
            field_dict["app_version"] = app_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        platform = AuditLoginGrantDevicePlatform._from_value(d["platform"])

        os_version = d.get("os_version", UNSET)

        app_version = d.get("app_version", UNSET)

        audit_login_grant_device = cls(
            name,
            platform,
            os_version,
            app_version,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            audit_login_grant_device.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_login_grant_device

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
