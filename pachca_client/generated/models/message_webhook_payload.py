# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.message_entity_type import MessageEntityType
from ..models.message_webhook_payload_type import MessageWebhookPayloadType
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.webhook_message_thread import WebhookMessageThread
    from ..models.webhook_message_thread import _from_dict as _WebhookMessageThread_from_dict


T = TypeVar("T", bound="MessageWebhookPayload")
_MessageEntityType_MEMBERS = MessageEntityType._value2member_map_
_MessageWebhookPayloadType_MEMBERS = MessageWebhookPayloadType._value2member_map_
_WebhookEventType_MEMBERS = WebhookEventType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (MessageWebhookPayloadType)",
    "id": "integer",
    "event": "string (WebhookEventType)",
    "entity_type": "string (MessageEntityType)",
    "entity_id": "integer",
    "content": "string",
    "user_id": "integer",
    "created_at": "date-time",
    "url": "string",
    "chat_id": "integer",
    "webhook_timestamp": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
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
)


@_attrs_define(repr=False)
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
    # Unknown keys: None until there are some (most objects have none, and an empty dict per object
    # costs time and memory); `additional_properties` makes the dict on first use. None and {} compare equal.
    _additional_properties: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=_v.extras_key)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that openapi.yaml does not declare, with their values."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"type_={self.type_!r}, "
            f"id={self.id!r}, "
            f"event={self.event!r}, "
            f"entity_type={self.entity_type!r}, "
            f"entity_id={self.entity_id!r}, "
            f"content={self.content!r}, "
            f"user_id={self.user_id!r}, "
            f"created_at={self.created_at!r}, "
            f"url={self.url!r}, "
            f"chat_id={self.chat_id!r}, "
            f"webhook_timestamp={self.webhook_timestamp!r}, "
            f"changed_at={self.changed_at!r}, "
            f"parent_message_id={self.parent_message_id!r}, "
            f"thread={self.thread!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`MessageWebhookPayload` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _from_dict(cls, src_dict, strict)

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


def _from_dict(cls: type[T], src_dict: Mapping[str, Any], strict: bool) -> T:
    """`MessageWebhookPayload.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "MessageWebhookPayload", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, id, event, entity_type, entity_id, content, user_id, created_at, url, chat_id, webhook_timestamp = (
            _read_required(_d)
        )
        if len(_d) != 11:
            changed_at = _d.get("changed_at", UNSET)
            parent_message_id = _d.get("parent_message_id", UNSET)
            thread = _d.get("thread", UNSET)
        else:
            changed_at = parent_message_id = thread = UNSET
        try:
            type_ = _MessageWebhookPayloadType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(MessageWebhookPayloadType, type_, "type", strict)
        if strict:
            _v.unknown_value(MessageWebhookPayloadType, type_, "type")

        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        try:
            event = _WebhookEventType_MEMBERS[event]
        except (KeyError, TypeError):
            event = _v.enum_member(WebhookEventType, event, "event", strict)
        if strict:
            _v.unknown_value(WebhookEventType, event, "event")

        try:
            entity_type = _MessageEntityType_MEMBERS[entity_type]
        except (KeyError, TypeError):
            entity_type = _v.enum_member(MessageEntityType, entity_type, "entity_type", strict)
        if strict:
            _v.unknown_value(MessageEntityType, entity_type, "entity_type")

        if type(entity_id) is not int:
            entity_id = _v.integer(entity_id, "entity_id", strict)

        if type(content) is not str:
            content = _v.string(content, "content", strict)

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        _first_date_time = created_at
        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if type(url) is not str:
            url = _v.string(url, "url", strict)

        if type(chat_id) is not int:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(webhook_timestamp) is not int:
            webhook_timestamp = _v.integer(webhook_timestamp, "webhook_timestamp", strict)

        _n = 11
        if changed_at is not UNSET:
            _n += 1
            if changed_at is not None:
                if changed_at == _first_date_time:
                    changed_at = created_at
                else:
                    try:
                        _date_time0 = _parse_date_time(changed_at)
                        if _date_time0.tzinfo is None:
                            raise ValueError
                    except (TypeError, ValueError):
                        _date_time0 = _v.date_time(changed_at, "changed_at", strict)
                    changed_at = _date_time0

        if parent_message_id is not UNSET:
            _n += 1
            if type(parent_message_id) is not int and parent_message_id is not None:
                parent_message_id = _v.integer(parent_message_id, "parent_message_id", strict)

        if thread is not UNSET:
            _n += 1
            if thread is not None:
                try:
                    thread = _WebhookMessageThread_from_dict(WebhookMessageThread, thread, strict)
                except _v.ValidationError as _error:
                    raise _error.at_key("thread") from None

        _result: T = _new(cls)
        _result.type_ = type_
        _result.id = id
        _result.event = event
        _result.entity_type = entity_type
        _result.entity_id = entity_id
        _result.content = content
        _result.user_id = user_id
        _result.created_at = created_at
        _result.url = url
        _result.chat_id = chat_id
        _result.webhook_timestamp = webhook_timestamp
        _result.changed_at = changed_at
        _result.parent_message_id = parent_message_id
        _result.thread = thread
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("MessageWebhookPayload", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("MessageWebhookPayload", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global WebhookMessageThread, _WebhookMessageThread_from_dict
    from ..models.webhook_message_thread import WebhookMessageThread
    from ..models.webhook_message_thread import _from_dict as _WebhookMessageThread_from_dict

    _references_pending = False
