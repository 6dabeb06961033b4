# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddMembersRequest")

_KNOWN_KEYS = frozenset(
    {
        "member_ids",
        "silent",
    }
)


@_attrs_define
class AddMembersRequest:
    """Body of the call that adds users to a chat, channel or thread.

    Attributes:
        member_ids (list[int]): Ids of the users who should join the chat.
        silent (bool | Unset): If true, the chat gets no system message announcing the newcomers. Default: False.
    """

    member_ids: list[int]
    silent: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_ids = self.member_ids

        silent = self.silent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_ids": member_ids,
            }
        )
        if silent is not UNSET:
            field_dict["silent"] = silent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        member_ids = d["member_ids"]

        silent = d.get("silent", UNSET)

        add_members_request = cls(
            member_ids,
            silent,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            add_members_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return add_members_request

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
