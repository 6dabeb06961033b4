# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.draft_repetition_request import DraftRepetitionRequest
    from ..models.draft_repetition_request import _from_dict as _DraftRepetitionRequest_from_dict


T = TypeVar("T", bound="DraftScheduleRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "start_date",
        "repetition",
        "end_date",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "start_date": "date-time",
    "repetition": "object (DraftRepetitionRequest)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("start_date", "repetition")


@_attrs_define(repr=False)
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
            f"start_date={self.start_date!r}, "
            f"repetition={self.repetition!r}, "
            f"end_date={self.end_date!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`DraftScheduleRequest` from its JSON object, validated against openapi.yaml.

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
    """`DraftScheduleRequest.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "DraftScheduleRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        start_date, repetition = _read_required(_d)
        if len(_d) != 2:
            end_date = _d.get("end_date", UNSET)
        else:
            end_date = UNSET
        _first_date_time = start_date
        try:
            _date_time0 = _parse_date_time(start_date)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(start_date, "start_date", strict)
        start_date = _date_time0

        try:
            repetition = _DraftRepetitionRequest_from_dict(DraftRepetitionRequest, repetition, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("repetition") from None

        _n = 2
        if end_date is not UNSET:
            _n += 1
            if end_date is not None:
                if end_date == _first_date_time:
                    end_date = start_date
                else:
                    try:
                        _date_time0 = _parse_date_time(end_date)
                        if _date_time0.tzinfo is None:
                            raise ValueError
                    except (TypeError, ValueError):
                        _date_time0 = _v.date_time(end_date, "end_date", strict)
                    end_date = _date_time0

        _result: T = _new(cls)
        _result.start_date = start_date
        _result.repetition = repetition
        _result.end_date = end_date
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("DraftScheduleRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("DraftScheduleRequest", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global DraftRepetitionRequest, _DraftRepetitionRequest_from_dict
    from ..models.draft_repetition_request import DraftRepetitionRequest
    from ..models.draft_repetition_request import _from_dict as _DraftRepetitionRequest_from_dict

    _references_pending = False
