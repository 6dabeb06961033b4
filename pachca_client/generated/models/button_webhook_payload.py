# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.button_webhook_payload_event import ButtonWebhookPayloadEvent
from ..models.button_webhook_payload_type import ButtonWebhookPayloadType
from ..validation import new_instance as _new

T = TypeVar("T", bound="ButtonWebhookPayload")
_ButtonWebhookPayloadEvent_MEMBERS = ButtonWebhookPayloadEvent._value2member_map_
_ButtonWebhookPayloadType_MEMBERS = ButtonWebhookPayloadType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (ButtonWebhookPayloadType)",
    "event": "string (ButtonWebhookPayloadEvent)",
    "message_id": "integer",
    "trigger_id": "string",
    "data": "string",
    "user_id": "integer",
    "chat_id": "integer",
    "webhook_timestamp": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "type", "event", "message_id", "trigger_id", "data", "user_id", "chat_id", "webhook_timestamp"
)


@_attrs_define(repr=False)
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
            f"message_id={self.message_id!r}, "
            f"trigger_id={self.trigger_id!r}, "
            f"data={self.data!r}, "
            f"user_id={self.user_id!r}, "
            f"chat_id={self.chat_id!r}, "
            f"webhook_timestamp={self.webhook_timestamp!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ButtonWebhookPayload` from its JSON object, validated against openapi.yaml.

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
    """`ButtonWebhookPayload.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ButtonWebhookPayload", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, event, message_id, trigger_id, data, user_id, chat_id, webhook_timestamp = _read_required(_d)
        try:
            type_ = _ButtonWebhookPayloadType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(ButtonWebhookPayloadType, type_, "type", strict)
        if strict:
            _v.unknown_value(ButtonWebhookPayloadType, type_, "type")

        try:
            event = _ButtonWebhookPayloadEvent_MEMBERS[event]
        except (KeyError, TypeError):
            event = _v.enum_member(ButtonWebhookPayloadEvent, event, "event", strict)
        if strict:
            _v.unknown_value(ButtonWebhookPayloadEvent, event, "event")

        if type(message_id) is not int:
            message_id = _v.integer(message_id, "message_id", strict)

        if type(trigger_id) is not str:
            trigger_id = _v.string(trigger_id, "trigger_id", strict)

        if type(data) is not str:
            data = _v.string(data, "data", strict)

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        if type(chat_id) is not int:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(webhook_timestamp) is not int:
            webhook_timestamp = _v.integer(webhook_timestamp, "webhook_timestamp", strict)

        _n = 8
        _result: T = _new(cls)
        _result.type_ = type_
        _result.event = event
        _result.message_id = message_id
        _result.trigger_id = trigger_id
        _result.data = data
        _result.user_id = user_id
        _result.chat_id = chat_id
        _result.webhook_timestamp = webhook_timestamp
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ButtonWebhookPayload", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("ButtonWebhookPayload", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
