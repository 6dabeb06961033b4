# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthError")

_KNOWN_KEYS = frozenset(
    {
        "error",
        "error_description",
    }
)


@_attrs_define
class OAuthError:
    """Error body in OAuth 2.0 style for authentication and scope failures: 401 for a missing or bad token, 403 with
    `insufficient_scope` when the token lacks a scope.

        Attributes:
            error (str): Short code such as `invalid_token` or `insufficient_scope`.
            error_description (str): Human-readable detail about the failure.
    """

    error: str
    error_description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "error_description": error_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d["error"]

        error_description = d["error_description"]

        o_auth_error = cls(
            error,
            error_description,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            o_auth_error.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return o_auth_error

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
