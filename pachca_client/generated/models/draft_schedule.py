# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.draft_repetition import DraftRepetition


T = TypeVar("T", bound="DraftSchedule")

_KNOWN_KEYS = frozenset(
    {
        "start_date",
        "end_date",
        "repetition",
    }
)


@_attrs_define
class DraftSchedule:
    """Timing of a scheduled message: its first send, an optional end and the repeat rule.

    Attributes:
        start_date (datetime.datetime): First send; its time of day, weekday and day of month define when the repeats
            happen.
        end_date (datetime.datetime | None): Moment after which repeats stop; null when they go on without end.
        repetition (DraftRepetition): Repeat rule of a scheduled message as the API reports it: the interval, plus the
            weekdays or the week of the month where they apply.
    """

    start_date: datetime.datetime
    end_date: datetime.datetime | None
    repetition: DraftRepetition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        start_date = self.start_date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        repetition = self.repetition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "repetition": repetition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        start_date = datetime.datetime.fromisoformat(d["start_date"])

        _end_date = d["end_date"]
        end_date: datetime.datetime | None
        if _end_date is None:
            end_date = None
        elif not isinstance(_end_date, str):
            end_date = _end_date
        else:
            try:
                end_date_type_0 = datetime.datetime.fromisoformat(_end_date)

                end_date = end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast("datetime.datetime | None", _end_date)

        repetition = DraftRepetition.from_dict(d["repetition"])

        draft_schedule = cls(
            start_date,
            end_date,
            repetition,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            draft_schedule.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return draft_schedule

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
    global DraftRepetition
    from ..models.draft_repetition import DraftRepetition

    _references_pending = False
