# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Reaction")

_KNOWN_KEYS = frozenset(
    {
        "user_id",
        "created_at",
        "code",
        "name",
    }
)


@_attrs_define
class Reaction:
    """An emoji reaction on a message, as listed by `GET /messages/{id}/reactions` and returned (unwrapped) when one is
    added.

        Attributes:
            user_id (int): User who reacted.
            created_at (datetime.datetime): When the reaction was added.
            code (str): The emoji itself, as a Unicode character.
            name (str): Text name of the emoji; relevant for custom workspace emoji.
    """

    user_id: int
    created_at: datetime.datetime
    code: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        created_at = self.created_at.isoformat()

        code = self.code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "created_at": created_at,
                "code": code,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["user_id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        code = d["code"]

        name = d["name"]

        reaction = cls(
            user_id,
            created_at,
            code,
            name,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            reaction.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return reaction

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
