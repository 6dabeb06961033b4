# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bot_webhook import BotWebhook


T = TypeVar("T", bound="BotCreateResponse")


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
        from ..models.bot_webhook import BotWebhook  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        webhook = BotWebhook.from_dict(d.pop("webhook"))

        access_token = d.pop("access_token")

        bot_create_response = cls(
            id=id,
            webhook=webhook,
            access_token=access_token,
        )

        bot_create_response.additional_properties = d
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
