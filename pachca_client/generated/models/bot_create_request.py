# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_create_request_webhook import BotCreateRequestWebhook
    from ..models.bot_o_auth_client_request import BotOAuthClientRequest
    from ..models.bot_promo_request import BotPromoRequest


T = TypeVar("T", bound="BotCreateRequest")

_KNOWN_KEYS = frozenset(
    {
        "webhook",
        "empty",
        "oauth_client",
        "promo",
    }
)


@_attrs_define
class BotCreateRequest:
    """Body of `POST /bots` (user tokens only); the new bot's settings sit under `webhook`.

    Attributes:
        webhook (BotCreateRequestWebhook): Settings of the bot to create; only `name` is mandatory.
        empty (bool | Unset): If true, the bot is created bare: no API token is issued and no incoming webhook is set up
            (one can still be requested via `webhook.kind`). Defaults to false, which gives the bot a custom-format incoming
            webhook and returns its token as `access_token`. Default: False.
        oauth_client (BotOAuthClientRequest | Unset): OAuth client settings sent as `oauth_client` when a bot is created
            or updated.
        promo (BotPromoRequest | Unset): Catalog listing settings sent as `promo` when a bot is created or updated.
    """

    webhook: BotCreateRequestWebhook
    empty: bool | Unset = False
    oauth_client: BotOAuthClientRequest | Unset = UNSET
    promo: BotPromoRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        webhook = self.webhook.to_dict()

        empty = self.empty

        oauth_client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth_client, Unset):
            oauth_client = self.oauth_client.to_dict()

        promo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promo, Unset):
            promo = self.promo.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook": webhook,
            }
        )
        if empty is not UNSET:
            field_dict["empty"] = empty
        if oauth_client is not UNSET:
            field_dict["oauth_client"] = oauth_client
        if promo is not UNSET:
            field_dict["promo"] = promo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        webhook = BotCreateRequestWebhook.from_dict(d["webhook"])

        empty = d.get("empty", UNSET)

        _oauth_client = d.get("oauth_client", UNSET)
        oauth_client: BotOAuthClientRequest | Unset
        if isinstance(_oauth_client, Unset):
            oauth_client = UNSET
        else:
            oauth_client = BotOAuthClientRequest.from_dict(_oauth_client)

        _promo = d.get("promo", UNSET)
        promo: BotPromoRequest | Unset
        if isinstance(_promo, Unset):
            promo = UNSET
        else:
            promo = BotPromoRequest.from_dict(_promo)

        bot_create_request = cls(
            webhook,
            empty,
            oauth_client,
            promo,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            bot_create_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_create_request

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
    global BotCreateRequestWebhook
    global BotOAuthClientRequest
    global BotPromoRequest
    from ..models.bot_create_request_webhook import BotCreateRequestWebhook
    from ..models.bot_o_auth_client_request import BotOAuthClientRequest
    from ..models.bot_promo_request import BotPromoRequest

    _references_pending = False
