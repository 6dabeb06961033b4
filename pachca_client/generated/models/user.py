# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_status import InviteStatus
from ..models.user_role import UserRole

if TYPE_CHECKING:
    from ..models.custom_property import CustomProperty
    from ..models.user_status import UserStatus


T = TypeVar("T", bound="User")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "first_name",
        "last_name",
        "nickname",
        "email",
        "phone_number",
        "department",
        "title",
        "role",
        "suspended",
        "invite_status",
        "inviter_id",
        "list_tags",
        "custom_properties",
        "user_status",
        "bot",
        "sso",
        "created_at",
        "last_activity_at",
        "time_zone",
        "image_url",
    }
)


@_attrs_define
class User:
    """A workspace account (employee, guest or bot) as returned by the user and profile endpoints.

    Attributes:
        id (int):
        first_name (None | str): Given name; null while the invitation is still pending.
        last_name (None | str): Family name; may come back as null or as an empty string when unset.
        nickname (str): Unique @-handle used for mentions.
        email (None | str): Email address. Null for bots without access to personal data, and when the workspace hides
            employees' personal data from the requesting bot.
        phone_number (None | str): Phone number. Null for bots without access to personal data, and when the workspace
            hides employees' personal data from the requesting bot.
        department (None | str): Department name; null or empty when not set.
        title (None | str): Job title; null or empty when not set.
        role (UserRole): A user's workspace access level: `admin`, `user` (regular employee), `multi_guest` (guest in
            several chats) or `guest` (guest confined to one chat).
        suspended (bool): True if the account is deactivated.
        invite_status (InviteStatus): Whether a user has accepted their invitation: `sent` (pending, never signed in) or
            `confirmed`.
        inviter_id (int | None): Who invited the user; null for self-registered users or when the inviter has since been
            deleted.
        list_tags (list[str]): Names of the group tags the user carries.
        custom_properties (list[CustomProperty]): Values of the workspace's custom user fields.
        user_status (None | UserStatus): Current status (emoji, text, away mode); null when none is set.
        bot (bool): True for bot accounts.
        sso (bool): True if the user signs in through single sign-on.
        created_at (datetime.datetime): When the account was created.
        last_activity_at (datetime.datetime | None): Last time the user was active; null if they never signed in, in
            which case `invite_status` is `sent`.
        time_zone (None | str): Time zone the user picked; null means the workspace default applies.
        image_url (None | str): Link to the profile picture, or null if the user has none.
    """

    id: int
    first_name: None | str
    last_name: None | str
    nickname: str
    email: None | str
    phone_number: None | str
    department: None | str
    title: None | str
    role: UserRole
    suspended: bool
    invite_status: InviteStatus
    inviter_id: int | None
    list_tags: list[str]
    custom_properties: list[CustomProperty]
    user_status: None | UserStatus
    bot: bool
    sso: bool
    created_at: datetime.datetime
    last_activity_at: datetime.datetime | None
    time_zone: None | str
    image_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        nickname = self.nickname

        email: None | str
        email = self.email

        phone_number: None | str
        phone_number = self.phone_number

        department: None | str
        department = self.department

        title: None | str
        title = self.title

        role = self.role.value

        suspended = self.suspended

        invite_status = self.invite_status.value

        inviter_id: int | None
        inviter_id = self.inviter_id

        list_tags = self.list_tags

        custom_properties = []
        for custom_properties_item_data in self.custom_properties:
            custom_properties_item = custom_properties_item_data.to_dict()
            custom_properties.append(custom_properties_item)

        user_status: dict[str, Any] | None
        if isinstance(self.user_status, UserStatus):
            user_status = self.user_status.to_dict()
        else:
            user_status = self.user_status

        bot = self.bot

        sso = self.sso

        created_at = self.created_at.isoformat()

        last_activity_at: None | str
        if isinstance(self.last_activity_at, datetime.datetime):
            last_activity_at = self.last_activity_at.isoformat()
        else:
            last_activity_at = self.last_activity_at

        time_zone: None | str
        time_zone = self.time_zone

        image_url: None | str
        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "nickname": nickname,
                "email": email,
                "phone_number": phone_number,
                "department": department,
                "title": title,
                "role": role,
                "suspended": suspended,
                "invite_status": invite_status,
                "inviter_id": inviter_id,
                "list_tags": list_tags,
                "custom_properties": custom_properties,
                "user_status": user_status,
                "bot": bot,
                "sso": sso,
                "created_at": created_at,
                "last_activity_at": last_activity_at,
                "time_zone": time_zone,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        id = d["id"]

        first_name = d["first_name"]

        last_name = d["last_name"]

        nickname = d["nickname"]

        email = d["email"]

        phone_number = d["phone_number"]

        department = d["department"]

        title = d["title"]

        role = UserRole._from_value(d["role"])

        suspended = d["suspended"]

        invite_status = InviteStatus._from_value(d["invite_status"])

        inviter_id = d["inviter_id"]

        list_tags = d["list_tags"]

        custom_properties = [
            CustomProperty.from_dict(custom_properties_item_data)
            for custom_properties_item_data in d["custom_properties"]
        ]

        _user_status = d["user_status"]
        user_status: None | UserStatus
        if _user_status is None:
            user_status = None
        elif not isinstance(_user_status, dict):
            user_status = _user_status
        else:
            try:
                user_status_type_0 = UserStatus.from_dict(_user_status)

                user_status = user_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                user_status = cast("None | UserStatus", _user_status)

        bot = d["bot"]

        sso = d["sso"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        _last_activity_at = d["last_activity_at"]
        last_activity_at: datetime.datetime | None
        if _last_activity_at is None:
            last_activity_at = None
        elif not isinstance(_last_activity_at, str):
            last_activity_at = _last_activity_at
        else:
            try:
                last_activity_at_type_0 = datetime.datetime.fromisoformat(_last_activity_at)

                last_activity_at = last_activity_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_activity_at = cast("datetime.datetime | None", _last_activity_at)

        time_zone = d["time_zone"]

        image_url = d["image_url"]

        user = cls(
            id,
            first_name,
            last_name,
            nickname,
            email,
            phone_number,
            department,
            title,
            role,
            suspended,
            invite_status,
            inviter_id,
            list_tags,
            custom_properties,
            user_status,
            bot,
            sso,
            created_at,
            last_activity_at,
            time_zone,
            image_url,
        )

        if len(d) != 21 and not d.keys() <= _KNOWN_KEYS:
            user.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user

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


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global CustomProperty
    global UserStatus
    from ..models.custom_property import CustomProperty
    from ..models.user_status import UserStatus

    _references_pending = False
