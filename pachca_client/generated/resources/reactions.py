# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.reactions`: Emoji reactions attached to messages.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.reactions` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import ignore_body
from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource, json_body
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..bodies import ReactionRequestDict
    from ..models.list_reactions_response import ListReactionsResponse
    from ..models.reaction import Reaction
    from ..models.reaction_request import ReactionRequest


class ReactionsResource(SyncResource):
    """Emoji reactions attached to messages."""

    def list_reactions(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListReactionsResponse:
        """List reactions on a message

        Returns each reaction on the message with the reacting user and time. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `reactions:read`.
        """

        from ..api.reactions import list_reactions as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_reactions_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListReactionsResponse, Reaction]:
        """Iterate over every item of `list_reactions`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.reactions import list_reactions as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )

    def add_reaction(
        self,
        id: int,
        *,
        body: ReactionRequest | ReactionRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Reaction:
        """React to a message

        Adds an emoji reaction as the caller; repeating a reaction the caller already left is a no-op. Caps:
        20 distinct emoji per user, 30 distinct and 1000 in total per message. Replies 201 with the bare
        reaction object (no `data` wrapper); scope `reactions:write`.
        """

        from ..api.reactions import add_reaction as endpoint
        from ..models.reaction_request import ReactionRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "body": json_body(ReactionRequest, body),
            },
        )

    def remove_reaction(
        self,
        id: int,
        *,
        code: str,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a reaction

        Withdraws one of the caller's own reactions, identified by the `code` query parameter (plus `name`
        for custom emoji). Returns 204 with an empty body. Scope `reactions:write`.
        """

        from ..api.reactions import remove_reaction as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "code": code,
                "name": name,
            },
        )


class AsyncReactionsResource(AsyncResource):
    """Emoji reactions attached to messages."""

    async def list_reactions(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListReactionsResponse:
        """List reactions on a message

        Returns each reaction on the message with the reacting user and time. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `reactions:read`.
        """

        from ..api.reactions import list_reactions as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_reactions_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListReactionsResponse, Reaction]:
        """Iterate over every item of `list_reactions`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.reactions import list_reactions as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )

    async def add_reaction(
        self,
        id: int,
        *,
        body: ReactionRequest | ReactionRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Reaction:
        """React to a message

        Adds an emoji reaction as the caller; repeating a reaction the caller already left is a no-op. Caps:
        20 distinct emoji per user, 30 distinct and 1000 in total per message. Replies 201 with the bare
        reaction object (no `data` wrapper); scope `reactions:write`.
        """

        from ..api.reactions import add_reaction as endpoint
        from ..models.reaction_request import ReactionRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "body": json_body(ReactionRequest, body),
            },
        )

    async def remove_reaction(
        self,
        id: int,
        *,
        code: str,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a reaction

        Withdraws one of the caller's own reactions, identified by the `code` query parameter (plus `name`
        for custom emoji). Returns 204 with an empty body. Scope `reactions:write`.
        """

        from ..api.reactions import remove_reaction as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "code": code,
                "name": name,
            },
        )


class ReactionsResourceWithRawResponse:
    """`pachca.with_raw_response.reactions.<method>(...)`: each method of `ReactionsResource`, returning a `RawResponse`."""

    def __init__(self, resource: ReactionsResource) -> None:
        self.list_reactions = raw_response(resource.list_reactions)
        self.add_reaction = raw_response(resource.add_reaction)
        self.remove_reaction = raw_response(resource.remove_reaction)


class AsyncReactionsResourceWithRawResponse:
    """`await pachca.with_raw_response.reactions.<method>(...)`: each method of `AsyncReactionsResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncReactionsResource) -> None:
        self.list_reactions = async_raw_response(resource.list_reactions)
        self.add_reaction = async_raw_response(resource.add_reaction)
        self.remove_reaction = async_raw_response(resource.remove_reaction)
