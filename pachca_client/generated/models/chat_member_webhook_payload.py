# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_member_webhook_payload_type import ChatMemberWebhookPayloadType
from ..models.member_event_type import MemberEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatMemberWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "event",
        "chat_id",
        "user_ids",
        "created_at",
        "webhook_timestamp",
        "thread_id",
    }
)


@_attrs_define
class ChatMemberWebhookPayload:
    """Outgoing webhook sent when users join or leave a chat or thread the bot belongs to (`type: chat_member`, `event:
    add` or `remove`).

        Attributes:
            type_ (ChatMemberWebhookPayloadType): Always `chat_member`.
            event (MemberEventType): Chat-membership webhook event: `add` (users joined) or `remove` (users left or were
                removed).
            chat_id (int): Chat that gained or lost members.
            user_ids (list[int]): Users who were added or removed.
            created_at (datetime.datetime): When the membership change happened.
            webhook_timestamp (int): Moment the webhook was sent, in UNIX seconds (UTC). Compare it with your clock to
                reject stale or replayed deliveries.
            thread_id (int | None | Unset): Thread id when the change happened in a thread; null for ordinary chats and
                channels.
    """

    type_: ChatMemberWebhookPayloadType
    event: MemberEventType
    chat_id: int
    user_ids: list[int]
    created_at: datetime.datetime
    webhook_timestamp: int
    thread_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event = self.event.value

        chat_id = self.chat_id

        user_ids = self.user_ids

        created_at = self.created_at.isoformat()

        webhook_timestamp = self.webhook_timestamp

        thread_id: int | None | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = self.thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "chat_id": chat_id,
                "user_ids": user_ids,
                "created_at": created_at,
                "webhook_timestamp": webhook_timestamp,
            }
        )
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ChatMemberWebhookPayloadType._from_value(d["type"])

        event = MemberEventType._from_value(d["event"])

        chat_id = d["chat_id"]

        user_ids = d["user_ids"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        webhook_timestamp = d["webhook_timestamp"]

        thread_id = d.get("thread_id", UNSET)

        chat_member_webhook_payload = cls(
            type_,
            event,
            chat_id,
            user_ids,
            created_at,
            webhook_timestamp,
            thread_id,
        )

        if len(d) != 6 and not d.keys() <= _KNOWN_KEYS:
            chat_member_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return chat_member_webhook_payload

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
