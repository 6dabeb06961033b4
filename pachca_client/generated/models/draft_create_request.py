# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.draft_create_request_draft import DraftCreateRequestDraft


T = TypeVar("T", bound="DraftCreateRequest")

_KNOWN_KEYS = frozenset(
    {
        "draft",
    }
)


@_attrs_define
class DraftCreateRequest:
    """Body of `POST /drafts`: the new draft, wrapped in `draft`. Adding `schedule` makes it a scheduled message. A chat
    holds at most one plain draft (a second one gets 409 `already_exists` with the existing id in `payload.draft_id`)
    and at most 50 scheduled messages.

        Attributes:
            draft (DraftCreateRequestDraft): The draft to store; it needs text, attachments or both.
    """

    draft: DraftCreateRequestDraft
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
        draft = DraftCreateRequestDraft.from_dict(d["draft"])

        draft_create_request = cls(
            draft,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            draft_create_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return draft_create_request

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
    global DraftCreateRequestDraft
    from ..models.draft_create_request_draft import DraftCreateRequestDraft

    _references_pending = False
