# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsBotScopes")

_KNOWN_KEYS = frozenset(
    {
        "bot_id",
        "actor_id",
        "added_scopes",
        "removed_scopes",
    }
)


@_attrs_define
class AuditDetailsBotScopes:
    """Audit-log `details` for `bot_scopes_updated`: scopes granted to and withdrawn from a bot token.

    Attributes:
        bot_id (int): Bot whose token scopes were edited.
        actor_id (int | None): Person who triggered the action; null when no human initiated it.
        added_scopes (list[str]): Scope names the bot gained.
        removed_scopes (list[str]): Scope names the bot lost.
    """

    bot_id: int
    actor_id: int | None
    added_scopes: list[str]
    removed_scopes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        actor_id: int | None
        actor_id = self.actor_id

        added_scopes = self.added_scopes

        removed_scopes = self.removed_scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
                "actor_id": actor_id,
                "added_scopes": added_scopes,
                "removed_scopes": removed_scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bot_id = d["bot_id"]

        actor_id = d["actor_id"]

        added_scopes = d["added_scopes"]

        removed_scopes = d["removed_scopes"]

        audit_details_bot_scopes = cls(
            bot_id,
            actor_id,
            added_scopes,
            removed_scopes,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            audit_details_bot_scopes.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_bot_scopes

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
