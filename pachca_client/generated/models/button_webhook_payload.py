# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.button_webhook_payload_event import ButtonWebhookPayloadEvent
from ..models.button_webhook_payload_type import ButtonWebhookPayloadType

T = TypeVar("T", bound="ButtonWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "event",
        "message_id",
        "trigger_id",
        "data",
        "user_id",
        "chat_id",
        "webhook_timestamp",
    }
)


@_attrs_define
class ButtonWebhookPayload:
    """Outgoing webhook sent when someone presses a `data` button on the bot's message (`type: button`, `event: click`).

    Attributes:
        type_ (ButtonWebhookPayloadType): Always `button`.
        event (ButtonWebhookPayloadEvent): Always `click`.
        message_id (int): Message that carries the pressed button.
        trigger_id (str): Short-lived token, valid for roughly 3 seconds, that can be passed to `POST /views/open` to
            show a form in reply.
        data (str): The `data` string of the button that was pressed.
        user_id (int): User who pressed the button.
        chat_id (int): Chat in which the button was pressed.
        webhook_timestamp (int): Moment the webhook was sent, in UNIX seconds (UTC). Compare it with your clock to
            reject stale or replayed deliveries.
    """

    type_: ButtonWebhookPayloadType
    event: ButtonWebhookPayloadEvent
    message_id: int
    trigger_id: str
    data: str
    user_id: int
    chat_id: int
    webhook_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event = self.event.value

        message_id = self.message_id

        trigger_id = self.trigger_id

        data = self.data

        user_id = self.user_id

        chat_id = self.chat_id

        webhook_timestamp = self.webhook_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "message_id": message_id,
                "trigger_id": trigger_id,
                "data": data,
                "user_id": user_id,
                "chat_id": chat_id,
                "webhook_timestamp": webhook_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ButtonWebhookPayloadType._from_value(d["type"])

        event = ButtonWebhookPayloadEvent._from_value(d["event"])

        message_id = d["message_id"]

        trigger_id = d["trigger_id"]

        data = d["data"]

        user_id = d["user_id"]

        chat_id = d["chat_id"]

        webhook_timestamp = d["webhook_timestamp"]

        button_webhook_payload = cls(
            type_,
            event,
            message_id,
            trigger_id,
            data,
            user_id,
            chat_id,
            webhook_timestamp,
        )

        if len(d) != 8 and not d.keys() <= _KNOWN_KEYS:
            button_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return button_webhook_payload

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
