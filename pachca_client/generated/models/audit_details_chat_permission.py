# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsChatPermission")

_KNOWN_KEYS = frozenset(
    {
        "public_access",
    }
)


@_attrs_define
class AuditDetailsChatPermission:
    """Audit-log `details` for `chat_permission_changed`.

    Attributes:
        public_access (bool): Visibility after the change: true means any workspace member can now find and join the
            chat.
    """

    public_access: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_access = self.public_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_access": public_access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        public_access = d["public_access"]

        audit_details_chat_permission = cls(
            public_access,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            audit_details_chat_permission.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_chat_permission

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
