# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_property_data_type import CustomPropertyDataType

T = TypeVar("T", bound="CustomPropertyDefinition")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "data_type",
    }
)


@_attrs_define
class CustomPropertyDefinition:
    """A custom property that users or tasks may carry, as listed by `GET /custom_properties`; it describes the field, not
    a value.

        Attributes:
            id (int): Id to reference when setting this property on a user or task.
            name (str): Label of the property.
            data_type (CustomPropertyDataType): Type of a custom property's value: `string` (free text), `number`, `date` or
                `link` (a URL). On the wire every value is a string.
    """

    id: int
    name: str
    data_type: CustomPropertyDataType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        data_type = self.data_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "data_type": data_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        data_type = CustomPropertyDataType._from_value(d["data_type"])

        custom_property_definition = cls(
            id,
            name,
            data_type,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            custom_property_definition.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return custom_property_definition

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
