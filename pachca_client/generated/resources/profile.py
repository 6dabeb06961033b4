# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.profile`: The token owner's own account record, avatar and status.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.profile` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of, data_or_none, ignore_body
from ..._resource import AsyncResource, SyncResource, as_form, json_body
from ..._response import async_raw_response, raw_response

if TYPE_CHECKING:
    from ..bodies import StatusUpdateRequestDict, UpdateProfileAvatarBodyDict
    from ..models.avatar_data import AvatarData
    from ..models.status_update_request import StatusUpdateRequest
    from ..models.update_profile_avatar_body import UpdateProfileAvatarBody
    from ..models.user import User
    from ..models.user_status import UserStatus


class ProfileResource(SyncResource):
    """The token owner's own account record, avatar and status."""

    def get_profile(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Get own profile

        Returns the user record of the token's owner. Scope `profile:read`.
        """

        from ..api.profile import get_profile as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(endpoint, data_of(endpoint.parse_success), {})

    def update_profile_avatar(
        self,
        *,
        body: UpdateProfileAvatarBody | UpdateProfileAvatarBodyDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvatarData:
        """Set own avatar image

        Sets or replaces the caller's avatar from an image sent as the `image` part of a `multipart/form-
        data` body and returns the new `image_url`. Scope `profile_avatar:write`.
        """

        from ..api.profile import update_profile_avatar as endpoint
        from ..models.update_profile_avatar_body import UpdateProfileAvatarBody

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": as_form(UpdateProfileAvatarBody, body),
            },
        )

    def delete_profile_avatar(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove own avatar

        Clears the caller's avatar. Returns 204 with an empty body. Scope `profile_avatar:write`.
        """

        from ..api.profile import delete_profile_avatar as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(endpoint, ignore_body, {})

    def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus | None:
        """Get own status

        Returns the caller's current status. When none is set the body is the JSON literal `null` with
        status 200 and no `data` wrapper. An expired status may linger briefly, so check `expires_at`
        yourself. Scope `profile_status:read`.
        """

        from ..api.profile import get_status as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint, data_or_none(endpoint.parse_success), {}
        )

    def update_status(
        self,
        *,
        body: StatusUpdateRequest | StatusUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus:
        """Set own status

        Sets the caller's status (emoji, title of up to 50 characters, optional expiry, away flag and away
        message) and returns it. Scope `profile_status:write`.
        """

        from ..api.profile import update_status as endpoint
        from ..models.status_update_request import StatusUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(StatusUpdateRequest, body),
            },
        )

    def delete_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Clear own status

        Removes the caller's status. Returns 204 with an empty body. Scope `profile_status:write`.
        """

        from ..api.profile import delete_status as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(endpoint, ignore_body, {})


class AsyncProfileResource(AsyncResource):
    """The token owner's own account record, avatar and status."""

    async def get_profile(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Get own profile

        Returns the user record of the token's owner. Scope `profile:read`.
        """

        from ..api.profile import get_profile as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint, data_of(endpoint.parse_success), {}
        )

    async def update_profile_avatar(
        self,
        *,
        body: UpdateProfileAvatarBody | UpdateProfileAvatarBodyDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvatarData:
        """Set own avatar image

        Sets or replaces the caller's avatar from an image sent as the `image` part of a `multipart/form-
        data` body and returns the new `image_url`. Scope `profile_avatar:write`.
        """

        from ..api.profile import update_profile_avatar as endpoint
        from ..models.update_profile_avatar_body import UpdateProfileAvatarBody

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": as_form(UpdateProfileAvatarBody, body),
            },
        )

    async def delete_profile_avatar(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove own avatar

        Clears the caller's avatar. Returns 204 with an empty body. Scope `profile_avatar:write`.
        """

        from ..api.profile import delete_profile_avatar as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(endpoint, ignore_body, {})

    async def get_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus | None:
        """Get own status

        Returns the caller's current status. When none is set the body is the JSON literal `null` with
        status 200 and no `data` wrapper. An expired status may linger briefly, so check `expires_at`
        yourself. Scope `profile_status:read`.
        """

        from ..api.profile import get_status as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint, data_or_none(endpoint.parse_success), {}
        )

    async def update_status(
        self,
        *,
        body: StatusUpdateRequest | StatusUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserStatus:
        """Set own status

        Sets the caller's status (emoji, title of up to 50 characters, optional expiry, away flag and away
        message) and returns it. Scope `profile_status:write`.
        """

        from ..api.profile import update_status as endpoint
        from ..models.status_update_request import StatusUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(StatusUpdateRequest, body),
            },
        )

    async def delete_status(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Clear own status

        Removes the caller's status. Returns 204 with an empty body. Scope `profile_status:write`.
        """

        from ..api.profile import delete_status as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(endpoint, ignore_body, {})


class ProfileResourceWithRawResponse:
    """`pachca.with_raw_response.profile.<method>(...)`: each method of `ProfileResource`, returning a `RawResponse`."""

    def __init__(self, resource: ProfileResource) -> None:
        self.get_profile = raw_response(resource.get_profile)
        self.update_profile_avatar = raw_response(resource.update_profile_avatar)
        self.delete_profile_avatar = raw_response(resource.delete_profile_avatar)
        self.get_status = raw_response(resource.get_status)
        self.update_status = raw_response(resource.update_status)
        self.delete_status = raw_response(resource.delete_status)


class AsyncProfileResourceWithRawResponse:
    """`await pachca.with_raw_response.profile.<method>(...)`: each method of `AsyncProfileResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncProfileResource) -> None:
        self.get_profile = async_raw_response(resource.get_profile)
        self.update_profile_avatar = async_raw_response(resource.update_profile_avatar)
        self.delete_profile_avatar = async_raw_response(resource.delete_profile_avatar)
        self.get_status = async_raw_response(resource.get_status)
        self.update_status = async_raw_response(resource.update_status)
        self.delete_status = async_raw_response(resource.delete_status)
