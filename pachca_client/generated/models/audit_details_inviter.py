# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsInviter")

_KNOWN_KEYS = frozenset(
    {
        "inviter_id",
    }
)


@_attrs_define
class AuditDetailsInviter:
    """Audit-log `details` for `user_chat_join`.

    Attributes:
        inviter_id (int): User who brought the new member into the chat.
    """

    inviter_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inviter_id = self.inviter_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inviter_id": inviter_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        inviter_id = d["inviter_id"]

        audit_details_inviter = cls(
            inviter_id,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            audit_details_inviter.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_inviter

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
