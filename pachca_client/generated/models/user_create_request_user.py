# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_create_role import UserCreateRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_create_request_user_custom_properties_item import UserCreateRequestUserCustomPropertiesItem


T = TypeVar("T", bound="UserCreateRequestUser")

_KNOWN_KEYS = frozenset(
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


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        email = d["email"]

        first_name = d.get("first_name", UNSET)

        last_name = d.get("last_name", UNSET)

        phone_number = d.get("phone_number", UNSET)

        nickname = d.get("nickname", UNSET)

        department = d.get("department", UNSET)

        title = d.get("title", UNSET)

        _role = d.get("role", UNSET)
        role: UserCreateRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UserCreateRole._from_value(_role)

        suspended = d.get("suspended", UNSET)

        list_tags = d.get("list_tags", UNSET)

        chat_ids = d.get("chat_ids", UNSET)

        _custom_properties = d.get("custom_properties", UNSET)
        custom_properties: list[UserCreateRequestUserCustomPropertiesItem] | Unset = UNSET
        if _custom_properties is not UNSET:
            custom_properties = [
                UserCreateRequestUserCustomPropertiesItem.from_dict(custom_properties_item_data)
                for custom_properties_item_data in _custom_properties
            ]

        user_create_request_user = cls(
            email,
            first_name,
            last_name,
            phone_number,
            nickname,
            department,
            title,
            role,
            suspended,
            list_tags,
            chat_ids,
            custom_properties,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            user_create_request_user.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user_create_request_user

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
    global UserCreateRequestUserCustomPropertiesItem
    from ..models.user_create_request_user_custom_properties_item import UserCreateRequestUserCustomPropertiesItem

    _references_pending = False
