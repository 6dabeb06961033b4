# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_token_token_type import OAuthTokenTokenType

T = TypeVar("T", bound="OAuthToken")

_KNOWN_KEYS = frozenset(
    {
        "access_token",
        "token_type",
        "refresh_token",
        "scope",
        "created_at",
    }
)


@_attrs_define
class OAuthToken:
    """Reply of `POST /oauth/token`: the employee token a bot gets for an authorization code. It carries no expiry and
    works until the employee withdraws access, so it never needs refreshing.

        Attributes:
            access_token (str): Employee token to send as `Authorization: Bearer` when acting for that employee; store it as
                carefully as a password.
            token_type (OAuthTokenTokenType): Scheme to use the token with; the only value is `Bearer`.
            refresh_token (str): Refresh token issued together with the access token.
            scope (str): Granted scopes as one space-separated string; they come from the bot's settings, not from the
                authorization link.
            created_at (int): Issue time of the token, in UNIX seconds.
    """

    access_token: str = _attrs_field(repr=False)
    token_type: OAuthTokenTokenType
    refresh_token: str = _attrs_field(repr=False)
    scope: str
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type.value

        refresh_token = self.refresh_token

        scope = self.scope

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "refresh_token": refresh_token,
                "scope": scope,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["access_token"]

        token_type = OAuthTokenTokenType._from_value(d["token_type"])

        refresh_token = d["refresh_token"]

        scope = d["scope"]

        created_at = d["created_at"]

        o_auth_token = cls(
            access_token,
            token_type,
            refresh_token,
            scope,
            created_at,
        )

        if len(d) != 5 and not d.keys() <= _KNOWN_KEYS:
            o_auth_token.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return o_auth_token

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
