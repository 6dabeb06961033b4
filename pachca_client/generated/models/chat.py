# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

T = TypeVar("T", bound="Chat")

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "integer",
    "name": "string",
    "created_at": "date-time",
    "owner_id": "integer",
    "member_ids": "array",
    "group_tag_ids": "array",
    "channel": "boolean",
    "archived": "boolean",
    "personal": "boolean",
    "public": "boolean",
    "last_message_at": "date-time",
    "meet_room_url": "string",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
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
)


@_attrs_define(repr=False)
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
    # Unknown keys: None until there are some (most objects have none, and an empty dict per object
    # costs time and memory); `additional_properties` makes the dict on first use. None and {} compare equal.
    _additional_properties: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=_v.extras_key)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that openapi.yaml does not declare, with their values."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"created_at={self.created_at!r}, "
            f"owner_id={self.owner_id!r}, "
            f"member_ids={self.member_ids!r}, "
            f"group_tag_ids={self.group_tag_ids!r}, "
            f"channel={self.channel!r}, "
            f"archived={self.archived!r}, "
            f"personal={self.personal!r}, "
            f"public={self.public!r}, "
            f"last_message_at={self.last_message_at!r}, "
            f"meet_room_url={self.meet_room_url!r}, "
            f"avatar_url={self.avatar_url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`Chat` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _from_dict(cls, src_dict, strict)

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


def _from_dict(cls: type[T], src_dict: Mapping[str, Any], strict: bool) -> T:
    """`Chat.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "Chat", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
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
        ) = _read_required(_d)
        if len(_d) != 12:
            avatar_url = _d.get("avatar_url", UNSET)
        else:
            avatar_url = UNSET
        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        if type(name) is not str:
            name = _v.string(name, "name", strict)
        if strict:
            _v.check_limits(name, "name", max_length=255)

        _first_date_time = created_at
        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if type(owner_id) is not int:
            owner_id = _v.integer(owner_id, "owner_id", strict)

        if type(member_ids) is not list:
            member_ids = _v.array(member_ids, "member_ids", strict)

        try:
            for _item0 in member_ids:
                if type(_item0) is not int:
                    _item0 = _v.integer(_item0, None, strict)

        except _v.ValidationError as _error:
            raise _error.at_index(member_ids).at_key("member_ids") from None

        if type(group_tag_ids) is not list:
            group_tag_ids = _v.array(group_tag_ids, "group_tag_ids", strict)

        try:
            for _item0 in group_tag_ids:
                if type(_item0) is not int:
                    _item0 = _v.integer(_item0, None, strict)

        except _v.ValidationError as _error:
            raise _error.at_index(group_tag_ids).at_key("group_tag_ids") from None

        if type(channel) is not bool:
            channel = _v.boolean(channel, "channel", strict)

        if type(archived) is not bool:
            archived = _v.boolean(archived, "archived", strict)

        if type(personal) is not bool:
            personal = _v.boolean(personal, "personal", strict)

        if type(public) is not bool:
            public = _v.boolean(public, "public", strict)

        if last_message_at == _first_date_time:
            last_message_at = created_at
        else:
            try:
                _date_time0 = _parse_date_time(last_message_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(last_message_at, "last_message_at", strict)
            last_message_at = _date_time0

        if type(meet_room_url) is not str:
            meet_room_url = _v.string(meet_room_url, "meet_room_url", strict)

        _n = 12
        if avatar_url is not UNSET:
            _n += 1
            if type(avatar_url) is not str and avatar_url is not None:
                avatar_url = _v.string(avatar_url, "avatar_url", strict)

        _result: T = _new(cls)
        _result.id = id
        _result.name = name
        _result.created_at = created_at
        _result.owner_id = owner_id
        _result.member_ids = member_ids
        _result.group_tag_ids = group_tag_ids
        _result.channel = channel
        _result.archived = archived
        _result.personal = personal
        _result.public = public
        _result.last_message_at = last_message_at
        _result.meet_room_url = meet_room_url
        _result.avatar_url = avatar_url
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("Chat", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("Chat", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
