# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.messages`: Posting, reading, editing, deleting and pinning messages, plus bot-supplied link previews.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.messages` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of, ignore_body
from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource, json_body
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..bodies import LinkPreviewsRequestDict, MessageCreateRequestDict, MessageUpdateRequestDict
    from ..models.link_previews_request import LinkPreviewsRequest
    from ..models.list_chat_messages_response import ListChatMessagesResponse
    from ..models.message import Message
    from ..models.message_create_request import MessageCreateRequest
    from ..models.message_sort_field import MessageSortField
    from ..models.message_update_request import MessageUpdateRequest
    from ..models.sort_order import SortOrder


class MessagesResource(SyncResource):
    """Posting, reading, editing, deleting and pinning messages, plus bot-supplied link previews."""

    def list_chat_messages(
        self,
        *,
        chat_id: int,
        sort: MessageSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListChatMessagesResponse:
        """List messages in a chat

        Returns messages from one conversation, channel, DM or thread chat given by the required `chat_id`,
        newest first by default. Reading is throttled at roughly 10 requests per second per token. Cursor-
        paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
        up to 50. Scope `messages:read`.
        """

        from ..api.messages import list_chat_messages as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "chat_id": chat_id,
                "sort": sort,
                "order": order,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_chat_messages_iter(
        self,
        *,
        chat_id: int,
        sort: MessageSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListChatMessagesResponse, Message]:
        """Iterate over every item of `list_chat_messages`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.messages import list_chat_messages as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "chat_id": chat_id,
                "sort": sort,
                "order": order,
                "limit": limit,
            },
        )

    def create_message(
        self,
        *,
        body: MessageCreateRequest | MessageCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Message:
        """Send a message

        Posts to a chat, a thread or a user's DM depending on `entity_type` (`discussion` by default,
        `thread`, `user`); a DM chat is created on first contact, and with `discussion` any chat id, a
        thread's included, is accepted. Files uploaded via `/uploads`, button rows and `<@user_id>` mentions
        are supported. Writes are throttled to about 4 per second per chat and are not idempotent, so avoid
        blind retries; scope `messages:create`.
        """

        from ..api.messages import create_message as endpoint
        from ..models.message_create_request import MessageCreateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(MessageCreateRequest, body),
            },
        )

    def get_message(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Message:
        """Get a message

        Fetches a message with its files, buttons and thread link. A deleted message still returns 200 with
        `deleted_at` set, which makes this handy for enriching the minimal webhook payloads. Scope
        `messages:read`.
        """

        from ..api.messages import get_message as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def update_message(
        self,
        id: int,
        *,
        body: MessageUpdateRequest | MessageUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Message:
        """Edit a message

        Replaces editable parts of a message or thread comment, such as text, files or buttons (an empty
        `buttons` array drops them), and returns the updated message. Scope `messages:update`.
        """

        from ..api.messages import update_message as endpoint
        from ..models.message_update_request import MessageUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(MessageUpdateRequest, body),
            },
        )

    def delete_message(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a message

        Deletes a message; allowed for its author and for chat admins and editors (both sides of a DM count
        as editors), with no time limit. Returns 204 with an empty body. Scope `messages:delete`.
        """

        from ..api.messages import delete_message as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def unfurl(
        self,
        id: int,
        *,
        body: LinkPreviewsRequest | LinkPreviewsRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Attach link previews to a message

        Lets an Unfurl bot supply previews for URLs in a message, keyed by URL, each with a title,
        description and either an image URL or an uploaded image. Only the first preview is shown and a
        single invalid URL fails the whole call. Bot tokens only; returns 204 with no body; scope
        `link_previews:write`.
        """

        from ..api.messages import unfurl as endpoint
        from ..models.link_previews_request import LinkPreviewsRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "body": json_body(LinkPreviewsRequest, body),
            },
        )

    def pin_message(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Pin a message

        Pins the message in its chat. Returns 204 with an empty body. Pinning one that is already pinned
        fails with 422. Scope `pins:write`.
        """

        from ..api.messages import pin_message as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def unpin_message(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unpin a message

        Takes the message off its chat's pinned list. Returns 204 with an empty body. Scope `pins:write`.
        """

        from ..api.messages import unpin_message as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )


class AsyncMessagesResource(AsyncResource):
    """Posting, reading, editing, deleting and pinning messages, plus bot-supplied link previews."""

    async def list_chat_messages(
        self,
        *,
        chat_id: int,
        sort: MessageSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListChatMessagesResponse:
        """List messages in a chat

        Returns messages from one conversation, channel, DM or thread chat given by the required `chat_id`,
        newest first by default. Reading is throttled at roughly 10 requests per second per token. Cursor-
        paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
        up to 50. Scope `messages:read`.
        """

        from ..api.messages import list_chat_messages as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "chat_id": chat_id,
                "sort": sort,
                "order": order,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_chat_messages_iter(
        self,
        *,
        chat_id: int,
        sort: MessageSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListChatMessagesResponse, Message]:
        """Iterate over every item of `list_chat_messages`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.messages import list_chat_messages as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "chat_id": chat_id,
                "sort": sort,
                "order": order,
                "limit": limit,
            },
        )

    async def create_message(
        self,
        *,
        body: MessageCreateRequest | MessageCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Message:
        """Send a message

        Posts to a chat, a thread or a user's DM depending on `entity_type` (`discussion` by default,
        `thread`, `user`); a DM chat is created on first contact, and with `discussion` any chat id, a
        thread's included, is accepted. Files uploaded via `/uploads`, button rows and `<@user_id>` mentions
        are supported. Writes are throttled to about 4 per second per chat and are not idempotent, so avoid
        blind retries; scope `messages:create`.
        """

        from ..api.messages import create_message as endpoint
        from ..models.message_create_request import MessageCreateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(MessageCreateRequest, body),
            },
        )

    async def get_message(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Message:
        """Get a message

        Fetches a message with its files, buttons and thread link. A deleted message still returns 200 with
        `deleted_at` set, which makes this handy for enriching the minimal webhook payloads. Scope
        `messages:read`.
        """

        from ..api.messages import get_message as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def update_message(
        self,
        id: int,
        *,
        body: MessageUpdateRequest | MessageUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Message:
        """Edit a message

        Replaces editable parts of a message or thread comment, such as text, files or buttons (an empty
        `buttons` array drops them), and returns the updated message. Scope `messages:update`.
        """

        from ..api.messages import update_message as endpoint
        from ..models.message_update_request import MessageUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(MessageUpdateRequest, body),
            },
        )

    async def delete_message(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a message

        Deletes a message; allowed for its author and for chat admins and editors (both sides of a DM count
        as editors), with no time limit. Returns 204 with an empty body. Scope `messages:delete`.
        """

        from ..api.messages import delete_message as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def unfurl(
        self,
        id: int,
        *,
        body: LinkPreviewsRequest | LinkPreviewsRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Attach link previews to a message

        Lets an Unfurl bot supply previews for URLs in a message, keyed by URL, each with a title,
        description and either an image URL or an uploaded image. Only the first preview is shown and a
        single invalid URL fails the whole call. Bot tokens only; returns 204 with no body; scope
        `link_previews:write`.
        """

        from ..api.messages import unfurl as endpoint
        from ..models.link_previews_request import LinkPreviewsRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "body": json_body(LinkPreviewsRequest, body),
            },
        )

    async def pin_message(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Pin a message

        Pins the message in its chat. Returns 204 with an empty body. Pinning one that is already pinned
        fails with 422. Scope `pins:write`.
        """

        from ..api.messages import pin_message as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def unpin_message(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unpin a message

        Takes the message off its chat's pinned list. Returns 204 with an empty body. Scope `pins:write`.
        """

        from ..api.messages import unpin_message as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )


class MessagesResourceWithRawResponse:
    """`pachca.with_raw_response.messages.<method>(...)`: each method of `MessagesResource`, returning a `RawResponse`."""

    def __init__(self, resource: MessagesResource) -> None:
        self.list_chat_messages = raw_response(resource.list_chat_messages)
        self.create_message = raw_response(resource.create_message)
        self.get_message = raw_response(resource.get_message)
        self.update_message = raw_response(resource.update_message)
        self.delete_message = raw_response(resource.delete_message)
        self.unfurl = raw_response(resource.unfurl)
        self.pin_message = raw_response(resource.pin_message)
        self.unpin_message = raw_response(resource.unpin_message)


class AsyncMessagesResourceWithRawResponse:
    """`await pachca.with_raw_response.messages.<method>(...)`: each method of `AsyncMessagesResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.list_chat_messages = async_raw_response(resource.list_chat_messages)
        self.create_message = async_raw_response(resource.create_message)
        self.get_message = async_raw_response(resource.get_message)
        self.update_message = async_raw_response(resource.update_message)
        self.delete_message = async_raw_response(resource.delete_message)
        self.unfurl = async_raw_response(resource.unfurl)
        self.pin_message = async_raw_response(resource.pin_message)
        self.unpin_message = async_raw_response(resource.unpin_message)
