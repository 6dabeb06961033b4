# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.audit_login_grant_device_platform import AuditLoginGrantDevicePlatform
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="AuditLoginGrantDevice")
_AuditLoginGrantDevicePlatform_MEMBERS = AuditLoginGrantDevicePlatform._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "platform",
        "os_version",
        "app_version",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "name": "string",
    "platform": "string (AuditLoginGrantDevicePlatform)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("name", "platform")


@_attrs_define(repr=False)
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
            f"name={self.name!r}, "
            f"platform={self.platform!r}, "
            f"os_version={self.os_version!r}, "
            f"app_version={self.app_version!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditLoginGrantDevice` from its JSON object, validated against openapi.yaml.

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
    """`AuditLoginGrantDevice.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditLoginGrantDevice", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        name, platform = _read_required(_d)
        if len(_d) != 2:
            os_version = _d.get("os_version", UNSET)
            app_version = _d.get("app_version", UNSET)
        else:
            os_version = app_version = UNSET
        if type(name) is not str:
            name = _v.string(name, "name", strict)

        try:
            platform = _AuditLoginGrantDevicePlatform_MEMBERS[platform]
        except (KeyError, TypeError):
            platform = _v.enum_member(AuditLoginGrantDevicePlatform, platform, "platform", strict)
        if strict:
            _v.unknown_value(AuditLoginGrantDevicePlatform, platform, "platform")

        _n = 2
        if os_version is not UNSET:
            _n += 1
            if type(os_version) is not str and os_version is not None:
                os_version = _v.string(os_version, "os_version", strict)

        if app_version is not UNSET:
            _n += 1
            if type(app_version) is not str and app_version is not None:
                app_version = _v.string(app_version, "app_version", strict)

        _result: T = _new(cls)
        _result.name = name
        _result.platform = platform
        _result.os_version = os_version
        _result.app_version = app_version
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("AuditLoginGrantDevice", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("AuditLoginGrantDevice", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
