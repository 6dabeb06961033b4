# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.threads`: Comment threads, either hanging off a message or standalone.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.threads` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of
from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_threads_response import ListThreadsResponse
    from ..models.thread import Thread


class ThreadsResource(SyncResource):
    """Comment threads, either hanging off a message or standalone."""

    def create_thread(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Thread:
        """Open a thread on a message

        Creates a comment thread under the message and returns it with 201. The call is idempotent: if the
        message already has a thread, that one is returned. A message that is itself inside a thread gives
        400, a deleted one 404. Scope `threads:create`.
        """

        from ..api.threads import create_thread as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def list_threads(
        self,
        *,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListThreadsResponse:
        """List threads you can see

        Returns threads where the caller belongs to the thread chat or to the chat it started in (unjoined
        public chats do not count), most recently active first, optionally bounded by last-message time.
        Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
        goes up to 50. Scope `threads:read`.
        """

        from ..api.threads import list_threads as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_threads_iter(
        self,
        *,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListThreadsResponse, Thread]:
        """Iterate over every item of `list_threads`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.threads import list_threads as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "limit": limit,
            },
        )

    def create_standalone_thread(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Thread:
        """Create a standalone thread

        Creates a thread that is not attached to any message; no request body is needed. The caller becomes
        its only member, and `message_id` and `message_chat_id` come back as `null`. Scope `threads:create`.
        """

        from ..api.threads import create_standalone_thread as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(endpoint, data_of(endpoint.parse_success), {})

    def get_thread(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Thread:
        """Get a thread

        Fetches one thread: its own chat id and, unless standalone, the message and chat it hangs off.
        Thread ids can exceed 32 bits. Scope `threads:read`.
        """

        from ..api.threads import get_thread as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )


class AsyncThreadsResource(AsyncResource):
    """Comment threads, either hanging off a message or standalone."""

    async def create_thread(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Thread:
        """Open a thread on a message

        Creates a comment thread under the message and returns it with 201. The call is idempotent: if the
        message already has a thread, that one is returned. A message that is itself inside a thread gives
        400, a deleted one 404. Scope `threads:create`.
        """

        from ..api.threads import create_thread as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def list_threads(
        self,
        *,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListThreadsResponse:
        """List threads you can see

        Returns threads where the caller belongs to the thread chat or to the chat it started in (unjoined
        public chats do not count), most recently active first, optionally bounded by last-message time.
        Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
        goes up to 50. Scope `threads:read`.
        """

        from ..api.threads import list_threads as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_threads_iter(
        self,
        *,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListThreadsResponse, Thread]:
        """Iterate over every item of `list_threads`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.threads import list_threads as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "limit": limit,
            },
        )

    async def create_standalone_thread(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Thread:
        """Create a standalone thread

        Creates a thread that is not attached to any message; no request body is needed. The caller becomes
        its only member, and `message_id` and `message_chat_id` come back as `null`. Scope `threads:create`.
        """

        from ..api.threads import create_standalone_thread as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint, data_of(endpoint.parse_success), {}
        )

    async def get_thread(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Thread:
        """Get a thread

        Fetches one thread: its own chat id and, unless standalone, the message and chat it hangs off.
        Thread ids can exceed 32 bits. Scope `threads:read`.
        """

        from ..api.threads import get_thread as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )


class ThreadsResourceWithRawResponse:
    """`pachca.with_raw_response.threads.<method>(...)`: each method of `ThreadsResource`, returning a `RawResponse`."""

    def __init__(self, resource: ThreadsResource) -> None:
        self.create_thread = raw_response(resource.create_thread)
        self.list_threads = raw_response(resource.list_threads)
        self.create_standalone_thread = raw_response(resource.create_standalone_thread)
        self.get_thread = raw_response(resource.get_thread)


class AsyncThreadsResourceWithRawResponse:
    """`await pachca.with_raw_response.threads.<method>(...)`: each method of `AsyncThreadsResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncThreadsResource) -> None:
        self.create_thread = async_raw_response(resource.create_thread)
        self.list_threads = async_raw_response(resource.list_threads)
        self.create_standalone_thread = async_raw_response(resource.create_standalone_thread)
        self.get_thread = async_raw_response(resource.get_thread)
