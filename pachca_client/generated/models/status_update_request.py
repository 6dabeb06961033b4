# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.status_update_request_status import StatusUpdateRequestStatus


T = TypeVar("T", bound="StatusUpdateRequest")


@_attrs_define
class StatusUpdateRequest:
    """Body for setting the caller's own or another user's status, wrapped in `status`.

    Attributes:
        status (StatusUpdateRequestStatus): Status fields to set.
    """

    status: StatusUpdateRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_update_request_status import StatusUpdateRequestStatus  # noqa: PLC0415

        d = dict(src_dict)
        status = StatusUpdateRequestStatus.from_dict(d.pop("status"))

        status_update_request = cls(
            status=status,
        )

        status_update_request.additional_properties = d
        return status_update_request

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
