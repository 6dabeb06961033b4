# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditDetailsVideoCallFinished")

_KNOWN_KEYS = frozenset(
    {
        "chat_id",
        "started_message_id",
        "max_members_count",
        "duration",
    }
)


@_attrs_define
class AuditDetailsVideoCallFinished:
    """Audit-log `details` for `video_call_finished`.

    Attributes:
        chat_id (int): Chat in which the call was held.
        started_message_id (int | None): System message that announced the call; null when there is none.
        max_members_count (int): Peak number of people connected at the same time.
        duration (int | None | Unset): Length of the call in seconds.
    """

    chat_id: int
    started_message_id: int | None
    max_members_count: int
    duration: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        started_message_id: int | None
        started_message_id = self.started_message_id

        max_members_count = self.max_members_count

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
                "started_message_id": started_message_id,
                "max_members_count": max_members_count,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        chat_id = d["chat_id"]

        started_message_id = d["started_message_id"]

        max_members_count = d["max_members_count"]

        duration = d.get("duration", UNSET)

        audit_details_video_call_finished = cls(
            chat_id,
            started_message_id,
            max_members_count,
            duration,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            audit_details_video_call_finished.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_video_call_finished

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
