# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submit_view_response_request_errors import SubmitViewResponseRequestErrors


T = TypeVar("T", bound="SubmitViewResponseRequest")

_KNOWN_KEYS = frozenset(
    {
        "submit_id",
        "errors",
    }
)


@_attrs_define
class SubmitViewResponseRequest:
    """Body of `POST /views/{view_id}/submit_response`, how a bot without an outgoing webhook URL answers a form submission
    it read from the event history. Without `errors` the form closes as accepted; with it, each message appears under
    its field. Only the first answer within 5 s counts.

        Attributes:
            submit_id (str): The `submit_id` of the `view_submit` event being answered.
            errors (SubmitViewResponseRequestErrors | Unset): Messages to show under fields, keyed by block `name`; leave it
                out to accept the submission and close the form.
    """

    submit_id: str
    errors: SubmitViewResponseRequestErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        submit_id = self.submit_id

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submit_id": submit_id,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        submit_id = d["submit_id"]

        _errors = d.get("errors", UNSET)
        errors: SubmitViewResponseRequestErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = SubmitViewResponseRequestErrors.from_dict(_errors)

        submit_view_response_request = cls(
            submit_id,
            errors,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            submit_view_response_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return submit_view_response_request

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
    global SubmitViewResponseRequestErrors
    from ..models.submit_view_response_request_errors import SubmitViewResponseRequestErrors

    _references_pending = False
