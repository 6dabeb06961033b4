# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_member_webhook_payload_type import CompanyMemberWebhookPayloadType
from ..models.user_event_type import UserEventType

T = TypeVar("T", bound="CompanyMemberWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "event",
        "user_ids",
        "created_at",
        "webhook_timestamp",
    }
)


@_attrs_define
class CompanyMemberWebhookPayload:
    """Outgoing webhook about workspace membership (`type: company_member`): invitations, accepted invitations, profile
    updates, suspension, reactivation and deletion. Sent even if the bot belongs to no chat.

        Attributes:
            type_ (CompanyMemberWebhookPayloadType): Always `company_member`.
            event (UserEventType): Workspace-membership webhook event: `invite`, `confirm` (invitation accepted), `update`,
                `suspend`, `activate` (re-enabled) or `delete`.
            user_ids (list[int]): Users the change applies to.
            created_at (datetime.datetime): When the change occurred.
            webhook_timestamp (int): Moment the webhook was sent, in UNIX seconds (UTC). Compare it with your clock to
                reject stale or replayed deliveries.
    """

    type_: CompanyMemberWebhookPayloadType
    event: UserEventType
    user_ids: list[int]
    created_at: datetime.datetime
    webhook_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event = self.event.value

        user_ids = self.user_ids

        created_at = self.created_at.isoformat()

        webhook_timestamp = self.webhook_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "user_ids": user_ids,
                "created_at": created_at,
                "webhook_timestamp": webhook_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = CompanyMemberWebhookPayloadType._from_value(d["type"])

        event = UserEventType._from_value(d["event"])

        user_ids = d["user_ids"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        webhook_timestamp = d["webhook_timestamp"]

        company_member_webhook_payload = cls(
            type_,
            event,
            user_ids,
            created_at,
            webhook_timestamp,
        )

        if len(d) != 5 and not d.keys() <= _KNOWN_KEYS:
            company_member_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return company_member_webhook_payload

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
