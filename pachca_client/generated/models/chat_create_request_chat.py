# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCreateRequestChat")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "member_ids",
        "group_tag_ids",
        "channel",
        "public",
    }
)


@_attrs_define
class ChatCreateRequestChat:
    """Parameters of the chat to create; `name` is mandatory.

    Attributes:
        name (str): Title of the new chat, up to 255 characters.
        member_ids (list[int] | Unset): Users to add as members straight away, in addition to the creator.
        group_tag_ids (list[int] | Unset): Group tags whose users should become members.
        channel (bool | Unset): Create a channel rather than a discussion. Default: False.
        public (bool | Unset): Make the chat open, so any workspace member can join it without an invitation. Default:
            False.
    """

    name: str
    member_ids: list[int] | Unset = UNSET
    group_tag_ids: list[int] | Unset = UNSET
    channel: bool | Unset = False
    public: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        member_ids: list[int] | Unset = UNSET
        if not isinstance(self.member_ids, Unset):
            member_ids = self.member_ids

        group_tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_tag_ids, Unset):
            group_tag_ids = self.group_tag_ids

        channel = self.channel

        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids
        if group_tag_ids is not UNSET:
            field_dict["group_tag_ids"] = group_tag_ids
        if channel is not UNSET:
            field_dict["channel"] = channel
        if public is not UNSET:
            field_dict["public"] = public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        member_ids = d.get("member_ids", UNSET)

        group_tag_ids = d.get("group_tag_ids", UNSET)

        channel = d.get("channel", UNSET)

        public = d.get("public", UNSET)

        chat_create_request_chat = cls(
            name,
            member_ids,
            group_tag_ids,
            channel,
            public,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            chat_create_request_chat.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return chat_create_request_chat

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
