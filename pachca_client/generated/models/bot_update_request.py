# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_o_auth_client_request import BotOAuthClientRequest
    from ..models.bot_promo_request import BotPromoRequest
    from ..models.bot_update_request_webhook import BotUpdateRequestWebhook


T = TypeVar("T", bound="BotUpdateRequest")

_KNOWN_KEYS = frozenset(
    {
        "webhook",
        "oauth_client",
        "promo",
    }
)


@_attrs_define
class BotUpdateRequest:
    """Body of `PUT /bots/{id}`: settings to change, nested under `webhook`; fields left out keep their current values.

    Attributes:
        webhook (BotUpdateRequestWebhook | Unset): Bot settings to change.
        oauth_client (BotOAuthClientRequest | None | Unset): OAuth client settings. An object updates the client and
            switches it on if it was off; null switches it off, which revokes every authorization users have granted and
            removes the catalog listing.
        promo (BotPromoRequest | Unset): Catalog listing settings sent as `promo` when a bot is created or updated.
    """

    webhook: BotUpdateRequestWebhook | Unset = UNSET
    oauth_client: BotOAuthClientRequest | None | Unset = UNSET
    promo: BotPromoRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        oauth_client: dict[str, Any] | None | Unset
        if isinstance(self.oauth_client, Unset):
            oauth_client = UNSET
        elif isinstance(self.oauth_client, BotOAuthClientRequest):
            oauth_client = self.oauth_client.to_dict()
        else:
            oauth_client = self.oauth_client

        promo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promo, Unset):
            promo = self.promo.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
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
        _webhook = d.get("webhook", UNSET)
        webhook: BotUpdateRequestWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = BotUpdateRequestWebhook.from_dict(_webhook)

        _oauth_client = d.get("oauth_client", UNSET)
        oauth_client: BotOAuthClientRequest | None | Unset
        if _oauth_client is None:
            oauth_client = None
        elif isinstance(_oauth_client, Unset):
            oauth_client = _oauth_client
        elif not isinstance(_oauth_client, dict):
            oauth_client = _oauth_client
        else:
            try:
                oauth_client_type_0 = BotOAuthClientRequest.from_dict(_oauth_client)

                oauth_client = oauth_client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                oauth_client = cast("BotOAuthClientRequest | None | Unset", _oauth_client)

        _promo = d.get("promo", UNSET)
        promo: BotPromoRequest | Unset
        if isinstance(_promo, Unset):
            promo = UNSET
        else:
            promo = BotPromoRequest.from_dict(_promo)

        bot_update_request = cls(
            webhook,
            oauth_client,
            promo,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            bot_update_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_update_request

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
    global BotOAuthClientRequest
    global BotPromoRequest
    global BotUpdateRequestWebhook
    from ..models.bot_o_auth_client_request import BotOAuthClientRequest
    from ..models.bot_promo_request import BotPromoRequest
    from ..models.bot_update_request_webhook import BotUpdateRequestWebhook

    _references_pending = False
