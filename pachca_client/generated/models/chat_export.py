# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatExport")

_KNOWN_KEYS = frozenset(
    {
        "id",
    }
)


@_attrs_define
class ChatExport:
    """An export job as acknowledged by `POST /chats/exports` when the caller sends `Prefer: return=representation` and
    gets 202 instead of an empty 204.

        Attributes:
            id (int): Id of the export; the ready notice repeats it as `export_id`, and `GET /chats/exports/{id}` downloads
                the archive by it.
    """

    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        chat_export = cls(
            id,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            chat_export.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return chat_export

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
