# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.button_webhook_payload import ButtonWebhookPayload
    from ..models.button_webhook_payload import _from_dict as _ButtonWebhookPayload_from_dict
    from ..models.chat_member_webhook_payload import ChatMemberWebhookPayload
    from ..models.chat_member_webhook_payload import _from_dict as _ChatMemberWebhookPayload_from_dict
    from ..models.company_member_webhook_payload import CompanyMemberWebhookPayload
    from ..models.company_member_webhook_payload import _from_dict as _CompanyMemberWebhookPayload_from_dict
    from ..models.link_shared_webhook_payload import LinkSharedWebhookPayload
    from ..models.link_shared_webhook_payload import _from_dict as _LinkSharedWebhookPayload_from_dict
    from ..models.message_webhook_payload import MessageWebhookPayload
    from ..models.message_webhook_payload import _from_dict as _MessageWebhookPayload_from_dict
    from ..models.reaction_webhook_payload import ReactionWebhookPayload
    from ..models.reaction_webhook_payload import _from_dict as _ReactionWebhookPayload_from_dict
    from ..models.unknown_webhook_payload import UnknownWebhookPayload
    from ..models.unknown_webhook_payload import _from_dict as _UnknownWebhookPayload_from_dict
    from ..models.video_call_webhook_payload import VideoCallWebhookPayload
    from ..models.video_call_webhook_payload import _from_dict as _VideoCallWebhookPayload_from_dict
    from ..models.view_submit_webhook_payload import ViewSubmitWebhookPayload
    from ..models.view_submit_webhook_payload import _from_dict as _ViewSubmitWebhookPayload_from_dict


T = TypeVar("T", bound="WebhookEvent")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "event_type",
        "payload",
        "created_at",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "string",
    "event_type": "string",
    "payload": "object (MessageWebhookPayload) or object (LinkSharedWebhookPayload) or object (ViewSubmitWebhookPayload) or object (ReactionWebhookPayload) or object (ButtonWebhookPayload) or object (VideoCallWebhookPayload) or object (ChatMemberWebhookPayload) or object (CompanyMemberWebhookPayload) or object (UnknownWebhookPayload)",
    "created_at": "date-time",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("id", "event_type", "payload", "created_at")


@_attrs_define(repr=False)
class WebhookEvent:
    """One entry of a bot's stored event history (`GET /webhooks/events`), kept when `events_history_enabled` is on. Delete
    processed entries with `DELETE /webhooks/events/{id}`.

        Attributes:
            id (str): String identifier of the stored event (ULID-like, not an integer).
            event_type (str): Event name in `BotEventName` form, such as `message_new`.
            payload (ButtonWebhookPayload | ChatMemberWebhookPayload | CompanyMemberWebhookPayload |
                LinkSharedWebhookPayload | MessageWebhookPayload | ReactionWebhookPayload | UnknownWebhookPayload |
                VideoCallWebhookPayload | ViewSubmitWebhookPayload): Body of any outgoing webhook. Choose the variant from the
                pair `type` + `event`: `type` alone is ambiguous, because `link_shared` events also use `type: message`.
            created_at (datetime.datetime): When the event was recorded.
    """

    id: str
    event_type: str
    payload: (
        ButtonWebhookPayload
        | ChatMemberWebhookPayload
        | CompanyMemberWebhookPayload
        | LinkSharedWebhookPayload
        | MessageWebhookPayload
        | ReactionWebhookPayload
        | UnknownWebhookPayload
        | VideoCallWebhookPayload
        | ViewSubmitWebhookPayload
    )
    created_at: datetime.datetime
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
            f"id={self.id!r}, "
            f"event_type={self.event_type!r}, "
            f"payload={self.payload!r}, "
            f"created_at={self.created_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        event_type = self.event_type

        payload: dict[str, Any]
        if isinstance(self.payload, MessageWebhookPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, LinkSharedWebhookPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, ViewSubmitWebhookPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, ReactionWebhookPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, ButtonWebhookPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, VideoCallWebhookPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, ChatMemberWebhookPayload):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, CompanyMemberWebhookPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "payload": payload,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`WebhookEvent` from its JSON object, validated against openapi.yaml.

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
    """`WebhookEvent.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "WebhookEvent", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        id, event_type, payload, created_at = _read_required(_d)
        if type(id) is not str:
            id = _v.string(id, "id", strict)

        if type(event_type) is not str:
            event_type = _v.string(event_type, "event_type", strict)

        _kind0 = _v.discriminator(payload, "type", "event")
        if _kind0 in {("message", "new"), ("message", "update"), ("message", "delete")}:
            try:
                payload = _MessageWebhookPayload_from_dict(MessageWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        elif _kind0 in {("message", "link_shared")}:
            try:
                payload = _LinkSharedWebhookPayload_from_dict(LinkSharedWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        elif _kind0 in {("view", "submit")}:
            try:
                payload = _ViewSubmitWebhookPayload_from_dict(ViewSubmitWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        elif _kind0 in {("reaction", "new"), ("reaction", "delete")}:
            try:
                payload = _ReactionWebhookPayload_from_dict(ReactionWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        elif _kind0 in {("button", "click")}:
            try:
                payload = _ButtonWebhookPayload_from_dict(ButtonWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        elif _kind0 in {("video_call", "started"), ("video_call", "finished"), ("video_call", "recording_ready")}:
            try:
                payload = _VideoCallWebhookPayload_from_dict(VideoCallWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        elif _kind0 in {("chat_member", "add"), ("chat_member", "remove")}:
            try:
                payload = _ChatMemberWebhookPayload_from_dict(ChatMemberWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        elif _kind0 in {
            ("company_member", "invite"),
            ("company_member", "confirm"),
            ("company_member", "update"),
            ("company_member", "suspend"),
            ("company_member", "activate"),
            ("company_member", "delete"),
        }:
            try:
                payload = _CompanyMemberWebhookPayload_from_dict(CompanyMemberWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        else:
            try:
                payload = _UnknownWebhookPayload_from_dict(UnknownWebhookPayload, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        _n = 4
        _result: T = _new(cls)
        _result.id = id
        _result.event_type = event_type
        _result.payload = payload
        _result.created_at = created_at
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("WebhookEvent", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("WebhookEvent", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global ButtonWebhookPayload, _ButtonWebhookPayload_from_dict
    global ChatMemberWebhookPayload, _ChatMemberWebhookPayload_from_dict
    global CompanyMemberWebhookPayload, _CompanyMemberWebhookPayload_from_dict
    global LinkSharedWebhookPayload, _LinkSharedWebhookPayload_from_dict
    global MessageWebhookPayload, _MessageWebhookPayload_from_dict
    global ReactionWebhookPayload, _ReactionWebhookPayload_from_dict
    global UnknownWebhookPayload, _UnknownWebhookPayload_from_dict
    global VideoCallWebhookPayload, _VideoCallWebhookPayload_from_dict
    global ViewSubmitWebhookPayload, _ViewSubmitWebhookPayload_from_dict
    from ..models.button_webhook_payload import ButtonWebhookPayload
    from ..models.button_webhook_payload import _from_dict as _ButtonWebhookPayload_from_dict
    from ..models.chat_member_webhook_payload import ChatMemberWebhookPayload
    from ..models.chat_member_webhook_payload import _from_dict as _ChatMemberWebhookPayload_from_dict
    from ..models.company_member_webhook_payload import CompanyMemberWebhookPayload
    from ..models.company_member_webhook_payload import _from_dict as _CompanyMemberWebhookPayload_from_dict
    from ..models.link_shared_webhook_payload import LinkSharedWebhookPayload
    from ..models.link_shared_webhook_payload import _from_dict as _LinkSharedWebhookPayload_from_dict
    from ..models.message_webhook_payload import MessageWebhookPayload
    from ..models.message_webhook_payload import _from_dict as _MessageWebhookPayload_from_dict
    from ..models.reaction_webhook_payload import ReactionWebhookPayload
    from ..models.reaction_webhook_payload import _from_dict as _ReactionWebhookPayload_from_dict
    from ..models.unknown_webhook_payload import UnknownWebhookPayload
    from ..models.unknown_webhook_payload import _from_dict as _UnknownWebhookPayload_from_dict
    from ..models.video_call_webhook_payload import VideoCallWebhookPayload
    from ..models.video_call_webhook_payload import _from_dict as _VideoCallWebhookPayload_from_dict
    from ..models.view_submit_webhook_payload import ViewSubmitWebhookPayload
    from ..models.view_submit_webhook_payload import _from_dict as _ViewSubmitWebhookPayload_from_dict

    _references_pending = False
