# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_token_request_grant_type import OAuthTokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenRequest")

_KNOWN_KEYS = frozenset(
    {
        "grant_type",
        "code",
        "redirect_uri",
        "client_id",
        "client_secret",
        "code_verifier",
    }
)


@_attrs_define
class OAuthTokenRequest:
    """Form body of `POST /oauth/token` for the authorization-code grant with PKCE: trades the `code` from the redirect for
    an employee token. A code is valid for 10 minutes and only once.

        Attributes:
            grant_type (OAuthTokenRequestGrantType): Always `authorization_code`.
            code (str): Authorization code received on the redirect back to the bot.
            redirect_uri (str): Exactly the redirect address used in the authorization link.
            client_id (str | Unset): Client identifier of the bot's OAuth client.
            client_secret (str | Unset): Secret of a confidential (server-side) client; it may go in an HTTP Basic header
                instead, and public clients leave it out.
            code_verifier (str | Unset): PKCE verifier whose SHA-256 hash was sent as `code_challenge` in the authorization
                link; mandatory for public clients.
    """

    grant_type: OAuthTokenRequestGrantType
    code: str = _attrs_field(repr=False)
    redirect_uri: str
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    code_verifier: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        code = self.code

        redirect_uri = self.redirect_uri

        client_id = self.client_id

        client_secret = self.client_secret

        code_verifier = self.code_verifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "code": code,
                "redirect_uri": redirect_uri,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        grant_type = OAuthTokenRequestGrantType._from_value(d["grant_type"])

        code = d["code"]

        redirect_uri = d["redirect_uri"]

        client_id = d.get("client_id", UNSET)

        client_secret = d.get("client_secret", UNSET)

        code_verifier = d.get("code_verifier", UNSET)

        o_auth_token_request = cls(
            grant_type,
            code,
            redirect_uri,
            client_id,
            client_secret,
            code_verifier,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            o_auth_token_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return o_auth_token_request

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
