# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_repetition_interval import DraftRepetitionInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftRepetitionRequest")

_KNOWN_KEYS = frozenset(
    {
        "interval",
        "days",
        "nth_day",
    }
)


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        interval = DraftRepetitionInterval._from_value(d["interval"])

        days = d.get("days", UNSET)

        nth_day = d.get("nth_day", UNSET)

        draft_repetition_request = cls(
            interval,
            days,
            nth_day,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            draft_repetition_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return draft_repetition_request

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
