# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.invite_status import InviteStatus
from ..models.user_role import UserRole
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.custom_property import CustomProperty
    from ..models.custom_property import _from_dict as _CustomProperty_from_dict
    from ..models.user_status import UserStatus
    from ..models.user_status import _from_dict as _UserStatus_from_dict


T = TypeVar("T", bound="User")
_InviteStatus_MEMBERS = InviteStatus._value2member_map_
_UserRole_MEMBERS = UserRole._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "integer",
    "first_name": "string or null",
    "last_name": "string or null",
    "nickname": "string",
    "email": "string or null",
    "phone_number": "string or null",
    "department": "string or null",
    "title": "string or null",
    "role": "string (UserRole)",
    "suspended": "boolean",
    "invite_status": "string (InviteStatus)",
    "inviter_id": "integer or null",
    "list_tags": "array",
    "custom_properties": "array",
    "user_status": "object (UserStatus) or null",
    "bot": "boolean",
    "sso": "boolean",
    "created_at": "date-time",
    "last_activity_at": "date-time or null",
    "time_zone": "string or null",
    "image_url": "string or null",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
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
)


@_attrs_define(repr=False)
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
            f"first_name={self.first_name!r}, "
            f"last_name={self.last_name!r}, "
            f"nickname={self.nickname!r}, "
            f"email={self.email!r}, "
            f"phone_number={self.phone_number!r}, "
            f"department={self.department!r}, "
            f"title={self.title!r}, "
            f"role={self.role!r}, "
            f"suspended={self.suspended!r}, "
            f"invite_status={self.invite_status!r}, "
            f"inviter_id={self.inviter_id!r}, "
            f"list_tags={self.list_tags!r}, "
            f"custom_properties={self.custom_properties!r}, "
            f"user_status={self.user_status!r}, "
            f"bot={self.bot!r}, "
            f"sso={self.sso!r}, "
            f"created_at={self.created_at!r}, "
            f"last_activity_at={self.last_activity_at!r}, "
            f"time_zone={self.time_zone!r}, "
            f"image_url={self.image_url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`User` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _v.without_gc_pauses(_from_dict, cls, src_dict, strict)

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
    """`User.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "User", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
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
        ) = _read_required(_d)
        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        if first_name is not None:
            if type(first_name) is not str:
                first_name = _v.string(first_name, "first_name", strict)
            if strict:
                _v.check_limits(first_name, "first_name", max_length=255)

        if last_name is not None:
            if type(last_name) is not str:
                last_name = _v.string(last_name, "last_name", strict)
            if strict:
                _v.check_limits(last_name, "last_name", max_length=255)

        if type(nickname) is not str:
            nickname = _v.string(nickname, "nickname", strict)
        if strict:
            _v.check_limits(nickname, "nickname", max_length=255)

        if email is not None:
            if type(email) is not str:
                email = _v.string(email, "email", strict)
            if strict:
                _v.check_limits(email, "email", max_length=255)

        if phone_number is not None:
            if type(phone_number) is not str:
                phone_number = _v.string(phone_number, "phone_number", strict)
            if strict:
                _v.check_limits(phone_number, "phone_number", max_length=255)

        if department is not None:
            if type(department) is not str:
                department = _v.string(department, "department", strict)
            if strict:
                _v.check_limits(department, "department", max_length=255)

        if type(title) is not str and title is not None:
            title = _v.string(title, "title", strict)

        try:
            role = _UserRole_MEMBERS[role]
        except (KeyError, TypeError):
            role = _v.enum_member(UserRole, role, "role", strict)
        if strict:
            _v.unknown_value(UserRole, role, "role")

        if type(suspended) is not bool:
            suspended = _v.boolean(suspended, "suspended", strict)

        try:
            invite_status = _InviteStatus_MEMBERS[invite_status]
        except (KeyError, TypeError):
            invite_status = _v.enum_member(InviteStatus, invite_status, "invite_status", strict)
        if strict:
            _v.unknown_value(InviteStatus, invite_status, "invite_status")

        if type(inviter_id) is not int and inviter_id is not None:
            inviter_id = _v.integer(inviter_id, "inviter_id", strict)

        if type(list_tags) is not list:
            list_tags = _v.array(list_tags, "list_tags", strict)

        try:
            for _item0 in list_tags:
                if type(_item0) is not str:
                    _item0 = _v.string(_item0, None, strict)

        except _v.ValidationError as _error:
            raise _error.at_index(list_tags).at_key("list_tags") from None

        if type(custom_properties) is not list:
            custom_properties = _v.array(custom_properties, "custom_properties", strict)

        if custom_properties:
            _custom_properties_list = []
            try:
                for _item0 in custom_properties:
                    _item0 = _CustomProperty_from_dict(CustomProperty, _item0, strict)

                    _custom_properties_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(custom_properties).at_key("custom_properties") from None
            custom_properties = _custom_properties_list

        if user_status is not None:
            try:
                user_status = _UserStatus_from_dict(UserStatus, user_status, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("user_status") from None

        if type(bot) is not bool:
            bot = _v.boolean(bot, "bot", strict)

        if type(sso) is not bool:
            sso = _v.boolean(sso, "sso", strict)

        _first_date_time = created_at
        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if last_activity_at is not None:
            if last_activity_at == _first_date_time:
                last_activity_at = created_at
            else:
                try:
                    _date_time0 = _parse_date_time(last_activity_at)
                    if _date_time0.tzinfo is None:
                        raise ValueError
                except (TypeError, ValueError):
                    _date_time0 = _v.date_time(last_activity_at, "last_activity_at", strict)
                last_activity_at = _date_time0

        if time_zone is not None:
            if type(time_zone) is not str:
                time_zone = _v.string(time_zone, "time_zone", strict)
            if strict:
                _v.check_limits(time_zone, "time_zone", max_length=32)

        if type(image_url) is not str and image_url is not None:
            image_url = _v.string(image_url, "image_url", strict)

        _n = 21
        _result: T = _new(cls)
        _result.id = id
        _result.first_name = first_name
        _result.last_name = last_name
        _result.nickname = nickname
        _result.email = email
        _result.phone_number = phone_number
        _result.department = department
        _result.title = title
        _result.role = role
        _result.suspended = suspended
        _result.invite_status = invite_status
        _result.inviter_id = inviter_id
        _result.list_tags = list_tags
        _result.custom_properties = custom_properties
        _result.user_status = user_status
        _result.bot = bot
        _result.sso = sso
        _result.created_at = created_at
        _result.last_activity_at = last_activity_at
        _result.time_zone = time_zone
        _result.image_url = image_url
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("User", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("User", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global CustomProperty, _CustomProperty_from_dict
    global UserStatus, _UserStatus_from_dict
    from ..models.custom_property import CustomProperty
    from ..models.custom_property import _from_dict as _CustomProperty_from_dict
    from ..models.user_status import UserStatus
    from ..models.user_status import _from_dict as _UserStatus_from_dict

    _references_pending = False
