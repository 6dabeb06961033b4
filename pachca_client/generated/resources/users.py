# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.users`: Workspace employees: the directory, account administration, avatars and statuses.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.users` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of, data_or_none, ignore_body
from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource, as_form, json_body
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..bodies import StatusUpdateRequestDict, UpdateUserAvatarBodyDict, UserCreateRequestDict, UserUpdateRequestDict
    from ..models.avatar_data import AvatarData
    from ..models.list_users_response import ListUsersResponse
    from ..models.status_update_request import StatusUpdateRequest
    from ..models.update_user_avatar_body import UpdateUserAvatarBody
    from ..models.user import User
    from ..models.user_create_request import UserCreateRequest
    from ..models.user_status import UserStatus
    from ..models.user_update_request import UserUpdateRequest


class UsersResource(SyncResource):
    """Workspace employees: the directory, account administration, avatars and statuses."""

    def list_users(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResponse:
        """List users

        Returns the workspace's employees; `query` matches names, email, phone or nickname, and with it set
        the meta may arrive in the simpler search form. Cursor-paginated: feed `meta.paginate.next_page`
        back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope `users:read`.
        """

        from ..api.users import list_users as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_users_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListUsersResponse, User]:
        """Iterate over every item of `list_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.users import list_users as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    def create_user(
        self,
        *,
        body: UserCreateRequest | UserCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Create an employee

        Adds an employee, optionally with custom properties and initial chats via `chat_ids`;
        `skip_email_notify` suppresses the invitation email. A `guest` needs exactly one active chat in
        `chat_ids` that the token may add members to, else 400. Scope `users:create`.
        """

        from ..api.users import create_user as endpoint
        from ..models.user_create_request import UserCreateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(UserCreateRequest, body),
            },
        )

    def get_user(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Get an employee

        Fetches one employee by id. `email` and `phone_number` may be `null` when a bot lacks access to
        personal data. Scope `users:read`.
        """

        from ..api.users import get_user as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def update_user(
        self,
        id: int,
        *,
        body: UserUpdateRequest | UserUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Update an employee

        Changes an employee's attributes and custom properties (ids come from `GET /custom_properties`) and
        returns the updated record. Scope `users:update`.
        """

        from ..api.users import update_user as endpoint
        from ..models.user_update_request import UserUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(UserUpdateRequest, body),
            },
        )

    def delete_user(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an employee

        Removes the employee from the workspace. Returns 204 with an empty body. Scope `users:delete`.
        """

        from ..api.users import delete_user as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def update_user_avatar(
        self,
        user_id: int,
        *,
        body: UpdateUserAvatarBody | UpdateUserAvatarBodyDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvatarData:
        """Set an employee's avatar

        Uploads an image, sent as the `image` part of `multipart/form-data`, as the given employee's avatar
        and returns its `image_url`. Scope `user_avatar:write`.
        """

        from ..api.users import update_user_avatar as endpoint
        from ..models.update_user_avatar_body import UpdateUserAvatarBody

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "user_id": user_id,
                "body": as_form(UpdateUserAvatarBody, body),
            },
        )

    def delete_user_avatar(
        self,
        user_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an employee's avatar

        Clears the given employee's avatar. Returns 204 with an empty body. Scope `user_avatar:write`.
        """

        from ..api.users import delete_user_avatar as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "user_id": user_id,
            },
        )

    def get_user_status(
        self,
        user_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus | None:
        """Get an employee's status

        Returns the given employee's status, or the JSON literal `null` (status 200, no `data` wrapper) when
        none is set. An expired status may still show up for a short while, so compare `expires_at` on the
        client. Scope `user_status:read`.
        """

        from ..api.users import get_user_status as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_or_none(endpoint.parse_success),
            {
                "user_id": user_id,
            },
        )

    def update_user_status(
        self,
        user_id: int,
        *,
        body: StatusUpdateRequest | StatusUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus:
        """Set an employee's status

        Sets the status of the given employee (emoji, title, optional expiry and away mode) and returns it.
        Scope `user_status:write`.
        """

        from ..api.users import update_user_status as endpoint
        from ..models.status_update_request import StatusUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "user_id": user_id,
                "body": json_body(StatusUpdateRequest, body),
            },
        )

    def delete_user_status(
        self,
        user_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Clear an employee's status

        Removes the given employee's status. Returns 204 with an empty body. Scope `user_status:write`.
        """

        from ..api.users import delete_user_status as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "user_id": user_id,
            },
        )


class AsyncUsersResource(AsyncResource):
    """Workspace employees: the directory, account administration, avatars and statuses."""

    async def list_users(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListUsersResponse:
        """List users

        Returns the workspace's employees; `query` matches names, email, phone or nickname, and with it set
        the meta may arrive in the simpler search form. Cursor-paginated: feed `meta.paginate.next_page`
        back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope `users:read`.
        """

        from ..api.users import list_users as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "query": query,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_users_iter(
        self,
        *,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListUsersResponse, User]:
        """Iterate over every item of `list_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.users import list_users as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "query": query,
                "limit": limit,
            },
        )

    async def create_user(
        self,
        *,
        body: UserCreateRequest | UserCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Create an employee

        Adds an employee, optionally with custom properties and initial chats via `chat_ids`;
        `skip_email_notify` suppresses the invitation email. A `guest` needs exactly one active chat in
        `chat_ids` that the token may add members to, else 400. Scope `users:create`.
        """

        from ..api.users import create_user as endpoint
        from ..models.user_create_request import UserCreateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(UserCreateRequest, body),
            },
        )

    async def get_user(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Get an employee

        Fetches one employee by id. `email` and `phone_number` may be `null` when a bot lacks access to
        personal data. Scope `users:read`.
        """

        from ..api.users import get_user as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def update_user(
        self,
        id: int,
        *,
        body: UserUpdateRequest | UserUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Update an employee

        Changes an employee's attributes and custom properties (ids come from `GET /custom_properties`) and
        returns the updated record. Scope `users:update`.
        """

        from ..api.users import update_user as endpoint
        from ..models.user_update_request import UserUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(UserUpdateRequest, body),
            },
        )

    async def delete_user(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete an employee

        Removes the employee from the workspace. Returns 204 with an empty body. Scope `users:delete`.
        """

        from ..api.users import delete_user as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def update_user_avatar(
        self,
        user_id: int,
        *,
        body: UpdateUserAvatarBody | UpdateUserAvatarBodyDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvatarData:
        """Set an employee's avatar

        Uploads an image, sent as the `image` part of `multipart/form-data`, as the given employee's avatar
        and returns its `image_url`. Scope `user_avatar:write`.
        """

        from ..api.users import update_user_avatar as endpoint
        from ..models.update_user_avatar_body import UpdateUserAvatarBody

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "user_id": user_id,
                "body": as_form(UpdateUserAvatarBody, body),
            },
        )

    async def delete_user_avatar(
        self,
        user_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an employee's avatar

        Clears the given employee's avatar. Returns 204 with an empty body. Scope `user_avatar:write`.
        """

        from ..api.users import delete_user_avatar as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "user_id": user_id,
            },
        )

    async def get_user_status(
        self,
        user_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus | None:
        """Get an employee's status

        Returns the given employee's status, or the JSON literal `null` (status 200, no `data` wrapper) when
        none is set. An expired status may still show up for a short while, so compare `expires_at` on the
        client. Scope `user_status:read`.
        """

        from ..api.users import get_user_status as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_or_none(endpoint.parse_success),
            {
                "user_id": user_id,
            },
        )

    async def update_user_status(
        self,
        user_id: int,
        *,
        body: StatusUpdateRequest | StatusUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus:
        """Set an employee's status

        Sets the status of the given employee (emoji, title, optional expiry and away mode) and returns it.
        Scope `user_status:write`.
        """

        from ..api.users import update_user_status as endpoint
        from ..models.status_update_request import StatusUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "user_id": user_id,
                "body": json_body(StatusUpdateRequest, body),
            },
        )

    async def delete_user_status(
        self,
        user_id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Clear an employee's status

        Removes the given employee's status. Returns 204 with an empty body. Scope `user_status:write`.
        """

        from ..api.users import delete_user_status as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "user_id": user_id,
            },
        )


class UsersResourceWithRawResponse:
    """`pachca.with_raw_response.users.<method>(...)`: each method of `UsersResource`, returning a `RawResponse`."""

    def __init__(self, resource: UsersResource) -> None:
        self.list_users = raw_response(resource.list_users)
        self.create_user = raw_response(resource.create_user)
        self.get_user = raw_response(resource.get_user)
        self.update_user = raw_response(resource.update_user)
        self.delete_user = raw_response(resource.delete_user)
        self.update_user_avatar = raw_response(resource.update_user_avatar)
        self.delete_user_avatar = raw_response(resource.delete_user_avatar)
        self.get_user_status = raw_response(resource.get_user_status)
        self.update_user_status = raw_response(resource.update_user_status)
        self.delete_user_status = raw_response(resource.delete_user_status)


class AsyncUsersResourceWithRawResponse:
    """`await pachca.with_raw_response.users.<method>(...)`: each method of `AsyncUsersResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list_users = async_raw_response(resource.list_users)
        self.create_user = async_raw_response(resource.create_user)
        self.get_user = async_raw_response(resource.get_user)
        self.update_user = async_raw_response(resource.update_user)
        self.delete_user = async_raw_response(resource.delete_user)
        self.update_user_avatar = async_raw_response(resource.update_user_avatar)
        self.delete_user_avatar = async_raw_response(resource.delete_user_avatar)
        self.get_user_status = async_raw_response(resource.get_user_status)
        self.update_user_status = async_raw_response(resource.update_user_status)
        self.delete_user_status = async_raw_response(resource.delete_user_status)
