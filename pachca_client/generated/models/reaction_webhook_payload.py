# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.reaction_event_type import ReactionEventType
from ..models.reaction_webhook_payload_type import ReactionWebhookPayloadType
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

T = TypeVar("T", bound="ReactionWebhookPayload")
_ReactionEventType_MEMBERS = ReactionEventType._value2member_map_
_ReactionWebhookPayloadType_MEMBERS = ReactionWebhookPayloadType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (ReactionWebhookPayloadType)",
    "event": "string (ReactionEventType)",
    "chat_id": "integer or null",
    "message_id": "integer",
    "code": "string",
    "name": "string",
    "user_id": "integer",
    "created_at": "date-time",
    "webhook_timestamp": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "type", "event", "chat_id", "message_id", "code", "name", "user_id", "created_at", "webhook_timestamp"
)


@_attrs_define(repr=False)
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
            f"code={self.code!r}, "
            f"name={self.name!r}, "
            f"user_id={self.user_id!r}, "
            f"created_at={self.created_at!r}, "
            f"webhook_timestamp={self.webhook_timestamp!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ReactionWebhookPayload` from its JSON object, validated against openapi.yaml.

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
    """`ReactionWebhookPayload.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ReactionWebhookPayload", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, event, chat_id, message_id, code, name, user_id, created_at, webhook_timestamp = _read_required(_d)
        try:
            type_ = _ReactionWebhookPayloadType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(ReactionWebhookPayloadType, type_, "type", strict)
        if strict:
            _v.unknown_value(ReactionWebhookPayloadType, type_, "type")

        try:
            event = _ReactionEventType_MEMBERS[event]
        except (KeyError, TypeError):
            event = _v.enum_member(ReactionEventType, event, "event", strict)
        if strict:
            _v.unknown_value(ReactionEventType, event, "event")

        if type(chat_id) is not int and chat_id is not None:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(message_id) is not int:
            message_id = _v.integer(message_id, "message_id", strict)

        if type(code) is not str:
            code = _v.string(code, "code", strict)

        if type(name) is not str:
            name = _v.string(name, "name", strict)

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if type(webhook_timestamp) is not int:
            webhook_timestamp = _v.integer(webhook_timestamp, "webhook_timestamp", strict)

        _n = 9
        _result: T = _new(cls)
        _result.type_ = type_
        _result.event = event
        _result.chat_id = chat_id
        _result.message_id = message_id
        _result.code = code
        _result.name = name
        _result.user_id = user_id
        _result.created_at = created_at
        _result.webhook_timestamp = webhook_timestamp
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ReactionWebhookPayload", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("ReactionWebhookPayload", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
