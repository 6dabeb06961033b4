# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.members`: Chat membership: adding or removing people and tags, changing roles, leaving.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.members` each method returns a `RawResponse` (status, headers,
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
    from ..bodies import AddMembersRequestDict, AddTagsRequestDict, UpdateMemberRoleRequestDict
    from ..models.add_members_request import AddMembersRequest
    from ..models.add_tags_request import AddTagsRequest
    from ..models.chat_member_role_filter import ChatMemberRoleFilter
    from ..models.list_members_response import ListMembersResponse
    from ..models.update_member_role_request import UpdateMemberRoleRequest
    from ..models.user import User


class MembersResource(SyncResource):
    """Chat membership: adding or removing people and tags, changing roles, leaving."""

    def add_tags(
        self,
        id: int,
        *,
        body: AddTagsRequest | AddTagsRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Add group tags to a chat

        Links employee tags to a conversation or channel so that everyone in those tags joins it; from then
        on membership follows the tag, with people added or removed as the tag changes. Returns 204 with an
        empty body. Scope `chat_members:write`.
        """

        from ..api.members import add_tags as endpoint
        from ..models.add_tags_request import AddTagsRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "body": json_body(AddTagsRequest, body),
            },
        )

    def remove_tag(
        self,
        id: int,
        tag_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a group tag from a chat

        Unlinks an employee tag from the chat's member list. Returns 204 with an empty body. Scope
        `chat_members:write`.
        """

        from ..api.members import remove_tag as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "tag_id": tag_id,
            },
        )

    def leave_chat(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Leave a chat

        Takes the caller out of a conversation or channel; this is also the only way for a chat owner to
        leave. Returns 204 with an empty body. Scope `chats:leave`.
        """

        from ..api.members import leave_chat as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def list_members(
        self,
        id: int,
        *,
        role: ChatMemberRoleFilter | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListMembersResponse:
        """List members of a chat

        Returns the users in a chat, optionally only those with a given `role`. The workspace owner can read
        any chat, while admins and bots see members only of chats they are in or that are public. Cursor-
        paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
        up to 50. Scope `chat_members:read`.
        """

        from ..api.members import list_members as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "role": role,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_members_iter(
        self,
        id: int,
        *,
        role: ChatMemberRoleFilter | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListMembersResponse, User]:
        """Iterate over every item of `list_members`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.members import list_members as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
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
        body: AddMembersRequest | AddMembersRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Add users to a chat

        Adds the listed user ids to a conversation, channel or thread chat; set `silent` to avoid the system
        message about new members. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from ..api.members import add_members as endpoint
        from ..models.add_members_request import AddMembersRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "body": json_body(AddMembersRequest, body),
            },
        )

    def update_member_role(
        self,
        id: int,
        user_id: int,
        *,
        body: UpdateMemberRoleRequest | UpdateMemberRoleRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change a member's role

        Sets the role of a user or bot inside a conversation or channel. The owner's role cannot be changed;
        they always keep admin rights. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from ..api.members import update_member_role as endpoint
        from ..models.update_member_role_request import UpdateMemberRoleRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "user_id": user_id,
                "body": json_body(UpdateMemberRoleRequest, body),
            },
        )

    def remove_member(
        self,
        id: int,
        user_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a user from a chat

        Kicks a user out of a conversation or channel. The chat owner cannot be removed this way and has to
        leave on their own. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from ..api.members import remove_member as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "user_id": user_id,
            },
        )


class AsyncMembersResource(AsyncResource):
    """Chat membership: adding or removing people and tags, changing roles, leaving."""

    async def add_tags(
        self,
        id: int,
        *,
        body: AddTagsRequest | AddTagsRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Add group tags to a chat

        Links employee tags to a conversation or channel so that everyone in those tags joins it; from then
        on membership follows the tag, with people added or removed as the tag changes. Returns 204 with an
        empty body. Scope `chat_members:write`.
        """

        from ..api.members import add_tags as endpoint
        from ..models.add_tags_request import AddTagsRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "body": json_body(AddTagsRequest, body),
            },
        )

    async def remove_tag(
        self,
        id: int,
        tag_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a group tag from a chat

        Unlinks an employee tag from the chat's member list. Returns 204 with an empty body. Scope
        `chat_members:write`.
        """

        from ..api.members import remove_tag as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "tag_id": tag_id,
            },
        )

    async def leave_chat(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Leave a chat

        Takes the caller out of a conversation or channel; this is also the only way for a chat owner to
        leave. Returns 204 with an empty body. Scope `chats:leave`.
        """

        from ..api.members import leave_chat as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def list_members(
        self,
        id: int,
        *,
        role: ChatMemberRoleFilter | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListMembersResponse:
        """List members of a chat

        Returns the users in a chat, optionally only those with a given `role`. The workspace owner can read
        any chat, while admins and bots see members only of chats they are in or that are public. Cursor-
        paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
        up to 50. Scope `chat_members:read`.
        """

        from ..api.members import list_members as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "role": role,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_members_iter(
        self,
        id: int,
        *,
        role: ChatMemberRoleFilter | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListMembersResponse, User]:
        """Iterate over every item of `list_members`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.members import list_members as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
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
        body: AddMembersRequest | AddMembersRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Add users to a chat

        Adds the listed user ids to a conversation, channel or thread chat; set `silent` to avoid the system
        message about new members. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from ..api.members import add_members as endpoint
        from ..models.add_members_request import AddMembersRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "body": json_body(AddMembersRequest, body),
            },
        )

    async def update_member_role(
        self,
        id: int,
        user_id: int,
        *,
        body: UpdateMemberRoleRequest | UpdateMemberRoleRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change a member's role

        Sets the role of a user or bot inside a conversation or channel. The owner's role cannot be changed;
        they always keep admin rights. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from ..api.members import update_member_role as endpoint
        from ..models.update_member_role_request import UpdateMemberRoleRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "user_id": user_id,
                "body": json_body(UpdateMemberRoleRequest, body),
            },
        )

    async def remove_member(
        self,
        id: int,
        user_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a user from a chat

        Kicks a user out of a conversation or channel. The chat owner cannot be removed this way and has to
        leave on their own. Returns 204 with an empty body. Scope `chat_members:write`.
        """

        from ..api.members import remove_member as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
                "user_id": user_id,
            },
        )


class MembersResourceWithRawResponse:
    """`pachca.with_raw_response.members.<method>(...)`: each method of `MembersResource`, returning a `RawResponse`."""

    def __init__(self, resource: MembersResource) -> None:
        self.add_tags = raw_response(resource.add_tags)
        self.remove_tag = raw_response(resource.remove_tag)
        self.leave_chat = raw_response(resource.leave_chat)
        self.list_members = raw_response(resource.list_members)
        self.add_members = raw_response(resource.add_members)
        self.update_member_role = raw_response(resource.update_member_role)
        self.remove_member = raw_response(resource.remove_member)


class AsyncMembersResourceWithRawResponse:
    """`await pachca.with_raw_response.members.<method>(...)`: each method of `AsyncMembersResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncMembersResource) -> None:
        self.add_tags = async_raw_response(resource.add_tags)
        self.remove_tag = async_raw_response(resource.remove_tag)
        self.leave_chat = async_raw_response(resource.leave_chat)
        self.list_members = async_raw_response(resource.list_members)
        self.add_members = async_raw_response(resource.add_members)
        self.update_member_role = async_raw_response(resource.update_member_role)
        self.remove_member = async_raw_response(resource.remove_member)
