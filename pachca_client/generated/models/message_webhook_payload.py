# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_entity_type import MessageEntityType
from ..models.message_webhook_payload_type import MessageWebhookPayloadType
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_message_thread import WebhookMessageThread


T = TypeVar("T", bound="MessageWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "event",
        "entity_type",
        "entity_id",
        "content",
        "user_id",
        "created_at",
        "url",
        "chat_id",
        "webhook_timestamp",
        "changed_at",
        "parent_message_id",
        "thread",
    }
)


@_attrs_define
class MessageWebhookPayload:
    """Outgoing webhook about a message (`type: message`, `event` `new`, `update` or `delete`). It carries only core
    fields; fetch the message by id for files, buttons or forward details.

        Attributes:
            type_ (MessageWebhookPayloadType): Always `message`. `link_shared` events use the same value, so check `event`
                too.
            id (int): Id of the message concerned.
            event (WebhookEventType): Message webhook event: `new`, `update` (edited) or `delete`.
            entity_type (MessageEntityType): What a message is addressed to: `discussion` (a group chat or channel, by chat
                id), `thread` (by thread id) or `user` (a DM, by user id; the DM chat is created when missing).
            entity_id (int): Id of the chat, thread or user that `entity_type` refers to.
            content (str): Message text; an empty string for messages that only carry files.
            user_id (int): Author of the message.
            created_at (datetime.datetime): When the message was posted.
            url (str): Permalink to the message in Pachca.
            chat_id (int): Chat that stores the message.
            webhook_timestamp (int): Moment the webhook was sent, in UNIX seconds (UTC). Compare it with your clock to
                reject stale or replayed deliveries.
            changed_at (datetime.datetime | None | Unset): Time of the last edit (equal to `created_at` if never edited);
                null for old messages predating the field.
            parent_message_id (int | None | Unset): Message being replied to; null when this is not a reply.
            thread (None | Unset | WebhookMessageThread): For a comment inside a thread: the message and chat the thread is
                attached to; null otherwise. Unlike `Message.thread`, it describes the thread containing the message, not one
                opened on it.
    """

    type_: MessageWebhookPayloadType
    id: int
    event: WebhookEventType
    entity_type: MessageEntityType
    entity_id: int
    content: str
    user_id: int
    created_at: datetime.datetime
    url: str
    chat_id: int
    webhook_timestamp: int
    changed_at: datetime.datetime | None | Unset = UNSET
    parent_message_id: int | None | Unset = UNSET
    thread: None | Unset | WebhookMessageThread = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        type_ = self.type_.value

        id = self.id

        event = self.event.value

        entity_type = self.entity_type.value

        entity_id = self.entity_id

        content = self.content

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        url = self.url

        chat_id = self.chat_id

        webhook_timestamp = self.webhook_timestamp

        changed_at: None | str | Unset
        if isinstance(self.changed_at, Unset):
            changed_at = UNSET
        elif isinstance(self.changed_at, datetime.datetime):
            changed_at = self.changed_at.isoformat()
        else:
            changed_at = self.changed_at

        parent_message_id: int | None | Unset
        if isinstance(self.parent_message_id, Unset):
            parent_message_id = UNSET
        else:
            parent_message_id = self.parent_message_id

        thread: dict[str, Any] | None | Unset
        if isinstance(self.thread, Unset):
            thread = UNSET
        elif isinstance(self.thread, WebhookMessageThread):
            thread = self.thread.to_dict()
        else:
            thread = self.thread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "event": event,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "content": content,
                "user_id": user_id,
                "created_at": created_at,
                "url": url,
                "chat_id": chat_id,
                "webhook_timestamp": webhook_timestamp,
            }
        )
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if parent_message_id is not UNSET:
            field_dict["parent_message_id"] = parent_message_id
        if thread is not UNSET:
            field_dict["thread"] = thread

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        type_ = MessageWebhookPayloadType._from_value(d["type"])

        id = d["id"]

        event = WebhookEventType._from_value(d["event"])

        entity_type = MessageEntityType._from_value(d["entity_type"])

        entity_id = d["entity_id"]

        content = d["content"]

        user_id = d["user_id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        url = d["url"]

        chat_id = d["chat_id"]

        webhook_timestamp = d["webhook_timestamp"]

        _changed_at = d.get("changed_at", UNSET)
        changed_at: datetime.datetime | None | Unset
        if _changed_at is None:
            changed_at = None
        elif isinstance(_changed_at, Unset):
            changed_at = _changed_at
        elif not isinstance(_changed_at, str):
            changed_at = _changed_at
        else:
            try:
                changed_at_type_0 = datetime.datetime.fromisoformat(_changed_at)

                changed_at = changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                changed_at = cast("datetime.datetime | None | Unset", _changed_at)

        parent_message_id = d.get("parent_message_id", UNSET)

        _thread = d.get("thread", UNSET)
        thread: None | Unset | WebhookMessageThread
        if _thread is None:
            thread = None
        elif isinstance(_thread, Unset):
            thread = _thread
        elif not isinstance(_thread, dict):
            thread = _thread
        else:
            try:
                thread_type_0 = WebhookMessageThread.from_dict(_thread)

                thread = thread_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                thread = cast("None | Unset | WebhookMessageThread", _thread)

        message_webhook_payload = cls(
            type_,
            id,
            event,
            entity_type,
            entity_id,
            content,
            user_id,
            created_at,
            url,
            chat_id,
            webhook_timestamp,
            changed_at,
            parent_message_id,
            thread,
        )

        if len(d) != 11 and not d.keys() <= _KNOWN_KEYS:
            message_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return message_webhook_payload

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
    global WebhookMessageThread
    from ..models.webhook_message_thread import WebhookMessageThread

    _references_pending = False
