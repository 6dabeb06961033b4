# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsVideoCallRecording")

_KNOWN_KEYS = frozenset(
    {
        "chat_id",
        "started_message_id",
        "recording_id",
        "file_id",
        "duration",
        "size",
    }
)


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        started_message_id: int | None
        started_message_id = self.started_message_id

        recording_id = self.recording_id

        file_id = self.file_id

        duration = self.duration

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        chat_id = d["chat_id"]

        started_message_id = d["started_message_id"]

        recording_id = d["recording_id"]

        file_id = d["file_id"]

        duration = d["duration"]

        size = d["size"]

        audit_details_video_call_recording = cls(
            chat_id,
            started_message_id,
            recording_id,
            file_id,
            duration,
            size,
        )

        if len(d) != 6 and not d.keys() <= _KNOWN_KEYS:
            audit_details_video_call_recording.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_video_call_recording

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
