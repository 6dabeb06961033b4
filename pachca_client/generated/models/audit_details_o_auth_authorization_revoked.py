# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditDetailsOAuthAuthorizationRevoked")

_KNOWN_KEYS = frozenset(
    {
        "client_id",
        "revoked_tokens_count",
        "user_id",
    }
)


@_attrs_define
class AuditDetailsOAuthAuthorizationRevoked:
    """Audit-log `details` for `oauth_authorization_revoked`.

    Attributes:
        client_id (str): OAuth application that lost access.
        revoked_tokens_count (int): How many tokens of that application were invalidated as a result.
        user_id (int | None | Unset): Employee whose consent to that application was withdrawn; null when the record
            does not name one.
    """

    client_id: str
    revoked_tokens_count: int
    user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        revoked_tokens_count = self.revoked_tokens_count

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "revoked_tokens_count": revoked_tokens_count,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_id = d["client_id"]

        revoked_tokens_count = d["revoked_tokens_count"]

        user_id = d.get("user_id", UNSET)

        audit_details_o_auth_authorization_revoked = cls(
            client_id,
            revoked_tokens_count,
            user_id,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            audit_details_o_auth_authorization_revoked.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_o_auth_authorization_revoked

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
