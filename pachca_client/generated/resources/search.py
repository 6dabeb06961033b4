# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.search`: Full-text lookup of employees, chats and messages with search-style pagination.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.search` each method returns a `RawResponse` (status, headers,
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
    from ..models.chat import Chat
    from ..models.chat_subtype import ChatSubtype
    from ..models.message import Message
    from ..models.message_search_sort import MessageSearchSort
    from ..models.search_chats_response import SearchChatsResponse
    from ..models.search_messages_response import SearchMessagesResponse
    from ..models.search_sort_order import SearchSortOrder
    from ..models.search_users_response import SearchUsersResponse
    from ..models.sort_order import SortOrder
    from ..models.user import User
    from ..models.user_role import UserRole


class SearchResource(SyncResource):
    """Full-text lookup of employees, chats and messages with search-style pagination."""

    def search_chats(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        active: bool | Unset = UNSET,
        chat_subtype: ChatSubtype | Unset = UNSET,
        personal: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SearchChatsResponse:
        """Search chats by text

        Full-text search over conversations and channels (threads too, via `chat_subtype`), filterable by
        creation time, activity and DM flag. The meta carries only `total` and `next_page`; stop once you
        hold `total` items or get an empty page. Up to 100 results per page; scope `search:chats`.
        """

        from ..api.search import search_chats as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
                "order": order,
                "created_from": created_from,
                "created_to": created_to,
                "active": active,
                "chat_subtype": chat_subtype,
                "personal": personal,
            },
        )

    def search_chats_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        active: bool | Unset = UNSET,
        chat_subtype: ChatSubtype | Unset = UNSET,
        personal: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SearchChatsResponse, Chat]:
        """Iterate over every item of `search_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.search import search_chats as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
                "order": order,
                "created_from": created_from,
                "created_to": created_to,
                "active": active,
                "chat_subtype": chat_subtype,
                "personal": personal,
            },
        )

    def search_messages(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        sort: MessageSearchSort | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        user_ids: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SearchMessagesResponse:
        """Search messages by text

        Full-text search over message text, optionally limited to certain chats and authors (repeated
        `chat_ids[]` / `user_ids[]` keys) and a creation window, sorted by date or relevance. The meta
        carries only `total` and `next_page`. Up to 200 results per page; scope `search:messages`.
        """

        from ..api.search import search_messages as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
                "order": order,
                "sort": sort,
                "created_from": created_from,
                "created_to": created_to,
                "chat_ids": chat_ids,
                "user_ids": user_ids,
                "active": active,
            },
        )

    def search_messages_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        sort: MessageSearchSort | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        user_ids: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SearchMessagesResponse, Message]:
        """Iterate over every item of `search_messages`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.search import search_messages as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
                "order": order,
                "sort": sort,
                "created_from": created_from,
                "created_to": created_to,
                "chat_ids": chat_ids,
                "user_ids": user_ids,
                "active": active,
            },
        )

    def search_users(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        sort: SearchSortOrder | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        company_roles: list[UserRole] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SearchUsersResponse:
        """Search users

        Full-text search for employees across name, email, job title and similar fields, with role and
        creation-date filters. The meta carries only `total` and `next_page`. Up to 200 results per page;
        scope `search:users`.
        """

        from ..api.search import search_users as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
                "sort": sort,
                "order": order,
                "created_from": created_from,
                "created_to": created_to,
                "company_roles": company_roles,
            },
        )

    def search_users_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort: SearchSortOrder | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        company_roles: list[UserRole] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SearchUsersResponse, User]:
        """Iterate over every item of `search_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.search import search_users as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
                "sort": sort,
                "order": order,
                "created_from": created_from,
                "created_to": created_to,
                "company_roles": company_roles,
            },
        )


class AsyncSearchResource(AsyncResource):
    """Full-text lookup of employees, chats and messages with search-style pagination."""

    async def search_chats(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        active: bool | Unset = UNSET,
        chat_subtype: ChatSubtype | Unset = UNSET,
        personal: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SearchChatsResponse:
        """Search chats by text

        Full-text search over conversations and channels (threads too, via `chat_subtype`), filterable by
        creation time, activity and DM flag. The meta carries only `total` and `next_page`; stop once you
        hold `total` items or get an empty page. Up to 100 results per page; scope `search:chats`.
        """

        from ..api.search import search_chats as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
                "order": order,
                "created_from": created_from,
                "created_to": created_to,
                "active": active,
                "chat_subtype": chat_subtype,
                "personal": personal,
            },
        )

    def search_chats_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        active: bool | Unset = UNSET,
        chat_subtype: ChatSubtype | Unset = UNSET,
        personal: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SearchChatsResponse, Chat]:
        """Iterate over every item of `search_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.search import search_chats as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
                "order": order,
                "created_from": created_from,
                "created_to": created_to,
                "active": active,
                "chat_subtype": chat_subtype,
                "personal": personal,
            },
        )

    async def search_messages(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        sort: MessageSearchSort | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        user_ids: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SearchMessagesResponse:
        """Search messages by text

        Full-text search over message text, optionally limited to certain chats and authors (repeated
        `chat_ids[]` / `user_ids[]` keys) and a creation window, sorted by date or relevance. The meta
        carries only `total` and `next_page`. Up to 200 results per page; scope `search:messages`.
        """

        from ..api.search import search_messages as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
                "order": order,
                "sort": sort,
                "created_from": created_from,
                "created_to": created_to,
                "chat_ids": chat_ids,
                "user_ids": user_ids,
                "active": active,
            },
        )

    def search_messages_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        sort: MessageSearchSort | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        user_ids: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SearchMessagesResponse, Message]:
        """Iterate over every item of `search_messages`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.search import search_messages as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
                "order": order,
                "sort": sort,
                "created_from": created_from,
                "created_to": created_to,
                "chat_ids": chat_ids,
                "user_ids": user_ids,
                "active": active,
            },
        )

    async def search_users(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        sort: SearchSortOrder | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        company_roles: list[UserRole] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SearchUsersResponse:
        """Search users

        Full-text search for employees across name, email, job title and similar fields, with role and
        creation-date filters. The meta carries only `total` and `next_page`. Up to 200 results per page;
        scope `search:users`.
        """

        from ..api.search import search_users as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
                "sort": sort,
                "order": order,
                "created_from": created_from,
                "created_to": created_to,
                "company_roles": company_roles,
            },
        )

    def search_users_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort: SearchSortOrder | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        created_from: datetime.datetime | Unset = UNSET,
        created_to: datetime.datetime | Unset = UNSET,
        company_roles: list[UserRole] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SearchUsersResponse, User]:
        """Iterate over every item of `search_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.search import search_users as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
                "sort": sort,
                "order": order,
                "created_from": created_from,
                "created_to": created_to,
                "company_roles": company_roles,
            },
        )


class SearchResourceWithRawResponse:
    """`pachca.with_raw_response.search.<method>(...)`: each method of `SearchResource`, returning a `RawResponse`."""

    def __init__(self, resource: SearchResource) -> None:
        self.search_chats = raw_response(resource.search_chats)
        self.search_messages = raw_response(resource.search_messages)
        self.search_users = raw_response(resource.search_users)


class AsyncSearchResourceWithRawResponse:
    """`await pachca.with_raw_response.search.<method>(...)`: each method of `AsyncSearchResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncSearchResource) -> None:
        self.search_chats = async_raw_response(resource.search_chats)
        self.search_messages = async_raw_response(resource.search_messages)
        self.search_users = async_raw_response(resource.search_users)
