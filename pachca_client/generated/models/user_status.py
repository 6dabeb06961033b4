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
    from ..models.user_status_away_message_type_0 import UserStatusAwayMessageType0
    from ..models.user_status_away_message_type_0 import _from_dict as _UserStatusAwayMessageType0_from_dict


T = TypeVar("T", bound="UserStatus")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "emoji",
        "title",
        "expires_at",
        "is_away",
        "away_message",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "emoji": "string",
    "title": "string",
    "expires_at": "date-time or null",
    "is_away": "boolean",
    "away_message": "object (UserStatusAwayMessageType0) or null",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("emoji", "title", "expires_at", "is_away", "away_message")


@_attrs_define(repr=False)
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
            f"emoji={self.emoji!r}, "
            f"title={self.title!r}, "
            f"expires_at={self.expires_at!r}, "
            f"is_away={self.is_away!r}, "
            f"away_message={self.away_message!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`UserStatus` from its JSON object, validated against openapi.yaml.

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
    """`UserStatus.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "UserStatus", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        emoji, title, expires_at, is_away, away_message = _read_required(_d)
        if type(emoji) is not str:
            emoji = _v.string(emoji, "emoji", strict)

        if type(title) is not str:
            title = _v.string(title, "title", strict)
        if strict:
            _v.check_limits(title, "title", max_length=50)

        if expires_at is not None:
            try:
                _date_time0 = _parse_date_time(expires_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(expires_at, "expires_at", strict)
            expires_at = _date_time0

        if type(is_away) is not bool:
            is_away = _v.boolean(is_away, "is_away", strict)

        if away_message is not None:
            try:
                away_message = _UserStatusAwayMessageType0_from_dict(UserStatusAwayMessageType0, away_message, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("away_message") from None

        _n = 5
        _result: T = _new(cls)
        _result.emoji = emoji
        _result.title = title
        _result.expires_at = expires_at
        _result.is_away = is_away
        _result.away_message = away_message
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("UserStatus", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("UserStatus", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global UserStatusAwayMessageType0, _UserStatusAwayMessageType0_from_dict
    from ..models.user_status_away_message_type_0 import UserStatusAwayMessageType0
    from ..models.user_status_away_message_type_0 import _from_dict as _UserStatusAwayMessageType0_from_dict

    _references_pending = False
