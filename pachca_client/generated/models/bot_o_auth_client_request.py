# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotOAuthClientRequest")

_KNOWN_KEYS = frozenset(
    {
        "confidential",
        "redirect_uris",
        "scopes",
    }
)


@_attrs_define
class BotOAuthClientRequest:
    """OAuth client settings sent as `oauth_client` when a bot is created or updated.

    Attributes:
        confidential (bool | Unset): True for a server-side application that holds `client_secret` and redeems the code
            itself; false for a public client (browser, mobile app, CLI) that relies on PKCE. Left out, the current value is
            kept; a newly enabled client starts as confidential.
        redirect_uris (list[str] | Unset): Allowed return addresses after consent; the list is replaced in full. HTTPS
            is mandatory except for loopback hosts (`localhost`, `127.0.0.1`, `[::1]`), whose port is ignored when matching;
            otherwise the address in an authorization link has to match an entry exactly. At least one is needed to switch
            the client on.
        scopes (list[str] | Unset): Scopes users will be asked to grant, limited to those the bot itself may hold; the
            list is replaced in full. Left out when the client is first switched on, every bot scope is requested.
    """

    confidential: bool | Unset = UNSET
    redirect_uris: list[str] | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidential = self.confidential

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        confidential = d.get("confidential", UNSET)

        redirect_uris = d.get("redirect_uris", UNSET)

        scopes = d.get("scopes", UNSET)

        bot_o_auth_client_request = cls(
            confidential,
            redirect_uris,
            scopes,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            bot_o_auth_client_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_o_auth_client_request

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
