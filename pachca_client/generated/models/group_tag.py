# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupTag")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "users_count",
    }
)


@_attrs_define
class GroupTag:
    """A group tag: a named set of users, such as a team or department, that can be attached to chats to add all its users
    at once.

        Attributes:
            id (int):
            name (str): Label of the group tag as shown in the workspace.
            users_count (int): How many users currently carry the tag.
    """

    id: int
    name: str
    users_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        users_count = self.users_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "users_count": users_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        users_count = d["users_count"]

        group_tag = cls(
            id,
            name,
            users_count,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            group_tag.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return group_tag

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
