# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new

T = TypeVar("T", bound="AuditDetailsVideoCallRecording")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "chat_id",
        "started_message_id",
        "recording_id",
        "file_id",
        "duration",
        "size",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "chat_id": "integer",
    "started_message_id": "integer or null",
    "recording_id": "integer",
    "file_id": "integer",
    "duration": "integer",
    "size": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("chat_id", "started_message_id", "recording_id", "file_id", "duration", "size")


@_attrs_define(repr=False)
class AuditDetailsVideoCallRecording:
    """Audit-log `details` for `video_call_recording_ready`.

    Attributes:
        chat_id (int): Chat in which the recorded call was held.
        started_message_id (int | None): System message that announced the call; null when there is none.
        recording_id (int): Identifier of the recording.
        file_id (int): Id of the stored file containing the recording.
        duration (int): Length of the recording in seconds.
        size (int): Size of the recording file in bytes (int64).
    """

    chat_id: int
    started_message_id: int | None
    recording_id: int
    file_id: int
    duration: int
    size: int
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
            f"chat_id={self.chat_id!r}, "
            f"started_message_id={self.started_message_id!r}, "
            f"recording_id={self.recording_id!r}, "
            f"file_id={self.file_id!r}, "
            f"duration={self.duration!r}, "
            f"size={self.size!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        started_message_id: int | None
        started_message_id = self.started_message_id

        recording_id = self.recording_id

        file_id = self.file_id

        duration = self.duration

        size = self.size

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
                "started_message_id": started_message_id,
                "recording_id": recording_id,
                "file_id": file_id,
                "duration": duration,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditDetailsVideoCallRecording` from its JSON object, validated against openapi.yaml.

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
    """`AuditDetailsVideoCallRecording.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditDetailsVideoCallRecording", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        chat_id, started_message_id, recording_id, file_id, duration, size = _read_required(_d)
        if type(chat_id) is not int:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(started_message_id) is not int and started_message_id is not None:
            started_message_id = _v.integer(started_message_id, "started_message_id", strict)

        if type(recording_id) is not int:
            recording_id = _v.integer(recording_id, "recording_id", strict)

        if type(file_id) is not int:
            file_id = _v.integer(file_id, "file_id", strict)

        if type(duration) is not int:
            duration = _v.integer(duration, "duration", strict)

        if type(size) is not int:
            size = _v.integer(size, "size", strict)

        _n = 6
        _result: T = _new(cls)
        _result.chat_id = chat_id
        _result.started_message_id = started_message_id
        _result.recording_id = recording_id
        _result.file_id = file_id
        _result.duration = duration
        _result.size = size
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(
                _from_dict(cls, _v.tolerated("AuditDetailsVideoCallRecording", src_dict, _d, _error), strict)
            )
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(
                    cls, _v.with_missing("AuditDetailsVideoCallRecording", src_dict, _d, _REQUIRED, _error), strict
                )
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
