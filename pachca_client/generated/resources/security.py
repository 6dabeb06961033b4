# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.security`: The workspace audit log (Corporation plan only).

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.security` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_event import AuditEvent
    from ..models.audit_event_key import AuditEventKey
    from ..models.get_audit_events_response import GetAuditEventsResponse


class SecurityResource(SyncResource):
    """The workspace audit log (Corporation plan only)."""

    def get_audit_events(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        event_key: AuditEventKey | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetAuditEventsResponse:
        """Query the audit log

        Returns workspace audit records that match the optional filters, newest first; entries are retained
        for about 90 days and both time bounds are inclusive. Only one `event_key` can be given per call,
        and every call is itself recorded as an `audit_events_accessed` entry. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50.
        Corporation plan only (402 otherwise). Scope `audit_events:read`.
        """

        from ..api.security import get_audit_events as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "start_time": start_time,
                "end_time": end_time,
                "event_key": event_key,
                "actor_id": actor_id,
                "actor_type": actor_type,
                "entity_id": entity_id,
                "entity_type": entity_type,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def get_audit_events_iter(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        event_key: AuditEventKey | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[GetAuditEventsResponse, AuditEvent]:
        """Iterate over every item of `get_audit_events`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.security import get_audit_events as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "start_time": start_time,
                "end_time": end_time,
                "event_key": event_key,
                "actor_id": actor_id,
                "actor_type": actor_type,
                "entity_id": entity_id,
                "entity_type": entity_type,
                "limit": limit,
            },
        )


class AsyncSecurityResource(AsyncResource):
    """The workspace audit log (Corporation plan only)."""

    async def get_audit_events(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        event_key: AuditEventKey | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetAuditEventsResponse:
        """Query the audit log

        Returns workspace audit records that match the optional filters, newest first; entries are retained
        for about 90 days and both time bounds are inclusive. Only one `event_key` can be given per call,
        and every call is itself recorded as an `audit_events_accessed` entry. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50.
        Corporation plan only (402 otherwise). Scope `audit_events:read`.
        """

        from ..api.security import get_audit_events as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "start_time": start_time,
                "end_time": end_time,
                "event_key": event_key,
                "actor_id": actor_id,
                "actor_type": actor_type,
                "entity_id": entity_id,
                "entity_type": entity_type,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def get_audit_events_iter(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        event_key: AuditEventKey | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[GetAuditEventsResponse, AuditEvent]:
        """Iterate over every item of `get_audit_events`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.security import get_audit_events as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "start_time": start_time,
                "end_time": end_time,
                "event_key": event_key,
                "actor_id": actor_id,
                "actor_type": actor_type,
                "entity_id": entity_id,
                "entity_type": entity_type,
                "limit": limit,
            },
        )


class SecurityResourceWithRawResponse:
    """`pachca.with_raw_response.security.<method>(...)`: each method of `SecurityResource`, returning a `RawResponse`."""

    def __init__(self, resource: SecurityResource) -> None:
        self.get_audit_events = raw_response(resource.get_audit_events)


class AsyncSecurityResourceWithRawResponse:
    """`await pachca.with_raw_response.security.<method>(...)`: each method of `AsyncSecurityResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncSecurityResource) -> None:
        self.get_audit_events = async_raw_response(resource.get_audit_events)
