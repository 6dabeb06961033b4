# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsTokenScopes")

_KNOWN_KEYS = frozenset(
    {
        "scopes",
    }
)


@_attrs_define
class AuditDetailsTokenScopes:
    """Extra data of the audit events about personal tokens being created, changed or destroyed (`access_token_*`): the
    token's scopes.

        Attributes:
            scopes (list[str]): Scope names the token held when the event was logged.
    """

    scopes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        scopes = d["scopes"]

        audit_details_token_scopes = cls(
            scopes,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            audit_details_token_scopes.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_token_scopes

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
