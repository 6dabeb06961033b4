# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsBotOAuthClientSecretRotated")

_KNOWN_KEYS = frozenset(
    {
        "bot_id",
        "actor_id",
        "client_id",
    }
)


@_attrs_define
class AuditDetailsBotOAuthClientSecretRotated:
    """Audit-log `details` for `bot_oauth_client_secret_rotated` and `bot_oauth_client_secret_issued`: a fresh client
    secret was generated for a bot's OAuth client.

        Attributes:
            bot_id (int): Bot that received the new client secret.
            actor_id (int | None): Person who triggered the action; null when no human initiated it.
            client_id (str): Identifier of the bot's OAuth client.
    """

    bot_id: int
    actor_id: int | None
    client_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        actor_id: int | None
        actor_id = self.actor_id

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
                "actor_id": actor_id,
                "client_id": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bot_id = d["bot_id"]

        actor_id = d["actor_id"]

        client_id = d["client_id"]

        audit_details_bot_o_auth_client_secret_rotated = cls(
            bot_id,
            actor_id,
            client_id,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            audit_details_bot_o_auth_client_secret_rotated.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_bot_o_auth_client_secret_rotated

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
