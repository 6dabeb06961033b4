# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.chat_member_webhook_payload_type import ChatMemberWebhookPayloadType
from ..models.member_event_type import MemberEventType
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

T = TypeVar("T", bound="ChatMemberWebhookPayload")
_ChatMemberWebhookPayloadType_MEMBERS = ChatMemberWebhookPayloadType._value2member_map_
_MemberEventType_MEMBERS = MemberEventType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (ChatMemberWebhookPayloadType)",
    "event": "string (MemberEventType)",
    "chat_id": "integer",
    "user_ids": "array",
    "created_at": "date-time",
    "webhook_timestamp": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("type", "event", "chat_id", "user_ids", "created_at", "webhook_timestamp")


@_attrs_define(repr=False)
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
            f"user_ids={self.user_ids!r}, "
            f"created_at={self.created_at!r}, "
            f"webhook_timestamp={self.webhook_timestamp!r}, "
            f"thread_id={self.thread_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ChatMemberWebhookPayload` from its JSON object, validated against openapi.yaml.

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
    """`ChatMemberWebhookPayload.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ChatMemberWebhookPayload", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, event, chat_id, user_ids, created_at, webhook_timestamp = _read_required(_d)
        if len(_d) != 6:
            thread_id = _d.get("thread_id", UNSET)
        else:
            thread_id = UNSET
        try:
            type_ = _ChatMemberWebhookPayloadType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(ChatMemberWebhookPayloadType, type_, "type", strict)
        if strict:
            _v.unknown_value(ChatMemberWebhookPayloadType, type_, "type")

        try:
            event = _MemberEventType_MEMBERS[event]
        except (KeyError, TypeError):
            event = _v.enum_member(MemberEventType, event, "event", strict)
        if strict:
            _v.unknown_value(MemberEventType, event, "event")

        if type(chat_id) is not int:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(user_ids) is not list:
            user_ids = _v.array(user_ids, "user_ids", strict)

        try:
            for _item0 in user_ids:
                if type(_item0) is not int:
                    _item0 = _v.integer(_item0, None, strict)

        except _v.ValidationError as _error:
            raise _error.at_index(user_ids).at_key("user_ids") from None

        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if type(webhook_timestamp) is not int:
            webhook_timestamp = _v.integer(webhook_timestamp, "webhook_timestamp", strict)

        _n = 6
        if thread_id is not UNSET:
            _n += 1
            if type(thread_id) is not int and thread_id is not None:
                thread_id = _v.integer(thread_id, "thread_id", strict)

        _result: T = _new(cls)
        _result.type_ = type_
        _result.event = event
        _result.chat_id = chat_id
        _result.user_ids = user_ids
        _result.created_at = created_at
        _result.webhook_timestamp = webhook_timestamp
        _result.thread_id = thread_id
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ChatMemberWebhookPayload", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("ChatMemberWebhookPayload", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
