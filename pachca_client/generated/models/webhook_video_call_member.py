# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

T = TypeVar("T", bound="WebhookVideoCallMember")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "user_id",
        "joined_at",
        "left_at",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "user_id": "integer",
    "joined_at": "date-time",
    "left_at": "date-time",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("user_id", "joined_at", "left_at")


@_attrs_define(repr=False)
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
            f"user_id={self.user_id!r}, "
            f"joined_at={self.joined_at!r}, "
            f"left_at={self.left_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        joined_at = self.joined_at.isoformat()

        left_at = self.left_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "joined_at": joined_at,
                "left_at": left_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`WebhookVideoCallMember` from its JSON object, validated against openapi.yaml.

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
    """`WebhookVideoCallMember.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "WebhookVideoCallMember", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        user_id, joined_at, left_at = _read_required(_d)
        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        _first_date_time = joined_at
        try:
            _date_time0 = _parse_date_time(joined_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(joined_at, "joined_at", strict)
        joined_at = _date_time0

        if left_at == _first_date_time:
            left_at = joined_at
        else:
            try:
                _date_time0 = _parse_date_time(left_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(left_at, "left_at", strict)
            left_at = _date_time0

        _n = 3
        _result: T = _new(cls)
        _result.user_id = user_id
        _result.joined_at = joined_at
        _result.left_at = left_at
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("WebhookVideoCallMember", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("WebhookVideoCallMember", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
