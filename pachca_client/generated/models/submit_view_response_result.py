# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubmitViewResponseResult")

_KNOWN_KEYS = frozenset(
    {
        "success",
    }
)


@_attrs_define
class SubmitViewResponseResult:
    """Reply of `POST /views/{view_id}/submit_response`.

    Attributes:
        success (bool): True once the answer has been taken.
    """

    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        success = d["success"]

        submit_view_response_result = cls(
            success,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            submit_view_response_result.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return submit_view_response_result

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
