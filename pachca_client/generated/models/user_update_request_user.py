# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role_input import UserRoleInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_update_request_user_custom_properties_item import UserUpdateRequestUserCustomPropertiesItem


T = TypeVar("T", bound="UserUpdateRequestUser")

_KNOWN_KEYS = frozenset(
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


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        first_name = d.get("first_name", UNSET)

        last_name = d.get("last_name", UNSET)

        email = d.get("email", UNSET)

        phone_number = d.get("phone_number", UNSET)

        nickname = d.get("nickname", UNSET)

        department = d.get("department", UNSET)

        title = d.get("title", UNSET)

        _role = d.get("role", UNSET)
        role: UserRoleInput | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UserRoleInput._from_value(_role)

        suspended = d.get("suspended", UNSET)

        list_tags = d.get("list_tags", UNSET)

        _custom_properties = d.get("custom_properties", UNSET)
        custom_properties: list[UserUpdateRequestUserCustomPropertiesItem] | Unset = UNSET
        if _custom_properties is not UNSET:
            custom_properties = [
                UserUpdateRequestUserCustomPropertiesItem.from_dict(custom_properties_item_data)
                for custom_properties_item_data in _custom_properties
            ]

        user_update_request_user = cls(
            first_name,
            last_name,
            email,
            phone_number,
            nickname,
            department,
            title,
            role,
            suspended,
            list_tags,
            custom_properties,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            user_update_request_user.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user_update_request_user

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
    global UserUpdateRequestUserCustomPropertiesItem
    from ..models.user_update_request_user_custom_properties_item import UserUpdateRequestUserCustomPropertiesItem

    _references_pending = False
