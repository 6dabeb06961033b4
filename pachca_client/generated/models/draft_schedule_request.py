# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_repetition_request import DraftRepetitionRequest


T = TypeVar("T", bound="DraftScheduleRequest")

_KNOWN_KEYS = frozenset(
    {
        "start_date",
        "repetition",
        "end_date",
    }
)


@_attrs_define
class DraftScheduleRequest:
    """Timing to set on a scheduled message: its first send, an optional end and the repeat rule.

    Attributes:
        start_date (datetime.datetime): First send. An offset such as `+03:00` is honoured and a time without one is
            read as UTC; its time of day, weekday and day of month define the repeats.
        repetition (DraftRepetitionRequest): Repeat rule to set on a scheduled message in a draft create or update
            request.
        end_date (datetime.datetime | None | Unset): Moment after which repeats stop; null or omitted to repeat without
            end.
    """

    start_date: datetime.datetime
    repetition: DraftRepetitionRequest
    end_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        start_date = self.start_date.isoformat()

        repetition = self.repetition.to_dict()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "repetition": repetition,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        start_date = datetime.datetime.fromisoformat(d["start_date"])

        repetition = DraftRepetitionRequest.from_dict(d["repetition"])

        _end_date = d.get("end_date", UNSET)
        end_date: datetime.datetime | None | Unset
        if _end_date is None:
            end_date = None
        elif isinstance(_end_date, Unset):
            end_date = _end_date
        elif not isinstance(_end_date, str):
            end_date = _end_date
        else:
            try:
                end_date_type_0 = datetime.datetime.fromisoformat(_end_date)

                end_date = end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast("datetime.datetime | None | Unset", _end_date)

        draft_schedule_request = cls(
            start_date,
            repetition,
            end_date,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            draft_schedule_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return draft_schedule_request

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
    global DraftRepetitionRequest
    from ..models.draft_repetition_request import DraftRepetitionRequest

    _references_pending = False
