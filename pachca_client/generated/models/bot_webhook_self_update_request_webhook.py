# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotWebhookSelfUpdateRequestWebhook")

_KNOWN_KEYS = frozenset(
    {
        "outgoing_url",
    }
)


@_attrs_define
class BotWebhookSelfUpdateRequestWebhook:
    """Wrapper for the one setting a bot may change on itself.

    Attributes:
        outgoing_url (str): New delivery address for outgoing webhooks; an empty string switches delivery off.
    """

    outgoing_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outgoing_url = self.outgoing_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outgoing_url": outgoing_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        outgoing_url = d["outgoing_url"]

        bot_webhook_self_update_request_webhook = cls(
            outgoing_url,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            bot_webhook_self_update_request_webhook.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return bot_webhook_self_update_request_webhook

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
