# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsKms")

_KNOWN_KEYS = frozenset(
    {
        "chat_id",
        "message_id",
        "reason",
    }
)


@_attrs_define
class AuditDetailsKms:
    """Audit-log `details` for `kms_encrypt` and `kms_decrypt`, emitted when message data passes through the workspace's
    key-management service.

        Attributes:
            chat_id (int): Chat of the affected message.
            message_id (int): Message whose data was encrypted or decrypted.
            reason (str): Why the key operation ran, as a free-form string reported by the server.
    """

    chat_id: int
    message_id: int
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        message_id = self.message_id

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
                "message_id": message_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        chat_id = d["chat_id"]

        message_id = d["message_id"]

        reason = d["reason"]

        audit_details_kms = cls(
            chat_id,
            message_id,
            reason,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            audit_details_kms.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_kms

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
