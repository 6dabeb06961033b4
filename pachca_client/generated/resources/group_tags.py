# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.group_tags`: Employee tags, i.e. named user groups, and who belongs to them.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.group_tags` each method returns a `RawResponse` (status, headers,
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
    from ..bodies import GroupTagRequestDict
    from ..models.get_tag_users_response import GetTagUsersResponse
    from ..models.group_tag import GroupTag
    from ..models.group_tag_request import GroupTagRequest
    from ..models.list_tags_response import ListTagsResponse
    from ..models.user import User


class GroupTagsResource(SyncResource):
    """Employee tags, i.e. named user groups, and who belongs to them."""

    def list_tags(
        self,
        *,
        names: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListTagsResponse:
        """List group tags

        Returns the workspace's employee tags, whose names are unique. Pass one or more repeated `names[]`
        keys to fetch tags by exact name. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor`
        until `has_next` is false; `limit` goes up to 50. Scope `group_tags:read`.
        """

        from ..api.group_tags import list_tags as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "names": names,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_tags_iter(
        self,
        *,
        names: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListTagsResponse, GroupTag]:
        """Iterate over every item of `list_tags`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.group_tags import list_tags as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "names": names,
                "limit": limit,
            },
        )

    def create_tag(
        self,
        *,
        body: GroupTagRequest | GroupTagRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupTag:
        """Create a group tag

        Creates an employee tag named in the `group_tag` body object and returns it with 201. Scope
        `group_tags:write`.
        """

        from ..api.group_tags import create_tag as endpoint
        from ..models.group_tag_request import GroupTagRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(GroupTagRequest, body),
            },
        )

    def get_tag(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupTag:
        """Get a group tag

        Fetches one employee tag by id together with its member count. Scope `group_tags:read`.
        """

        from ..api.group_tags import get_tag as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def update_tag(
        self,
        id: int,
        *,
        body: GroupTagRequest | GroupTagRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupTag:
        """Rename a group tag

        Changes the tag's name (the only editable field) and returns the updated tag. Scope
        `group_tags:write`.
        """

        from ..api.group_tags import update_tag as endpoint
        from ..models.group_tag_request import GroupTagRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(GroupTagRequest, body),
            },
        )

    def delete_tag(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a group tag

        Deletes the employee tag. Returns 204 with an empty body. Scope `group_tags:write`.
        """

        from ..api.group_tags import delete_tag as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    def get_tag_users(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetTagUsersResponse:
        """List users in a group tag

        Returns the employees who currently carry the tag. Cursor-paginated: feed `meta.paginate.next_page`
        back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope `group_tags:read`.
        """

        from ..api.group_tags import get_tag_users as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def get_tag_users_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[GetTagUsersResponse, User]:
        """Iterate over every item of `get_tag_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.group_tags import get_tag_users as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListTagsResponse:
        """List group tags

        Returns the workspace's employee tags, whose names are unique. Pass one or more repeated `names[]`
        keys to fetch tags by exact name. Cursor-paginated: feed `meta.paginate.next_page` back as `cursor`
        until `has_next` is false; `limit` goes up to 50. Scope `group_tags:read`.
        """

        from ..api.group_tags import list_tags as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "names": names,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_tags_iter(
        self,
        *,
        names: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListTagsResponse, GroupTag]:
        """Iterate over every item of `list_tags`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.group_tags import list_tags as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "names": names,
                "limit": limit,
            },
        )

    async def create_tag(
        self,
        *,
        body: GroupTagRequest | GroupTagRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupTag:
        """Create a group tag

        Creates an employee tag named in the `group_tag` body object and returns it with 201. Scope
        `group_tags:write`.
        """

        from ..api.group_tags import create_tag as endpoint
        from ..models.group_tag_request import GroupTagRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(GroupTagRequest, body),
            },
        )

    async def get_tag(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupTag:
        """Get a group tag

        Fetches one employee tag by id together with its member count. Scope `group_tags:read`.
        """

        from ..api.group_tags import get_tag as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def update_tag(
        self,
        id: int,
        *,
        body: GroupTagRequest | GroupTagRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupTag:
        """Rename a group tag

        Changes the tag's name (the only editable field) and returns the updated tag. Scope
        `group_tags:write`.
        """

        from ..api.group_tags import update_tag as endpoint
        from ..models.group_tag_request import GroupTagRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(GroupTagRequest, body),
            },
        )

    async def delete_tag(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a group tag

        Deletes the employee tag. Returns 204 with an empty body. Scope `group_tags:write`.
        """

        from ..api.group_tags import delete_tag as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )

    async def get_tag_users(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetTagUsersResponse:
        """List users in a group tag

        Returns the employees who currently carry the tag. Cursor-paginated: feed `meta.paginate.next_page`
        back as `cursor` until `has_next` is false; `limit` goes up to 50. Scope `group_tags:read`.
        """

        from ..api.group_tags import get_tag_users as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def get_tag_users_iter(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[GetTagUsersResponse, User]:
        """Iterate over every item of `get_tag_users`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.group_tags import get_tag_users as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "id": id,
                "limit": limit,
            },
        )


class GroupTagsResourceWithRawResponse:
    """`pachca.with_raw_response.group_tags.<method>(...)`: each method of `GroupTagsResource`, returning a `RawResponse`."""

    def __init__(self, resource: GroupTagsResource) -> None:
        self.list_tags = raw_response(resource.list_tags)
        self.create_tag = raw_response(resource.create_tag)
        self.get_tag = raw_response(resource.get_tag)
        self.update_tag = raw_response(resource.update_tag)
        self.delete_tag = raw_response(resource.delete_tag)
        self.get_tag_users = raw_response(resource.get_tag_users)


class AsyncGroupTagsResourceWithRawResponse:
    """`await pachca.with_raw_response.group_tags.<method>(...)`: each method of `AsyncGroupTagsResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncGroupTagsResource) -> None:
        self.list_tags = async_raw_response(resource.list_tags)
        self.create_tag = async_raw_response(resource.create_tag)
        self.get_tag = async_raw_response(resource.get_tag)
        self.update_tag = async_raw_response(resource.update_tag)
        self.delete_tag = async_raw_response(resource.delete_tag)
        self.get_tag_users = async_raw_response(resource.get_tag_users)
