# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsTagName")

_KNOWN_KEYS = frozenset(
    {
        "name",
    }
)


@_attrs_define
class AuditDetailsTagName:
    """Audit-log `details` for `tag_created` and `tag_deleted`.

    Attributes:
        name (str): Name of the group tag that was created or removed.
    """

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        audit_details_tag_name = cls(
            name,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            audit_details_tag_name.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_tag_name

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
