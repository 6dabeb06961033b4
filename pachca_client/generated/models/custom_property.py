# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_property_data_type import CustomPropertyDataType

T = TypeVar("T", bound="CustomProperty")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "data_type",
        "value",
    }
)


@_attrs_define
class CustomProperty:
    """A workspace-defined extra field together with its value, attached to a user or a task.

    Attributes:
        id (int): Id of the property definition, as listed by `GET /custom_properties`.
        name (str): Label of the property, as configured by administrators.
        data_type (CustomPropertyDataType): Type of a custom property's value: `string` (free text), `number`, `date` or
            `link` (a URL). On the wire every value is a string.
        value (None | str): The value as a string whatever `data_type` says (numbers arrive as strings too); null when
            not filled in.
    """

    id: int
    name: str
    data_type: CustomPropertyDataType
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        data_type = self.data_type.value

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "data_type": data_type,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        data_type = CustomPropertyDataType._from_value(d["data_type"])

        value = d["value"]

        custom_property = cls(
            id,
            name,
            data_type,
            value,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            custom_property.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return custom_property

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
