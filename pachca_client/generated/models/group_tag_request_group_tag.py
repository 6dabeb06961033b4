# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupTagRequestGroupTag")

_KNOWN_KEYS = frozenset(
    {
        "name",
    }
)


@_attrs_define
class GroupTagRequestGroupTag:
    """Tag fields to save.

    Attributes:
        name (str): Tag name; it must be unique within the workspace.
    """

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        group_tag_request_group_tag = cls(
            name,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            group_tag_request_group_tag.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return group_tag_request_group_tag

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
