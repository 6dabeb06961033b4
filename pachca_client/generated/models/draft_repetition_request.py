# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.draft_repetition_interval import DraftRepetitionInterval
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="DraftRepetitionRequest")
_DraftRepetitionInterval_MEMBERS = DraftRepetitionInterval._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "interval",
        "days",
        "nth_day",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "interval": "string (DraftRepetitionInterval)",
}


@_attrs_define(repr=False)
class DraftRepetitionRequest:
    """Repeat rule to set on a scheduled message in a draft create or update request.

    Attributes:
        interval (DraftRepetitionInterval): How often a scheduled message is sent: `once`: a single send; `daily`: every
            day; `weekly`: every week; `monthly`: every month; `every_2_months`, `every_3_months`, `every_4_months`,
            `every_6_months`: every second, third, fourth or sixth month; `yearly`: every year.
        days (list[int] | Unset): Weekdays to send on (at most 7), 0 for Sunday to 6 for Saturday. Only used with
            `weekly`; when omitted, the weekday of `start_date` applies.
        nth_day (int | None | Unset): For month-based intervals: which occurrence of the weekday in the month to send
            on, 1 to 4, or 5 for the last. Null or omitted repeats on the day of the month of `start_date`; ignored for
            other intervals.
    """

    interval: DraftRepetitionInterval
    days: list[int] | Unset = UNSET
    nth_day: int | None | Unset = UNSET
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
            f"interval={self.interval!r}, "
            f"days={self.days!r}, "
            f"nth_day={self.nth_day!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        days: list[int] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        nth_day: int | None | Unset
        if isinstance(self.nth_day, Unset):
            nth_day = UNSET
        else:
            nth_day = self.nth_day

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "interval": interval,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days
        if nth_day is not UNSET:
            field_dict["nth_day"] = nth_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`DraftRepetitionRequest` from its JSON object, validated against openapi.yaml.

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
    """`DraftRepetitionRequest.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "DraftRepetitionRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        interval = _d["interval"]
        if len(_d) != 1:
            days = _d.get("days", UNSET)
            nth_day = _d.get("nth_day", UNSET)
        else:
            days = nth_day = UNSET
        try:
            interval = _DraftRepetitionInterval_MEMBERS[interval]
        except (KeyError, TypeError):
            interval = _v.enum_member(DraftRepetitionInterval, interval, "interval", strict)
        if strict:
            _v.unknown_value(DraftRepetitionInterval, interval, "interval")

        _n = 1
        if days is not UNSET:
            _n += 1
            if type(days) is not list:
                days = _v.array(days, "days", strict)
            if strict:
                _v.check_limits(days, "days", max_items=7)

            try:
                for _item0 in days:
                    if type(_item0) is not int:
                        _item0 = _v.integer(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(days).at_key("days") from None

        if nth_day is not UNSET:
            _n += 1
            if nth_day is not None:
                if type(nth_day) is not int:
                    nth_day = _v.integer(nth_day, "nth_day", strict)
                if strict:
                    _v.check_limits(nth_day, "nth_day", maximum=5.0, minimum=1.0)

        _result: T = _new(cls)
        _result.interval = interval
        _result.days = days
        _result.nth_day = nth_day
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("DraftRepetitionRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("DraftRepetitionRequest", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
