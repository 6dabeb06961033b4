# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.chats`: Conversations and channels: listing (also company-wide), creating, renaming, archiving, avatars, unread marks and exporting their history.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.chats` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
Handwritten methods come from `pachca_client._downloads` (declared in scripts/facade.py).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of, data_or_none, ignore_body, redirect_location
from ..._downloads import AsyncExportDownloads, ExportDownloads
from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource, as_form, json_body
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..bodies import (
        ChatCreateRequestDict,
        ChatUpdateRequestDict,
        ExportRequestDict,
        MarkChatUnreadRequestDict,
        UpdateChatAvatarBodyDict,
    )
    from ..models.avatar_data import AvatarData
    from ..models.chat import Chat
    from ..models.chat_activity import ChatActivity
    from ..models.chat_availability import ChatAvailability
    from ..models.chat_create_request import ChatCreateRequest
    from ..models.chat_export import ChatExport
    from ..models.chat_sort_field import ChatSortField
    from ..models.chat_update_request import ChatUpdateRequest
    from ..models.create_chat_response import CreateChatResponse
    from ..models.export_request import ExportRequest
    from ..models.list_chats_response import ListChatsResponse
    from ..models.list_company_chats_response import ListCompanyChatsResponse
    from ..models.mark_chat_unread_request import MarkChatUnreadRequest
    from ..models.sort_order import SortOrder
    from ..models.update_chat_avatar_body import UpdateChatAvatarBody


class ChatsResource(ExportDownloads, SyncResource):
    """Conversations and channels: listing (also company-wide), creating, renaming, archiving, avatars, unread marks and exporting their history."""

    def list_chats(
        self,
        *,
        sort: ChatSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        availability: ChatAvailability | Unset = UNSET,
        archived: bool | Unset = UNSET,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        personal: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListChatsResponse:
        """List chats

        Returns chats visible to the caller, filtered by availability (member of vs. all public), DM vs.
        group, archive state and last-message time, and ordered by `sort`/`order` (id descending unless told
        otherwise). Archived chats are left out unless `archived=true`. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `chats:read`.
        """

        from ..api.chats import list_chats as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "sort": sort,
                "order": order,
                "availability": availability,
                "archived": archived,
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "personal": personal,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_chats_iter(
        self,
        *,
        sort: ChatSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        availability: ChatAvailability | Unset = UNSET,
        archived: bool | Unset = UNSET,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        personal: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListChatsResponse, Chat]:
        """Iterate over every item of `list_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.chats import list_chats as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "sort": sort,
                "order": order,
                "availability": availability,
                "archived": archived,
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "personal": personal,
                "limit": limit,
            },
        )

    def create_chat(
        self,
        *,
        body: ChatCreateRequest | ChatCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateChatResponse:
        """Create a chat

        Creates a group conversation or channel from the `chat` body object; the caller is made a member
        automatically and the new chat is returned with 201. One-to-one DMs are not created here: post a
        message with `entity_type: user` instead. Scope `chats:create`.
        """

        from ..api.chats import create_chat as endpoint
        from ..models.chat_create_request import ChatCreateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "body": json_body(ChatCreateRequest, body),
            },
        )

    def request_export(
        self,
        *,
        body: ExportRequest | ExportRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ChatExport | None:
        """Request a message export

        Starts an asynchronous export of messages between two dates. Sent with `Prefer:
        return=representation` (as this client does), it answers 202 with the export record and its id;
        without the header, 204 with no body. When the archive is ready, Pachca POSTs a notice with
        `export_id` to the `webhook_url` you supplied. A request may span 45 days (366 when `chat_ids` is
        set) and up to 50 chats, one export at a time; Corporation plan, owner-only scope
        `chat_exports:write`.
        """

        from ..api.chats import request_export as endpoint
        from ..models.export_request import ExportRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_or_none(endpoint.parse_success),
            {
                "body": json_body(ExportRequest, body),
                "prefer": "return=representation",
            },
        )

    def download_export(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Download an export archive

        Answers 302 with a `Location` header that points to a short-lived link for the zip archive; most
        HTTP clients follow it transparently. A 404 means the id is unknown or the export has not finished
        yet. Corporation plan, owner-only scope `chat_exports:read`.
        """

        from ..api.chats import download_export as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            redirect_location,
            {
                "id": id,
            },
        )

    def get_chat(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Chat:
        """Get a chat

        Fetches one chat by id. A chat that exists but is closed to the caller yields 403 rather than 404.
        Scope `chats:read`.
        """

        from ..api.chats import get_chat as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def update_chat(
        self,
        id: int,
        *,
        body: ChatUpdateRequest | ChatUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Chat:
        """Update a chat

        Changes the chat's name and/or public flag, sent inside the `chat` body object, and returns the
        updated chat. Scope `chats:update`.
        """

        from ..api.chats import update_chat as endpoint
        from ..models.chat_update_request import ChatUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(ChatUpdateRequest, body),
            },
        )

    def archive_chat(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Archive a chat

        Moves the chat into the archive. Returns 204 with an empty body. Scope `chats:archive`.
        """

        from ..api.chats import archive_chat as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def update_chat_avatar(
        self,
        id: int,
        *,
        body: UpdateChatAvatarBody | UpdateChatAvatarBodyDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvatarData:
        """Set a chat's avatar

        Replaces the chat's picture with an image sent as the `image` part of a `multipart/form-data` body
        and returns the new `image_url`. This call is known only from Pachca's SDK, so the PUT method and
        the `chats:update` scope are assumed by analogy with the employee avatar calls rather than
        documented.
        """

        from ..api.chats import update_chat_avatar as endpoint
        from ..models.update_chat_avatar_body import UpdateChatAvatarBody

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": as_form(UpdateChatAvatarBody, body),
            },
        )

    def delete_chat_avatar(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a chat's avatar

        Clears the chat's picture. Returns 204 with an empty body. Known only from Pachca's SDK, so the
        `chats:update` scope is an assumption rather than a documented requirement.
        """

        from ..api.chats import delete_chat_avatar as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def unarchive_chat(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Restore an archived chat

        Brings an archived chat back to the active list. Returns 204 with an empty body. Scope
        `chats:archive`.
        """

        from ..api.chats import unarchive_chat as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def mark_chat_unread(
        self,
        id: int,
        *,
        body: MarkChatUnreadRequest | Unset | MarkChatUnreadRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Flag a chat as unread for yourself

        Makes the chat show up as unread for the token's owner only, as the app's own menu action does;
        other members notice nothing and a hidden DM reappears in the list. With no body the latest message
        turns unread, with `message_id` that message and all later ones; repeating the call or targeting an
        empty chat changes nothing. Works in conversations, channels, DMs and threads the caller belongs to
        (other chats, or a message from another chat, give 404) and returns 204 with an empty body; scope
        `chats:mark_unread`.
        """

        from ..api.chats import mark_chat_unread as endpoint
        from ..models.mark_chat_unread_request import MarkChatUnreadRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "body": json_body(MarkChatUnreadRequest, body),
            },
        )

    def list_company_chats(
        self,
        *,
        activity: ChatActivity | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListCompanyChatsResponse:
        """List every group chat and channel in the workspace

        Returns all conversations and channels of the workspace, closed ones the caller is not in included,
        but no DMs or threads; active and archived chats both come back unless `activity` picks one. Each
        call is written to the audit log as `company_chats_accessed`; Corporation plan, owner-only scope
        `company_chats:read`. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until
        `has_next` is false; `limit` goes up to 50.
        """

        from ..api.chats import list_company_chats as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "activity": activity,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_company_chats_iter(
        self,
        *,
        activity: ChatActivity | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListCompanyChatsResponse, Chat]:
        """Iterate over every item of `list_company_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.chats import list_company_chats as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "activity": activity,
                "limit": limit,
            },
        )


class AsyncChatsResource(AsyncExportDownloads, AsyncResource):
    """Conversations and channels: listing (also company-wide), creating, renaming, archiving, avatars, unread marks and exporting their history."""

    async def list_chats(
        self,
        *,
        sort: ChatSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        availability: ChatAvailability | Unset = UNSET,
        archived: bool | Unset = UNSET,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        personal: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListChatsResponse:
        """List chats

        Returns chats visible to the caller, filtered by availability (member of vs. all public), DM vs.
        group, archive state and last-message time, and ordered by `sort`/`order` (id descending unless told
        otherwise). Archived chats are left out unless `archived=true`. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `chats:read`.
        """

        from ..api.chats import list_chats as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "sort": sort,
                "order": order,
                "availability": availability,
                "archived": archived,
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "personal": personal,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_chats_iter(
        self,
        *,
        sort: ChatSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        availability: ChatAvailability | Unset = UNSET,
        archived: bool | Unset = UNSET,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        personal: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListChatsResponse, Chat]:
        """Iterate over every item of `list_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.chats import list_chats as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "sort": sort,
                "order": order,
                "availability": availability,
                "archived": archived,
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "personal": personal,
                "limit": limit,
            },
        )

    async def create_chat(
        self,
        *,
        body: ChatCreateRequest | ChatCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateChatResponse:
        """Create a chat

        Creates a group conversation or channel from the `chat` body object; the caller is made a member
        automatically and the new chat is returned with 201. One-to-one DMs are not created here: post a
        message with `entity_type: user` instead. Scope `chats:create`.
        """

        from ..api.chats import create_chat as endpoint
        from ..models.chat_create_request import ChatCreateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "body": json_body(ChatCreateRequest, body),
            },
        )

    async def request_export(
        self,
        *,
        body: ExportRequest | ExportRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ChatExport | None:
        """Request a message export

        Starts an asynchronous export of messages between two dates. Sent with `Prefer:
        return=representation` (as this client does), it answers 202 with the export record and its id;
        without the header, 204 with no body. When the archive is ready, Pachca POSTs a notice with
        `export_id` to the `webhook_url` you supplied. A request may span 45 days (366 when `chat_ids` is
        set) and up to 50 chats, one export at a time; Corporation plan, owner-only scope
        `chat_exports:write`.
        """

        from ..api.chats import request_export as endpoint
        from ..models.export_request import ExportRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_or_none(endpoint.parse_success),
            {
                "body": json_body(ExportRequest, body),
                "prefer": "return=representation",
            },
        )

    async def download_export(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Download an export archive

        Answers 302 with a `Location` header that points to a short-lived link for the zip archive; most
        HTTP clients follow it transparently. A 404 means the id is unknown or the export has not finished
        yet. Corporation plan, owner-only scope `chat_exports:read`.
        """

        from ..api.chats import download_export as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            redirect_location,
            {
                "id": id,
            },
        )

    async def get_chat(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Chat:
        """Get a chat

        Fetches one chat by id. A chat that exists but is closed to the caller yields 403 rather than 404.
        Scope `chats:read`.
        """

        from ..api.chats import get_chat as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def update_chat(
        self,
        id: int,
        *,
        body: ChatUpdateRequest | ChatUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Chat:
        """Update a chat

        Changes the chat's name and/or public flag, sent inside the `chat` body object, and returns the
        updated chat. Scope `chats:update`.
        """

        from ..api.chats import update_chat as endpoint
        from ..models.chat_update_request import ChatUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(ChatUpdateRequest, body),
            },
        )

    async def archive_chat(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Archive a chat

        Moves the chat into the archive. Returns 204 with an empty body. Scope `chats:archive`.
        """

        from ..api.chats import archive_chat as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def update_chat_avatar(
        self,
        id: int,
        *,
        body: UpdateChatAvatarBody | UpdateChatAvatarBodyDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvatarData:
        """Set a chat's avatar

        Replaces the chat's picture with an image sent as the `image` part of a `multipart/form-data` body
        and returns the new `image_url`. This call is known only from Pachca's SDK, so the PUT method and
        the `chats:update` scope are assumed by analogy with the employee avatar calls rather than
        documented.
        """

        from ..api.chats import update_chat_avatar as endpoint
        from ..models.update_chat_avatar_body import UpdateChatAvatarBody

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": as_form(UpdateChatAvatarBody, body),
            },
        )

    async def delete_chat_avatar(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a chat's avatar

        Clears the chat's picture. Returns 204 with an empty body. Known only from Pachca's SDK, so the
        `chats:update` scope is an assumption rather than a documented requirement.
        """

        from ..api.chats import delete_chat_avatar as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def unarchive_chat(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Restore an archived chat

        Brings an archived chat back to the active list. Returns 204 with an empty body. Scope
        `chats:archive`.
        """

        from ..api.chats import unarchive_chat as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def mark_chat_unread(
        self,
        id: int,
        *,
        body: MarkChatUnreadRequest | Unset | MarkChatUnreadRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Flag a chat as unread for yourself

        Makes the chat show up as unread for the token's owner only, as the app's own menu action does;
        other members notice nothing and a hidden DM reappears in the list. With no body the latest message
        turns unread, with `message_id` that message and all later ones; repeating the call or targeting an
        empty chat changes nothing. Works in conversations, channels, DMs and threads the caller belongs to
        (other chats, or a message from another chat, give 404) and returns 204 with an empty body; scope
        `chats:mark_unread`.
        """

        from ..api.chats import mark_chat_unread as endpoint
        from ..models.mark_chat_unread_request import MarkChatUnreadRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "body": json_body(MarkChatUnreadRequest, body),
            },
        )

    async def list_company_chats(
        self,
        *,
        activity: ChatActivity | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListCompanyChatsResponse:
        """List every group chat and channel in the workspace

        Returns all conversations and channels of the workspace, closed ones the caller is not in included,
        but no DMs or threads; active and archived chats both come back unless `activity` picks one. Each
        call is written to the audit log as `company_chats_accessed`; Corporation plan, owner-only scope
        `company_chats:read`. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until
        `has_next` is false; `limit` goes up to 50.
        """

        from ..api.chats import list_company_chats as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "activity": activity,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_company_chats_iter(
        self,
        *,
        activity: ChatActivity | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListCompanyChatsResponse, Chat]:
        """Iterate over every item of `list_company_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.chats import list_company_chats as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "activity": activity,
                "limit": limit,
            },
        )


class ChatsResourceWithRawResponse:
    """`pachca.with_raw_response.chats.<method>(...)`: each method of `ChatsResource`, returning a `RawResponse`."""

    def __init__(self, resource: ChatsResource) -> None:
        self.list_chats = raw_response(resource.list_chats)
        self.create_chat = raw_response(resource.create_chat)
        self.request_export = raw_response(resource.request_export)
        self.download_export = raw_response(resource.download_export)
        self.get_chat = raw_response(resource.get_chat)
        self.update_chat = raw_response(resource.update_chat)
        self.archive_chat = raw_response(resource.archive_chat)
        self.update_chat_avatar = raw_response(resource.update_chat_avatar)
        self.delete_chat_avatar = raw_response(resource.delete_chat_avatar)
        self.unarchive_chat = raw_response(resource.unarchive_chat)
        self.mark_chat_unread = raw_response(resource.mark_chat_unread)
        self.list_company_chats = raw_response(resource.list_company_chats)


class AsyncChatsResourceWithRawResponse:
    """`await pachca.with_raw_response.chats.<method>(...)`: each method of `AsyncChatsResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncChatsResource) -> None:
        self.list_chats = async_raw_response(resource.list_chats)
        self.create_chat = async_raw_response(resource.create_chat)
        self.request_export = async_raw_response(resource.request_export)
        self.download_export = async_raw_response(resource.download_export)
        self.get_chat = async_raw_response(resource.get_chat)
        self.update_chat = async_raw_response(resource.update_chat)
        self.archive_chat = async_raw_response(resource.archive_chat)
        self.update_chat_avatar = async_raw_response(resource.update_chat_avatar)
        self.delete_chat_avatar = async_raw_response(resource.delete_chat_avatar)
        self.unarchive_chat = async_raw_response(resource.unarchive_chat)
        self.mark_chat_unread = async_raw_response(resource.mark_chat_unread)
        self.list_company_chats = async_raw_response(resource.list_company_chats)
