# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_error_item import ApiErrorItem


T = TypeVar("T", bound="ApiError")

_KNOWN_KEYS = frozenset(
    {
        "errors",
    }
)


@_attrs_define
class ApiError:
    """Standard error body for 400, 402, 403, 404, 409, 410 and 422 responses: a list of problems, each tied to the
    offending input where possible.

        Attributes:
            errors (list[ApiErrorItem]): One entry per problem detected; usually there is just one.
    """

    errors: list[ApiErrorItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        errors = [ApiErrorItem.from_dict(errors_item_data) for errors_item_data in d["errors"]]

        api_error = cls(
            errors,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            api_error.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return api_error

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


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global ApiErrorItem
    from ..models.api_error_item import ApiErrorItem

    _references_pending = False
