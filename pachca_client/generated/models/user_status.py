# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_status_away_message_type_0 import UserStatusAwayMessageType0


T = TypeVar("T", bound="UserStatus")

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
class UserStatus:
    """A user's status: emoji, short text, optional expiry and away mode. The status read endpoints return a bare JSON
    `null` when no status is set.

        Attributes:
            emoji (str): Emoji shown with the status.
            title (str): Status text, up to 50 characters.
            expires_at (datetime.datetime | None): When the status clears automatically; null means it stays until removed.
            is_away (bool): True while away mode is on.
            away_message (None | UserStatusAwayMessageType0): Auto-reply shown in the profile and to people who DM or
                mention the user; null when unset.
    """

    emoji: str
    title: str
    expires_at: datetime.datetime | None
    is_away: bool
    away_message: None | UserStatusAwayMessageType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        emoji = self.emoji

        title = self.title

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        is_away = self.is_away

        away_message: dict[str, Any] | None
        if isinstance(self.away_message, UserStatusAwayMessageType0):
            away_message = self.away_message.to_dict()
        else:
            away_message = self.away_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emoji": emoji,
                "title": title,
                "expires_at": expires_at,
                "is_away": is_away,
                "away_message": away_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        emoji = d["emoji"]

        title = d["title"]

        _expires_at = d["expires_at"]
        expires_at: datetime.datetime | None
        if _expires_at is None:
            expires_at = None
        elif not isinstance(_expires_at, str):
            expires_at = _expires_at
        else:
            try:
                expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at)

                expires_at = expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expires_at = cast("datetime.datetime | None", _expires_at)

        is_away = d["is_away"]

        _away_message = d["away_message"]
        away_message: None | UserStatusAwayMessageType0
        if _away_message is None:
            away_message = None
        elif not isinstance(_away_message, dict):
            away_message = _away_message
        else:
            try:
                away_message_type_0 = UserStatusAwayMessageType0.from_dict(_away_message)

                away_message = away_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                away_message = cast("None | UserStatusAwayMessageType0", _away_message)

        user_status = cls(
            emoji,
            title,
            expires_at,
            is_away,
            away_message,
        )

        if len(d) != 5 and not d.keys() <= _KNOWN_KEYS:
            user_status.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user_status

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
    global UserStatusAwayMessageType0
    from ..models.user_status_away_message_type_0 import UserStatusAwayMessageType0

    _references_pending = False
