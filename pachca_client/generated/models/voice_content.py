# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoiceContent")

_KNOWN_KEYS = frozenset(
    {
        "duration_ms",
        "waveform",
        "transcript",
    }
)


@_attrs_define
class VoiceContent:
    """Extra data of a voice message: length, waveform and an optional transcript.

    Attributes:
        duration_ms (int): Length of the recording in milliseconds.
        waveform (str): Encoded amplitude samples used to draw the voice message.
        transcript (None | str): Speech-to-text transcript; null while it is being produced or if none is available.
    """

    duration_ms: int
    waveform: str
    transcript: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_ms = self.duration_ms

        waveform = self.waveform

        transcript: None | str
        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration_ms": duration_ms,
                "waveform": waveform,
                "transcript": transcript,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        duration_ms = d["duration_ms"]

        waveform = d["waveform"]

        transcript = d["transcript"]

        voice_content = cls(
            duration_ms,
            waveform,
            transcript,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            voice_content.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return voice_content

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
