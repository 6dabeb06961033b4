# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotTokenCreateRequest")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "scopes",
    }
)


@_attrs_define
class BotTokenCreateRequest:
    """Body of `POST /bots/{id}/tokens`, which issues an additional, named token for a bot.

    Attributes:
        name (str): Label for the new token, so it can be recognised among the bot's other tokens.
        scopes (list[str] | Unset): Scopes to grant, limited to those a bot may hold. Left out, the token is issued with
            no scopes at all.
    """

    name: str
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        scopes = d.get("scopes", UNSET)

        bot_token_create_request = cls(
            name,
            scopes,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            bot_token_create_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_token_create_request

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
