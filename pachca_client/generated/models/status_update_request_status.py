# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusUpdateRequestStatus")

_KNOWN_KEYS = frozenset(
    {
        "emoji",
        "title",
        "expires_at",
        "is_away",
        "away_message",
    }
)


@_attrs_define
class StatusUpdateRequestStatus:
    """Status fields to set.

    Attributes:
        emoji (str | Unset): Emoji displayed next to the user's name.
        title (str | Unset): Status text, up to 50 characters.
        expires_at (datetime.datetime | Unset): When the status should clear itself; omit it for a status that stays
            until removed.
        is_away (bool | Unset): Switch on away mode.
        away_message (str | Unset): Auto-reply text, up to 1024 characters, shown in the profile and to people who DM or
            mention the user.
    """

    emoji: str | Unset = UNSET
    title: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    is_away: bool | Unset = UNSET
    away_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emoji = self.emoji

        title = self.title

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        is_away = self.is_away

        away_message = self.away_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if title is not UNSET:
            field_dict["title"] = title
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if is_away is not UNSET:
            field_dict["is_away"] = is_away
        if away_message is not UNSET:
            field_dict["away_message"] = away_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        emoji = d.get("emoji", UNSET)

        title = d.get("title", UNSET)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        is_away = d.get("is_away", UNSET)

        away_message = d.get("away_message", UNSET)

        status_update_request_status = cls(
            emoji,
            title,
            expires_at,
            is_away,
            away_message,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            status_update_request_status.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return status_update_request_status

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
