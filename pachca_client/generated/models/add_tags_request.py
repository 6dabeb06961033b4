# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddTagsRequest")

_KNOWN_KEYS = frozenset(
    {
        "group_tag_ids",
    }
)


@_attrs_define
class AddTagsRequest:
    """Body for attaching group tags to a chat; every user carrying one of the tags becomes a member of it.

    Attributes:
        group_tag_ids (list[int]): Ids of the group tags whose users should join the chat.
    """

    group_tag_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_tag_ids = self.group_tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_tag_ids": group_tag_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        group_tag_ids = d["group_tag_ids"]

        add_tags_request = cls(
            group_tag_ids,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            add_tags_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return add_tags_request

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
