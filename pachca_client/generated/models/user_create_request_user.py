# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.user_create_role import UserCreateRole
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.user_create_request_user_custom_properties_item import UserCreateRequestUserCustomPropertiesItem
    from ..models.user_create_request_user_custom_properties_item import (
        _from_dict as _UserCreateRequestUserCustomPropertiesItem_from_dict,
    )


T = TypeVar("T", bound="UserCreateRequestUser")
_UserCreateRole_MEMBERS = UserCreateRole._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "first_name",
        "last_name",
        "phone_number",
        "nickname",
        "department",
        "title",
        "role",
        "suspended",
        "list_tags",
        "chat_ids",
        "custom_properties",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "email": "string",
}


@_attrs_define(repr=False)
class UserCreateRequestUser:
    """Fields of the employee to create; `email` is mandatory.

    Attributes:
        email (str): Address the account signs in with and where the invitation is sent.
        first_name (str | Unset): Given name.
        last_name (str | Unset): Family name.
        phone_number (str | Unset): Contact phone number.
        nickname (str | Unset): Unique @-handle used for mentions.
        department (str | Unset): Department name.
        title (str | Unset): Position held in the company.
        role (UserCreateRole | Unset): Roles assignable when creating a user: `admin`, `user` (regular employee),
            `multi_guest` (guest in several chats) or `guest` (single-chat guest, requires `chat_ids` with exactly one
            chat).
        suspended (bool | Unset): Create the account already deactivated. Default: False.
        list_tags (list[str] | Unset): Names of group tags to give the user.
        chat_ids (list[int] | Unset): Chat memberships granted on creation. A `guest` must get exactly one, and it has
            to be an active chat.
        custom_properties (list[UserCreateRequestUserCustomPropertiesItem] | Unset): Custom user field values to set.
    """

    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    nickname: str | Unset = UNSET
    department: str | Unset = UNSET
    title: str | Unset = UNSET
    role: UserCreateRole | Unset = UNSET
    suspended: bool | Unset = False
    list_tags: list[str] | Unset = UNSET
    chat_ids: list[int] | Unset = UNSET
    custom_properties: list[UserCreateRequestUserCustomPropertiesItem] | Unset = UNSET
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
            f"email={self.email!r}, "
            f"first_name={self.first_name!r}, "
            f"last_name={self.last_name!r}, "
            f"phone_number={self.phone_number!r}, "
            f"nickname={self.nickname!r}, "
            f"department={self.department!r}, "
            f"title={self.title!r}, "
            f"role={self.role!r}, "
            f"suspended={self.suspended!r}, "
            f"list_tags={self.list_tags!r}, "
            f"chat_ids={self.chat_ids!r}, "
            f"custom_properties={self.custom_properties!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone_number = self.phone_number

        nickname = self.nickname

        department = self.department

        title = self.title

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        suspended = self.suspended

        list_tags: list[str] | Unset = UNSET
        if not isinstance(self.list_tags, Unset):
            list_tags = self.list_tags

        chat_ids: list[int] | Unset = UNSET
        if not isinstance(self.chat_ids, Unset):
            chat_ids = self.chat_ids

        custom_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = []
            for custom_properties_item_data in self.custom_properties:
                custom_properties_item = custom_properties_item_data.to_dict()
                custom_properties.append(custom_properties_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if department is not UNSET:
            field_dict["department"] = department
        if title is not UNSET:
            field_dict["title"] = title
        if role is not UNSET:
            field_dict["role"] = role
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if list_tags is not UNSET:
            field_dict["list_tags"] = list_tags
        if chat_ids is not UNSET:
            field_dict["chat_ids"] = chat_ids
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`UserCreateRequestUser` from its JSON object, validated against openapi.yaml.

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
    """`UserCreateRequestUser.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "UserCreateRequestUser", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        email = _d["email"]
        if len(_d) != 1:
            first_name = _d.get("first_name", UNSET)
            last_name = _d.get("last_name", UNSET)
            phone_number = _d.get("phone_number", UNSET)
            nickname = _d.get("nickname", UNSET)
            department = _d.get("department", UNSET)
            title = _d.get("title", UNSET)
            role = _d.get("role", UNSET)
            suspended = _d.get("suspended", UNSET)
            list_tags = _d.get("list_tags", UNSET)
            chat_ids = _d.get("chat_ids", UNSET)
            custom_properties = _d.get("custom_properties", UNSET)
        else:
            first_name = last_name = phone_number = nickname = department = title = role = suspended = list_tags = (
                chat_ids
            ) = custom_properties = UNSET
        if type(email) is not str:
            email = _v.string(email, "email", strict)
        if strict:
            _v.check_limits(email, "email", max_length=255)

        _n = 1
        if first_name is not UNSET:
            _n += 1
            if type(first_name) is not str:
                first_name = _v.string(first_name, "first_name", strict)
            if strict:
                _v.check_limits(first_name, "first_name", max_length=255)

        if last_name is not UNSET:
            _n += 1
            if type(last_name) is not str:
                last_name = _v.string(last_name, "last_name", strict)
            if strict:
                _v.check_limits(last_name, "last_name", max_length=255)

        if phone_number is not UNSET:
            _n += 1
            if type(phone_number) is not str:
                phone_number = _v.string(phone_number, "phone_number", strict)
            if strict:
                _v.check_limits(phone_number, "phone_number", max_length=255)

        if nickname is not UNSET:
            _n += 1
            if type(nickname) is not str:
                nickname = _v.string(nickname, "nickname", strict)
            if strict:
                _v.check_limits(nickname, "nickname", max_length=255)

        if department is not UNSET:
            _n += 1
            if type(department) is not str:
                department = _v.string(department, "department", strict)
            if strict:
                _v.check_limits(department, "department", max_length=255)

        if title is not UNSET:
            _n += 1
            if type(title) is not str:
                title = _v.string(title, "title", strict)

        if role is not UNSET:
            _n += 1
            try:
                role = _UserCreateRole_MEMBERS[role]
            except (KeyError, TypeError):
                role = _v.enum_member(UserCreateRole, role, "role", strict)
            if strict:
                _v.unknown_value(UserCreateRole, role, "role")

        if suspended is not UNSET:
            _n += 1
            if type(suspended) is not bool:
                suspended = _v.boolean(suspended, "suspended", strict)

        if list_tags is not UNSET:
            _n += 1
            if type(list_tags) is not list:
                list_tags = _v.array(list_tags, "list_tags", strict)

            try:
                for _item0 in list_tags:
                    if type(_item0) is not str:
                        _item0 = _v.string(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(list_tags).at_key("list_tags") from None

        if chat_ids is not UNSET:
            _n += 1
            if type(chat_ids) is not list:
                chat_ids = _v.array(chat_ids, "chat_ids", strict)

            try:
                for _item0 in chat_ids:
                    if type(_item0) is not int:
                        _item0 = _v.integer(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(chat_ids).at_key("chat_ids") from None

        if custom_properties is not UNSET:
            _n += 1
            if type(custom_properties) is not list:
                custom_properties = _v.array(custom_properties, "custom_properties", strict)

            if custom_properties:
                _custom_properties_list = []
                try:
                    for _item0 in custom_properties:
                        _item0 = _UserCreateRequestUserCustomPropertiesItem_from_dict(
                            UserCreateRequestUserCustomPropertiesItem, _item0, strict
                        )

                        _custom_properties_list.append(_item0)
                except _v.ValidationError as _error:
                    raise _error.at_index(custom_properties).at_key("custom_properties") from None
                custom_properties = _custom_properties_list

        _result: T = _new(cls)
        _result.email = email
        _result.first_name = first_name
        _result.last_name = last_name
        _result.phone_number = phone_number
        _result.nickname = nickname
        _result.department = department
        _result.title = title
        _result.role = role
        _result.suspended = suspended
        _result.list_tags = list_tags
        _result.chat_ids = chat_ids
        _result.custom_properties = custom_properties
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("UserCreateRequestUser", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("UserCreateRequestUser", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global UserCreateRequestUserCustomPropertiesItem, _UserCreateRequestUserCustomPropertiesItem_from_dict
    from ..models.user_create_request_user_custom_properties_item import UserCreateRequestUserCustomPropertiesItem
    from ..models.user_create_request_user_custom_properties_item import (
        _from_dict as _UserCreateRequestUserCustomPropertiesItem_from_dict,
    )

    _references_pending = False
