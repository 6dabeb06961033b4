# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AvatarData")

_KNOWN_KEYS = frozenset(
    {
        "image_url",
    }
)


@_attrs_define
class AvatarData:
    """Response of the avatar upload calls (`{"data": {"image_url"}}`): where the newly stored picture can be fetched.

    Attributes:
        image_url (str): URL of the avatar image just uploaded.
    """

    image_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        image_url = d["image_url"]

        avatar_data = cls(
            image_url,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            avatar_data.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return avatar_data

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
