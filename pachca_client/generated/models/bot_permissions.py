# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotPermissions")

_KNOWN_KEYS = frozenset(
    {
        "update_oauth_client",
        "recreate_token",
        "destroy",
    }
)


@_attrs_define
class BotPermissions:
    """What the calling user is allowed to do with a bot; returned as `permissions` in bot responses.

    Attributes:
        update_oauth_client (bool): True if the caller may change the bot's name, its OAuth client and its catalog
            listing.
        recreate_token (bool): True if the caller may manage the bot's tokens, from issuing to deleting them, and rotate
            the OAuth client secret.
        destroy (bool): True if the caller may delete the bot.
    """

    update_oauth_client: bool
    recreate_token: bool
    destroy: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_oauth_client = self.update_oauth_client

        recreate_token = self.recreate_token

        destroy = self.destroy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update_oauth_client": update_oauth_client,
                "recreate_token": recreate_token,
                "destroy": destroy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        update_oauth_client = d["update_oauth_client"]

        recreate_token = d["recreate_token"]

        destroy = d["destroy"]

        bot_permissions = cls(
            update_oauth_client,
            recreate_token,
            destroy,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            bot_permissions.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_permissions

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
