# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditDetailsUserUpdated")

_KNOWN_KEYS = frozenset(
    {
        "changed_attrs",
        "context",
    }
)


@_attrs_define
class AuditDetailsUserUpdated:
    """Audit-log `details` for `user_updated`.

    Attributes:
        changed_attrs (list[str]): Names of the profile attributes that were modified.
        context (str | Unset): Source of the change: `sso_login` marks an automatic sync during SSO sign-in. Omitted for
            ordinary edits.
    """

    changed_attrs: list[str]
    context: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_attrs = self.changed_attrs

        context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_attrs": changed_attrs,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        changed_attrs = d["changed_attrs"]

        context = d.get("context", UNSET)

        audit_details_user_updated = cls(
            changed_attrs,
            context,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            audit_details_user_updated.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_user_updated

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
