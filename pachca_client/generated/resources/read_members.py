# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.read_members`: Read receipts showing which users have seen a given message.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.read_members` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_read_members_response import ListReadMembersResponse


class ReadMembersResource(SyncResource):
    """Read receipts showing which users have seen a given message."""

    def list_read_members(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListReadMembersResponse:
        """List who has read a message

        Returns ids of users who have seen the message; `data` is a plain array of integers, not user
        objects. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is
        false; `limit` goes up to 300. Scope `messages:read`.
        """

        from ..api.read_members import list_read_members as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_read_members_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListReadMembersResponse, int]:
        """Iterate over every item of `list_read_members`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.read_members import list_read_members as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )


class AsyncReadMembersResource(AsyncResource):
    """Read receipts showing which users have seen a given message."""

    async def list_read_members(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListReadMembersResponse:
        """List who has read a message

        Returns ids of users who have seen the message; `data` is a plain array of integers, not user
        objects. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is
        false; `limit` goes up to 300. Scope `messages:read`.
        """

        from ..api.read_members import list_read_members as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_read_members_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListReadMembersResponse, int]:
        """Iterate over every item of `list_read_members`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.read_members import list_read_members as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )


class ReadMembersResourceWithRawResponse:
    """`pachca.with_raw_response.read_members.<method>(...)`: each method of `ReadMembersResource`, returning a `RawResponse`."""

    def __init__(self, resource: ReadMembersResource) -> None:
        self.list_read_members = raw_response(resource.list_read_members)


class AsyncReadMembersResourceWithRawResponse:
    """`await pachca.with_raw_response.read_members.<method>(...)`: each method of `AsyncReadMembersResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncReadMembersResource) -> None:
        self.list_read_members = async_raw_response(resource.list_read_members)
