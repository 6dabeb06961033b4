# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsChatRenamed")

_KNOWN_KEYS = frozenset(
    {
        "old_name",
        "new_name",
    }
)


@_attrs_define
class AuditDetailsChatRenamed:
    """Audit-log `details` for `chat_renamed`: the title before and after.

    Attributes:
        old_name (str): Chat title before the rename.
        new_name (str): Chat title after the rename.
    """

    old_name: str
    new_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_name = self.old_name

        new_name = self.new_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "old_name": old_name,
                "new_name": new_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        old_name = d["old_name"]

        new_name = d["new_name"]

        audit_details_chat_renamed = cls(
            old_name,
            new_name,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            audit_details_chat_renamed.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_chat_renamed

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
