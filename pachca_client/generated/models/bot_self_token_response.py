# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bot_o_auth_client import BotOAuthClient
    from ..models.bot_self_webhook import BotSelfWebhook


T = TypeVar("T", bound="BotSelfTokenResponse")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "oauth_client",
        "webhook",
        "access_token",
    }
)


@_attrs_define
class BotSelfTokenResponse:
    """Result of `POST /bot/recreate_token`: the bot's own settings together with its freshly issued token.

    Attributes:
        id (int): Id of the bot, equal to its user id.
        oauth_client (BotOAuthClient | None): The bot's OAuth client. It can be present while the client is switched
            off; null may come for a bot that has no tokens.
        webhook (BotSelfWebhook): Settings of a bot as the bot itself sees them through its own endpoints: the same as
            `BotWebhook` minus the incoming-webhook kind and activity and the unfurl domains.
        access_token (str): The bot's newly issued main token. It appears in this response only, so store it right away.
    """

    id: int
    oauth_client: BotOAuthClient | None
    webhook: BotSelfWebhook
    access_token: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        oauth_client: dict[str, Any] | None
        if isinstance(self.oauth_client, BotOAuthClient):
            oauth_client = self.oauth_client.to_dict()
        else:
            oauth_client = self.oauth_client

        webhook = self.webhook.to_dict()

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "oauth_client": oauth_client,
                "webhook": webhook,
                "access_token": access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        id = d["id"]

        _oauth_client = d["oauth_client"]
        oauth_client: BotOAuthClient | None
        if _oauth_client is None:
            oauth_client = None
        elif not isinstance(_oauth_client, dict):
            oauth_client = _oauth_client
        else:
            try:
                oauth_client_type_0 = BotOAuthClient.from_dict(_oauth_client)

                oauth_client = oauth_client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                oauth_client = cast("BotOAuthClient | None", _oauth_client)

        webhook = BotSelfWebhook.from_dict(d["webhook"])

        access_token = d["access_token"]

        bot_self_token_response = cls(
            id,
            oauth_client,
            webhook,
            access_token,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            bot_self_token_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_self_token_response

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


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global BotOAuthClient
    global BotSelfWebhook
    from ..models.bot_o_auth_client import BotOAuthClient
    from ..models.bot_self_webhook import BotSelfWebhook

    _references_pending = False
