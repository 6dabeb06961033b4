# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookVideoCallMember")

_KNOWN_KEYS = frozenset(
    {
        "user_id",
        "joined_at",
        "left_at",
    }
)


@_attrs_define
class WebhookVideoCallMember:
    """One participant listed in a `video_call` `finished` webhook.

    Attributes:
        user_id (int): Participant's user id.
        joined_at (datetime.datetime): First time the participant joined the call.
        left_at (datetime.datetime): When the participant left; equals the end of the call if they stayed to the end.
    """

    user_id: int
    joined_at: datetime.datetime
    left_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        joined_at = self.joined_at.isoformat()

        left_at = self.left_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "joined_at": joined_at,
                "left_at": left_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["user_id"]

        joined_at = datetime.datetime.fromisoformat(d["joined_at"])

        left_at = datetime.datetime.fromisoformat(d["left_at"])

        webhook_video_call_member = cls(
            user_id,
            joined_at,
            left_at,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            webhook_video_call_member.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_video_call_member

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
