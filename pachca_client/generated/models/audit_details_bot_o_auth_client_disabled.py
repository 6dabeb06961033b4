# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsBotOAuthClientDisabled")

_KNOWN_KEYS = frozenset(
    {
        "bot_id",
        "actor_id",
        "client_id",
        "deleted_access_tokens_count",
        "deleted_access_grants_count",
    }
)


@_attrs_define
class AuditDetailsBotOAuthClientDisabled:
    """Audit-log `details` for `bot_oauth_client_disabled`: a bot can no longer act for employees, and what it had been
    granted through its OAuth client was withdrawn.

        Attributes:
            bot_id (int): Bot whose OAuth client was switched off.
            actor_id (int | None): Person who triggered the action; null when no human initiated it.
            client_id (str): Identifier of the bot's OAuth client.
            deleted_access_tokens_count (int): How many employee tokens obtained through that client stopped working as a
                result.
            deleted_access_grants_count (int): How many authorization codes that had not yet been exchanged for tokens were
                cancelled.
    """

    bot_id: int
    actor_id: int | None
    client_id: str
    deleted_access_tokens_count: int
    deleted_access_grants_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        actor_id: int | None
        actor_id = self.actor_id

        client_id = self.client_id

        deleted_access_tokens_count = self.deleted_access_tokens_count

        deleted_access_grants_count = self.deleted_access_grants_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
                "actor_id": actor_id,
                "client_id": client_id,
                "deleted_access_tokens_count": deleted_access_tokens_count,
                "deleted_access_grants_count": deleted_access_grants_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bot_id = d["bot_id"]

        actor_id = d["actor_id"]

        client_id = d["client_id"]

        deleted_access_tokens_count = d["deleted_access_tokens_count"]

        deleted_access_grants_count = d["deleted_access_grants_count"]

        audit_details_bot_o_auth_client_disabled = cls(
            bot_id,
            actor_id,
            client_id,
            deleted_access_tokens_count,
            deleted_access_grants_count,
        )

        if len(d) != 5 and not d.keys() <= _KNOWN_KEYS:
            audit_details_bot_o_auth_client_disabled.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_bot_o_auth_client_disabled

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
