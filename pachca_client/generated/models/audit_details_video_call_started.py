# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsVideoCallStarted")

_KNOWN_KEYS = frozenset(
    {
        "chat_id",
        "started_message_id",
    }
)


@_attrs_define
class AuditDetailsVideoCallStarted:
    """Audit-log `details` for `video_call_started`.

    Attributes:
        chat_id (int): Chat in which the call is taking place.
        started_message_id (int | None): System message announcing the call; null when there is none.
    """

    chat_id: int
    started_message_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        started_message_id: int | None
        started_message_id = self.started_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
                "started_message_id": started_message_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        chat_id = d["chat_id"]

        started_message_id = d["started_message_id"]

        audit_details_video_call_started = cls(
            chat_id,
            started_message_id,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            audit_details_video_call_started.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_video_call_started

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
