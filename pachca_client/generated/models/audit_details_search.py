# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.audit_details_search_filters import AuditDetailsSearchFilters
    from ..models.audit_details_search_filters import _from_dict as _AuditDetailsSearchFilters_from_dict


T = TypeVar("T", bound="AuditDetailsSearch")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "search_type",
        "query_present",
        "cursor_present",
        "limit",
        "filters",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "search_type": "string",
    "query_present": "boolean",
    "cursor_present": "boolean",
    "limit": "integer",
    "filters": "object (AuditDetailsSearchFilters)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("search_type", "query_present", "cursor_present", "limit", "filters")


@_attrs_define(repr=False)
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
    # Unknown keys: None until there are some (most objects have none, and an empty dict per object
    # costs time and memory); `additional_properties` makes the dict on first use. None and {} compare equal.
    _additional_properties: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=_v.extras_key)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that openapi.yaml does not declare, with their values."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"search_type={self.search_type!r}, "
            f"query_present={self.query_present!r}, "
            f"cursor_present={self.cursor_present!r}, "
            f"limit={self.limit!r}, "
            f"filters={self.filters!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        search_type = self.search_type

        query_present = self.query_present

        cursor_present = self.cursor_present

        limit = self.limit

        filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditDetailsSearch` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _from_dict(cls, src_dict, strict)

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


def _from_dict(cls: type[T], src_dict: Mapping[str, Any], strict: bool) -> T:
    """`AuditDetailsSearch.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditDetailsSearch", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        search_type, query_present, cursor_present, limit, filters = _read_required(_d)
        if type(search_type) is not str:
            search_type = _v.string(search_type, "search_type", strict)

        if type(query_present) is not bool:
            query_present = _v.boolean(query_present, "query_present", strict)

        if type(cursor_present) is not bool:
            cursor_present = _v.boolean(cursor_present, "cursor_present", strict)

        if type(limit) is not int:
            limit = _v.integer(limit, "limit", strict)

        try:
            filters = _AuditDetailsSearchFilters_from_dict(AuditDetailsSearchFilters, filters, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("filters") from None

        _n = 5
        _result: T = _new(cls)
        _result.search_type = search_type
        _result.query_present = query_present
        _result.cursor_present = cursor_present
        _result.limit = limit
        _result.filters = filters
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("AuditDetailsSearch", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("AuditDetailsSearch", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global AuditDetailsSearchFilters, _AuditDetailsSearchFilters_from_dict
    from ..models.audit_details_search_filters import AuditDetailsSearchFilters
    from ..models.audit_details_search_filters import _from_dict as _AuditDetailsSearchFilters_from_dict

    _references_pending = False
