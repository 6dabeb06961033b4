# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookVideoCallThread")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "chat_id",
        "message_id",
        "message_chat_id",
    }
)


@_attrs_define
class WebhookVideoCallThread:
    """Thread information in a video-call webhook when the call takes place inside a thread.

    Attributes:
        id (int): Identifier of the thread the call runs in.
        chat_id (int): Id of the thread's own chat.
        message_id (int | None): Message the thread is attached to.
        message_chat_id (int | None): Chat of that anchor message.
    """

    id: int
    chat_id: int
    message_id: int | None
    message_chat_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chat_id = self.chat_id

        message_id: int | None
        message_id = self.message_id

        message_chat_id: int | None
        message_chat_id = self.message_chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chat_id": chat_id,
                "message_id": message_id,
                "message_chat_id": message_chat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        chat_id = d["chat_id"]

        message_id = d["message_id"]

        message_chat_id = d["message_chat_id"]

        webhook_video_call_thread = cls(
            id,
            chat_id,
            message_id,
            message_chat_id,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            webhook_video_call_thread.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_video_call_thread

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
