# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reaction_event_type import ReactionEventType
from ..models.reaction_webhook_payload_type import ReactionWebhookPayloadType

T = TypeVar("T", bound="ReactionWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "event",
        "chat_id",
        "message_id",
        "code",
        "name",
        "user_id",
        "created_at",
        "webhook_timestamp",
    }
)


@_attrs_define
class ReactionWebhookPayload:
    """Outgoing webhook sent when a reaction is added to or removed from a message (`type: reaction`).

    Attributes:
        type_ (ReactionWebhookPayloadType): Always `reaction`.
        event (ReactionEventType): Reaction webhook event: `new` (added) or `delete` (removed).
        chat_id (int | None): Chat of the reacted message. The key is always sent but can be null in rare cases, e.g.
            when the message was deleted before dispatch.
        message_id (int): Message that gained or lost the reaction.
        code (str): The emoji, as a Unicode character.
        name (str): Text name of the emoji.
        user_id (int): Person whose reaction was added or taken away.
        created_at (datetime.datetime): When the reaction was originally added; present on `delete` events as well.
        webhook_timestamp (int): Moment the webhook was sent, in UNIX seconds (UTC). Compare it with your clock to
            reject stale or replayed deliveries.
    """

    type_: ReactionWebhookPayloadType
    event: ReactionEventType
    chat_id: int | None
    message_id: int
    code: str
    name: str
    user_id: int
    created_at: datetime.datetime
    webhook_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event = self.event.value

        chat_id: int | None
        chat_id = self.chat_id

        message_id = self.message_id

        code = self.code

        name = self.name

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        webhook_timestamp = self.webhook_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "chat_id": chat_id,
                "message_id": message_id,
                "code": code,
                "name": name,
                "user_id": user_id,
                "created_at": created_at,
                "webhook_timestamp": webhook_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ReactionWebhookPayloadType._from_value(d["type"])

        event = ReactionEventType._from_value(d["event"])

        chat_id = d["chat_id"]

        message_id = d["message_id"]

        code = d["code"]

        name = d["name"]

        user_id = d["user_id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        webhook_timestamp = d["webhook_timestamp"]

        reaction_webhook_payload = cls(
            type_,
            event,
            chat_id,
            message_id,
            code,
            name,
            user_id,
            created_at,
            webhook_timestamp,
        )

        if len(d) != 9 and not d.keys() <= _KNOWN_KEYS:
            reaction_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return reaction_webhook_payload

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
