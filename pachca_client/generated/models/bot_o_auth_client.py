# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotOAuthClient")

_KNOWN_KEYS = frozenset(
    {
        "client_id",
        "client_secret_preview",
        "confidential",
        "redirect_uris",
        "scopes",
    }
)


@_attrs_define
class BotOAuthClient:
    """A bot's OAuth client, through which users let the bot act on their behalf; appears as `oauth_client` in bot
    responses.

        Attributes:
            client_id (str): Public identifier of the client, put into authorization links.
            client_secret_preview (str): The client secret in masked form. The complete value is only ever sent as
                `client_secret`, once, when a confidential client is switched on or its secret is rotated.
            confidential (bool): True for a server-side application that keeps a client secret; false for a public client
                without a secret, which redeems the code using PKCE.
            redirect_uris (list[str]): Addresses users may be sent back to after they grant consent.
            scopes (list[str]): Permissions users are asked to approve on the consent screen when they authorize the bot.
    """

    client_id: str
    client_secret_preview: str
    confidential: bool
    redirect_uris: list[str]
    scopes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret_preview = self.client_secret_preview

        confidential = self.confidential

        redirect_uris = self.redirect_uris

        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret_preview": client_secret_preview,
                "confidential": confidential,
                "redirect_uris": redirect_uris,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_id = d["client_id"]

        client_secret_preview = d["client_secret_preview"]

        confidential = d["confidential"]

        redirect_uris = d["redirect_uris"]

        scopes = d["scopes"]

        bot_o_auth_client = cls(
            client_id,
            client_secret_preview,
            confidential,
            redirect_uris,
            scopes,
        )

        if len(d) != 5 and not d.keys() <= _KNOWN_KEYS:
            bot_o_auth_client.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_o_auth_client

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
