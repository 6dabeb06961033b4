# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnknownWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "event",
    }
)


@_attrs_define
class UnknownWebhookPayload:
    """A webhook payload of a kind this version of the client does not know yet; all of its fields are kept.

    Attributes:
        type_ (str): The payload kind, e.g. `message`.
        event (str): What happened, e.g. `new`.
    """

    type_: str
    event: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        event = d["event"]

        unknown_webhook_payload = cls(
            type_,
            event,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            unknown_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return unknown_webhook_payload

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
