# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.link_shared_webhook_payload_event import LinkSharedWebhookPayloadEvent
from ..models.link_shared_webhook_payload_type import LinkSharedWebhookPayloadType
from ..models.message_entity_type import MessageEntityType
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.webhook_link import WebhookLink
    from ..models.webhook_link import _from_dict as _WebhookLink_from_dict
    from ..models.webhook_message_thread import WebhookMessageThread
    from ..models.webhook_message_thread import _from_dict as _WebhookMessageThread_from_dict


T = TypeVar("T", bound="LinkSharedWebhookPayload")
_LinkSharedWebhookPayloadEvent_MEMBERS = LinkSharedWebhookPayloadEvent._value2member_map_
_LinkSharedWebhookPayloadType_MEMBERS = LinkSharedWebhookPayloadType._value2member_map_
_MessageEntityType_MEMBERS = MessageEntityType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (LinkSharedWebhookPayloadType)",
    "event": "string (LinkSharedWebhookPayloadEvent)",
    "chat_id": "integer",
    "message_id": "integer",
    "links": "array",
    "user_id": "integer",
    "entity_type": "string (MessageEntityType)",
    "entity_id": "integer or null",
    "thread": "object (WebhookMessageThread) or null",
    "created_at": "date-time",
    "webhook_timestamp": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
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
)


@_attrs_define(repr=False)
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
            f"event={self.event!r}, "
            f"chat_id={self.chat_id!r}, "
            f"message_id={self.message_id!r}, "
            f"links={self.links!r}, "
            f"user_id={self.user_id!r}, "
            f"entity_type={self.entity_type!r}, "
            f"entity_id={self.entity_id!r}, "
            f"thread={self.thread!r}, "
            f"created_at={self.created_at!r}, "
            f"webhook_timestamp={self.webhook_timestamp!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`LinkSharedWebhookPayload` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _v.without_gc_pauses(_from_dict, cls, src_dict, strict)

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
    """`LinkSharedWebhookPayload.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "LinkSharedWebhookPayload", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
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
        ) = _read_required(_d)
        try:
            type_ = _LinkSharedWebhookPayloadType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(LinkSharedWebhookPayloadType, type_, "type", strict)
        if strict:
            _v.unknown_value(LinkSharedWebhookPayloadType, type_, "type")

        try:
            event = _LinkSharedWebhookPayloadEvent_MEMBERS[event]
        except (KeyError, TypeError):
            event = _v.enum_member(LinkSharedWebhookPayloadEvent, event, "event", strict)
        if strict:
            _v.unknown_value(LinkSharedWebhookPayloadEvent, event, "event")

        if type(chat_id) is not int:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(message_id) is not int:
            message_id = _v.integer(message_id, "message_id", strict)

        if type(links) is not list:
            links = _v.array(links, "links", strict)

        if links:
            _links_list = []
            try:
                for _item0 in links:
                    _item0 = _WebhookLink_from_dict(WebhookLink, _item0, strict)

                    _links_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(links).at_key("links") from None
            links = _links_list

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        try:
            entity_type = _MessageEntityType_MEMBERS[entity_type]
        except (KeyError, TypeError):
            entity_type = _v.enum_member(MessageEntityType, entity_type, "entity_type", strict)
        if strict:
            _v.unknown_value(MessageEntityType, entity_type, "entity_type")

        if type(entity_id) is not int and entity_id is not None:
            entity_id = _v.integer(entity_id, "entity_id", strict)

        if thread is not None:
            try:
                thread = _WebhookMessageThread_from_dict(WebhookMessageThread, thread, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("thread") from None

        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if type(webhook_timestamp) is not int:
            webhook_timestamp = _v.integer(webhook_timestamp, "webhook_timestamp", strict)

        _n = 11
        _result: T = _new(cls)
        _result.type_ = type_
        _result.event = event
        _result.chat_id = chat_id
        _result.message_id = message_id
        _result.links = links
        _result.user_id = user_id
        _result.entity_type = entity_type
        _result.entity_id = entity_id
        _result.thread = thread
        _result.created_at = created_at
        _result.webhook_timestamp = webhook_timestamp
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("LinkSharedWebhookPayload", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("LinkSharedWebhookPayload", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global WebhookLink, _WebhookLink_from_dict
    global WebhookMessageThread, _WebhookMessageThread_from_dict
    from ..models.webhook_link import WebhookLink
    from ..models.webhook_link import _from_dict as _WebhookLink_from_dict
    from ..models.webhook_message_thread import WebhookMessageThread
    from ..models.webhook_message_thread import _from_dict as _WebhookMessageThread_from_dict

    _references_pending = False
