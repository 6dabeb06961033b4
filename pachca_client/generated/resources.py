# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""Typed per-tag resources: `pachca.chats.get_chat(...)`, one method per operation in openapi.yaml.

Each method sends its generated endpoint module through the client (`Pachca` or `AsyncPachca`),
which maps errors to exceptions and unwraps `{"data": ...}`. Paginated operations also have a
`<name>_iter(...)` method that walks every page lazily.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast, overload

from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncResource, SyncResource, as_form, as_model
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncPachca, Pachca
    from .models.access_token_info import AccessTokenInfo
    from .models.add_members_request import AddMembersRequest
    from .models.add_tags_request import AddTagsRequest
    from .models.audit_event import AuditEvent
    from .models.audit_event_key import AuditEventKey
    from .models.avatar_data import AvatarData
    from .models.bot_access_token import BotAccessToken
    from .models.bot_create_request import BotCreateRequest
    from .models.bot_create_response import BotCreateResponse
    from .models.bot_response import BotResponse
    from .models.bot_scope_catalog import BotScopeCatalog
    from .models.bot_self_response import BotSelfResponse
    from .models.bot_self_token_response import BotSelfTokenResponse
    from .models.bot_token_create_request import BotTokenCreateRequest
    from .models.bot_token_update_request import BotTokenUpdateRequest
    from .models.bot_update_request import BotUpdateRequest
    from .models.bot_webhook_self_update_request import BotWebhookSelfUpdateRequest
    from .models.chat import Chat
    from .models.chat_activity import ChatActivity
    from .models.chat_availability import ChatAvailability
    from .models.chat_create_request import ChatCreateRequest
    from .models.chat_export import ChatExport
    from .models.chat_member_role_filter import ChatMemberRoleFilter
    from .models.chat_sort_field import ChatSortField
    from .models.chat_subtype import ChatSubtype
    from .models.chat_update_request import ChatUpdateRequest
    from .models.company_bot_response import CompanyBotResponse
    from .models.create_chat_response import CreateChatResponse
    from .models.custom_property_definition import CustomPropertyDefinition
    from .models.draft import Draft
    from .models.draft_create_request import DraftCreateRequest
    from .models.draft_type import DraftType
    from .models.draft_update_request import DraftUpdateRequest
    from .models.export_request import ExportRequest
    from .models.file_target import FileTarget
    from .models.get_audit_events_response import GetAuditEventsResponse
    from .models.get_tag_users_response import GetTagUsersResponse
    from .models.get_webhook_events_response import GetWebhookEventsResponse
    from .models.group_tag import GroupTag
    from .models.group_tag_request import GroupTagRequest
    from .models.link_previews_request import LinkPreviewsRequest
    from .models.list_bot_tokens_response import ListBotTokensResponse
    from .models.list_bots_response import ListBotsResponse
    from .models.list_chat_messages_response import ListChatMessagesResponse
    from .models.list_chats_response import ListChatsResponse
    from .models.list_company_bots_response import ListCompanyBotsResponse
    from .models.list_company_chats_response import ListCompanyChatsResponse
    from .models.list_drafts_response import ListDraftsResponse
    from .models.list_members_response import ListMembersResponse
    from .models.list_reactions_response import ListReactionsResponse
    from .models.list_read_members_response import ListReadMembersResponse
    from .models.list_tags_response import ListTagsResponse
    from .models.list_tasks_response import ListTasksResponse
    from .models.list_threads_response import ListThreadsResponse
    from .models.list_users_response import ListUsersResponse
    from .models.mark_chat_unread_request import MarkChatUnreadRequest
    from .models.message import Message
    from .models.message_create_request import MessageCreateRequest
    from .models.message_entity_type import MessageEntityType
    from .models.message_search_sort import MessageSearchSort
    from .models.message_sort_field import MessageSortField
    from .models.message_update_request import MessageUpdateRequest
    from .models.o_auth_revoke_request import OAuthRevokeRequest
    from .models.o_auth_token import OAuthToken
    from .models.o_auth_token_request import OAuthTokenRequest
    from .models.open_view_request import OpenViewRequest
    from .models.reaction import Reaction
    from .models.reaction_request import ReactionRequest
    from .models.search_chats_response import SearchChatsResponse
    from .models.search_entity_type import SearchEntityType
    from .models.search_messages_response import SearchMessagesResponse
    from .models.search_sort_order import SearchSortOrder
    from .models.search_users_response import SearchUsersResponse
    from .models.sort_order import SortOrder
    from .models.status_update_request import StatusUpdateRequest
    from .models.submit_view_response_request import SubmitViewResponseRequest
    from .models.submit_view_response_result import SubmitViewResponseResult
    from .models.task import Task
    from .models.task_create_request import TaskCreateRequest
    from .models.task_status import TaskStatus
    from .models.task_update_request import TaskUpdateRequest
    from .models.thread import Thread
    from .models.update_bot_avatar_body import UpdateBotAvatarBody
    from .models.update_chat_avatar_body import UpdateChatAvatarBody
    from .models.update_member_role_request import UpdateMemberRoleRequest
    from .models.update_profile_avatar_body import UpdateProfileAvatarBody
    from .models.update_user_avatar_body import UpdateUserAvatarBody
    from .models.upload_params import UploadParams
    from .models.user import User
    from .models.user_create_request import UserCreateRequest
    from .models.user_role import UserRole
    from .models.user_status import UserStatus
    from .models.user_update_request import UserUpdateRequest
    from .models.webhook_event import WebhookEvent


class BotsResource(SyncResource):
    """Bot administration, token rotation, webhook settings and the stored webhook event log."""

    def self_recreate_bot_token(
        self,
    ) -> BotSelfTokenResponse:
        """Rotate the calling bot's own token

        Issues a fresh `access_token` for whichever bot owns the token used for the call, so neither an
        admin nor the bot id is needed. The old token dies immediately and the new one is shown only in this
        reply, so persist it before anything else. Bot tokens only; scope `bot_self:write`.
        """

        from .api.bots import self_recreate_bot_token as endpoint

        result: BotSelfTokenResponse = self._client._request(endpoint, "data", {})
        return result

    def self_update_bot_webhook(
        self,
        *,
        body: BotWebhookSelfUpdateRequest | Mapping[str, Any],
    ) -> BotSelfResponse:
        """Set the calling bot's webhook URL

        Changes `outgoing_url` of the bot identified by the request token and returns the bot's updated
        settings. Sending an empty string turns outgoing webhooks off. Bot tokens only; scope
        `bot_self:webhook:write`.
        """

        from .api.bots import self_update_bot_webhook as endpoint
        from .models.bot_webhook_self_update_request import BotWebhookSelfUpdateRequest

        result: BotSelfResponse = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(BotWebhookSelfUpdateRequest, body),
            },
        )
        return result

    def list_bots(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListBotsResponse:
        """List bots you can edit

        Returns the bots the caller is allowed to manage: those they created and those whose settings grant
        them edit rights. `query` narrows the result by bot name. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `bots:read`.
        """

        from .api.bots import list_bots as endpoint

        result: ListBotsResponse = self._client._request(
            endpoint,
            "model",
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_bots_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListBotsResponse, BotResponse]:
        """Iterate over every item of `list_bots`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.bots import list_bots as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    def create_bot(
        self,
        *,
        body: BotCreateRequest | Mapping[str, Any],
    ) -> BotCreateResponse:
        """Create a bot

        Creates a bot and answers 201 with its settings plus a freshly issued `access_token`. The token is
        not retrievable through the API later (only in the Pachca UI), so store it right away. Needs a user
        token, not a bot token; scope `bots:write`.
        """

        from .api.bots import create_bot as endpoint
        from .models.bot_create_request import BotCreateRequest

        result: BotCreateResponse = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(BotCreateRequest, body),
            },
        )
        return result

    def get_bot(
        self,
        id: int,
    ) -> BotResponse:
        """Get a bot

        Fetches the current settings of one bot, including its webhook configuration and scopes. Scope
        `bots:read`.
        """

        from .api.bots import get_bot as endpoint

        result: BotResponse = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def update_bot(
        self,
        id: int,
        *,
        body: BotUpdateRequest | Mapping[str, Any],
    ) -> BotResponse:
        """Update a bot's settings

        Changes the bot's settings from the `bot` body object and returns the result. Callers without edit
        rights on this bot get 403; an empty `outgoing_url` disables its webhook. Scope `bots:write`.
        """

        from .api.bots import update_bot as endpoint
        from .models.bot_update_request import BotUpdateRequest

        result: BotResponse = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(BotUpdateRequest, body),
            },
        )
        return result

    def delete_bot(
        self,
        id: int,
    ) -> None:
        """Delete a bot

        Removes the bot for good: its token is revoked, it is taken out of every chat and its outgoing
        webhook is dropped. Only the creator, or a workspace admin when the bot allows admins to edit it,
        may do this; chat admins may not. Returns 204 with an empty body. Scope `bots:write`.
        """

        from .api.bots import delete_bot as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def update_bot_avatar(
        self,
        id: int,
        *,
        body: UpdateBotAvatarBody | Mapping[str, Any],
    ) -> AvatarData:
        """Set a bot's avatar

        Replaces the bot's profile picture with an image sent as the `image` part of a `multipart/form-data`
        body and returns the new `image_url`. This call is known only from Pachca's SDK, so the PUT method
        and the `bots:write` scope are assumed by analogy with the employee avatar calls rather than
        documented.
        """

        from .api.bots import update_bot_avatar as endpoint
        from .models.update_bot_avatar_body import UpdateBotAvatarBody

        result: AvatarData = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_form(UpdateBotAvatarBody, body),
            },
        )
        return result

    def delete_bot_avatar(
        self,
        id: int,
    ) -> None:
        """Remove a bot's avatar

        Clears the bot's profile picture. Returns 204 with an empty body. Known only from Pachca's SDK, so
        the `bots:write` scope is an assumption rather than a documented requirement.
        """

        from .api.bots import delete_bot_avatar as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def recreate_bot_token(
        self,
        id: int,
    ) -> BotCreateResponse:
        """Rotate a bot's token

        Generates a new `access_token` for the given bot and revokes the previous one at once, e.g. after a
        leak or as routine rotation in CI. The new value appears only in this response. Allowed for the
        bot's creator and, if the bot permits it, workspace admins; scope `bots:write`.
        """

        from .api.bots import recreate_bot_token as endpoint

        result: BotCreateResponse = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def rotate_bot_client_secret(
        self,
        id: int,
    ) -> BotResponse:
        """Issue a new OAuth client secret for a bot

        Replaces the secret of the bot's OAuth client and returns the bot's settings with the new
        `client_secret`, which is shown only in this reply; the old secret stops working at once, while
        consents and user tokens already granted keep working. Works only for a bot with OAuth switched on
        and a confidential (server-side) client, otherwise 400. Allowed for the creator and, if the bot
        permits it, workspace admins; scope `bots:write`.
        """

        from .api.bots import rotate_bot_client_secret as endpoint

        result: BotResponse = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def get_bot_scopes(
        self,
        id: int,
    ) -> BotScopeCatalog:
        """Show which permissions a bot may grant its tokens

        Returns the permissions this bot may hand to its tokens and to its OAuth consent screen: each scope
        with a title, its category and the presets that include it, plus the lists of categories and
        presets. The object comes back as is, without a `data` wrapper. Open to those who can see the bot's
        tokens (the creator, or workspace admins when the bot lets admins edit it); scope `bots:read`.
        """

        from .api.bots import get_bot_scopes as endpoint

        result: BotScopeCatalog = self._client._request(
            endpoint,
            "model",
            {
                "id": id,
            },
        )
        return result

    def list_bot_tokens(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListBotTokensResponse:
        """List a bot's access tokens

        Returns the bot's live tokens, that is the main one created with the bot plus any extra named ones,
        with their scopes and usage times; token strings are masked because the full value is shown only
        when a token is issued or reissued. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50. Only the bot's creator, or workspace
        admins when the bot lets admins edit it, may do this (a chat owner gets 403); scope `bots:read`.
        """

        from .api.bots import list_bot_tokens as endpoint

        result: ListBotTokensResponse = self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_bot_tokens_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListBotTokensResponse, BotAccessToken]:
        """Iterate over every item of `list_bot_tokens`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.bots import list_bot_tokens as endpoint

        return SyncPaginator(
            self._client,
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
        body: BotTokenCreateRequest | Mapping[str, Any],
    ) -> BotAccessToken:
        """Issue an extra token for a bot

        Creates another non-expiring token for the bot with its own `name` and `scopes` (for instance one
        per service, so each can be revoked alone) and answers 201 with it; the full token string appears
        only in this reply. Scopes must come from the bot's catalogue at `GET /bots/{id}/scopes`, anything
        else gives 400, and leaving `scopes` out produces a token without permissions. Only the bot's
        creator, or workspace admins when the bot lets admins edit it, may do this (a chat owner gets 403);
        scope `bots:write`.
        """

        from .api.bots import create_bot_token as endpoint
        from .models.bot_token_create_request import BotTokenCreateRequest

        result: BotAccessToken = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(BotTokenCreateRequest, body),
            },
        )
        return result

    def update_bot_token(
        self,
        id: int,
        token_id: int,
        *,
        body: BotTokenUpdateRequest | Mapping[str, Any],
    ) -> BotAccessToken:
        """Rename a bot token or change its scopes

        Sets a new `name` and/or replaces the whole `scopes` list of one bot token, then returns the token
        with its value masked. New scopes apply immediately and the token string stays the same, so nothing
        needs reissuing. Only the bot's creator, or workspace admins when the bot lets admins edit it, may
        do this (a chat owner gets 403); scope `bots:write`.
        """

        from .api.bots import update_bot_token as endpoint
        from .models.bot_token_update_request import BotTokenUpdateRequest

        result: BotAccessToken = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "token_id": token_id,
                "body": as_model(BotTokenUpdateRequest, body),
            },
        )
        return result

    def delete_bot_token(
        self,
        id: int,
        token_id: int,
    ) -> None:
        """Revoke one of a bot's tokens

        Deletes the token so that requests made with it fail from now on; the bot's other tokens are
        unaffected. Returns 204 with an empty body. Only the bot's creator, or workspace admins when the bot
        lets admins edit it, may do this (a chat owner gets 403); scope `bots:write`.
        """

        from .api.bots import delete_bot_token as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "token_id": token_id,
            },
        )
        return result

    def reissue_bot_token(
        self,
        id: int,
        token_id: int,
    ) -> BotAccessToken:
        """Regenerate the value of a bot token

        Gives the token a fresh secret string while keeping its name and scopes, e.g. after a leak or for
        planned rotation; the previous string is rejected from that moment and the new one is returned only
        in this reply. The bot's main token can also be rotated with `POST /bots/{id}/recreate_token`. Only
        the bot's creator, or workspace admins when the bot lets admins edit it, may do this (a chat owner
        gets 403); scope `bots:write`.
        """

        from .api.bots import reissue_bot_token as endpoint

        result: BotAccessToken = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "token_id": token_id,
            },
        )
        return result

    def list_company_bots(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListCompanyBotsResponse:
        """List all bots in the workspace, editable or not

        Returns every bot of the workspace, including those the caller cannot manage, for which only the
        name and nickname are filled in and the remaining settings are null. Each call is written to the
        audit log as `company_bots_accessed`; Corporation plan, owner-only scope `company_bots:read`.
        Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
        goes up to 50.
        """

        from .api.bots import list_company_bots as endpoint

        result: ListCompanyBotsResponse = self._client._request(
            endpoint,
            "model",
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_company_bots_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListCompanyBotsResponse, CompanyBotResponse]:
        """Iterate over every item of `list_company_bots`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.bots import list_company_bots as endpoint

        return SyncPaginator(
            self._client,
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
    ) -> GetWebhookEventsResponse:
        """List stored webhook events

        Returns webhook events recorded for the calling bot, for polling instead of (or besides) receiving
        them at a URL; events are kept only when the bot has event history switched on. Throttled to about 5
        calls per 2 seconds. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until
        `has_next` is false; `limit` goes up to 50. Scope `webhooks:events:read`.
        """

        from .api.bots import get_webhook_events as endpoint

        result: GetWebhookEventsResponse = self._client._request(
            endpoint,
            "model",
            {
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def get_webhook_events_iter(
        self,
        *,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[GetWebhookEventsResponse, WebhookEvent]:
        """Iterate over every item of `get_webhook_events`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.bots import get_webhook_events as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "limit": limit,
            },
        )

    def delete_webhook_event(
        self,
        id: str,
    ) -> None:
        """Delete a stored webhook event

        Drops one event from the calling bot's history, typically once it has been processed. Bot tokens
        only. Returns 204 with an empty body. Scope `webhooks:events:delete`.
        """

        from .api.bots import delete_webhook_event as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result


class AsyncBotsResource(AsyncResource):
    """Bot administration, token rotation, webhook settings and the stored webhook event log."""

    async def self_recreate_bot_token(
        self,
    ) -> BotSelfTokenResponse:
        """Rotate the calling bot's own token

        Issues a fresh `access_token` for whichever bot owns the token used for the call, so neither an
        admin nor the bot id is needed. The old token dies immediately and the new one is shown only in this
        reply, so persist it before anything else. Bot tokens only; scope `bot_self:write`.
        """

        from .api.bots import self_recreate_bot_token as endpoint

        result: BotSelfTokenResponse = await self._client._request(endpoint, "data", {})
        return result

    async def self_update_bot_webhook(
        self,
        *,
        body: BotWebhookSelfUpdateRequest | Mapping[str, Any],
    ) -> BotSelfResponse:
        """Set the calling bot's webhook URL

        Changes `outgoing_url` of the bot identified by the request token and returns the bot's updated
        settings. Sending an empty string turns outgoing webhooks off. Bot tokens only; scope
        `bot_self:webhook:write`.
        """

        from .api.bots import self_update_bot_webhook as endpoint
        from .models.bot_webhook_self_update_request import BotWebhookSelfUpdateRequest

        result: BotSelfResponse = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(BotWebhookSelfUpdateRequest, body),
            },
        )
        return result

    async def list_bots(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListBotsResponse:
        """List bots you can edit

        Returns the bots the caller is allowed to manage: those they created and those whose settings grant
        them edit rights. `query` narrows the result by bot name. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `bots:read`.
        """

        from .api.bots import list_bots as endpoint

        result: ListBotsResponse = await self._client._request(
            endpoint,
            "model",
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_bots_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListBotsResponse, BotResponse]:
        """Iterate over every item of `list_bots`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.bots import list_bots as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    async def create_bot(
        self,
        *,
        body: BotCreateRequest | Mapping[str, Any],
    ) -> BotCreateResponse:
        """Create a bot

        Creates a bot and answers 201 with its settings plus a freshly issued `access_token`. The token is
        not retrievable through the API later (only in the Pachca UI), so store it right away. Needs a user
        token, not a bot token; scope `bots:write`.
        """

        from .api.bots import create_bot as endpoint
        from .models.bot_create_request import BotCreateRequest

        result: BotCreateResponse = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(BotCreateRequest, body),
            },
        )
        return result

    async def get_bot(
        self,
        id: int,
    ) -> BotResponse:
        """Get a bot

        Fetches the current settings of one bot, including its webhook configuration and scopes. Scope
        `bots:read`.
        """

        from .api.bots import get_bot as endpoint

        result: BotResponse = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def update_bot(
        self,
        id: int,
        *,
        body: BotUpdateRequest | Mapping[str, Any],
    ) -> BotResponse:
        """Update a bot's settings

        Changes the bot's settings from the `bot` body object and returns the result. Callers without edit
        rights on this bot get 403; an empty `outgoing_url` disables its webhook. Scope `bots:write`.
        """

        from .api.bots import update_bot as endpoint
        from .models.bot_update_request import BotUpdateRequest

        result: BotResponse = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(BotUpdateRequest, body),
            },
        )
        return result

    async def delete_bot(
        self,
        id: int,
    ) -> None:
        """Delete a bot

        Removes the bot for good: its token is revoked, it is taken out of every chat and its outgoing
        webhook is dropped. Only the creator, or a workspace admin when the bot allows admins to edit it,
        may do this; chat admins may not. Returns 204 with an empty body. Scope `bots:write`.
        """

        from .api.bots import delete_bot as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def update_bot_avatar(
        self,
        id: int,
        *,
        body: UpdateBotAvatarBody | Mapping[str, Any],
    ) -> AvatarData:
        """Set a bot's avatar

        Replaces the bot's profile picture with an image sent as the `image` part of a `multipart/form-data`
        body and returns the new `image_url`. This call is known only from Pachca's SDK, so the PUT method
        and the `bots:write` scope are assumed by analogy with the employee avatar calls rather than
        documented.
        """

        from .api.bots import update_bot_avatar as endpoint
        from .models.update_bot_avatar_body import UpdateBotAvatarBody

        result: AvatarData = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_form(UpdateBotAvatarBody, body),
            },
        )
        return result

    async def delete_bot_avatar(
        self,
        id: int,
    ) -> None:
        """Remove a bot's avatar

        Clears the bot's profile picture. Returns 204 with an empty body. Known only from Pachca's SDK, so
        the `bots:write` scope is an assumption rather than a documented requirement.
        """

        from .api.bots import delete_bot_avatar as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def recreate_bot_token(
        self,
        id: int,
    ) -> BotCreateResponse:
        """Rotate a bot's token

        Generates a new `access_token` for the given bot and revokes the previous one at once, e.g. after a
        leak or as routine rotation in CI. The new value appears only in this response. Allowed for the
        bot's creator and, if the bot permits it, workspace admins; scope `bots:write`.
        """

        from .api.bots import recreate_bot_token as endpoint

        result: BotCreateResponse = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def rotate_bot_client_secret(
        self,
        id: int,
    ) -> BotResponse:
        """Issue a new OAuth client secret for a bot

        Replaces the secret of the bot's OAuth client and returns the bot's settings with the new
        `client_secret`, which is shown only in this reply; the old secret stops working at once, while
        consents and user tokens already granted keep working. Works only for a bot with OAuth switched on
        and a confidential (server-side) client, otherwise 400. Allowed for the creator and, if the bot
        permits it, workspace admins; scope `bots:write`.
        """

        from .api.bots import rotate_bot_client_secret as endpoint

        result: BotResponse = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def get_bot_scopes(
        self,
        id: int,
    ) -> BotScopeCatalog:
        """Show which permissions a bot may grant its tokens

        Returns the permissions this bot may hand to its tokens and to its OAuth consent screen: each scope
        with a title, its category and the presets that include it, plus the lists of categories and
        presets. The object comes back as is, without a `data` wrapper. Open to those who can see the bot's
        tokens (the creator, or workspace admins when the bot lets admins edit it); scope `bots:read`.
        """

        from .api.bots import get_bot_scopes as endpoint

        result: BotScopeCatalog = await self._client._request(
            endpoint,
            "model",
            {
                "id": id,
            },
        )
        return result

    async def list_bot_tokens(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListBotTokensResponse:
        """List a bot's access tokens

        Returns the bot's live tokens, that is the main one created with the bot plus any extra named ones,
        with their scopes and usage times; token strings are masked because the full value is shown only
        when a token is issued or reissued. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50. Only the bot's creator, or workspace
        admins when the bot lets admins edit it, may do this (a chat owner gets 403); scope `bots:read`.
        """

        from .api.bots import list_bot_tokens as endpoint

        result: ListBotTokensResponse = await self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_bot_tokens_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListBotTokensResponse, BotAccessToken]:
        """Iterate over every item of `list_bot_tokens`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.bots import list_bot_tokens as endpoint

        return AsyncPaginator(
            self._client,
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
        body: BotTokenCreateRequest | Mapping[str, Any],
    ) -> BotAccessToken:
        """Issue an extra token for a bot

        Creates another non-expiring token for the bot with its own `name` and `scopes` (for instance one
        per service, so each can be revoked alone) and answers 201 with it; the full token string appears
        only in this reply. Scopes must come from the bot's catalogue at `GET /bots/{id}/scopes`, anything
        else gives 400, and leaving `scopes` out produces a token without permissions. Only the bot's
        creator, or workspace admins when the bot lets admins edit it, may do this (a chat owner gets 403);
        scope `bots:write`.
        """

        from .api.bots import create_bot_token as endpoint
        from .models.bot_token_create_request import BotTokenCreateRequest

        result: BotAccessToken = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(BotTokenCreateRequest, body),
            },
        )
        return result

    async def update_bot_token(
        self,
        id: int,
        token_id: int,
        *,
        body: BotTokenUpdateRequest | Mapping[str, Any],
    ) -> BotAccessToken:
        """Rename a bot token or change its scopes

        Sets a new `name` and/or replaces the whole `scopes` list of one bot token, then returns the token
        with its value masked. New scopes apply immediately and the token string stays the same, so nothing
        needs reissuing. Only the bot's creator, or workspace admins when the bot lets admins edit it, may
        do this (a chat owner gets 403); scope `bots:write`.
        """

        from .api.bots import update_bot_token as endpoint
        from .models.bot_token_update_request import BotTokenUpdateRequest

        result: BotAccessToken = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "token_id": token_id,
                "body": as_model(BotTokenUpdateRequest, body),
            },
        )
        return result

    async def delete_bot_token(
        self,
        id: int,
        token_id: int,
    ) -> None:
        """Revoke one of a bot's tokens

        Deletes the token so that requests made with it fail from now on; the bot's other tokens are
        unaffected. Returns 204 with an empty body. Only the bot's creator, or workspace admins when the bot
        lets admins edit it, may do this (a chat owner gets 403); scope `bots:write`.
        """

        from .api.bots import delete_bot_token as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "token_id": token_id,
            },
        )
        return result

    async def reissue_bot_token(
        self,
        id: int,
        token_id: int,
    ) -> BotAccessToken:
        """Regenerate the value of a bot token

        Gives the token a fresh secret string while keeping its name and scopes, e.g. after a leak or for
        planned rotation; the previous string is rejected from that moment and the new one is returned only
        in this reply. The bot's main token can also be rotated with `POST /bots/{id}/recreate_token`. Only
        the bot's creator, or workspace admins when the bot lets admins edit it, may do this (a chat owner
        gets 403); scope `bots:write`.
        """

        from .api.bots import reissue_bot_token as endpoint

        result: BotAccessToken = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "token_id": token_id,
            },
        )
        return result

    async def list_company_bots(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListCompanyBotsResponse:
        """List all bots in the workspace, editable or not

        Returns every bot of the workspace, including those the caller cannot manage, for which only the
        name and nickname are filled in and the remaining settings are null. Each call is written to the
        audit log as `company_bots_accessed`; Corporation plan, owner-only scope `company_bots:read`.
        Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
        goes up to 50.
        """

        from .api.bots import list_company_bots as endpoint

        result: ListCompanyBotsResponse = await self._client._request(
            endpoint,
            "model",
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_company_bots_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListCompanyBotsResponse, CompanyBotResponse]:
        """Iterate over every item of `list_company_bots`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.bots import list_company_bots as endpoint

        return AsyncPaginator(
            self._client,
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
    ) -> GetWebhookEventsResponse:
        """List stored webhook events

        Returns webhook events recorded for the calling bot, for polling instead of (or besides) receiving
        them at a URL; events are kept only when the bot has event history switched on. Throttled to about 5
        calls per 2 seconds. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until
        `has_next` is false; `limit` goes up to 50. Scope `webhooks:events:read`.
        """

        from .api.bots import get_webhook_events as endpoint

        result: GetWebhookEventsResponse = await self._client._request(
            endpoint,
            "model",
            {
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def get_webhook_events_iter(
        self,
        *,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[GetWebhookEventsResponse, WebhookEvent]:
        """Iterate over every item of `get_webhook_events`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.bots import get_webhook_events as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "limit": limit,
            },
        )

    async def delete_webhook_event(
        self,
        id: str,
    ) -> None:
        """Delete a stored webhook event

        Drops one event from the calling bot's history, typically once it has been processed. Bot tokens
        only. Returns 204 with an empty body. Scope `webhooks:events:delete`.
        """

        from .api.bots import delete_webhook_event as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result


class ChatsResource(SyncResource):
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
    ) -> ListChatsResponse:
        """List chats

        Returns chats visible to the caller, filtered by availability (member of vs. all public), DM vs.
        group, archive state and last-message time, and ordered by `sort`/`order` (id descending unless told
        otherwise). Archived chats are left out unless `archived=true`. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `chats:read`.
        """

        from .api.chats import list_chats as endpoint

        result: ListChatsResponse = self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> SyncPaginator[ListChatsResponse, Chat]:
        """Iterate over every item of `list_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.chats import list_chats as endpoint

        return SyncPaginator(
            self._client,
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
        body: ChatCreateRequest | Mapping[str, Any],
    ) -> CreateChatResponse:
        """Create a chat

        Creates a group conversation or channel from the `chat` body object; the caller is made a member
        automatically and the new chat is returned with 201. One-to-one DMs are not created here: post a
        message with `entity_type: user` instead. Scope `chats:create`.
        """

        from .api.chats import create_chat as endpoint
        from .models.chat_create_request import ChatCreateRequest

        result: CreateChatResponse = self._client._request(
            endpoint,
            "model",
            {
                "body": as_model(ChatCreateRequest, body),
            },
        )
        return result

    def request_export(
        self,
        *,
        body: ExportRequest | Mapping[str, Any],
    ) -> ChatExport | None:
        """Request a message export

        Starts an asynchronous export of messages between two dates. Sent with `Prefer:
        return=representation` (as this client does), it answers 202 with the export record and its id;
        without the header, 204 with no body. When the archive is ready, Pachca POSTs a notice with
        `export_id` to the `webhook_url` you supplied. A request may span 45 days (366 when `chat_ids` is
        set) and up to 50 chats, one export at a time; Corporation plan, owner-only scope
        `chat_exports:write`.
        """

        from .api.chats import request_export as endpoint
        from .models.export_request import ExportRequest

        result: ChatExport | None = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(ExportRequest, body),
                "prefer": "return=representation",
            },
        )
        return result

    def download_export(
        self,
        id: int,
    ) -> str:
        """Download an export archive

        Answers 302 with a `Location` header that points to a short-lived link for the zip archive; most
        HTTP clients follow it transparently. A 404 means the id is unknown or the export has not finished
        yet. Corporation plan, owner-only scope `chat_exports:read`.
        """

        from .api.chats import download_export as endpoint

        result: str = self._client._request(
            endpoint,
            "location",
            {
                "id": id,
            },
        )
        return result

    def get_chat(
        self,
        id: int,
    ) -> Chat:
        """Get a chat

        Fetches one chat by id. A chat that exists but is closed to the caller yields 403 rather than 404.
        Scope `chats:read`.
        """

        from .api.chats import get_chat as endpoint

        result: Chat = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def update_chat(
        self,
        id: int,
        *,
        body: ChatUpdateRequest | Mapping[str, Any],
    ) -> Chat:
        """Update a chat

        Changes the chat's name and/or public flag, sent inside the `chat` body object, and returns the
        updated chat. Scope `chats:update`.
        """

        from .api.chats import update_chat as endpoint
        from .models.chat_update_request import ChatUpdateRequest

        result: Chat = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(ChatUpdateRequest, body),
            },
        )
        return result

    def archive_chat(
        self,
        id: int,
    ) -> None:
        """Archive a chat

        Moves the chat into the archive. Returns 204 with an empty body. Scope `chats:archive`.
        """

        from .api.chats import archive_chat as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def update_chat_avatar(
        self,
        id: int,
        *,
        body: UpdateChatAvatarBody | Mapping[str, Any],
    ) -> AvatarData:
        """Set a chat's avatar

        Replaces the chat's picture with an image sent as the `image` part of a `multipart/form-data` body
        and returns the new `image_url`. This call is known only from Pachca's SDK, so the PUT method and
        the `chats:update` scope are assumed by analogy with the employee avatar calls rather than
        documented.
        """

        from .api.chats import update_chat_avatar as endpoint
        from .models.update_chat_avatar_body import UpdateChatAvatarBody

        result: AvatarData = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_form(UpdateChatAvatarBody, body),
            },
        )
        return result

    def delete_chat_avatar(
        self,
        id: int,
    ) -> None:
        """Remove a chat's avatar

        Clears the chat's picture. Returns 204 with an empty body. Known only from Pachca's SDK, so the
        `chats:update` scope is an assumption rather than a documented requirement.
        """

        from .api.chats import delete_chat_avatar as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def unarchive_chat(
        self,
        id: int,
    ) -> None:
        """Restore an archived chat

        Brings an archived chat back to the active list. Returns 204 with an empty body. Scope
        `chats:archive`.
        """

        from .api.chats import unarchive_chat as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def mark_chat_unread(
        self,
        id: int,
        *,
        body: MarkChatUnreadRequest | Unset | Mapping[str, Any],
    ) -> None:
        """Flag a chat as unread for yourself

        Makes the chat show up as unread for the token's owner only, as the app's own menu action does;
        other members notice nothing and a hidden DM reappears in the list. With no body the latest message
        turns unread, with `message_id` that message and all later ones; repeating the call or targeting an
        empty chat changes nothing. Works in conversations, channels, DMs and threads the caller belongs to
        (other chats, or a message from another chat, give 404) and returns 204 with an empty body; scope
        `chats:mark_unread`.
        """

        from .api.chats import mark_chat_unread as endpoint
        from .models.mark_chat_unread_request import MarkChatUnreadRequest

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "body": as_model(MarkChatUnreadRequest, body),
            },
        )
        return result

    def list_company_chats(
        self,
        *,
        activity: ChatActivity | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListCompanyChatsResponse:
        """List every group chat and channel in the workspace

        Returns all conversations and channels of the workspace, closed ones the caller is not in included,
        but no DMs or threads; active and archived chats both come back unless `activity` picks one. Each
        call is written to the audit log as `company_chats_accessed`; Corporation plan, owner-only scope
        `company_chats:read`. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until
        `has_next` is false; `limit` goes up to 50.
        """

        from .api.chats import list_company_chats as endpoint

        result: ListCompanyChatsResponse = self._client._request(
            endpoint,
            "model",
            {
                "activity": activity,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_company_chats_iter(
        self,
        *,
        activity: ChatActivity | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListCompanyChatsResponse, Chat]:
        """Iterate over every item of `list_company_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.chats import list_company_chats as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "activity": activity,
                "limit": limit,
            },
        )


class AsyncChatsResource(AsyncResource):
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
    ) -> ListChatsResponse:
        """List chats

        Returns chats visible to the caller, filtered by availability (member of vs. all public), DM vs.
        group, archive state and last-message time, and ordered by `sort`/`order` (id descending unless told
        otherwise). Archived chats are left out unless `archived=true`. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `chats:read`.
        """

        from .api.chats import list_chats as endpoint

        result: ListChatsResponse = await self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> AsyncPaginator[ListChatsResponse, Chat]:
        """Iterate over every item of `list_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.chats import list_chats as endpoint

        return AsyncPaginator(
            self._client,
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
        body: ChatCreateRequest | Mapping[str, Any],
    ) -> CreateChatResponse:
        """Create a chat

        Creates a group conversation or channel from the `chat` body object; the caller is made a member
        automatically and the new chat is returned with 201. One-to-one DMs are not created here: post a
        message with `entity_type: user` instead. Scope `chats:create`.
        """

        from .api.chats import create_chat as endpoint
        from .models.chat_create_request import ChatCreateRequest

        result: CreateChatResponse = await self._client._request(
            endpoint,
            "model",
            {
                "body": as_model(ChatCreateRequest, body),
            },
        )
        return result

    async def request_export(
        self,
        *,
        body: ExportRequest | Mapping[str, Any],
    ) -> ChatExport | None:
        """Request a message export

        Starts an asynchronous export of messages between two dates. Sent with `Prefer:
        return=representation` (as this client does), it answers 202 with the export record and its id;
        without the header, 204 with no body. When the archive is ready, Pachca POSTs a notice with
        `export_id` to the `webhook_url` you supplied. A request may span 45 days (366 when `chat_ids` is
        set) and up to 50 chats, one export at a time; Corporation plan, owner-only scope
        `chat_exports:write`.
        """

        from .api.chats import request_export as endpoint
        from .models.export_request import ExportRequest

        result: ChatExport | None = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(ExportRequest, body),
                "prefer": "return=representation",
            },
        )
        return result

    async def download_export(
        self,
        id: int,
    ) -> str:
        """Download an export archive

        Answers 302 with a `Location` header that points to a short-lived link for the zip archive; most
        HTTP clients follow it transparently. A 404 means the id is unknown or the export has not finished
        yet. Corporation plan, owner-only scope `chat_exports:read`.
        """

        from .api.chats import download_export as endpoint

        result: str = await self._client._request(
            endpoint,
            "location",
            {
                "id": id,
            },
        )
        return result

    async def get_chat(
        self,
        id: int,
    ) -> Chat:
        """Get a chat

        Fetches one chat by id. A chat that exists but is closed to the caller yields 403 rather than 404.
        Scope `chats:read`.
        """

        from .api.chats import get_chat as endpoint

        result: Chat = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def update_chat(
        self,
        id: int,
        *,
        body: ChatUpdateRequest | Mapping[str, Any],
    ) -> Chat:
        """Update a chat

        Changes the chat's name and/or public flag, sent inside the `chat` body object, and returns the
        updated chat. Scope `chats:update`.
        """

        from .api.chats import update_chat as endpoint
        from .models.chat_update_request import ChatUpdateRequest

        result: Chat = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(ChatUpdateRequest, body),
            },
        )
        return result

    async def archive_chat(
        self,
        id: int,
    ) -> None:
        """Archive a chat

        Moves the chat into the archive. Returns 204 with an empty body. Scope `chats:archive`.
        """

        from .api.chats import archive_chat as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def update_chat_avatar(
        self,
        id: int,
        *,
        body: UpdateChatAvatarBody | Mapping[str, Any],
    ) -> AvatarData:
        """Set a chat's avatar

        Replaces the chat's picture with an image sent as the `image` part of a `multipart/form-data` body
        and returns the new `image_url`. This call is known only from Pachca's SDK, so the PUT method and
        the `chats:update` scope are assumed by analogy with the employee avatar calls rather than
        documented.
        """

        from .api.chats import update_chat_avatar as endpoint
        from .models.update_chat_avatar_body import UpdateChatAvatarBody

        result: AvatarData = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_form(UpdateChatAvatarBody, body),
            },
        )
        return result

    async def delete_chat_avatar(
        self,
        id: int,
    ) -> None:
        """Remove a chat's avatar

        Clears the chat's picture. Returns 204 with an empty body. Known only from Pachca's SDK, so the
        `chats:update` scope is an assumption rather than a documented requirement.
        """

        from .api.chats import delete_chat_avatar as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def unarchive_chat(
        self,
        id: int,
    ) -> None:
        """Restore an archived chat

        Brings an archived chat back to the active list. Returns 204 with an empty body. Scope
        `chats:archive`.
        """

        from .api.chats import unarchive_chat as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def mark_chat_unread(
        self,
        id: int,
        *,
        body: MarkChatUnreadRequest | Unset | Mapping[str, Any],
    ) -> None:
        """Flag a chat as unread for yourself

        Makes the chat show up as unread for the token's owner only, as the app's own menu action does;
        other members notice nothing and a hidden DM reappears in the list. With no body the latest message
        turns unread, with `message_id` that message and all later ones; repeating the call or targeting an
        empty chat changes nothing. Works in conversations, channels, DMs and threads the caller belongs to
        (other chats, or a message from another chat, give 404) and returns 204 with an empty body; scope
        `chats:mark_unread`.
        """

        from .api.chats import mark_chat_unread as endpoint
        from .models.mark_chat_unread_request import MarkChatUnreadRequest

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "body": as_model(MarkChatUnreadRequest, body),
            },
        )
        return result

    async def list_company_chats(
        self,
        *,
        activity: ChatActivity | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListCompanyChatsResponse:
        """List every group chat and channel in the workspace

        Returns all conversations and channels of the workspace, closed ones the caller is not in included,
        but no DMs or threads; active and archived chats both come back unless `activity` picks one. Each
        call is written to the audit log as `company_chats_accessed`; Corporation plan, owner-only scope
        `company_chats:read`. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until
        `has_next` is false; `limit` goes up to 50.
        """

        from .api.chats import list_company_chats as endpoint

        result: ListCompanyChatsResponse = await self._client._request(
            endpoint,
            "model",
            {
                "activity": activity,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_company_chats_iter(
        self,
        *,
        activity: ChatActivity | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListCompanyChatsResponse, Chat]:
        """Iterate over every item of `list_company_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.chats import list_company_chats as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "activity": activity,
                "limit": limit,
            },
        )


class CustomPropertiesResource(SyncResource):
    """Workspace-defined extra fields available on employees and tasks."""

    def list_properties(
        self,
        *,
        entity_type: SearchEntityType,
    ) -> list[CustomPropertyDefinition]:
        """List custom property definitions

        Returns the extra fields configured in the workspace for employees or for tasks, chosen with
        `entity_type`. The reply holds `data` only, without pagination `meta`. Writing a property id that no
        longer exists on a user or task causes an error, and file-type properties are not supported yet.
        Scope `custom_properties:read`.
        """

        from .api.custom_properties import list_properties as endpoint

        result: list[CustomPropertyDefinition] = self._client._request(
            endpoint,
            "data",
            {
                "entity_type": entity_type,
            },
        )
        return result


class AsyncCustomPropertiesResource(AsyncResource):
    """Workspace-defined extra fields available on employees and tasks."""

    async def list_properties(
        self,
        *,
        entity_type: SearchEntityType,
    ) -> list[CustomPropertyDefinition]:
        """List custom property definitions

        Returns the extra fields configured in the workspace for employees or for tasks, chosen with
        `entity_type`. The reply holds `data` only, without pagination `meta`. Writing a property id that no
        longer exists on a user or task causes an error, and file-type properties are not supported yet.
        Scope `custom_properties:read`.
        """

        from .api.custom_properties import list_properties as endpoint

        result: list[CustomPropertyDefinition] = await self._client._request(
            endpoint,
            "data",
            {
                "entity_type": entity_type,
            },
        )
        return result


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
    ) -> ListDraftsResponse:
        """List your drafts and scheduled messages

        Returns the caller's own drafts, newest first; only plain drafts come back unless `type` asks for
        `scheduled` messages or `all`, and a non-null `schedule` marks a scheduled one. Giving `entity_type`
        together with `entity_id` narrows the list to one chat, thread or DM, and a target that is unknown
        or out of reach just yields an empty list. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50; scope `drafts:read`.
        """

        from .api.drafts import list_drafts as endpoint

        result: ListDraftsResponse = self._client._request(
            endpoint,
            "model",
            {
                "type_": type_,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_drafts_iter(
        self,
        *,
        type_: DraftType | Unset = UNSET,
        entity_type: MessageEntityType | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListDraftsResponse, Draft]:
        """Iterate over every item of `list_drafts`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.drafts import list_drafts as endpoint

        return SyncPaginator(
            self._client,
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
        body: DraftCreateRequest | Mapping[str, Any],
    ) -> Draft:
        """Save a draft or schedule a message for later sending

        Puts a draft into a conversation, thread or DM (a missing DM is opened), where it waits in the
        caller's message box; with `schedule` it becomes a scheduled message that Pachca sends by itself,
        once or on a repeating pattern, while without it nothing is ever sent. Drafts are visible to their
        author only, need text or files, and a chat holds one plain draft (a second gives 409 with the
        existing id in `payload.draft_id`) and at most 50 scheduled messages. Bot tokens cannot call it; the
        reply is 201 with the draft, and the scope is `drafts:write`.
        """

        from .api.drafts import create_draft as endpoint
        from .models.draft_create_request import DraftCreateRequest

        result: Draft = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(DraftCreateRequest, body),
            },
        )
        return result

    def get_draft(
        self,
        id: int,
    ) -> Draft:
        """Fetch one of your drafts

        Fetches one of the caller's drafts or scheduled messages by id, with its files and, for a scheduled
        one, the schedule and next send time. Scope `drafts:read`.
        """

        from .api.drafts import get_draft as endpoint

        result: Draft = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def update_draft(
        self,
        id: int,
        *,
        body: DraftUpdateRequest | Mapping[str, Any],
    ) -> Draft:
        """Change the text, files or schedule of a draft

        Changes only the fields sent in the `draft` body object (text, reply target, files, schedule) and
        returns the result; a `files` array replaces the whole attachment list, and the target chat cannot
        be changed. Adding `schedule` turns a plain draft into a scheduled message, but not the other way
        round (`schedule: null` on a scheduled one gives 422). Needs write access to the chat, else 403;
        scope `drafts:write`.
        """

        from .api.drafts import update_draft as endpoint
        from .models.draft_update_request import DraftUpdateRequest

        result: Draft = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(DraftUpdateRequest, body),
            },
        )
        return result

    def delete_draft(
        self,
        id: int,
    ) -> None:
        """Delete a draft, cancelling it if it is scheduled

        Deletes the draft, which for a scheduled message also cancels every future send; it works even after
        the caller has lost access to the chat. Returns 204 with an empty body. Scope `drafts:write`.
        """

        from .api.drafts import delete_draft as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result


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
    ) -> ListDraftsResponse:
        """List your drafts and scheduled messages

        Returns the caller's own drafts, newest first; only plain drafts come back unless `type` asks for
        `scheduled` messages or `all`, and a non-null `schedule` marks a scheduled one. Giving `entity_type`
        together with `entity_id` narrows the list to one chat, thread or DM, and a target that is unknown
        or out of reach just yields an empty list. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50; scope `drafts:read`.
        """

        from .api.drafts import list_drafts as endpoint

        result: ListDraftsResponse = await self._client._request(
            endpoint,
            "model",
            {
                "type_": type_,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_drafts_iter(
        self,
        *,
        type_: DraftType | Unset = UNSET,
        entity_type: MessageEntityType | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListDraftsResponse, Draft]:
        """Iterate over every item of `list_drafts`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.drafts import list_drafts as endpoint

        return AsyncPaginator(
            self._client,
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
        body: DraftCreateRequest | Mapping[str, Any],
    ) -> Draft:
        """Save a draft or schedule a message for later sending

        Puts a draft into a conversation, thread or DM (a missing DM is opened), where it waits in the
        caller's message box; with `schedule` it becomes a scheduled message that Pachca sends by itself,
        once or on a repeating pattern, while without it nothing is ever sent. Drafts are visible to their
        author only, need text or files, and a chat holds one plain draft (a second gives 409 with the
        existing id in `payload.draft_id`) and at most 50 scheduled messages. Bot tokens cannot call it; the
        reply is 201 with the draft, and the scope is `drafts:write`.
        """

        from .api.drafts import create_draft as endpoint
        from .models.draft_create_request import DraftCreateRequest

        result: Draft = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(DraftCreateRequest, body),
            },
        )
        return result

    async def get_draft(
        self,
        id: int,
    ) -> Draft:
        """Fetch one of your drafts

        Fetches one of the caller's drafts or scheduled messages by id, with its files and, for a scheduled
        one, the schedule and next send time. Scope `drafts:read`.
        """

        from .api.drafts import get_draft as endpoint

        result: Draft = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def update_draft(
        self,
        id: int,
        *,
        body: DraftUpdateRequest | Mapping[str, Any],
    ) -> Draft:
        """Change the text, files or schedule of a draft

        Changes only the fields sent in the `draft` body object (text, reply target, files, schedule) and
        returns the result; a `files` array replaces the whole attachment list, and the target chat cannot
        be changed. Adding `schedule` turns a plain draft into a scheduled message, but not the other way
        round (`schedule: null` on a scheduled one gives 422). Needs write access to the chat, else 403;
        scope `drafts:write`.
        """

        from .api.drafts import update_draft as endpoint
        from .models.draft_update_request import DraftUpdateRequest

        result: Draft = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(DraftUpdateRequest, body),
            },
        )
        return result

    async def delete_draft(
        self,
        id: int,
    ) -> None:
        """Delete a draft, cancelling it if it is scheduled

        Deletes the draft, which for a scheduled message also cancels every future send; it works even after
        the caller has lost access to the chat. Returns 204 with an empty body. Scope `drafts:write`.
        """

        from .api.drafts import delete_draft as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result


class FilesResource(SyncResource):
    """Two-step uploads (fetch presigned form fields, then post the file straight to storage) and downloading an attachment by its id."""

    @overload
    def download_file(
        self,
        id: int,
        destination: str | os.PathLike[str],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
    ) -> Path: ...

    @overload
    def download_file(
        self,
        id: int,
        destination: IO[bytes],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
    ) -> None: ...

    def download_file(
        self,
        id: int,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
    ) -> Path | None:
        """Fetch a file's contents by id

        Answers with the attachment's bytes themselves, not a link, and its name in `Content-Disposition`;
        this is where the `url` of encrypted files and of files from a workspace's secure perimeter points,
        so fetch it with the token. `target` asks for a derived version instead of the original; a version
        the file lacks or a failed decryption gives 400, and a request from outside the secure perimeter
        (your server's address is the one checked) gets 403 `confidential_download_denied`. Message
        attachments are open to whoever sees the message, draft attachments only to the draft's author;
        scope `files:read`.
        """

        from .api.files import download_file as endpoint

        return self._client._download(
            endpoint,
            {
                "id": id,
                "target": target,
            },
            destination,
            overwrite=overwrite,
        )

    def get_upload_params(
        self,
    ) -> UploadParams:
        """Get presigned upload parameters

        First step of an upload: answers 201 with a flat object (no `data` wrapper) holding `direct_url`, a
        `key` containing the literal `${filename}` placeholder and S3-style policy and signature fields.
        Request a new set for every file, then post the file to `direct_url` and cite the key in a message.
        Scope `uploads:write`.
        """

        from .api.files import get_upload_params as endpoint

        result: UploadParams = self._client._request(endpoint, "model", {})
        return result


class AsyncFilesResource(AsyncResource):
    """Two-step uploads (fetch presigned form fields, then post the file straight to storage) and downloading an attachment by its id."""

    @overload
    async def download_file(
        self,
        id: int,
        destination: str | os.PathLike[str],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
    ) -> Path: ...

    @overload
    async def download_file(
        self,
        id: int,
        destination: IO[bytes],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
    ) -> None: ...

    async def download_file(
        self,
        id: int,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
    ) -> Path | None:
        """Fetch a file's contents by id

        Answers with the attachment's bytes themselves, not a link, and its name in `Content-Disposition`;
        this is where the `url` of encrypted files and of files from a workspace's secure perimeter points,
        so fetch it with the token. `target` asks for a derived version instead of the original; a version
        the file lacks or a failed decryption gives 400, and a request from outside the secure perimeter
        (your server's address is the one checked) gets 403 `confidential_download_denied`. Message
        attachments are open to whoever sees the message, draft attachments only to the draft's author;
        scope `files:read`.
        """

        from .api.files import download_file as endpoint

        return await self._client._download(
            endpoint,
            {
                "id": id,
                "target": target,
            },
            destination,
            overwrite=overwrite,
        )

    async def get_upload_params(
        self,
    ) -> UploadParams:
        """Get presigned upload parameters

        First step of an upload: answers 201 with a flat object (no `data` wrapper) holding `direct_url`, a
        `key` containing the literal `${filename}` placeholder and S3-style policy and signature fields.
        Request a new set for every file, then post the file to `direct_url` and cite the key in a message.
        Scope `uploads:write`.
        """

        from .api.files import get_upload_params as endpoint

        result: UploadParams = await self._client._request(endpoint, "model", {})
        return result


class GroupTagsResource(SyncResource):
    """Employee tags, i.e. named user groups, and who belongs to them."""

    def list_tags(
        self,
        *,
        names: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListTagsResponse:
        """List group tags

        Returns the workspace's employee tags, whose names are unique. Pass one or more repeated `names[]`
        keys to fetch tags by exact name. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor`
        until `has_next` is false; `limit` goes up to 50. Scope `group_tags:read`.
        """

        from .api.group_tags import list_tags as endpoint

        result: ListTagsResponse = self._client._request(
            endpoint,
            "model",
            {
                "names": names,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_tags_iter(
        self,
        *,
        names: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListTagsResponse, GroupTag]:
        """Iterate over every item of `list_tags`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.group_tags import list_tags as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "names": names,
                "limit": limit,
            },
        )

    def create_tag(
        self,
        *,
        body: GroupTagRequest | Mapping[str, Any],
    ) -> GroupTag:
        """Create a group tag

        Creates an employee tag named in the `group_tag` body object and returns it with 201. Scope
        `group_tags:write`.
        """

        from .api.group_tags import create_tag as endpoint
        from .models.group_tag_request import GroupTagRequest

        result: GroupTag = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(GroupTagRequest, body),
            },
        )
        return result

    def get_tag(
        self,
        id: int,
    ) -> GroupTag:
        """Get a group tag

        Fetches one employee tag by id together with its member count. Scope `group_tags:read`.
        """

        from .api.group_tags import get_tag as endpoint

        result: GroupTag = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def update_tag(
        self,
        id: int,
        *,
        body: GroupTagRequest | Mapping[str, Any],
    ) -> GroupTag:
        """Rename a group tag

        Changes the tag's name (the only editable field) and returns the updated tag. Scope
        `group_tags:write`.
        """

        from .api.group_tags import update_tag as endpoint
        from .models.group_tag_request import GroupTagRequest

        result: GroupTag = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(GroupTagRequest, body),
            },
        )
        return result

    def delete_tag(
        self,
        id: int,
    ) -> None:
        """Delete a group tag

        Deletes the employee tag. Returns 204 with an empty body. Scope `group_tags:write`.
        """

        from .api.group_tags import delete_tag as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def get_tag_users(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetTagUsersResponse:
        """List users in a group tag

        Returns the employees who currently carry the tag. Cursor-paginated: feed `meta.paginate.next_page`
        back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope `group_tags:read`.
        """

        from .api.group_tags import get_tag_users as endpoint

        result: GetTagUsersResponse = self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def get_tag_users_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[GetTagUsersResponse, User]:
        """Iterate over every item of `get_tag_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.group_tags import get_tag_users as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )


class AsyncGroupTagsResource(AsyncResource):
    """Employee tags, i.e. named user groups, and who belongs to them."""

    async def list_tags(
        self,
        *,
        names: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListTagsResponse:
        """List group tags

        Returns the workspace's employee tags, whose names are unique. Pass one or more repeated `names[]`
        keys to fetch tags by exact name. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor`
        until `has_next` is false; `limit` goes up to 50. Scope `group_tags:read`.
        """

        from .api.group_tags import list_tags as endpoint

        result: ListTagsResponse = await self._client._request(
            endpoint,
            "model",
            {
                "names": names,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_tags_iter(
        self,
        *,
        names: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListTagsResponse, GroupTag]:
        """Iterate over every item of `list_tags`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.group_tags import list_tags as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "names": names,
                "limit": limit,
            },
        )

    async def create_tag(
        self,
        *,
        body: GroupTagRequest | Mapping[str, Any],
    ) -> GroupTag:
        """Create a group tag

        Creates an employee tag named in the `group_tag` body object and returns it with 201. Scope
        `group_tags:write`.
        """

        from .api.group_tags import create_tag as endpoint
        from .models.group_tag_request import GroupTagRequest

        result: GroupTag = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(GroupTagRequest, body),
            },
        )
        return result

    async def get_tag(
        self,
        id: int,
    ) -> GroupTag:
        """Get a group tag

        Fetches one employee tag by id together with its member count. Scope `group_tags:read`.
        """

        from .api.group_tags import get_tag as endpoint

        result: GroupTag = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def update_tag(
        self,
        id: int,
        *,
        body: GroupTagRequest | Mapping[str, Any],
    ) -> GroupTag:
        """Rename a group tag

        Changes the tag's name (the only editable field) and returns the updated tag. Scope
        `group_tags:write`.
        """

        from .api.group_tags import update_tag as endpoint
        from .models.group_tag_request import GroupTagRequest

        result: GroupTag = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(GroupTagRequest, body),
            },
        )
        return result

    async def delete_tag(
        self,
        id: int,
    ) -> None:
        """Delete a group tag

        Deletes the employee tag. Returns 204 with an empty body. Scope `group_tags:write`.
        """

        from .api.group_tags import delete_tag as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def get_tag_users(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetTagUsersResponse:
        """List users in a group tag

        Returns the employees who currently carry the tag. Cursor-paginated: feed `meta.paginate.next_page`
        back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope `group_tags:read`.
        """

        from .api.group_tags import get_tag_users as endpoint

        result: GetTagUsersResponse = await self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def get_tag_users_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[GetTagUsersResponse, User]:
        """Iterate over every item of `get_tag_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.group_tags import get_tag_users as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )


class MembersResource(SyncResource):
    """Chat membership: adding or removing people and tags, changing roles, leaving."""

    def add_tags(
        self,
        id: int,
        *,
        body: AddTagsRequest | Mapping[str, Any],
    ) -> None:
        """Add group tags to a chat

        Links employee tags to a conversation or channel so that everyone in those tags joins it; from then
        on membership follows the tag, with people added or removed as the tag changes. Returns 204 with an
        empty body. Scope `chat_members:write`.
        """

        from .api.members import add_tags as endpoint
        from .models.add_tags_request import AddTagsRequest

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "body": as_model(AddTagsRequest, body),
            },
        )
        return result

    def remove_tag(
        self,
        id: int,
        tag_id: int,
    ) -> None:
        """Remove a group tag from a chat

        Unlinks an employee tag from the chat's member list. Returns 204 with an empty body. Scope
        `chat_members:write`.
        """

        from .api.members import remove_tag as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "tag_id": tag_id,
            },
        )
        return result

    def leave_chat(
        self,
        id: int,
    ) -> None:
        """Leave a chat

        Takes the caller out of a conversation or channel; this is also the only way for a chat owner to
        leave. Returns 204 with an empty body. Scope `chats:leave`.
        """

        from .api.members import leave_chat as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def list_members(
        self,
        id: int,
        *,
        role: ChatMemberRoleFilter | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListMembersResponse:
        """List members of a chat

        Returns the users in a chat, optionally only those with a given `role`. The workspace owner can read
        any chat, while admins and bots see members only of chats they are in or that are public. Cursor-
        paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
        up to 50. Scope `chat_members:read`.
        """

        from .api.members import list_members as endpoint

        result: ListMembersResponse = self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "role": role,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_members_iter(
        self,
        id: int,
        *,
        role: ChatMemberRoleFilter | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListMembersResponse, User]:
        """Iterate over every item of `list_members`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.members import list_members as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "id": id,
                "role": role,
                "limit": limit,
            },
        )

    def add_members(
        self,
        id: int,
        *,
        body: AddMembersRequest | Mapping[str, Any],
    ) -> None:
        """Add users to a chat

        Adds the listed user ids to a conversation, channel or thread chat; set `silent` to avoid the system
        message about new members. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from .api.members import add_members as endpoint
        from .models.add_members_request import AddMembersRequest

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "body": as_model(AddMembersRequest, body),
            },
        )
        return result

    def update_member_role(
        self,
        id: int,
        user_id: int,
        *,
        body: UpdateMemberRoleRequest | Mapping[str, Any],
    ) -> None:
        """Change a member's role

        Sets the role of a user or bot inside a conversation or channel. The owner's role cannot be changed;
        they always keep admin rights. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from .api.members import update_member_role as endpoint
        from .models.update_member_role_request import UpdateMemberRoleRequest

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "user_id": user_id,
                "body": as_model(UpdateMemberRoleRequest, body),
            },
        )
        return result

    def remove_member(
        self,
        id: int,
        user_id: int,
    ) -> None:
        """Remove a user from a chat

        Kicks a user out of a conversation or channel. The chat owner cannot be removed this way and has to
        leave on their own. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from .api.members import remove_member as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "user_id": user_id,
            },
        )
        return result


class AsyncMembersResource(AsyncResource):
    """Chat membership: adding or removing people and tags, changing roles, leaving."""

    async def add_tags(
        self,
        id: int,
        *,
        body: AddTagsRequest | Mapping[str, Any],
    ) -> None:
        """Add group tags to a chat

        Links employee tags to a conversation or channel so that everyone in those tags joins it; from then
        on membership follows the tag, with people added or removed as the tag changes. Returns 204 with an
        empty body. Scope `chat_members:write`.
        """

        from .api.members import add_tags as endpoint
        from .models.add_tags_request import AddTagsRequest

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "body": as_model(AddTagsRequest, body),
            },
        )
        return result

    async def remove_tag(
        self,
        id: int,
        tag_id: int,
    ) -> None:
        """Remove a group tag from a chat

        Unlinks an employee tag from the chat's member list. Returns 204 with an empty body. Scope
        `chat_members:write`.
        """

        from .api.members import remove_tag as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "tag_id": tag_id,
            },
        )
        return result

    async def leave_chat(
        self,
        id: int,
    ) -> None:
        """Leave a chat

        Takes the caller out of a conversation or channel; this is also the only way for a chat owner to
        leave. Returns 204 with an empty body. Scope `chats:leave`.
        """

        from .api.members import leave_chat as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def list_members(
        self,
        id: int,
        *,
        role: ChatMemberRoleFilter | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListMembersResponse:
        """List members of a chat

        Returns the users in a chat, optionally only those with a given `role`. The workspace owner can read
        any chat, while admins and bots see members only of chats they are in or that are public. Cursor-
        paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
        up to 50. Scope `chat_members:read`.
        """

        from .api.members import list_members as endpoint

        result: ListMembersResponse = await self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "role": role,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_members_iter(
        self,
        id: int,
        *,
        role: ChatMemberRoleFilter | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListMembersResponse, User]:
        """Iterate over every item of `list_members`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.members import list_members as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "id": id,
                "role": role,
                "limit": limit,
            },
        )

    async def add_members(
        self,
        id: int,
        *,
        body: AddMembersRequest | Mapping[str, Any],
    ) -> None:
        """Add users to a chat

        Adds the listed user ids to a conversation, channel or thread chat; set `silent` to avoid the system
        message about new members. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from .api.members import add_members as endpoint
        from .models.add_members_request import AddMembersRequest

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "body": as_model(AddMembersRequest, body),
            },
        )
        return result

    async def update_member_role(
        self,
        id: int,
        user_id: int,
        *,
        body: UpdateMemberRoleRequest | Mapping[str, Any],
    ) -> None:
        """Change a member's role

        Sets the role of a user or bot inside a conversation or channel. The owner's role cannot be changed;
        they always keep admin rights. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from .api.members import update_member_role as endpoint
        from .models.update_member_role_request import UpdateMemberRoleRequest

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "user_id": user_id,
                "body": as_model(UpdateMemberRoleRequest, body),
            },
        )
        return result

    async def remove_member(
        self,
        id: int,
        user_id: int,
    ) -> None:
        """Remove a user from a chat

        Kicks a user out of a conversation or channel. The chat owner cannot be removed this way and has to
        leave on their own. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from .api.members import remove_member as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "user_id": user_id,
            },
        )
        return result


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
    ) -> ListChatMessagesResponse:
        """List messages in a chat

        Returns messages from one conversation, channel, DM or thread chat given by the required `chat_id`,
        newest first by default. Reading is throttled at roughly 10 requests per second per token. Cursor-
        paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
        up to 50. Scope `messages:read`.
        """

        from .api.messages import list_chat_messages as endpoint

        result: ListChatMessagesResponse = self._client._request(
            endpoint,
            "model",
            {
                "chat_id": chat_id,
                "sort": sort,
                "order": order,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_chat_messages_iter(
        self,
        *,
        chat_id: int,
        sort: MessageSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListChatMessagesResponse, Message]:
        """Iterate over every item of `list_chat_messages`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.messages import list_chat_messages as endpoint

        return SyncPaginator(
            self._client,
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
        body: MessageCreateRequest | Mapping[str, Any],
    ) -> Message:
        """Send a message

        Posts to a chat, a thread or a user's DM depending on `entity_type` (`discussion` by default,
        `thread`, `user`); a DM chat is created on first contact, and with `discussion` any chat id, a
        thread's included, is accepted. Files uploaded via `/uploads`, button rows and `<@user_id>` mentions
        are supported. Writes are throttled to about 4 per second per chat and are not idempotent, so avoid
        blind retries; scope `messages:create`.
        """

        from .api.messages import create_message as endpoint
        from .models.message_create_request import MessageCreateRequest

        result: Message = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(MessageCreateRequest, body),
            },
        )
        return result

    def get_message(
        self,
        id: int,
    ) -> Message:
        """Get a message

        Fetches a message with its files, buttons and thread link. A deleted message still returns 200 with
        `deleted_at` set, which makes this handy for enriching the minimal webhook payloads. Scope
        `messages:read`.
        """

        from .api.messages import get_message as endpoint

        result: Message = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def update_message(
        self,
        id: int,
        *,
        body: MessageUpdateRequest | Mapping[str, Any],
    ) -> Message:
        """Edit a message

        Replaces editable parts of a message or thread comment, such as text, files or buttons (an empty
        `buttons` array drops them), and returns the updated message. Scope `messages:update`.
        """

        from .api.messages import update_message as endpoint
        from .models.message_update_request import MessageUpdateRequest

        result: Message = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(MessageUpdateRequest, body),
            },
        )
        return result

    def delete_message(
        self,
        id: int,
    ) -> None:
        """Delete a message

        Deletes a message; allowed for its author and for chat admins and editors (both sides of a DM count
        as editors), with no time limit. Returns 204 with an empty body. Scope `messages:delete`.
        """

        from .api.messages import delete_message as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def unfurl(
        self,
        id: int,
        *,
        body: LinkPreviewsRequest | Mapping[str, Any],
    ) -> None:
        """Attach link previews to a message

        Lets an Unfurl bot supply previews for URLs in a message, keyed by URL, each with a title,
        description and either an image URL or an uploaded image. Only the first preview is shown and a
        single invalid URL fails the whole call. Bot tokens only; returns 204 with no body; scope
        `link_previews:write`.
        """

        from .api.messages import unfurl as endpoint
        from .models.link_previews_request import LinkPreviewsRequest

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "body": as_model(LinkPreviewsRequest, body),
            },
        )
        return result

    def pin_message(
        self,
        id: int,
    ) -> None:
        """Pin a message

        Pins the message in its chat. Returns 204 with an empty body. Pinning one that is already pinned
        fails with 422. Scope `pins:write`.
        """

        from .api.messages import pin_message as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def unpin_message(
        self,
        id: int,
    ) -> None:
        """Unpin a message

        Takes the message off its chat's pinned list. Returns 204 with an empty body. Scope `pins:write`.
        """

        from .api.messages import unpin_message as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result


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
    ) -> ListChatMessagesResponse:
        """List messages in a chat

        Returns messages from one conversation, channel, DM or thread chat given by the required `chat_id`,
        newest first by default. Reading is throttled at roughly 10 requests per second per token. Cursor-
        paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
        up to 50. Scope `messages:read`.
        """

        from .api.messages import list_chat_messages as endpoint

        result: ListChatMessagesResponse = await self._client._request(
            endpoint,
            "model",
            {
                "chat_id": chat_id,
                "sort": sort,
                "order": order,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_chat_messages_iter(
        self,
        *,
        chat_id: int,
        sort: MessageSortField | Unset = UNSET,
        order: SortOrder | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListChatMessagesResponse, Message]:
        """Iterate over every item of `list_chat_messages`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.messages import list_chat_messages as endpoint

        return AsyncPaginator(
            self._client,
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
        body: MessageCreateRequest | Mapping[str, Any],
    ) -> Message:
        """Send a message

        Posts to a chat, a thread or a user's DM depending on `entity_type` (`discussion` by default,
        `thread`, `user`); a DM chat is created on first contact, and with `discussion` any chat id, a
        thread's included, is accepted. Files uploaded via `/uploads`, button rows and `<@user_id>` mentions
        are supported. Writes are throttled to about 4 per second per chat and are not idempotent, so avoid
        blind retries; scope `messages:create`.
        """

        from .api.messages import create_message as endpoint
        from .models.message_create_request import MessageCreateRequest

        result: Message = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(MessageCreateRequest, body),
            },
        )
        return result

    async def get_message(
        self,
        id: int,
    ) -> Message:
        """Get a message

        Fetches a message with its files, buttons and thread link. A deleted message still returns 200 with
        `deleted_at` set, which makes this handy for enriching the minimal webhook payloads. Scope
        `messages:read`.
        """

        from .api.messages import get_message as endpoint

        result: Message = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def update_message(
        self,
        id: int,
        *,
        body: MessageUpdateRequest | Mapping[str, Any],
    ) -> Message:
        """Edit a message

        Replaces editable parts of a message or thread comment, such as text, files or buttons (an empty
        `buttons` array drops them), and returns the updated message. Scope `messages:update`.
        """

        from .api.messages import update_message as endpoint
        from .models.message_update_request import MessageUpdateRequest

        result: Message = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(MessageUpdateRequest, body),
            },
        )
        return result

    async def delete_message(
        self,
        id: int,
    ) -> None:
        """Delete a message

        Deletes a message; allowed for its author and for chat admins and editors (both sides of a DM count
        as editors), with no time limit. Returns 204 with an empty body. Scope `messages:delete`.
        """

        from .api.messages import delete_message as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def unfurl(
        self,
        id: int,
        *,
        body: LinkPreviewsRequest | Mapping[str, Any],
    ) -> None:
        """Attach link previews to a message

        Lets an Unfurl bot supply previews for URLs in a message, keyed by URL, each with a title,
        description and either an image URL or an uploaded image. Only the first preview is shown and a
        single invalid URL fails the whole call. Bot tokens only; returns 204 with no body; scope
        `link_previews:write`.
        """

        from .api.messages import unfurl as endpoint
        from .models.link_previews_request import LinkPreviewsRequest

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "body": as_model(LinkPreviewsRequest, body),
            },
        )
        return result

    async def pin_message(
        self,
        id: int,
    ) -> None:
        """Pin a message

        Pins the message in its chat. Returns 204 with an empty body. Pinning one that is already pinned
        fails with 422. Scope `pins:write`.
        """

        from .api.messages import pin_message as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def unpin_message(
        self,
        id: int,
    ) -> None:
        """Unpin a message

        Takes the message off its chat's pinned list. Returns 204 with an empty body. Scope `pins:write`.
        """

        from .api.messages import unpin_message as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result


class OauthResource(SyncResource):
    """The OAuth side of tokens: inspecting the token in use, trading an authorisation code or refresh token for tokens, and revoking a token."""

    def revoke_token(
        self,
        *,
        body: OAuthRevokeRequest | Mapping[str, Any],
    ) -> None:
        """Revoke a user token issued via OAuth

        Invalidates a user token that your bot obtained through OAuth, for example when the person
        disconnects your integration; the `token` travels in a form-encoded body. A server-side client
        proves itself with `client_id` and `client_secret` in the same body, while a client without a secret
        sends the token as a Bearer header as well. A successful call returns an empty body.
        """

        from .api.oauth import revoke_token as endpoint
        from .models.o_auth_revoke_request import OAuthRevokeRequest

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "body": as_model(OAuthRevokeRequest, body),
            },
        )
        return result

    def exchange_token(
        self,
        *,
        body: OAuthTokenRequest | Mapping[str, Any],
    ) -> OAuthToken:
        """Redeem an OAuth authorization code for a user token

        Final step of the OAuth code flow: trades the `code` delivered to your `redirect_uri` (valid 10
        minutes, usable once) for the person's `access_token`, returned with a `refresh_token`, the granted
        scopes and the issue time. The body is form-encoded and no Bearer token is sent: a server-side
        client authenticates with `client_id` and `client_secret` (in the body or via HTTP Basic), a client
        without a secret with its PKCE `code_verifier`. The issued token has no expiry and lasts until the
        person withdraws consent.
        """

        from .api.oauth import exchange_token as endpoint
        from .models.o_auth_token_request import OAuthTokenRequest

        result: OAuthToken = self._client._request(
            endpoint,
            "model",
            {
                "body": as_model(OAuthTokenRequest, body),
            },
            authenticated=False,
        )
        return result

    def get_token_info(
        self,
    ) -> AccessTokenInfo:
        """Inspect the current token

        Describes the token used for the call: owner id, granted scopes, creation time and last use
        (refreshed at most hourly). The token string comes back masked, keeping only its first 8 and last 4
        characters. No scope is required.
        """

        from .api.oauth import get_token_info as endpoint

        result: AccessTokenInfo = self._client._request(endpoint, "data", {})
        return result


class AsyncOauthResource(AsyncResource):
    """The OAuth side of tokens: inspecting the token in use, trading an authorisation code or refresh token for tokens, and revoking a token."""

    async def revoke_token(
        self,
        *,
        body: OAuthRevokeRequest | Mapping[str, Any],
    ) -> None:
        """Revoke a user token issued via OAuth

        Invalidates a user token that your bot obtained through OAuth, for example when the person
        disconnects your integration; the `token` travels in a form-encoded body. A server-side client
        proves itself with `client_id` and `client_secret` in the same body, while a client without a secret
        sends the token as a Bearer header as well. A successful call returns an empty body.
        """

        from .api.oauth import revoke_token as endpoint
        from .models.o_auth_revoke_request import OAuthRevokeRequest

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "body": as_model(OAuthRevokeRequest, body),
            },
        )
        return result

    async def exchange_token(
        self,
        *,
        body: OAuthTokenRequest | Mapping[str, Any],
    ) -> OAuthToken:
        """Redeem an OAuth authorization code for a user token

        Final step of the OAuth code flow: trades the `code` delivered to your `redirect_uri` (valid 10
        minutes, usable once) for the person's `access_token`, returned with a `refresh_token`, the granted
        scopes and the issue time. The body is form-encoded and no Bearer token is sent: a server-side
        client authenticates with `client_id` and `client_secret` (in the body or via HTTP Basic), a client
        without a secret with its PKCE `code_verifier`. The issued token has no expiry and lasts until the
        person withdraws consent.
        """

        from .api.oauth import exchange_token as endpoint
        from .models.o_auth_token_request import OAuthTokenRequest

        result: OAuthToken = await self._client._request(
            endpoint,
            "model",
            {
                "body": as_model(OAuthTokenRequest, body),
            },
            authenticated=False,
        )
        return result

    async def get_token_info(
        self,
    ) -> AccessTokenInfo:
        """Inspect the current token

        Describes the token used for the call: owner id, granted scopes, creation time and last use
        (refreshed at most hourly). The token string comes back masked, keeping only its first 8 and last 4
        characters. No scope is required.
        """

        from .api.oauth import get_token_info as endpoint

        result: AccessTokenInfo = await self._client._request(endpoint, "data", {})
        return result


class ProfileResource(SyncResource):
    """The token owner's own account record, avatar and status."""

    def get_profile(
        self,
    ) -> User:
        """Get own profile

        Returns the user record of the token's owner. Scope `profile:read`.
        """

        from .api.profile import get_profile as endpoint

        result: User = self._client._request(endpoint, "data", {})
        return result

    def update_profile_avatar(
        self,
        *,
        body: UpdateProfileAvatarBody | Mapping[str, Any],
    ) -> AvatarData:
        """Set own avatar image

        Sets or replaces the caller's avatar from an image sent as the `image` part of a `multipart/form-
        data` body and returns the new `image_url`. Scope `profile_avatar:write`.
        """

        from .api.profile import update_profile_avatar as endpoint
        from .models.update_profile_avatar_body import UpdateProfileAvatarBody

        result: AvatarData = self._client._request(
            endpoint,
            "data",
            {
                "body": as_form(UpdateProfileAvatarBody, body),
            },
        )
        return result

    def delete_profile_avatar(
        self,
    ) -> None:
        """Remove own avatar

        Clears the caller's avatar. Returns 204 with an empty body. Scope `profile_avatar:write`.
        """

        from .api.profile import delete_profile_avatar as endpoint

        result: None = self._client._request(endpoint, "none", {})
        return result

    def get_status(
        self,
    ) -> UserStatus | None:
        """Get own status

        Returns the caller's current status. When none is set the body is the JSON literal `null` with
        status 200 and no `data` wrapper. An expired status may linger briefly, so check `expires_at`
        yourself. Scope `profile_status:read`.
        """

        from .api.profile import get_status as endpoint

        result: UserStatus | None = self._client._request(endpoint, "data", {})
        return result

    def update_status(
        self,
        *,
        body: StatusUpdateRequest | Mapping[str, Any],
    ) -> UserStatus:
        """Set own status

        Sets the caller's status (emoji, title of up to 50 characters, optional expiry, away flag and away
        message) and returns it. Scope `profile_status:write`.
        """

        from .api.profile import update_status as endpoint
        from .models.status_update_request import StatusUpdateRequest

        result: UserStatus = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(StatusUpdateRequest, body),
            },
        )
        return result

    def delete_status(
        self,
    ) -> None:
        """Clear own status

        Removes the caller's status. Returns 204 with an empty body. Scope `profile_status:write`.
        """

        from .api.profile import delete_status as endpoint

        result: None = self._client._request(endpoint, "none", {})
        return result


class AsyncProfileResource(AsyncResource):
    """The token owner's own account record, avatar and status."""

    async def get_profile(
        self,
    ) -> User:
        """Get own profile

        Returns the user record of the token's owner. Scope `profile:read`.
        """

        from .api.profile import get_profile as endpoint

        result: User = await self._client._request(endpoint, "data", {})
        return result

    async def update_profile_avatar(
        self,
        *,
        body: UpdateProfileAvatarBody | Mapping[str, Any],
    ) -> AvatarData:
        """Set own avatar image

        Sets or replaces the caller's avatar from an image sent as the `image` part of a `multipart/form-
        data` body and returns the new `image_url`. Scope `profile_avatar:write`.
        """

        from .api.profile import update_profile_avatar as endpoint
        from .models.update_profile_avatar_body import UpdateProfileAvatarBody

        result: AvatarData = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_form(UpdateProfileAvatarBody, body),
            },
        )
        return result

    async def delete_profile_avatar(
        self,
    ) -> None:
        """Remove own avatar

        Clears the caller's avatar. Returns 204 with an empty body. Scope `profile_avatar:write`.
        """

        from .api.profile import delete_profile_avatar as endpoint

        result: None = await self._client._request(endpoint, "none", {})
        return result

    async def get_status(
        self,
    ) -> UserStatus | None:
        """Get own status

        Returns the caller's current status. When none is set the body is the JSON literal `null` with
        status 200 and no `data` wrapper. An expired status may linger briefly, so check `expires_at`
        yourself. Scope `profile_status:read`.
        """

        from .api.profile import get_status as endpoint

        result: UserStatus | None = await self._client._request(endpoint, "data", {})
        return result

    async def update_status(
        self,
        *,
        body: StatusUpdateRequest | Mapping[str, Any],
    ) -> UserStatus:
        """Set own status

        Sets the caller's status (emoji, title of up to 50 characters, optional expiry, away flag and away
        message) and returns it. Scope `profile_status:write`.
        """

        from .api.profile import update_status as endpoint
        from .models.status_update_request import StatusUpdateRequest

        result: UserStatus = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(StatusUpdateRequest, body),
            },
        )
        return result

    async def delete_status(
        self,
    ) -> None:
        """Clear own status

        Removes the caller's status. Returns 204 with an empty body. Scope `profile_status:write`.
        """

        from .api.profile import delete_status as endpoint

        result: None = await self._client._request(endpoint, "none", {})
        return result


class ReactionsResource(SyncResource):
    """Emoji reactions attached to messages."""

    def list_reactions(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListReactionsResponse:
        """List reactions on a message

        Returns each reaction on the message with the reacting user and time. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `reactions:read`.
        """

        from .api.reactions import list_reactions as endpoint

        result: ListReactionsResponse = self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_reactions_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListReactionsResponse, Reaction]:
        """Iterate over every item of `list_reactions`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.reactions import list_reactions as endpoint

        return SyncPaginator(
            self._client,
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
        body: ReactionRequest | Mapping[str, Any],
    ) -> Reaction:
        """React to a message

        Adds an emoji reaction as the caller; repeating a reaction the caller already left is a no-op. Caps:
        20 distinct emoji per user, 30 distinct and 1000 in total per message. Replies 201 with the bare
        reaction object (no `data` wrapper); scope `reactions:write`.
        """

        from .api.reactions import add_reaction as endpoint
        from .models.reaction_request import ReactionRequest

        result: Reaction = self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "body": as_model(ReactionRequest, body),
            },
        )
        return result

    def remove_reaction(
        self,
        id: int,
        *,
        code: str,
        name: str | Unset = UNSET,
    ) -> None:
        """Remove a reaction

        Withdraws one of the caller's own reactions, identified by the `code` query parameter (plus `name`
        for custom emoji). Returns 204 with an empty body. Scope `reactions:write`.
        """

        from .api.reactions import remove_reaction as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "code": code,
                "name": name,
            },
        )
        return result


class AsyncReactionsResource(AsyncResource):
    """Emoji reactions attached to messages."""

    async def list_reactions(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListReactionsResponse:
        """List reactions on a message

        Returns each reaction on the message with the reacting user and time. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope
        `reactions:read`.
        """

        from .api.reactions import list_reactions as endpoint

        result: ListReactionsResponse = await self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_reactions_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListReactionsResponse, Reaction]:
        """Iterate over every item of `list_reactions`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.reactions import list_reactions as endpoint

        return AsyncPaginator(
            self._client,
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
        body: ReactionRequest | Mapping[str, Any],
    ) -> Reaction:
        """React to a message

        Adds an emoji reaction as the caller; repeating a reaction the caller already left is a no-op. Caps:
        20 distinct emoji per user, 30 distinct and 1000 in total per message. Replies 201 with the bare
        reaction object (no `data` wrapper); scope `reactions:write`.
        """

        from .api.reactions import add_reaction as endpoint
        from .models.reaction_request import ReactionRequest

        result: Reaction = await self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "body": as_model(ReactionRequest, body),
            },
        )
        return result

    async def remove_reaction(
        self,
        id: int,
        *,
        code: str,
        name: str | Unset = UNSET,
    ) -> None:
        """Remove a reaction

        Withdraws one of the caller's own reactions, identified by the `code` query parameter (plus `name`
        for custom emoji). Returns 204 with an empty body. Scope `reactions:write`.
        """

        from .api.reactions import remove_reaction as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
                "code": code,
                "name": name,
            },
        )
        return result


class ReadMembersResource(SyncResource):
    """Read receipts showing which users have seen a given message."""

    def list_read_members(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListReadMembersResponse:
        """List who has read a message

        Returns ids of users who have seen the message; `data` is a plain array of integers, not user
        objects. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is
        false; `limit` goes up to 300. Scope `messages:read`.
        """

        from .api.read_members import list_read_members as endpoint

        result: ListReadMembersResponse = self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_read_members_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListReadMembersResponse, int]:
        """Iterate over every item of `list_read_members`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.read_members import list_read_members as endpoint

        return SyncPaginator(
            self._client,
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
    ) -> ListReadMembersResponse:
        """List who has read a message

        Returns ids of users who have seen the message; `data` is a plain array of integers, not user
        objects. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is
        false; `limit` goes up to 300. Scope `messages:read`.
        """

        from .api.read_members import list_read_members as endpoint

        result: ListReadMembersResponse = await self._client._request(
            endpoint,
            "model",
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_read_members_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListReadMembersResponse, int]:
        """Iterate over every item of `list_read_members`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.read_members import list_read_members as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )


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
    ) -> SearchChatsResponse:
        """Search chats by text

        Full-text search over conversations and channels (threads too, via `chat_subtype`), filterable by
        creation time, activity and DM flag. The meta carries only `total` and `next_page`; stop once you
        hold `total` items or get an empty page. Up to 100 results per page; scope `search:chats`.
        """

        from .api.search import search_chats as endpoint

        result: SearchChatsResponse = self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> SyncPaginator[SearchChatsResponse, Chat]:
        """Iterate over every item of `search_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.search import search_chats as endpoint

        return SyncPaginator(
            self._client,
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
    ) -> SearchMessagesResponse:
        """Search messages by text

        Full-text search over message text, optionally limited to certain chats and authors (repeated
        `chat_ids[]` / `user_ids[]` keys) and a creation window, sorted by date or relevance. The meta
        carries only `total` and `next_page`. Up to 200 results per page; scope `search:messages`.
        """

        from .api.search import search_messages as endpoint

        result: SearchMessagesResponse = self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> SyncPaginator[SearchMessagesResponse, Message]:
        """Iterate over every item of `search_messages`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.search import search_messages as endpoint

        return SyncPaginator(
            self._client,
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
    ) -> SearchUsersResponse:
        """Search users

        Full-text search for employees across name, email, job title and similar fields, with role and
        creation-date filters. The meta carries only `total` and `next_page`. Up to 200 results per page;
        scope `search:users`.
        """

        from .api.search import search_users as endpoint

        result: SearchUsersResponse = self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> SyncPaginator[SearchUsersResponse, User]:
        """Iterate over every item of `search_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.search import search_users as endpoint

        return SyncPaginator(
            self._client,
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
    ) -> SearchChatsResponse:
        """Search chats by text

        Full-text search over conversations and channels (threads too, via `chat_subtype`), filterable by
        creation time, activity and DM flag. The meta carries only `total` and `next_page`; stop once you
        hold `total` items or get an empty page. Up to 100 results per page; scope `search:chats`.
        """

        from .api.search import search_chats as endpoint

        result: SearchChatsResponse = await self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> AsyncPaginator[SearchChatsResponse, Chat]:
        """Iterate over every item of `search_chats`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.search import search_chats as endpoint

        return AsyncPaginator(
            self._client,
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
    ) -> SearchMessagesResponse:
        """Search messages by text

        Full-text search over message text, optionally limited to certain chats and authors (repeated
        `chat_ids[]` / `user_ids[]` keys) and a creation window, sorted by date or relevance. The meta
        carries only `total` and `next_page`. Up to 200 results per page; scope `search:messages`.
        """

        from .api.search import search_messages as endpoint

        result: SearchMessagesResponse = await self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> AsyncPaginator[SearchMessagesResponse, Message]:
        """Iterate over every item of `search_messages`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.search import search_messages as endpoint

        return AsyncPaginator(
            self._client,
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
    ) -> SearchUsersResponse:
        """Search users

        Full-text search for employees across name, email, job title and similar fields, with role and
        creation-date filters. The meta carries only `total` and `next_page`. Up to 200 results per page;
        scope `search:users`.
        """

        from .api.search import search_users as endpoint

        result: SearchUsersResponse = await self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> AsyncPaginator[SearchUsersResponse, User]:
        """Iterate over every item of `search_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.search import search_users as endpoint

        return AsyncPaginator(
            self._client,
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
    ) -> GetAuditEventsResponse:
        """Query the audit log

        Returns workspace audit records that match the optional filters, newest first; entries are retained
        for about 90 days and both time bounds are inclusive. Only one `event_key` can be given per call,
        and every call is itself recorded as an `audit_events_accessed` entry. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50.
        Corporation plan only (402 otherwise). Scope `audit_events:read`.
        """

        from .api.security import get_audit_events as endpoint

        result: GetAuditEventsResponse = self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> SyncPaginator[GetAuditEventsResponse, AuditEvent]:
        """Iterate over every item of `get_audit_events`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.security import get_audit_events as endpoint

        return SyncPaginator(
            self._client,
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
    ) -> GetAuditEventsResponse:
        """Query the audit log

        Returns workspace audit records that match the optional filters, newest first; entries are retained
        for about 90 days and both time bounds are inclusive. Only one `event_key` can be given per call,
        and every call is itself recorded as an `audit_events_accessed` entry. Cursor-paginated: feed
        `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50.
        Corporation plan only (402 otherwise). Scope `audit_events:read`.
        """

        from .api.security import get_audit_events as endpoint

        result: GetAuditEventsResponse = await self._client._request(
            endpoint,
            "model",
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
        return result

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
    ) -> AsyncPaginator[GetAuditEventsResponse, AuditEvent]:
        """Iterate over every item of `get_audit_events`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.security import get_audit_events as endpoint

        return AsyncPaginator(
            self._client,
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


class TasksResource(SyncResource):
    """Reminders such as calls, meetings and events, with due dates and assignees."""

    def list_tasks(
        self,
        *,
        status: TaskStatus | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        performer_ids: list[int] | Unset = UNSET,
        author_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListTasksResponse:
        """List tasks

        Returns tasks available to the caller. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50. Scope `tasks:read`.
        """

        from .api.tasks import list_tasks as endpoint

        result: ListTasksResponse = self._client._request(
            endpoint,
            "model",
            {
                "status": status,
                "chat_ids": chat_ids,
                "performer_ids": performer_ids,
                "author_id": author_id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_tasks_iter(
        self,
        *,
        status: TaskStatus | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        performer_ids: list[int] | Unset = UNSET,
        author_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListTasksResponse, Task]:
        """Iterate over every item of `list_tasks`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.tasks import list_tasks as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "status": status,
                "chat_ids": chat_ids,
                "performer_ids": performer_ids,
                "author_id": author_id,
                "limit": limit,
            },
        )

    def create_task(
        self,
        *,
        body: TaskCreateRequest | Mapping[str, Any],
    ) -> Task:
        """Create a task

        Creates a reminder of the required `kind` (call, meeting, reminder, event or email); its `content`
        becomes the task text. Without `performer_ids` the caller is the assignee, and `chat_id` attaches
        the task to a chat the caller belongs to. Custom task properties may be filled in too. Scope
        `tasks:create`.
        """

        from .api.tasks import create_task as endpoint
        from .models.task_create_request import TaskCreateRequest

        result: Task = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(TaskCreateRequest, body),
            },
        )
        return result

    def get_task(
        self,
        id: int,
    ) -> Task:
        """Get a task

        Fetches one task by id. Scope `tasks:read`.
        """

        from .api.tasks import get_task as endpoint

        result: Task = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def update_task(
        self,
        id: int,
        *,
        body: TaskUpdateRequest | Mapping[str, Any],
    ) -> Task:
        """Update a task

        Changes fields of a task, such as text, due time, priority, status or assignees, and returns the
        result. Scope `tasks:update`.
        """

        from .api.tasks import update_task as endpoint
        from .models.task_update_request import TaskUpdateRequest

        result: Task = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(TaskUpdateRequest, body),
            },
        )
        return result

    def delete_task(
        self,
        id: int,
    ) -> None:
        """Delete a task

        Deletes the task. Returns 204 with an empty body. Scope `tasks:delete`.
        """

        from .api.tasks import delete_task as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result


class AsyncTasksResource(AsyncResource):
    """Reminders such as calls, meetings and events, with due dates and assignees."""

    async def list_tasks(
        self,
        *,
        status: TaskStatus | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        performer_ids: list[int] | Unset = UNSET,
        author_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListTasksResponse:
        """List tasks

        Returns tasks available to the caller. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50. Scope `tasks:read`.
        """

        from .api.tasks import list_tasks as endpoint

        result: ListTasksResponse = await self._client._request(
            endpoint,
            "model",
            {
                "status": status,
                "chat_ids": chat_ids,
                "performer_ids": performer_ids,
                "author_id": author_id,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_tasks_iter(
        self,
        *,
        status: TaskStatus | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        performer_ids: list[int] | Unset = UNSET,
        author_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListTasksResponse, Task]:
        """Iterate over every item of `list_tasks`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.tasks import list_tasks as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "status": status,
                "chat_ids": chat_ids,
                "performer_ids": performer_ids,
                "author_id": author_id,
                "limit": limit,
            },
        )

    async def create_task(
        self,
        *,
        body: TaskCreateRequest | Mapping[str, Any],
    ) -> Task:
        """Create a task

        Creates a reminder of the required `kind` (call, meeting, reminder, event or email); its `content`
        becomes the task text. Without `performer_ids` the caller is the assignee, and `chat_id` attaches
        the task to a chat the caller belongs to. Custom task properties may be filled in too. Scope
        `tasks:create`.
        """

        from .api.tasks import create_task as endpoint
        from .models.task_create_request import TaskCreateRequest

        result: Task = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(TaskCreateRequest, body),
            },
        )
        return result

    async def get_task(
        self,
        id: int,
    ) -> Task:
        """Get a task

        Fetches one task by id. Scope `tasks:read`.
        """

        from .api.tasks import get_task as endpoint

        result: Task = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def update_task(
        self,
        id: int,
        *,
        body: TaskUpdateRequest | Mapping[str, Any],
    ) -> Task:
        """Update a task

        Changes fields of a task, such as text, due time, priority, status or assignees, and returns the
        result. Scope `tasks:update`.
        """

        from .api.tasks import update_task as endpoint
        from .models.task_update_request import TaskUpdateRequest

        result: Task = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(TaskUpdateRequest, body),
            },
        )
        return result

    async def delete_task(
        self,
        id: int,
    ) -> None:
        """Delete a task

        Deletes the task. Returns 204 with an empty body. Scope `tasks:delete`.
        """

        from .api.tasks import delete_task as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result


class ThreadsResource(SyncResource):
    """Comment threads, either hanging off a message or standalone."""

    def create_thread(
        self,
        id: int,
    ) -> Thread:
        """Open a thread on a message

        Creates a comment thread under the message and returns it with 201. The call is idempotent: if the
        message already has a thread, that one is returned. A message that is itself inside a thread gives
        400, a deleted one 404. Scope `threads:create`.
        """

        from .api.threads import create_thread as endpoint

        result: Thread = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def list_threads(
        self,
        *,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListThreadsResponse:
        """List threads you can see

        Returns threads where the caller belongs to the thread chat or to the chat it started in (unjoined
        public chats do not count), most recently active first, optionally bounded by last-message time.
        Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
        goes up to 50. Scope `threads:read`.
        """

        from .api.threads import list_threads as endpoint

        result: ListThreadsResponse = self._client._request(
            endpoint,
            "model",
            {
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_threads_iter(
        self,
        *,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListThreadsResponse, Thread]:
        """Iterate over every item of `list_threads`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.threads import list_threads as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "limit": limit,
            },
        )

    def create_standalone_thread(
        self,
    ) -> Thread:
        """Create a standalone thread

        Creates a thread that is not attached to any message; no request body is needed. The caller becomes
        its only member, and `message_id` and `message_chat_id` come back as `null`. Scope `threads:create`.
        """

        from .api.threads import create_standalone_thread as endpoint

        result: Thread = self._client._request(endpoint, "data", {})
        return result

    def get_thread(
        self,
        id: int,
    ) -> Thread:
        """Get a thread

        Fetches one thread: its own chat id and, unless standalone, the message and chat it hangs off.
        Thread ids can exceed 32 bits. Scope `threads:read`.
        """

        from .api.threads import get_thread as endpoint

        result: Thread = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result


class AsyncThreadsResource(AsyncResource):
    """Comment threads, either hanging off a message or standalone."""

    async def create_thread(
        self,
        id: int,
    ) -> Thread:
        """Open a thread on a message

        Creates a comment thread under the message and returns it with 201. The call is idempotent: if the
        message already has a thread, that one is returned. A message that is itself inside a thread gives
        400, a deleted one 404. Scope `threads:create`.
        """

        from .api.threads import create_thread as endpoint

        result: Thread = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def list_threads(
        self,
        *,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListThreadsResponse:
        """List threads you can see

        Returns threads where the caller belongs to the thread chat or to the chat it started in (unjoined
        public chats do not count), most recently active first, optionally bounded by last-message time.
        Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
        goes up to 50. Scope `threads:read`.
        """

        from .api.threads import list_threads as endpoint

        result: ListThreadsResponse = await self._client._request(
            endpoint,
            "model",
            {
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_threads_iter(
        self,
        *,
        last_message_at_after: datetime.datetime | Unset = UNSET,
        last_message_at_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListThreadsResponse, Thread]:
        """Iterate over every item of `list_threads`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.threads import list_threads as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "last_message_at_after": last_message_at_after,
                "last_message_at_before": last_message_at_before,
                "limit": limit,
            },
        )

    async def create_standalone_thread(
        self,
    ) -> Thread:
        """Create a standalone thread

        Creates a thread that is not attached to any message; no request body is needed. The caller becomes
        its only member, and `message_id` and `message_chat_id` come back as `null`. Scope `threads:create`.
        """

        from .api.threads import create_standalone_thread as endpoint

        result: Thread = await self._client._request(endpoint, "data", {})
        return result

    async def get_thread(
        self,
        id: int,
    ) -> Thread:
        """Get a thread

        Fetches one thread: its own chat id and, unless standalone, the message and chat it hangs off.
        Thread ids can exceed 32 bits. Scope `threads:read`.
        """

        from .api.threads import get_thread as endpoint

        result: Thread = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result


class UsersResource(SyncResource):
    """Workspace employees: the directory, account administration, avatars and statuses."""

    def list_users(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListUsersResponse:
        """List users

        Returns the workspace's employees; `query` matches names, email, phone or nickname, and with it set
        the meta may arrive in the simpler search form. Cursor-paginated: feed `meta.paginate.next_page`
        back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope `users:read`.
        """

        from .api.users import list_users as endpoint

        result: ListUsersResponse = self._client._request(
            endpoint,
            "model",
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_users_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> SyncPaginator[ListUsersResponse, User]:
        """Iterate over every item of `list_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.users import list_users as endpoint

        return SyncPaginator(
            self._client,
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    def create_user(
        self,
        *,
        body: UserCreateRequest | Mapping[str, Any],
    ) -> User:
        """Create an employee

        Adds an employee, optionally with custom properties and initial chats via `chat_ids`;
        `skip_email_notify` suppresses the invitation email. A `guest` needs exactly one active chat in
        `chat_ids` that the token may add members to, else 400. Scope `users:create`.
        """

        from .api.users import create_user as endpoint
        from .models.user_create_request import UserCreateRequest

        result: User = self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(UserCreateRequest, body),
            },
        )
        return result

    def get_user(
        self,
        id: int,
    ) -> User:
        """Get an employee

        Fetches one employee by id. `email` and `phone_number` may be `null` when a bot lacks access to
        personal data. Scope `users:read`.
        """

        from .api.users import get_user as endpoint

        result: User = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    def update_user(
        self,
        id: int,
        *,
        body: UserUpdateRequest | Mapping[str, Any],
    ) -> User:
        """Update an employee

        Changes an employee's attributes and custom properties (ids come from `GET /custom_properties`) and
        returns the updated record. Scope `users:update`.
        """

        from .api.users import update_user as endpoint
        from .models.user_update_request import UserUpdateRequest

        result: User = self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(UserUpdateRequest, body),
            },
        )
        return result

    def delete_user(
        self,
        id: int,
    ) -> None:
        """Delete an employee

        Removes the employee from the workspace. Returns 204 with an empty body. Scope `users:delete`.
        """

        from .api.users import delete_user as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    def update_user_avatar(
        self,
        user_id: int,
        *,
        body: UpdateUserAvatarBody | Mapping[str, Any],
    ) -> AvatarData:
        """Set an employee's avatar

        Uploads an image, sent as the `image` part of `multipart/form-data`, as the given employee's avatar
        and returns its `image_url`. Scope `user_avatar:write`.
        """

        from .api.users import update_user_avatar as endpoint
        from .models.update_user_avatar_body import UpdateUserAvatarBody

        result: AvatarData = self._client._request(
            endpoint,
            "data",
            {
                "user_id": user_id,
                "body": as_form(UpdateUserAvatarBody, body),
            },
        )
        return result

    def delete_user_avatar(
        self,
        user_id: int,
    ) -> None:
        """Remove an employee's avatar

        Clears the given employee's avatar. Returns 204 with an empty body. Scope `user_avatar:write`.
        """

        from .api.users import delete_user_avatar as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "user_id": user_id,
            },
        )
        return result

    def get_user_status(
        self,
        user_id: int,
    ) -> UserStatus | None:
        """Get an employee's status

        Returns the given employee's status, or the JSON literal `null` (status 200, no `data` wrapper) when
        none is set. An expired status may still show up for a short while, so compare `expires_at` on the
        client. Scope `user_status:read`.
        """

        from .api.users import get_user_status as endpoint

        result: UserStatus | None = self._client._request(
            endpoint,
            "data",
            {
                "user_id": user_id,
            },
        )
        return result

    def update_user_status(
        self,
        user_id: int,
        *,
        body: StatusUpdateRequest | Mapping[str, Any],
    ) -> UserStatus:
        """Set an employee's status

        Sets the status of the given employee (emoji, title, optional expiry and away mode) and returns it.
        Scope `user_status:write`.
        """

        from .api.users import update_user_status as endpoint
        from .models.status_update_request import StatusUpdateRequest

        result: UserStatus = self._client._request(
            endpoint,
            "data",
            {
                "user_id": user_id,
                "body": as_model(StatusUpdateRequest, body),
            },
        )
        return result

    def delete_user_status(
        self,
        user_id: int,
    ) -> None:
        """Clear an employee's status

        Removes the given employee's status. Returns 204 with an empty body. Scope `user_status:write`.
        """

        from .api.users import delete_user_status as endpoint

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "user_id": user_id,
            },
        )
        return result


class AsyncUsersResource(AsyncResource):
    """Workspace employees: the directory, account administration, avatars and statuses."""

    async def list_users(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ListUsersResponse:
        """List users

        Returns the workspace's employees; `query` matches names, email, phone or nickname, and with it set
        the meta may arrive in the simpler search form. Cursor-paginated: feed `meta.paginate.next_page`
        back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope `users:read`.
        """

        from .api.users import list_users as endpoint

        result: ListUsersResponse = await self._client._request(
            endpoint,
            "model",
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )
        return result

    def list_users_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AsyncPaginator[ListUsersResponse, User]:
        """Iterate over every item of `list_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from .api.users import list_users as endpoint

        return AsyncPaginator(
            self._client,
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    async def create_user(
        self,
        *,
        body: UserCreateRequest | Mapping[str, Any],
    ) -> User:
        """Create an employee

        Adds an employee, optionally with custom properties and initial chats via `chat_ids`;
        `skip_email_notify` suppresses the invitation email. A `guest` needs exactly one active chat in
        `chat_ids` that the token may add members to, else 400. Scope `users:create`.
        """

        from .api.users import create_user as endpoint
        from .models.user_create_request import UserCreateRequest

        result: User = await self._client._request(
            endpoint,
            "data",
            {
                "body": as_model(UserCreateRequest, body),
            },
        )
        return result

    async def get_user(
        self,
        id: int,
    ) -> User:
        """Get an employee

        Fetches one employee by id. `email` and `phone_number` may be `null` when a bot lacks access to
        personal data. Scope `users:read`.
        """

        from .api.users import get_user as endpoint

        result: User = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
            },
        )
        return result

    async def update_user(
        self,
        id: int,
        *,
        body: UserUpdateRequest | Mapping[str, Any],
    ) -> User:
        """Update an employee

        Changes an employee's attributes and custom properties (ids come from `GET /custom_properties`) and
        returns the updated record. Scope `users:update`.
        """

        from .api.users import update_user as endpoint
        from .models.user_update_request import UserUpdateRequest

        result: User = await self._client._request(
            endpoint,
            "data",
            {
                "id": id,
                "body": as_model(UserUpdateRequest, body),
            },
        )
        return result

    async def delete_user(
        self,
        id: int,
    ) -> None:
        """Delete an employee

        Removes the employee from the workspace. Returns 204 with an empty body. Scope `users:delete`.
        """

        from .api.users import delete_user as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "id": id,
            },
        )
        return result

    async def update_user_avatar(
        self,
        user_id: int,
        *,
        body: UpdateUserAvatarBody | Mapping[str, Any],
    ) -> AvatarData:
        """Set an employee's avatar

        Uploads an image, sent as the `image` part of `multipart/form-data`, as the given employee's avatar
        and returns its `image_url`. Scope `user_avatar:write`.
        """

        from .api.users import update_user_avatar as endpoint
        from .models.update_user_avatar_body import UpdateUserAvatarBody

        result: AvatarData = await self._client._request(
            endpoint,
            "data",
            {
                "user_id": user_id,
                "body": as_form(UpdateUserAvatarBody, body),
            },
        )
        return result

    async def delete_user_avatar(
        self,
        user_id: int,
    ) -> None:
        """Remove an employee's avatar

        Clears the given employee's avatar. Returns 204 with an empty body. Scope `user_avatar:write`.
        """

        from .api.users import delete_user_avatar as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "user_id": user_id,
            },
        )
        return result

    async def get_user_status(
        self,
        user_id: int,
    ) -> UserStatus | None:
        """Get an employee's status

        Returns the given employee's status, or the JSON literal `null` (status 200, no `data` wrapper) when
        none is set. An expired status may still show up for a short while, so compare `expires_at` on the
        client. Scope `user_status:read`.
        """

        from .api.users import get_user_status as endpoint

        result: UserStatus | None = await self._client._request(
            endpoint,
            "data",
            {
                "user_id": user_id,
            },
        )
        return result

    async def update_user_status(
        self,
        user_id: int,
        *,
        body: StatusUpdateRequest | Mapping[str, Any],
    ) -> UserStatus:
        """Set an employee's status

        Sets the status of the given employee (emoji, title, optional expiry and away mode) and returns it.
        Scope `user_status:write`.
        """

        from .api.users import update_user_status as endpoint
        from .models.status_update_request import StatusUpdateRequest

        result: UserStatus = await self._client._request(
            endpoint,
            "data",
            {
                "user_id": user_id,
                "body": as_model(StatusUpdateRequest, body),
            },
        )
        return result

    async def delete_user_status(
        self,
        user_id: int,
    ) -> None:
        """Clear an employee's status

        Removes the given employee's status. Returns 204 with an empty body. Scope `user_status:write`.
        """

        from .api.users import delete_user_status as endpoint

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "user_id": user_id,
            },
        )
        return result


class ViewsResource(SyncResource):
    """Modal forms that a bot pops up after a user clicks one of its buttons."""

    def open_view(
        self,
        *,
        body: OpenViewRequest | Mapping[str, Any],
    ) -> None:
        """Open a modal form

        Shows a modal view to the user who clicked a bot's data button, using that click's `trigger_id`,
        which stays valid for only about 3 seconds; stale triggers give 410. Answers 201 with no body, and
        the filled-in form later arrives as a `view` webhook. Bot tokens only; scope `views:write`.
        """

        from .api.views import open_view as endpoint
        from .models.open_view_request import OpenViewRequest

        result: None = self._client._request(
            endpoint,
            "none",
            {
                "body": as_model(OpenViewRequest, body),
            },
        )
        return result

    def submit_view_response(
        self,
        view_id: str,
        *,
        body: SubmitViewResponseRequest | Mapping[str, Any],
    ) -> SubmitViewResponseResult:
        """Reply to a submitted form

        Closes a form the user has sent, or shows error texts under named fields, for bots without an
        outgoing webhook URL that read `view_submit` events from the event history instead of answering the
        webhook. Pass the event's `submit_id`, plus `errors` keyed by block `name` to reject the input;
        leaving `errors` out closes the form as accepted. Reply within about 5 seconds and only once, since
        a late or repeated reply gets 410 (`submit_expired`); scope `views:write`.
        """

        from .api.views import submit_view_response as endpoint
        from .models.submit_view_response_request import SubmitViewResponseRequest

        result: SubmitViewResponseResult = self._client._request(
            endpoint,
            "model",
            {
                "view_id": view_id,
                "body": as_model(SubmitViewResponseRequest, body),
            },
        )
        return result


class AsyncViewsResource(AsyncResource):
    """Modal forms that a bot pops up after a user clicks one of its buttons."""

    async def open_view(
        self,
        *,
        body: OpenViewRequest | Mapping[str, Any],
    ) -> None:
        """Open a modal form

        Shows a modal view to the user who clicked a bot's data button, using that click's `trigger_id`,
        which stays valid for only about 3 seconds; stale triggers give 410. Answers 201 with no body, and
        the filled-in form later arrives as a `view` webhook. Bot tokens only; scope `views:write`.
        """

        from .api.views import open_view as endpoint
        from .models.open_view_request import OpenViewRequest

        result: None = await self._client._request(
            endpoint,
            "none",
            {
                "body": as_model(OpenViewRequest, body),
            },
        )
        return result

    async def submit_view_response(
        self,
        view_id: str,
        *,
        body: SubmitViewResponseRequest | Mapping[str, Any],
    ) -> SubmitViewResponseResult:
        """Reply to a submitted form

        Closes a form the user has sent, or shows error texts under named fields, for bots without an
        outgoing webhook URL that read `view_submit` events from the event history instead of answering the
        webhook. Pass the event's `submit_id`, plus `errors` keyed by block `name` to reject the input;
        leaving `errors` out closes the form as accepted. Reply within about 5 seconds and only once, since
        a late or repeated reply gets 410 (`submit_expired`); scope `views:write`.
        """

        from .api.views import submit_view_response as endpoint
        from .models.submit_view_response_request import SubmitViewResponseRequest

        result: SubmitViewResponseResult = await self._client._request(
            endpoint,
            "model",
            {
                "view_id": view_id,
                "body": as_model(SubmitViewResponseRequest, body),
            },
        )
        return result


RESOURCE_NAMES = (
    "bots",
    "chats",
    "custom_properties",
    "drafts",
    "files",
    "group_tags",
    "members",
    "messages",
    "oauth",
    "profile",
    "reactions",
    "read_members",
    "search",
    "security",
    "tasks",
    "threads",
    "users",
    "views",
)


class SyncResources:
    """One attribute per API tag, created on first use."""

    @cached_property
    def bots(self) -> BotsResource:
        return BotsResource(cast("Pachca", self))

    @cached_property
    def chats(self) -> ChatsResource:
        return ChatsResource(cast("Pachca", self))

    @cached_property
    def custom_properties(self) -> CustomPropertiesResource:
        return CustomPropertiesResource(cast("Pachca", self))

    @cached_property
    def drafts(self) -> DraftsResource:
        return DraftsResource(cast("Pachca", self))

    @cached_property
    def files(self) -> FilesResource:
        return FilesResource(cast("Pachca", self))

    @cached_property
    def group_tags(self) -> GroupTagsResource:
        return GroupTagsResource(cast("Pachca", self))

    @cached_property
    def members(self) -> MembersResource:
        return MembersResource(cast("Pachca", self))

    @cached_property
    def messages(self) -> MessagesResource:
        return MessagesResource(cast("Pachca", self))

    @cached_property
    def oauth(self) -> OauthResource:
        return OauthResource(cast("Pachca", self))

    @cached_property
    def profile(self) -> ProfileResource:
        return ProfileResource(cast("Pachca", self))

    @cached_property
    def reactions(self) -> ReactionsResource:
        return ReactionsResource(cast("Pachca", self))

    @cached_property
    def read_members(self) -> ReadMembersResource:
        return ReadMembersResource(cast("Pachca", self))

    @cached_property
    def search(self) -> SearchResource:
        return SearchResource(cast("Pachca", self))

    @cached_property
    def security(self) -> SecurityResource:
        return SecurityResource(cast("Pachca", self))

    @cached_property
    def tasks(self) -> TasksResource:
        return TasksResource(cast("Pachca", self))

    @cached_property
    def threads(self) -> ThreadsResource:
        return ThreadsResource(cast("Pachca", self))

    @cached_property
    def users(self) -> UsersResource:
        return UsersResource(cast("Pachca", self))

    @cached_property
    def views(self) -> ViewsResource:
        return ViewsResource(cast("Pachca", self))


class AsyncResources:
    """One attribute per API tag, created on first use."""

    @cached_property
    def bots(self) -> AsyncBotsResource:
        return AsyncBotsResource(cast("AsyncPachca", self))

    @cached_property
    def chats(self) -> AsyncChatsResource:
        return AsyncChatsResource(cast("AsyncPachca", self))

    @cached_property
    def custom_properties(self) -> AsyncCustomPropertiesResource:
        return AsyncCustomPropertiesResource(cast("AsyncPachca", self))

    @cached_property
    def drafts(self) -> AsyncDraftsResource:
        return AsyncDraftsResource(cast("AsyncPachca", self))

    @cached_property
    def files(self) -> AsyncFilesResource:
        return AsyncFilesResource(cast("AsyncPachca", self))

    @cached_property
    def group_tags(self) -> AsyncGroupTagsResource:
        return AsyncGroupTagsResource(cast("AsyncPachca", self))

    @cached_property
    def members(self) -> AsyncMembersResource:
        return AsyncMembersResource(cast("AsyncPachca", self))

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        return AsyncMessagesResource(cast("AsyncPachca", self))

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        return AsyncOauthResource(cast("AsyncPachca", self))

    @cached_property
    def profile(self) -> AsyncProfileResource:
        return AsyncProfileResource(cast("AsyncPachca", self))

    @cached_property
    def reactions(self) -> AsyncReactionsResource:
        return AsyncReactionsResource(cast("AsyncPachca", self))

    @cached_property
    def read_members(self) -> AsyncReadMembersResource:
        return AsyncReadMembersResource(cast("AsyncPachca", self))

    @cached_property
    def search(self) -> AsyncSearchResource:
        return AsyncSearchResource(cast("AsyncPachca", self))

    @cached_property
    def security(self) -> AsyncSecurityResource:
        return AsyncSecurityResource(cast("AsyncPachca", self))

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        return AsyncTasksResource(cast("AsyncPachca", self))

    @cached_property
    def threads(self) -> AsyncThreadsResource:
        return AsyncThreadsResource(cast("AsyncPachca", self))

    @cached_property
    def users(self) -> AsyncUsersResource:
        return AsyncUsersResource(cast("AsyncPachca", self))

    @cached_property
    def views(self) -> AsyncViewsResource:
        return AsyncViewsResource(cast("AsyncPachca", self))
