# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bot_webhook import BotWebhook


T = TypeVar("T", bound="BotCreateResponse")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "webhook",
        "access_token",
    }
)


@_attrs_define
class BotCreateResponse:
    """Result of creating a bot: its id, the stored settings and the bot's API token.

    Attributes:
        id (int): Id of the new bot; the same number is its user id.
        webhook (BotWebhook): Full configuration of a bot: identity, outgoing-webhook delivery, incoming-webhook
            templating, token scopes and who may add or edit it.
        access_token (str): Bearer token for acting as the bot. The API shows it only here and after a rotation, so save
            it; it can also be copied from the bot's API tab in the app.
    """

    id: int
    webhook: BotWebhook
    access_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        webhook = self.webhook.to_dict()

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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

        webhook = BotWebhook.from_dict(d["webhook"])

        access_token = d["access_token"]

        bot_create_response = cls(
            id,
            webhook,
            access_token,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            bot_create_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_create_response

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
    global BotWebhook
    from ..models.bot_webhook import BotWebhook

    _references_pending = False
