# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReactionRequest")

_KNOWN_KEYS = frozenset(
    {
        "code",
        "name",
    }
)


@_attrs_define
class ReactionRequest:
    """Body for adding or removing a reaction on a message.

    Attributes:
        code (str): The emoji to add, given as a Unicode character.
        name (str | Unset): Text name identifying a custom workspace emoji.
    """

    code: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = d["code"]

        name = d.get("name", UNSET)

        reaction_request = cls(
            code,
            name,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            reaction_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return reaction_request

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
