# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

T = TypeVar("T", bound="StatusUpdateRequestStatus")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "emoji",
        "title",
        "expires_at",
        "is_away",
        "away_message",
    }
)
_REQUIRED: dict[str, str] = {}


@_attrs_define(repr=False)
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
        emoji = self.emoji

        title = self.title

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        is_away = self.is_away

        away_message = self.away_message

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`StatusUpdateRequestStatus` from its JSON object, validated against openapi.yaml.

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
    """`StatusUpdateRequestStatus.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "StatusUpdateRequestStatus", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        if len(_d) != 0:
            emoji = _d.get("emoji", UNSET)
            title = _d.get("title", UNSET)
            expires_at = _d.get("expires_at", UNSET)
            is_away = _d.get("is_away", UNSET)
            away_message = _d.get("away_message", UNSET)
        else:
            emoji = title = expires_at = is_away = away_message = UNSET
        _n = 0
        if emoji is not UNSET:
            _n += 1
            if type(emoji) is not str:
                emoji = _v.string(emoji, "emoji", strict)

        if title is not UNSET:
            _n += 1
            if type(title) is not str:
                title = _v.string(title, "title", strict)
            if strict:
                _v.check_limits(title, "title", max_length=50)

        if expires_at is not UNSET:
            _n += 1
            try:
                _date_time0 = _parse_date_time(expires_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(expires_at, "expires_at", strict)
            expires_at = _date_time0

        if is_away is not UNSET:
            _n += 1
            if type(is_away) is not bool:
                is_away = _v.boolean(is_away, "is_away", strict)

        if away_message is not UNSET:
            _n += 1
            if type(away_message) is not str:
                away_message = _v.string(away_message, "away_message", strict)
            if strict:
                _v.check_limits(away_message, "away_message", max_length=1024)

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
            return _v.guard(_from_dict(cls, _v.tolerated("StatusUpdateRequestStatus", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("StatusUpdateRequestStatus", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
