# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditDetailsBotTokenUpdated")

_KNOWN_KEYS = frozenset(
    {
        "token_kind",
        "resource_owner_id",
        "current_scopes",
        "token_name",
        "bot_id",
        "actor_id",
    }
)


@_attrs_define
class AuditDetailsBotTokenUpdated:
    """Audit-log `details` for `bot_token_updated`: one of a bot's tokens was renamed or given a different set of scopes.

    Attributes:
        token_kind (str): Category of the edited token, as a label reported by the server.
        resource_owner_id (int): Id of the user or bot on whose behalf the token acts.
        current_scopes (list[str]): Scope names the token holds after the edit.
        token_name (None | str | Unset): Label of the token after the edit; null when it has none.
        bot_id (int | None | Unset): Bot the token belongs to; null when the token is not tied to a bot.
        actor_id (int | None | Unset): Person who triggered the action; null when no human initiated it.
    """

    token_kind: str
    resource_owner_id: int
    current_scopes: list[str]
    token_name: None | str | Unset = UNSET
    bot_id: int | None | Unset = UNSET
    actor_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_kind = self.token_kind

        resource_owner_id = self.resource_owner_id

        current_scopes = self.current_scopes

        token_name: None | str | Unset
        if isinstance(self.token_name, Unset):
            token_name = UNSET
        else:
            token_name = self.token_name

        bot_id: int | None | Unset
        if isinstance(self.bot_id, Unset):
            bot_id = UNSET
        else:
            bot_id = self.bot_id

        actor_id: int | None | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_kind": token_kind,
                "resource_owner_id": resource_owner_id,
                "current_scopes": current_scopes,
            }
        )
        if token_name is not UNSET:
            field_dict["token_name"] = token_name
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        token_kind = d["token_kind"]

        resource_owner_id = d["resource_owner_id"]

        current_scopes = d["current_scopes"]

        token_name = d.get("token_name", UNSET)

        bot_id = d.get("bot_id", UNSET)

        actor_id = d.get("actor_id", UNSET)

        audit_details_bot_token_updated = cls(
            token_kind,
            resource_owner_id,
            current_scopes,
            token_name,
            bot_id,
            actor_id,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            audit_details_bot_token_updated.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_bot_token_updated

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
