# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_create_request_user import UserCreateRequestUser


T = TypeVar("T", bound="UserCreateRequest")

_KNOWN_KEYS = frozenset(
    {
        "user",
        "skip_email_notify",
    }
)


@_attrs_define
class UserCreateRequest:
    """Body of `POST /users`: the new employee under `user`, plus the top-level `skip_email_notify` flag.

    Attributes:
        user (UserCreateRequestUser): Fields of the employee to create; `email` is mandatory.
        skip_email_notify (bool | Unset): Do not email an invitation; handy when accounts are provisioned ahead of SSO
            sign-in. Default: False.
    """

    user: UserCreateRequestUser
    skip_email_notify: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        user = self.user.to_dict()

        skip_email_notify = self.skip_email_notify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if skip_email_notify is not UNSET:
            field_dict["skip_email_notify"] = skip_email_notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        user = UserCreateRequestUser.from_dict(d["user"])

        skip_email_notify = d.get("skip_email_notify", UNSET)

        user_create_request = cls(
            user,
            skip_email_notify,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            user_create_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user_create_request

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
    global UserCreateRequestUser
    from ..models.user_create_request_user import UserCreateRequestUser

    _references_pending = False
