# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.user_role_input import UserRoleInput
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.user_update_request_user_custom_properties_item import UserUpdateRequestUserCustomPropertiesItem
    from ..models.user_update_request_user_custom_properties_item import (
        _from_dict as _UserUpdateRequestUserCustomPropertiesItem_from_dict,
    )


T = TypeVar("T", bound="UserUpdateRequestUser")
_UserRoleInput_MEMBERS = UserRoleInput._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "first_name",
        "last_name",
        "email",
        "phone_number",
        "nickname",
        "department",
        "title",
        "role",
        "suspended",
        "list_tags",
        "custom_properties",
    }
)
_REQUIRED: dict[str, str] = {}


@_attrs_define(repr=False)
class UserUpdateRequestUser:
    """Employee fields to change.

    Attributes:
        first_name (str | Unset): Given name.
        last_name (str | Unset): Family name.
        email (str | Unset): New sign-in address.
        phone_number (str | Unset): Contact phone number.
        nickname (str | Unset): Unique @-handle used for mentions.
        department (str | Unset): Department name.
        title (str | Unset): New position held in the company.
        role (UserRoleInput | Unset): Roles that can be set when editing a user: `admin`, `user` or `multi_guest`.
            `guest` can only be given at creation time.
        suspended (bool | Unset): Deactivate (true) or reactivate (false) the account.
        list_tags (list[str] | Unset): Replacement list of group tag names for the user.
        custom_properties (list[UserUpdateRequestUserCustomPropertiesItem] | Unset): Custom user field values to set.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    nickname: str | Unset = UNSET
    department: str | Unset = UNSET
    title: str | Unset = UNSET
    role: UserRoleInput | Unset = UNSET
    suspended: bool | Unset = UNSET
    list_tags: list[str] | Unset = UNSET
    custom_properties: list[UserUpdateRequestUserCustomPropertiesItem] | Unset = UNSET
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
            f"first_name={self.first_name!r}, "
            f"last_name={self.last_name!r}, "
            f"email={self.email!r}, "
            f"phone_number={self.phone_number!r}, "
            f"nickname={self.nickname!r}, "
            f"department={self.department!r}, "
            f"title={self.title!r}, "
            f"role={self.role!r}, "
            f"suspended={self.suspended!r}, "
            f"list_tags={self.list_tags!r}, "
            f"custom_properties={self.custom_properties!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

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

        custom_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = []
            for custom_properties_item_data in self.custom_properties:
                custom_properties_item = custom_properties_item_data.to_dict()
                custom_properties.append(custom_properties_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
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
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`UserUpdateRequestUser` from its JSON object, validated against openapi.yaml.

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
    """`UserUpdateRequestUser.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "UserUpdateRequestUser", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        if len(_d) != 0:
            first_name = _d.get("first_name", UNSET)
            last_name = _d.get("last_name", UNSET)
            email = _d.get("email", UNSET)
            phone_number = _d.get("phone_number", UNSET)
            nickname = _d.get("nickname", UNSET)
            department = _d.get("department", UNSET)
            title = _d.get("title", UNSET)
            role = _d.get("role", UNSET)
            suspended = _d.get("suspended", UNSET)
            list_tags = _d.get("list_tags", UNSET)
            custom_properties = _d.get("custom_properties", UNSET)
        else:
            first_name = last_name = email = phone_number = nickname = department = title = role = suspended = (
                list_tags
            ) = custom_properties = UNSET
        _n = 0
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

        if email is not UNSET:
            _n += 1
            if type(email) is not str:
                email = _v.string(email, "email", strict)
            if strict:
                _v.check_limits(email, "email", max_length=255)

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
                role = _UserRoleInput_MEMBERS[role]
            except (KeyError, TypeError):
                role = _v.enum_member(UserRoleInput, role, "role", strict)
            if strict:
                _v.unknown_value(UserRoleInput, role, "role")

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

        if custom_properties is not UNSET:
            _n += 1
            if type(custom_properties) is not list:
                custom_properties = _v.array(custom_properties, "custom_properties", strict)

            if custom_properties:
                _custom_properties_list = []
                try:
                    for _item0 in custom_properties:
                        _item0 = _UserUpdateRequestUserCustomPropertiesItem_from_dict(
                            UserUpdateRequestUserCustomPropertiesItem, _item0, strict
                        )

                        _custom_properties_list.append(_item0)
                except _v.ValidationError as _error:
                    raise _error.at_index(custom_properties).at_key("custom_properties") from None
                custom_properties = _custom_properties_list

        _result: T = _new(cls)
        _result.first_name = first_name
        _result.last_name = last_name
        _result.email = email
        _result.phone_number = phone_number
        _result.nickname = nickname
        _result.department = department
        _result.title = title
        _result.role = role
        _result.suspended = suspended
        _result.list_tags = list_tags
        _result.custom_properties = custom_properties
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("UserUpdateRequestUser", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("UserUpdateRequestUser", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global UserUpdateRequestUserCustomPropertiesItem, _UserUpdateRequestUserCustomPropertiesItem_from_dict
    from ..models.user_update_request_user_custom_properties_item import UserUpdateRequestUserCustomPropertiesItem
    from ..models.user_update_request_user_custom_properties_item import (
        _from_dict as _UserUpdateRequestUserCustomPropertiesItem_from_dict,
    )

    _references_pending = False
