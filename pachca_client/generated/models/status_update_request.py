# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.status_update_request_status import StatusUpdateRequestStatus


T = TypeVar("T", bound="StatusUpdateRequest")

_KNOWN_KEYS = frozenset(
    {
        "status",
    }
)


@_attrs_define
class StatusUpdateRequest:
    """Body for setting the caller's own or another user's status, wrapped in `status`.

    Attributes:
        status (StatusUpdateRequestStatus): Status fields to set.
    """

    status: StatusUpdateRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
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
        if _references_pending:
            _import_references()
        d = src_dict
        status = StatusUpdateRequestStatus.from_dict(d["status"])

        status_update_request = cls(
            status,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            status_update_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global StatusUpdateRequestStatus
    from ..models.status_update_request_status import StatusUpdateRequestStatus

    _references_pending = False
