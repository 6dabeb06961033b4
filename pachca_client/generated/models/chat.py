# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Chat")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "created_at",
        "owner_id",
        "member_ids",
        "group_tag_ids",
        "channel",
        "archived",
        "personal",
        "public",
        "last_message_at",
        "meet_room_url",
        "avatar_url",
    }
)


@_attrs_define
class Chat:
    """A group discussion, channel or one-to-one conversation, as returned by the chat endpoints.

    Attributes:
        id (int):
        name (str): Title of the chat, up to 255 characters.
        created_at (datetime.datetime):
        owner_id (int): User who created the chat and owns it.
        member_ids (list[int]): Ids of all users currently in the chat.
        group_tag_ids (list[int]): Group tags attached to the chat; users carrying them are members through the tag.
        channel (bool): True for a channel, false for an ordinary group discussion or a DM.
        archived (bool): True once the chat has been archived.
        personal (bool): True for a one-to-one direct-message chat.
        public (bool): True if any workspace member can find and join the chat; false if joining requires an invitation.
        last_message_at (datetime.datetime): Time of the latest message in the chat; the key used by
            `sort=last_message_at`.
        meet_room_url (str): Link to the chat's permanent video-call room.
        avatar_url (None | str | Unset): Link to the chat's avatar image, or null if the chat has none.
    """

    id: int
    name: str
    created_at: datetime.datetime
    owner_id: int
    member_ids: list[int]
    group_tag_ids: list[int]
    channel: bool
    archived: bool
    personal: bool
    public: bool
    last_message_at: datetime.datetime
    meet_room_url: str
    avatar_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        owner_id = self.owner_id

        member_ids = self.member_ids

        group_tag_ids = self.group_tag_ids

        channel = self.channel

        archived = self.archived

        personal = self.personal

        public = self.public

        last_message_at = self.last_message_at.isoformat()

        meet_room_url = self.meet_room_url

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "owner_id": owner_id,
                "member_ids": member_ids,
                "group_tag_ids": group_tag_ids,
                "channel": channel,
                "archived": archived,
                "personal": personal,
                "public": public,
                "last_message_at": last_message_at,
                "meet_room_url": meet_room_url,
            }
        )
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        owner_id = d["owner_id"]

        member_ids = d["member_ids"]

        group_tag_ids = d["group_tag_ids"]

        channel = d["channel"]

        archived = d["archived"]

        personal = d["personal"]

        public = d["public"]

        last_message_at = datetime.datetime.fromisoformat(d["last_message_at"])

        meet_room_url = d["meet_room_url"]

        avatar_url = d.get("avatar_url", UNSET)

        chat = cls(
            id,
            name,
            created_at,
            owner_id,
            member_ids,
            group_tag_ids,
            channel,
            archived,
            personal,
            public,
            last_message_at,
            meet_room_url,
            avatar_url,
        )

        if len(d) != 12 and not d.keys() <= _KNOWN_KEYS:
            chat.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return chat

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
