# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.draft import Draft


T = TypeVar("T", bound="GetDraftResponse")

_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)


@_attrs_define
class GetDraftResponse:
    """Envelope with the resulting object under `data`.

    Attributes:
        data (Draft): An unsent message of the token owner, returned by the `/drafts` endpoints: either a plain draft
            waiting in a chat's input box, or a scheduled message that Pachca posts by itself, once or repeatedly.
    """

    data: Draft
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        data = Draft.from_dict(d["data"])

        get_draft_response = cls(
            data,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            get_draft_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return get_draft_response

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
    global Draft
    from ..models.draft import Draft

    _references_pending = False
