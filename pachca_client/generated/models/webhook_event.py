# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.button_webhook_payload import ButtonWebhookPayload
    from ..models.chat_member_webhook_payload import ChatMemberWebhookPayload
    from ..models.company_member_webhook_payload import CompanyMemberWebhookPayload
    from ..models.link_shared_webhook_payload import LinkSharedWebhookPayload
    from ..models.message_webhook_payload import MessageWebhookPayload
    from ..models.reaction_webhook_payload import ReactionWebhookPayload
    from ..models.unknown_webhook_payload import UnknownWebhookPayload
    from ..models.video_call_webhook_payload import VideoCallWebhookPayload
    from ..models.view_submit_webhook_payload import ViewSubmitWebhookPayload


T = TypeVar("T", bound="WebhookEvent")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "event_type",
        "payload",
        "created_at",
    }
)


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        id = d["id"]

        event_type = d["event_type"]

        def _parse_payload(
            data: object,
        ) -> (
            ButtonWebhookPayload
            | ChatMemberWebhookPayload
            | CompanyMemberWebhookPayload
            | LinkSharedWebhookPayload
            | MessageWebhookPayload
            | ReactionWebhookPayload
            | UnknownWebhookPayload
            | VideoCallWebhookPayload
            | ViewSubmitWebhookPayload
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_payload_union_type_0 = MessageWebhookPayload.from_dict(data)

                return componentsschemas_webhook_payload_union_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_payload_union_type_1 = LinkSharedWebhookPayload.from_dict(data)

                return componentsschemas_webhook_payload_union_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_payload_union_type_2 = ViewSubmitWebhookPayload.from_dict(data)

                return componentsschemas_webhook_payload_union_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_payload_union_type_3 = ReactionWebhookPayload.from_dict(data)

                return componentsschemas_webhook_payload_union_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_payload_union_type_4 = ButtonWebhookPayload.from_dict(data)

                return componentsschemas_webhook_payload_union_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_payload_union_type_5 = VideoCallWebhookPayload.from_dict(data)

                return componentsschemas_webhook_payload_union_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_payload_union_type_6 = ChatMemberWebhookPayload.from_dict(data)

                return componentsschemas_webhook_payload_union_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_payload_union_type_7 = CompanyMemberWebhookPayload.from_dict(data)

                return componentsschemas_webhook_payload_union_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_payload_union_type_8 = UnknownWebhookPayload.from_dict(data)

            return componentsschemas_webhook_payload_union_type_8

        payload = _parse_payload(d["payload"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        webhook_event = cls(
            id,
            event_type,
            payload,
            created_at,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            webhook_event.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_event

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
    global ButtonWebhookPayload
    global ChatMemberWebhookPayload
    global CompanyMemberWebhookPayload
    global LinkSharedWebhookPayload
    global MessageWebhookPayload
    global ReactionWebhookPayload
    global UnknownWebhookPayload
    global VideoCallWebhookPayload
    global ViewSubmitWebhookPayload
    from ..models.button_webhook_payload import ButtonWebhookPayload
    from ..models.chat_member_webhook_payload import ChatMemberWebhookPayload
    from ..models.company_member_webhook_payload import CompanyMemberWebhookPayload
    from ..models.link_shared_webhook_payload import LinkSharedWebhookPayload
    from ..models.message_webhook_payload import MessageWebhookPayload
    from ..models.reaction_webhook_payload import ReactionWebhookPayload
    from ..models.unknown_webhook_payload import UnknownWebhookPayload
    from ..models.video_call_webhook_payload import VideoCallWebhookPayload
    from ..models.view_submit_webhook_payload import ViewSubmitWebhookPayload

    _references_pending = False
