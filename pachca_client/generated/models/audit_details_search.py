# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_details_search_filters import AuditDetailsSearchFilters


T = TypeVar("T", bound="AuditDetailsSearch")

_KNOWN_KEYS = frozenset(
    {
        "search_type",
        "query_present",
        "cursor_present",
        "limit",
        "filters",
    }
)


@_attrs_define
class AuditDetailsSearch:
    """Audit-log `details` for `search_users_api`, `search_chats_api` and `search_messages_api`. Records the shape of an
    API search, never the query text.

        Attributes:
            search_type (str): Which search endpoint was called (users, chats or messages).
            query_present (bool): True if a non-empty query string was sent.
            cursor_present (bool): True if the call asked for a continuation page by sending a cursor.
            limit (int): How many results that call returned.
            filters (AuditDetailsSearchFilters): Filters in effect, keyed by parameter name. Keys depend on the search kind:
                `company_roles` for users, `chat_subtype`/`personal`/`active` for chats, `chat_ids`/`user_ids` for messages,
                plus `sort`, `order` and creation-date bounds.
    """

    search_type: str
    query_present: bool
    cursor_present: bool
    limit: int
    filters: AuditDetailsSearchFilters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        search_type = self.search_type

        query_present = self.query_present

        cursor_present = self.cursor_present

        limit = self.limit

        filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search_type": search_type,
                "query_present": query_present,
                "cursor_present": cursor_present,
                "limit": limit,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        search_type = d["search_type"]

        query_present = d["query_present"]

        cursor_present = d["cursor_present"]

        limit = d["limit"]

        filters = AuditDetailsSearchFilters.from_dict(d["filters"])

        audit_details_search = cls(
            search_type,
            query_present,
            cursor_present,
            limit,
            filters,
        )

        if len(d) != 5 and not d.keys() <= _KNOWN_KEYS:
            audit_details_search.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_search

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
    global AuditDetailsSearchFilters
    from ..models.audit_details_search_filters import AuditDetailsSearchFilters

    _references_pending = False
