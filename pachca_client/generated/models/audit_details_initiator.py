# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsInitiator")

_KNOWN_KEYS = frozenset(
    {
        "initiator_id",
    }
)


@_attrs_define
class AuditDetailsInitiator:
    """Extra data of the `user_added_to_tag`, `user_removed_from_tag` and `user_chat_leave` audit events: who performed
    them.

        Attributes:
            initiator_id (int): User who performed the action; may differ from the user affected by it.
    """

    initiator_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initiator_id = self.initiator_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "initiator_id": initiator_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        initiator_id = d["initiator_id"]

        audit_details_initiator = cls(
            initiator_id,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            audit_details_initiator.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_initiator

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
