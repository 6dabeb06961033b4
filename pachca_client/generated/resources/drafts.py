# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.drafts`: Messages written but not sent yet: saved drafts and scheduled sends, once or on a repeating calendar.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.drafts` each method returns a `RawResponse` (status, headers,
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
    from ..bodies import DraftCreateRequestDict, DraftUpdateRequestDict
    from ..models.draft import Draft
    from ..models.draft_create_request import DraftCreateRequest
    from ..models.draft_type import DraftType
    from ..models.draft_update_request import DraftUpdateRequest
    from ..models.list_drafts_response import ListDraftsResponse
    from ..models.message_entity_type import MessageEntityType


class DraftsResource(SyncResource):
    """Messages written but not sent yet: saved drafts and scheduled sends, once or on a repeating calendar."""

    def list_drafts(
        self,
        *,
        type_: DraftType | Unset = UNSET,
        entity_type: MessageEntityType | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDraftsResponse:
        """List your drafts and scheduled messages

        Returns the caller's own drafts, newest first; only plain drafts come back unless `type` asks for
        `scheduled` messages or `all`, and a non-null `schedule` marks a scheduled one. Giving `entity_type`
        together with `entity_id` narrows the list to one chat, thread or DM, and a target that is unknown
        or out of reach just yields an empty list. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50; scope `drafts:read`.
        """

        from ..api.drafts import list_drafts as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "type_": type_,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_drafts_iter(
        self,
        *,
        type_: DraftType | Unset = UNSET,
        entity_type: MessageEntityType | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListDraftsResponse, Draft]:
        """Iterate over every item of `list_drafts`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.drafts import list_drafts as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "type_": type_,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "limit": limit,
            },
        )

    def create_draft(
        self,
        *,
        body: DraftCreateRequest | DraftCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Draft:
        """Save a draft or schedule a message for later sending

        Puts a draft into a conversation, thread or DM (a missing DM is opened), where it waits in the
        caller's message box; with `schedule` it becomes a scheduled message that Pachca sends by itself,
        once or on a repeating pattern, while without it nothing is ever sent. Drafts are visible to their
        author only, need text or files, and a chat holds one plain draft (a second gives 409 with the
        existing id in `payload.draft_id`) and at most 50 scheduled messages. Bot tokens cannot call it; the
        reply is 201 with the draft, and the scope is `drafts:write`.
        """

        from ..api.drafts import create_draft as endpoint
        from ..models.draft_create_request import DraftCreateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(DraftCreateRequest, body),
            },
        )

    def get_draft(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Draft:
        """Fetch one of your drafts

        Fetches one of the caller's drafts or scheduled messages by id, with its files and, for a scheduled
        one, the schedule and next send time. Scope `drafts:read`.
        """

        from ..api.drafts import get_draft as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def update_draft(
        self,
        id: int,
        *,
        body: DraftUpdateRequest | DraftUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Draft:
        """Change the text, files or schedule of a draft

        Changes only the fields sent in the `draft` body object (text, reply target, files, schedule) and
        returns the result; a `files` array replaces the whole attachment list, and the target chat cannot
        be changed. Adding `schedule` turns a plain draft into a scheduled message, but not the other way
        round (`schedule: null` on a scheduled one gives 422). Needs write access to the chat, else 403;
        scope `drafts:write`.
        """

        from ..api.drafts import update_draft as endpoint
        from ..models.draft_update_request import DraftUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(DraftUpdateRequest, body),
            },
        )

    def delete_draft(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a draft, cancelling it if it is scheduled

        Deletes the draft, which for a scheduled message also cancels every future send; it works even after
        the caller has lost access to the chat. Returns 204 with an empty body. Scope `drafts:write`.
        """

        from ..api.drafts import delete_draft as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )


class AsyncDraftsResource(AsyncResource):
    """Messages written but not sent yet: saved drafts and scheduled sends, once or on a repeating calendar."""

    async def list_drafts(
        self,
        *,
        type_: DraftType | Unset = UNSET,
        entity_type: MessageEntityType | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDraftsResponse:
        """List your drafts and scheduled messages

        Returns the caller's own drafts, newest first; only plain drafts come back unless `type` asks for
        `scheduled` messages or `all`, and a non-null `schedule` marks a scheduled one. Giving `entity_type`
        together with `entity_id` narrows the list to one chat, thread or DM, and a target that is unknown
        or out of reach just yields an empty list. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50; scope `drafts:read`.
        """

        from ..api.drafts import list_drafts as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "type_": type_,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_drafts_iter(
        self,
        *,
        type_: DraftType | Unset = UNSET,
        entity_type: MessageEntityType | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListDraftsResponse, Draft]:
        """Iterate over every item of `list_drafts`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.drafts import list_drafts as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "type_": type_,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "limit": limit,
            },
        )

    async def create_draft(
        self,
        *,
        body: DraftCreateRequest | DraftCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Draft:
        """Save a draft or schedule a message for later sending

        Puts a draft into a conversation, thread or DM (a missing DM is opened), where it waits in the
        caller's message box; with `schedule` it becomes a scheduled message that Pachca sends by itself,
        once or on a repeating pattern, while without it nothing is ever sent. Drafts are visible to their
        author only, need text or files, and a chat holds one plain draft (a second gives 409 with the
        existing id in `payload.draft_id`) and at most 50 scheduled messages. Bot tokens cannot call it; the
        reply is 201 with the draft, and the scope is `drafts:write`.
        """

        from ..api.drafts import create_draft as endpoint
        from ..models.draft_create_request import DraftCreateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(DraftCreateRequest, body),
            },
        )

    async def get_draft(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Draft:
        """Fetch one of your drafts

        Fetches one of the caller's drafts or scheduled messages by id, with its files and, for a scheduled
        one, the schedule and next send time. Scope `drafts:read`.
        """

        from ..api.drafts import get_draft as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def update_draft(
        self,
        id: int,
        *,
        body: DraftUpdateRequest | DraftUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Draft:
        """Change the text, files or schedule of a draft

        Changes only the fields sent in the `draft` body object (text, reply target, files, schedule) and
        returns the result; a `files` array replaces the whole attachment list, and the target chat cannot
        be changed. Adding `schedule` turns a plain draft into a scheduled message, but not the other way
        round (`schedule: null` on a scheduled one gives 422). Needs write access to the chat, else 403;
        scope `drafts:write`.
        """

        from ..api.drafts import update_draft as endpoint
        from ..models.draft_update_request import DraftUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(DraftUpdateRequest, body),
            },
        )

    async def delete_draft(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a draft, cancelling it if it is scheduled

        Deletes the draft, which for a scheduled message also cancels every future send; it works even after
        the caller has lost access to the chat. Returns 204 with an empty body. Scope `drafts:write`.
        """

        from ..api.drafts import delete_draft as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )


class DraftsResourceWithRawResponse:
    """`pachca.with_raw_response.drafts.<method>(...)`: each method of `DraftsResource`, returning a `RawResponse`."""

    def __init__(self, resource: DraftsResource) -> None:
        self.list_drafts = raw_response(resource.list_drafts)
        self.create_draft = raw_response(resource.create_draft)
        self.get_draft = raw_response(resource.get_draft)
        self.update_draft = raw_response(resource.update_draft)
        self.delete_draft = raw_response(resource.delete_draft)


class AsyncDraftsResourceWithRawResponse:
    """`await pachca.with_raw_response.drafts.<method>(...)`: each method of `AsyncDraftsResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncDraftsResource) -> None:
        self.list_drafts = async_raw_response(resource.list_drafts)
        self.create_draft = async_raw_response(resource.create_draft)
        self.get_draft = async_raw_response(resource.get_draft)
        self.update_draft = async_raw_response(resource.update_draft)
        self.delete_draft = async_raw_response(resource.delete_draft)
