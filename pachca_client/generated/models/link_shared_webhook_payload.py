# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_shared_webhook_payload_event import LinkSharedWebhookPayloadEvent
from ..models.link_shared_webhook_payload_type import LinkSharedWebhookPayloadType
from ..models.message_entity_type import MessageEntityType

if TYPE_CHECKING:
    from ..models.webhook_link import WebhookLink
    from ..models.webhook_message_thread import WebhookMessageThread


T = TypeVar("T", bound="LinkSharedWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "event",
        "chat_id",
        "message_id",
        "links",
        "user_id",
        "entity_type",
        "entity_id",
        "thread",
        "created_at",
        "webhook_timestamp",
    }
)


@_attrs_define
class LinkSharedWebhookPayload:
    """Outgoing webhook for unfurl bots, sent when a message contains links to a watched domain. It reuses `type: message`,
    so tell it apart from message events by `event: link_shared`.

        Attributes:
            type_ (LinkSharedWebhookPayloadType): Always `message`, the same as ordinary message events.
            event (LinkSharedWebhookPayloadEvent): Always `link_shared`.
            chat_id (int): Chat where the message with the links was posted.
            message_id (int): Message containing the links; target it when posting previews.
            links (list[WebhookLink]): Links to watched domains found in the message.
            user_id (int): Author of the message.
            entity_type (MessageEntityType): What a message is addressed to: `discussion` (a group chat or channel, by chat
                id), `thread` (by thread id) or `user` (a DM, by user id; the DM chat is created when missing).
            entity_id (int | None): Id of the chat or thread that `entity_type` refers to; null for a DM, since the bot is
                not part of it and the other person is not revealed.
            thread (None | WebhookMessageThread): For a message inside a thread: the message and chat the thread is attached
                to; null otherwise.
            created_at (datetime.datetime): When the message was posted.
            webhook_timestamp (int): Moment the webhook was sent, in UNIX seconds (UTC). Compare it with your clock to
                reject stale or replayed deliveries.
    """

    type_: LinkSharedWebhookPayloadType
    event: LinkSharedWebhookPayloadEvent
    chat_id: int
    message_id: int
    links: list[WebhookLink]
    user_id: int
    entity_type: MessageEntityType
    entity_id: int | None
    thread: None | WebhookMessageThread
    created_at: datetime.datetime
    webhook_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        type_ = self.type_.value

        event = self.event.value

        chat_id = self.chat_id

        message_id = self.message_id

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        user_id = self.user_id

        entity_type = self.entity_type.value

        entity_id: int | None
        entity_id = self.entity_id

        thread: dict[str, Any] | None
        if isinstance(self.thread, WebhookMessageThread):
            thread = self.thread.to_dict()
        else:
            thread = self.thread

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
                "links": links,
                "user_id": user_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "thread": thread,
                "created_at": created_at,
                "webhook_timestamp": webhook_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        type_ = LinkSharedWebhookPayloadType._from_value(d["type"])

        event = LinkSharedWebhookPayloadEvent._from_value(d["event"])

        chat_id = d["chat_id"]

        message_id = d["message_id"]

        links = [WebhookLink.from_dict(links_item_data) for links_item_data in d["links"]]

        user_id = d["user_id"]

        entity_type = MessageEntityType._from_value(d["entity_type"])

        entity_id = d["entity_id"]

        _thread = d["thread"]
        thread: None | WebhookMessageThread
        if _thread is None:
            thread = None
        elif not isinstance(_thread, dict):
            thread = _thread
        else:
            try:
                thread_type_0 = WebhookMessageThread.from_dict(_thread)

                thread = thread_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                thread = cast("None | WebhookMessageThread", _thread)

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        webhook_timestamp = d["webhook_timestamp"]

        link_shared_webhook_payload = cls(
            type_,
            event,
            chat_id,
            message_id,
            links,
            user_id,
            entity_type,
            entity_id,
            thread,
            created_at,
            webhook_timestamp,
        )

        if len(d) != 11 and not d.keys() <= _KNOWN_KEYS:
            link_shared_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return link_shared_webhook_payload

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
    global WebhookLink
    global WebhookMessageThread
    from ..models.webhook_link import WebhookLink
    from ..models.webhook_message_thread import WebhookMessageThread

    _references_pending = False
