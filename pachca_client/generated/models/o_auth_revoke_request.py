# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_token_type_hint import OAuthTokenTypeHint
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthRevokeRequest")

_KNOWN_KEYS = frozenset(
    {
        "token",
        "token_type_hint",
        "client_id",
        "client_secret",
    }
)


@_attrs_define
class OAuthRevokeRequest:
    """Form body of `POST /oauth/revoke` (RFC 7009), with which a bot withdraws an employee token it obtained, e.g. when
    the employee disconnects the integration. A confidential client adds `client_id` and `client_secret`; a public
    client also sends the token itself as Bearer authorization.

        Attributes:
            token (str): The token to withdraw.
            token_type_hint (OAuthTokenTypeHint | Unset): Kind of token handed to `POST /oauth/revoke`: `access_token`: an
                employee access token; `refresh_token`: a refresh token.
            client_id (str | Unset): Client identifier of the bot's OAuth client.
            client_secret (str | Unset): Secret of a confidential (server-side) client; public clients leave it out.
    """

    token: str = _attrs_field(repr=False)
    token_type_hint: OAuthTokenTypeHint | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_type_hint: str | Unset = UNSET
        if not isinstance(self.token_type_hint, Unset):
            token_type_hint = self.token_type_hint.value

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if token_type_hint is not UNSET:
            field_dict["token_type_hint"] = token_type_hint
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        token = d["token"]

        _token_type_hint = d.get("token_type_hint", UNSET)
        token_type_hint: OAuthTokenTypeHint | Unset
        if isinstance(_token_type_hint, Unset):
            token_type_hint = UNSET
        else:
            token_type_hint = OAuthTokenTypeHint._from_value(_token_type_hint)

        client_id = d.get("client_id", UNSET)

        client_secret = d.get("client_secret", UNSET)

        o_auth_revoke_request = cls(
            token,
            token_type_hint,
            client_id,
            client_secret,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            o_auth_revoke_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return o_auth_revoke_request

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
