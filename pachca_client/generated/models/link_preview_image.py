# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkPreviewImage")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "name",
        "size",
    }
)


@_attrs_define
class LinkPreviewImage:
    """Picture uploaded beforehand through the file-upload flow.

    Attributes:
        key (str): Upload `key` of the picture, with its file name filled in.
        name (str): File name of the picture, preferably with its extension.
        size (int | Unset): Byte count of the uploaded picture.
    """

    key: str
    name: str
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        name = d["name"]

        size = d.get("size", UNSET)

        link_preview_image = cls(
            key,
            name,
            size,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            link_preview_image.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return link_preview_image

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
