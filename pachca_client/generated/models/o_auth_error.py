# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_error_code import OAuthErrorCode

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
            error (OAuthErrorCode): Machine-readable reason in an `OAuthError`: `invalid_token`: no token was sent, or it is
                unknown, expired or revoked; `insufficient_scope`: the token does not carry the scope the operation needs;
                `role_forbidden`: the scope is there but the owner's role does not permit the action; `invalid_request`: a
                required parameter is absent or malformed; `invalid_client`: wrong `client_id` or `client_secret`;
                `invalid_grant`: the authorization code is expired, already used or bound to another `redirect_uri`, or the
                `code_verifier` does not fit; `unsupported_grant_type`: the `grant_type` is not one the server handles;
                `unauthorized_client`: the token belongs to a different bot, or the client failed to authenticate.
            error_description (str): Human-readable detail about the failure.
    """

    error: OAuthErrorCode
    error_description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

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
        error = OAuthErrorCode._from_value(d["error"])

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
