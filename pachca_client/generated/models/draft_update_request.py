# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.draft_update_request_draft import DraftUpdateRequestDraft


T = TypeVar("T", bound="DraftUpdateRequest")

_KNOWN_KEYS = frozenset(
    {
        "draft",
    }
)


@_attrs_define
class DraftUpdateRequest:
    """Body of `PUT /drafts/{id}`: the draft fields to overwrite, wrapped in `draft`. The chat of a draft cannot be
    changed; to move it, create a new draft and delete the old one.

        Attributes:
            draft (DraftUpdateRequestDraft): Fields to replace; those left out are kept.
    """

    draft: DraftUpdateRequestDraft
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        draft = self.draft.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft": draft,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        draft = DraftUpdateRequestDraft.from_dict(d["draft"])

        draft_update_request = cls(
            draft,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            draft_update_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return draft_update_request

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
    global DraftUpdateRequestDraft
    from ..models.draft_update_request_draft import DraftUpdateRequestDraft

    _references_pending = False
