# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateChatResponseMeta")

_KNOWN_KEYS = frozenset(
    {
        "not_found_member_ids",
    }
)


@_attrs_define
class CreateChatResponseMeta:
    """Extra details about the creation that are not part of the chat object.

    Attributes:
        not_found_member_ids (list[int]): Ids from the request's `member_ids` that matched no user and so were not added
            to the chat; empty when every id was found.
    """

    not_found_member_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_found_member_ids = self.not_found_member_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "not_found_member_ids": not_found_member_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        not_found_member_ids = d["not_found_member_ids"]

        create_chat_response_meta = cls(
            not_found_member_ids,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            create_chat_response_meta.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return create_chat_response_meta

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
