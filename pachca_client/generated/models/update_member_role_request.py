# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_member_role import ChatMemberRole

T = TypeVar("T", bound="UpdateMemberRoleRequest")

_KNOWN_KEYS = frozenset(
    {
        "role",
    }
)


@_attrs_define
class UpdateMemberRoleRequest:
    """Body for changing a chat member's role.

    Attributes:
        role (ChatMemberRole): Role a chat member can be given: `admin`, `editor` (relevant only in channels, where it
            allows posting) or `member` (a regular participant, or a subscriber in a channel).
    """

    role: ChatMemberRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = ChatMemberRole._from_value(d["role"])

        update_member_role_request = cls(
            role,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            update_member_role_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return update_member_role_request

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
