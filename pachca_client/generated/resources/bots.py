# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.bots`: Bot administration, token rotation, webhook settings and the stored webhook event log.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.bots` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of, ignore_body
from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource, as_form, json_body
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..bodies import (
        BotCreateRequestDict,
        BotTokenCreateRequestDict,
        BotTokenUpdateRequestDict,
        BotUpdateRequestDict,
        BotWebhookSelfUpdateRequestDict,
        UpdateBotAvatarBodyDict,
    )
    from ..models.avatar_data import AvatarData
    from ..models.bot_access_token import BotAccessToken
    from ..models.bot_create_request import BotCreateRequest
    from ..models.bot_create_response import BotCreateResponse
    from ..models.bot_response import BotResponse
    from ..models.bot_scope_catalog import BotScopeCatalog
    from ..models.bot_self_response import BotSelfResponse
    from ..models.bot_self_token_response import BotSelfTokenResponse
    from ..models.bot_token_create_request import BotTokenCreateRequest
    from ..models.bot_token_update_request import BotTokenUpdateRequest
    from ..models.bot_update_request import BotUpdateRequest
    from ..models.bot_webhook_self_update_request import BotWebhookSelfUpdateRequest
    from ..models.company_bot_response import CompanyBotResponse
    from ..models.get_webhook_events_response import GetWebhookEventsResponse
    from ..models.list_bot_tokens_response import ListBotTokensResponse
    from ..models.list_bots_response import ListBotsResponse
    from ..models.list_company_bots_response import ListCompanyBotsResponse
    from ..models.update_bot_avatar_body import UpdateBotAvatarBody
    from ..models.webhook_event import WebhookEvent


class BotsResource(SyncResource):
    """Bot administration, token rotation, webhook settings and the stored webhook event log."""

    def self_recreate_bot_token(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotSelfTokenResponse:
        """Rotate the calling bot's own token

        Issues a fresh `access_token` for whichever bot owns the token used for the call, so neither an
        admin nor the bot id is needed. The old token dies immediately and the new one is shown only in this
        reply, so persist it before anything else. Bot tokens only; scope `bot_self:write`.
        """

        from ..api.bots import self_recreate_bot_token as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(endpoint, data_of(endpoint.parse_success), {})

    def self_update_bot_webhook(
        self,
        *,
        body: BotWebhookSelfUpdateRequest | BotWebhookSelfUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotSelfResponse:
        """Set the calling bot's webhook URL

        Changes `outgoing_url` of the bot identified by the request token and returns the bot's updated
        settings. Sending an empty string turns outgoing webhooks off. Bot tokens only; scope
        `bot_self:webhook:write`.
        """

        from ..api.bots import self_update_bot_webhook as endpoint
        from ..models.bot_webhook_self_update_request import BotWebhookSelfUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(BotWebhookSelfUpdateRequest, body),
            },
        )

    def list_bots(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListBotsResponse:
        """List bots you can edit

        Returns the bots the caller is allowed to manage: those they created and those whose settings grant
        them edit rights. `query` narrows the result by bot name. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `bots:read`.
        """

        from ..api.bots import list_bots as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_bots_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListBotsResponse, BotResponse]:
        """Iterate over every item of `list_bots`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.bots import list_bots as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    def create_bot(
        self,
        *,
        body: BotCreateRequest | BotCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotCreateResponse:
        """Create a bot

        Creates a bot and answers 201 with its settings plus a freshly issued `access_token`. The token is
        not retrievable through the API later (only in the Pachca UI), so store it right away. Needs a user
        token, not a bot token; scope `bots:write`.
        """

        from ..api.bots import create_bot as endpoint
        from ..models.bot_create_request import BotCreateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(BotCreateRequest, body),
            },
        )

    def get_bot(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotResponse:
        """Get a bot

        Fetches the current settings of one bot, including its webhook configuration and scopes. Scope
        `bots:read`.
        """

        from ..api.bots import get_bot as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def update_bot(
        self,
        id: int,
        *,
        body: BotUpdateRequest | BotUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotResponse:
        """Update a bot's settings

        Changes the bot's settings from the `bot` body object and returns the result. Callers without edit
        rights on this bot get 403; an empty `outgoing_url` disables its webhook. Scope `bots:write`.
        """

        from ..api.bots import update_bot as endpoint
        from ..models.bot_update_request import BotUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(BotUpdateRequest, body),
            },
        )

    def delete_bot(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a bot

        Removes the bot for good: its token is revoked, it is taken out of every chat and its outgoing
        webhook is dropped. Only the creator, or a workspace admin when the bot allows admins to edit it,
        may do this; chat admins may not. Returns 204 with an empty body. Scope `bots:write`.
        """

        from ..api.bots import delete_bot as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def update_bot_avatar(
        self,
        id: int,
        *,
        body: UpdateBotAvatarBody | UpdateBotAvatarBodyDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvatarData:
        """Set a bot's avatar

        Replaces the bot's profile picture with an image sent as the `image` part of a `multipart/form-data`
        body and returns the new `image_url`. This call is known only from Pachca's SDK, so the PUT method
        and the `bots:write` scope are assumed by analogy with the employee avatar calls rather than
        documented.
        """

        from ..api.bots import update_bot_avatar as endpoint
        from ..models.update_bot_avatar_body import UpdateBotAvatarBody

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": as_form(UpdateBotAvatarBody, body),
            },
        )

    def delete_bot_avatar(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a bot's avatar

        Clears the bot's profile picture. Returns 204 with an empty body. Known only from Pachca's SDK, so
        the `bots:write` scope is an assumption rather than a documented requirement.
        """

        from ..api.bots import delete_bot_avatar as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def recreate_bot_token(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotCreateResponse:
        """Rotate a bot's token

        Generates a new `access_token` for the given bot and revokes the previous one at once, e.g. after a
        leak or as routine rotation in CI. The new value appears only in this response. Allowed for the
        bot's creator and, if the bot permits it, workspace admins; scope `bots:write`.
        """

        from ..api.bots import recreate_bot_token as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def rotate_bot_client_secret(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotResponse:
        """Issue a new OAuth client secret for a bot

        Replaces the secret of the bot's OAuth client and returns the bot's settings with the new
        `client_secret`, which is shown only in this reply; the old secret stops working at once, while
        consents and user tokens already granted keep working. Works only for a bot with OAuth switched on
        and a confidential (server-side) client, otherwise 400. Allowed for the creator and, if the bot
        permits it, workspace admins; scope `bots:write`.
        """

        from ..api.bots import rotate_bot_client_secret as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def get_bot_scopes(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotScopeCatalog:
        """Show which permissions a bot may grant its tokens

        Returns the permissions this bot may hand to its tokens and to its OAuth consent screen: each scope
        with a title, its category and the presets that include it, plus the lists of categories and
        presets. The object comes back as is, without a `data` wrapper. Open to those who can see the bot's
        tokens (the creator, or workspace admins when the bot lets admins edit it); scope `bots:read`.
        """

        from ..api.bots import get_bot_scopes as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
            },
        )

    def list_bot_tokens(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListBotTokensResponse:
        """List a bot's access tokens

        Returns the bot's live tokens, that is the main one created with the bot plus any extra named ones,
        with their scopes and usage times; token strings are masked because the full value is shown only
        when a token is issued or reissued. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50. Only the bot's creator, or workspace
        admins when the bot lets admins edit it, may do this (a chat owner gets 403); scope `bots:read`.
        """

        from ..api.bots import list_bot_tokens as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_bot_tokens_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListBotTokensResponse, BotAccessToken]:
        """Iterate over every item of `list_bot_tokens`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.bots import list_bot_tokens as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )

    def create_bot_token(
        self,
        id: int,
        *,
        body: BotTokenCreateRequest | BotTokenCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotAccessToken:
        """Issue an extra token for a bot

        Creates another non-expiring token for the bot with its own `name` and `scopes` (for instance one
        per service, so each can be revoked alone) and answers 201 with it; the full token string appears
        only in this reply. Scopes must come from the bot's catalogue at `GET /bots/{id}/scopes`, anything
        else gives 400, and leaving `scopes` out produces a token without permissions. Only the bot's
        creator, or workspace admins when the bot lets admins edit it, may do this (a chat owner gets 403);
        scope `bots:write`.
        """

        from ..api.bots import create_bot_token as endpoint
        from ..models.bot_token_create_request import BotTokenCreateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(BotTokenCreateRequest, body),
            },
        )

    def update_bot_token(
        self,
        id: int,
        token_id: int,
        *,
        body: BotTokenUpdateRequest | BotTokenUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotAccessToken:
        """Rename a bot token or change its scopes

        Sets a new `name` and/or replaces the whole `scopes` list of one bot token, then returns the token
        with its value masked. New scopes apply immediately and the token string stays the same, so nothing
        needs reissuing. Only the bot's creator, or workspace admins when the bot lets admins edit it, may
        do this (a chat owner gets 403); scope `bots:write`.
        """

        from ..api.bots import update_bot_token as endpoint
        from ..models.bot_token_update_request import BotTokenUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "token_id": token_id,
                "body": json_body(BotTokenUpdateRequest, body),
            },
        )

    def delete_bot_token(
        self,
        id: int,
        token_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Revoke one of a bot's tokens

        Deletes the token so that requests made with it fail from now on; the bot's other tokens are
        unaffected. Returns 204 with an empty body. Only the bot's creator, or workspace admins when the bot
        lets admins edit it, may do this (a chat owner gets 403); scope `bots:write`.
        """

        from ..api.bots import delete_bot_token as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "token_id": token_id,
            },
        )

    def reissue_bot_token(
        self,
        id: int,
        token_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotAccessToken:
        """Regenerate the value of a bot token

        Gives the token a fresh secret string while keeping its name and scopes, e.g. after a leak or for
        planned rotation; the previous string is rejected from that moment and the new one is returned only
        in this reply. The bot's main token can also be rotated with `POST /bots/{id}/recreate_token`. Only
        the bot's creator, or workspace admins when the bot lets admins edit it, may do this (a chat owner
        gets 403); scope `bots:write`.
        """

        from ..api.bots import reissue_bot_token as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "token_id": token_id,
            },
        )

    def list_company_bots(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListCompanyBotsResponse:
        """List all bots in the workspace, editable or not

        Returns every bot of the workspace, including those the caller cannot manage, for which only the
        name and nickname are filled in and the remaining settings are null. Each call is written to the
        audit log as `company_bots_accessed`; Corporation plan, owner-only scope `company_bots:read`.
        Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
        goes up to 50.
        """

        from ..api.bots import list_company_bots as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_company_bots_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListCompanyBotsResponse, CompanyBotResponse]:
        """Iterate over every item of `list_company_bots`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.bots import list_company_bots as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    def get_webhook_events(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetWebhookEventsResponse:
        """List stored webhook events

        Returns webhook events recorded for the calling bot, for polling instead of (or besides) receiving
        them at a URL; events are kept only when the bot has event history switched on. Throttled to about 5
        calls per 2 seconds. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until
        `has_next` is false; `limit` goes up to 50. Scope `webhooks:events:read`.
        """

        from ..api.bots import get_webhook_events as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "limit": limit,
                "cursor": cursor,
            },
        )

    def get_webhook_events_iter(
        self,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[GetWebhookEventsResponse, WebhookEvent]:
        """Iterate over every item of `get_webhook_events`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.bots import get_webhook_events as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "limit": limit,
            },
        )

    def delete_webhook_event(
        self,
        id: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a stored webhook event

        Drops one event from the calling bot's history, typically once it has been processed. Bot tokens
        only. Returns 204 with an empty body. Scope `webhooks:events:delete`.
        """

        from ..api.bots import delete_webhook_event as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )


class AsyncBotsResource(AsyncResource):
    """Bot administration, token rotation, webhook settings and the stored webhook event log."""

    async def self_recreate_bot_token(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotSelfTokenResponse:
        """Rotate the calling bot's own token

        Issues a fresh `access_token` for whichever bot owns the token used for the call, so neither an
        admin nor the bot id is needed. The old token dies immediately and the new one is shown only in this
        reply, so persist it before anything else. Bot tokens only; scope `bot_self:write`.
        """

        from ..api.bots import self_recreate_bot_token as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint, data_of(endpoint.parse_success), {}
        )

    async def self_update_bot_webhook(
        self,
        *,
        body: BotWebhookSelfUpdateRequest | BotWebhookSelfUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotSelfResponse:
        """Set the calling bot's webhook URL

        Changes `outgoing_url` of the bot identified by the request token and returns the bot's updated
        settings. Sending an empty string turns outgoing webhooks off. Bot tokens only; scope
        `bot_self:webhook:write`.
        """

        from ..api.bots import self_update_bot_webhook as endpoint
        from ..models.bot_webhook_self_update_request import BotWebhookSelfUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(BotWebhookSelfUpdateRequest, body),
            },
        )

    async def list_bots(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListBotsResponse:
        """List bots you can edit

        Returns the bots the caller is allowed to manage: those they created and those whose settings grant
        them edit rights. `query` narrows the result by bot name. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `bots:read`.
        """

        from ..api.bots import list_bots as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_bots_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListBotsResponse, BotResponse]:
        """Iterate over every item of `list_bots`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.bots import list_bots as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    async def create_bot(
        self,
        *,
        body: BotCreateRequest | BotCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotCreateResponse:
        """Create a bot

        Creates a bot and answers 201 with its settings plus a freshly issued `access_token`. The token is
        not retrievable through the API later (only in the Pachca UI), so store it right away. Needs a user
        token, not a bot token; scope `bots:write`.
        """

        from ..api.bots import create_bot as endpoint
        from ..models.bot_create_request import BotCreateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(BotCreateRequest, body),
            },
        )

    async def get_bot(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotResponse:
        """Get a bot

        Fetches the current settings of one bot, including its webhook configuration and scopes. Scope
        `bots:read`.
        """

        from ..api.bots import get_bot as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def update_bot(
        self,
        id: int,
        *,
        body: BotUpdateRequest | BotUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotResponse:
        """Update a bot's settings

        Changes the bot's settings from the `bot` body object and returns the result. Callers without edit
        rights on this bot get 403; an empty `outgoing_url` disables its webhook. Scope `bots:write`.
        """

        from ..api.bots import update_bot as endpoint
        from ..models.bot_update_request import BotUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(BotUpdateRequest, body),
            },
        )

    async def delete_bot(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a bot

        Removes the bot for good: its token is revoked, it is taken out of every chat and its outgoing
        webhook is dropped. Only the creator, or a workspace admin when the bot allows admins to edit it,
        may do this; chat admins may not. Returns 204 with an empty body. Scope `bots:write`.
        """

        from ..api.bots import delete_bot as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def update_bot_avatar(
        self,
        id: int,
        *,
        body: UpdateBotAvatarBody | UpdateBotAvatarBodyDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvatarData:
        """Set a bot's avatar

        Replaces the bot's profile picture with an image sent as the `image` part of a `multipart/form-data`
        body and returns the new `image_url`. This call is known only from Pachca's SDK, so the PUT method
        and the `bots:write` scope are assumed by analogy with the employee avatar calls rather than
        documented.
        """

        from ..api.bots import update_bot_avatar as endpoint
        from ..models.update_bot_avatar_body import UpdateBotAvatarBody

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": as_form(UpdateBotAvatarBody, body),
            },
        )

    async def delete_bot_avatar(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a bot's avatar

        Clears the bot's profile picture. Returns 204 with an empty body. Known only from Pachca's SDK, so
        the `bots:write` scope is an assumption rather than a documented requirement.
        """

        from ..api.bots import delete_bot_avatar as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def recreate_bot_token(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotCreateResponse:
        """Rotate a bot's token

        Generates a new `access_token` for the given bot and revokes the previous one at once, e.g. after a
        leak or as routine rotation in CI. The new value appears only in this response. Allowed for the
        bot's creator and, if the bot permits it, workspace admins; scope `bots:write`.
        """

        from ..api.bots import recreate_bot_token as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def rotate_bot_client_secret(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotResponse:
        """Issue a new OAuth client secret for a bot

        Replaces the secret of the bot's OAuth client and returns the bot's settings with the new
        `client_secret`, which is shown only in this reply; the old secret stops working at once, while
        consents and user tokens already granted keep working. Works only for a bot with OAuth switched on
        and a confidential (server-side) client, otherwise 400. Allowed for the creator and, if the bot
        permits it, workspace admins; scope `bots:write`.
        """

        from ..api.bots import rotate_bot_client_secret as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def get_bot_scopes(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotScopeCatalog:
        """Show which permissions a bot may grant its tokens

        Returns the permissions this bot may hand to its tokens and to its OAuth consent screen: each scope
        with a title, its category and the presets that include it, plus the lists of categories and
        presets. The object comes back as is, without a `data` wrapper. Open to those who can see the bot's
        tokens (the creator, or workspace admins when the bot lets admins edit it); scope `bots:read`.
        """

        from ..api.bots import get_bot_scopes as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
            },
        )

    async def list_bot_tokens(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListBotTokensResponse:
        """List a bot's access tokens

        Returns the bot's live tokens, that is the main one created with the bot plus any extra named ones,
        with their scopes and usage times; token strings are masked because the full value is shown only
        when a token is issued or reissued. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50. Only the bot's creator, or workspace
        admins when the bot lets admins edit it, may do this (a chat owner gets 403); scope `bots:read`.
        """

        from ..api.bots import list_bot_tokens as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_bot_tokens_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListBotTokensResponse, BotAccessToken]:
        """Iterate over every item of `list_bot_tokens`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.bots import list_bot_tokens as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )

    async def create_bot_token(
        self,
        id: int,
        *,
        body: BotTokenCreateRequest | BotTokenCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotAccessToken:
        """Issue an extra token for a bot

        Creates another non-expiring token for the bot with its own `name` and `scopes` (for instance one
        per service, so each can be revoked alone) and answers 201 with it; the full token string appears
        only in this reply. Scopes must come from the bot's catalogue at `GET /bots/{id}/scopes`, anything
        else gives 400, and leaving `scopes` out produces a token without permissions. Only the bot's
        creator, or workspace admins when the bot lets admins edit it, may do this (a chat owner gets 403);
        scope `bots:write`.
        """

        from ..api.bots import create_bot_token as endpoint
        from ..models.bot_token_create_request import BotTokenCreateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(BotTokenCreateRequest, body),
            },
        )

    async def update_bot_token(
        self,
        id: int,
        token_id: int,
        *,
        body: BotTokenUpdateRequest | BotTokenUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotAccessToken:
        """Rename a bot token or change its scopes

        Sets a new `name` and/or replaces the whole `scopes` list of one bot token, then returns the token
        with its value masked. New scopes apply immediately and the token string stays the same, so nothing
        needs reissuing. Only the bot's creator, or workspace admins when the bot lets admins edit it, may
        do this (a chat owner gets 403); scope `bots:write`.
        """

        from ..api.bots import update_bot_token as endpoint
        from ..models.bot_token_update_request import BotTokenUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "token_id": token_id,
                "body": json_body(BotTokenUpdateRequest, body),
            },
        )

    async def delete_bot_token(
        self,
        id: int,
        token_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Revoke one of a bot's tokens

        Deletes the token so that requests made with it fail from now on; the bot's other tokens are
        unaffected. Returns 204 with an empty body. Only the bot's creator, or workspace admins when the bot
        lets admins edit it, may do this (a chat owner gets 403); scope `bots:write`.
        """

        from ..api.bots import delete_bot_token as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "token_id": token_id,
            },
        )

    async def reissue_bot_token(
        self,
        id: int,
        token_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BotAccessToken:
        """Regenerate the value of a bot token

        Gives the token a fresh secret string while keeping its name and scopes, e.g. after a leak or for
        planned rotation; the previous string is rejected from that moment and the new one is returned only
        in this reply. The bot's main token can also be rotated with `POST /bots/{id}/recreate_token`. Only
        the bot's creator, or workspace admins when the bot lets admins edit it, may do this (a chat owner
        gets 403); scope `bots:write`.
        """

        from ..api.bots import reissue_bot_token as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "token_id": token_id,
            },
        )

    async def list_company_bots(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListCompanyBotsResponse:
        """List all bots in the workspace, editable or not

        Returns every bot of the workspace, including those the caller cannot manage, for which only the
        name and nickname are filled in and the remaining settings are null. Each call is written to the
        audit log as `company_bots_accessed`; Corporation plan, owner-only scope `company_bots:read`.
        Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
        goes up to 50.
        """

        from ..api.bots import list_company_bots as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_company_bots_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListCompanyBotsResponse, CompanyBotResponse]:
        """Iterate over every item of `list_company_bots`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.bots import list_company_bots as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    async def get_webhook_events(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetWebhookEventsResponse:
        """List stored webhook events

        Returns webhook events recorded for the calling bot, for polling instead of (or besides) receiving
        them at a URL; events are kept only when the bot has event history switched on. Throttled to about 5
        calls per 2 seconds. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until
        `has_next` is false; `limit` goes up to 50. Scope `webhooks:events:read`.
        """

        from ..api.bots import get_webhook_events as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "limit": limit,
                "cursor": cursor,
            },
        )

    def get_webhook_events_iter(
        self,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[GetWebhookEventsResponse, WebhookEvent]:
        """Iterate over every item of `get_webhook_events`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.bots import get_webhook_events as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "limit": limit,
            },
        )

    async def delete_webhook_event(
        self,
        id: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a stored webhook event

        Drops one event from the calling bot's history, typically once it has been processed. Bot tokens
        only. Returns 204 with an empty body. Scope `webhooks:events:delete`.
        """

        from ..api.bots import delete_webhook_event as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )


class BotsResourceWithRawResponse:
    """`pachca.with_raw_response.bots.<method>(...)`: each method of `BotsResource`, returning a `RawResponse`."""

    def __init__(self, resource: BotsResource) -> None:
        self.self_recreate_bot_token = raw_response(resource.self_recreate_bot_token)
        self.self_update_bot_webhook = raw_response(resource.self_update_bot_webhook)
        self.list_bots = raw_response(resource.list_bots)
        self.create_bot = raw_response(resource.create_bot)
        self.get_bot = raw_response(resource.get_bot)
        self.update_bot = raw_response(resource.update_bot)
        self.delete_bot = raw_response(resource.delete_bot)
        self.update_bot_avatar = raw_response(resource.update_bot_avatar)
        self.delete_bot_avatar = raw_response(resource.delete_bot_avatar)
        self.recreate_bot_token = raw_response(resource.recreate_bot_token)
        self.rotate_bot_client_secret = raw_response(resource.rotate_bot_client_secret)
        self.get_bot_scopes = raw_response(resource.get_bot_scopes)
        self.list_bot_tokens = raw_response(resource.list_bot_tokens)
        self.create_bot_token = raw_response(resource.create_bot_token)
        self.update_bot_token = raw_response(resource.update_bot_token)
        self.delete_bot_token = raw_response(resource.delete_bot_token)
        self.reissue_bot_token = raw_response(resource.reissue_bot_token)
        self.list_company_bots = raw_response(resource.list_company_bots)
        self.get_webhook_events = raw_response(resource.get_webhook_events)
        self.delete_webhook_event = raw_response(resource.delete_webhook_event)


class AsyncBotsResourceWithRawResponse:
    """`await pachca.with_raw_response.bots.<method>(...)`: each method of `AsyncBotsResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncBotsResource) -> None:
        self.self_recreate_bot_token = async_raw_response(resource.self_recreate_bot_token)
        self.self_update_bot_webhook = async_raw_response(resource.self_update_bot_webhook)
        self.list_bots = async_raw_response(resource.list_bots)
        self.create_bot = async_raw_response(resource.create_bot)
        self.get_bot = async_raw_response(resource.get_bot)
        self.update_bot = async_raw_response(resource.update_bot)
        self.delete_bot = async_raw_response(resource.delete_bot)
        self.update_bot_avatar = async_raw_response(resource.update_bot_avatar)
        self.delete_bot_avatar = async_raw_response(resource.delete_bot_avatar)
        self.recreate_bot_token = async_raw_response(resource.recreate_bot_token)
        self.rotate_bot_client_secret = async_raw_response(resource.rotate_bot_client_secret)
        self.get_bot_scopes = async_raw_response(resource.get_bot_scopes)
        self.list_bot_tokens = async_raw_response(resource.list_bot_tokens)
        self.create_bot_token = async_raw_response(resource.create_bot_token)
        self.update_bot_token = async_raw_response(resource.update_bot_token)
        self.delete_bot_token = async_raw_response(resource.delete_bot_token)
        self.reissue_bot_token = async_raw_response(resource.reissue_bot_token)
        self.list_company_bots = async_raw_response(resource.list_company_bots)
        self.get_webhook_events = async_raw_response(resource.get_webhook_events)
        self.delete_webhook_event = async_raw_response(resource.delete_webhook_event)
