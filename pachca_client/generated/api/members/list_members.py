# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.api_error import ApiError
from ...models.chat_member_role_filter import ChatMemberRoleFilter
from ...models.list_members_response import ListMembersResponse
from ...models.o_auth_error import OAuthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    role: ChatMemberRoleFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role.value

    params["role"] = json_role

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{id}/members".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError | None:
    if response.status_code == 200:
        response_200 = ListMembersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: ApiError | OAuthError
        try:
            response_403 = OAuthError.from_dict(_response_403)
        except ValueError:
            response_403 = ApiError.from_dict(_response_403)

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> ListMembersResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ListMembersResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    role: ChatMemberRoleFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError]:
    """List members of a chat

     Returns the users in a chat, optionally only those with a given `role`. The workspace owner can read
    any chat, while admins and bots see members only of chats they are in or that are public. Cursor-
    paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
    up to 50. Scope `chat_members:read`.

    Args:
        id (int):
        role (ChatMemberRoleFilter | Unset): Role filter for listing chat members: `all`, or one
            specific role including `owner`.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        id=id,
        role=role,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    role: ChatMemberRoleFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError | None:
    """List members of a chat

     Returns the users in a chat, optionally only those with a given `role`. The workspace owner can read
    any chat, while admins and bots see members only of chats they are in or that are public. Cursor-
    paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
    up to 50. Scope `chat_members:read`.

    Args:
        id (int):
        role (ChatMemberRoleFilter | Unset): Role filter for listing chat members: `all`, or one
            specific role including `owner`.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError
    """

    return sync_detailed(
        id=id,
        client=client,
        role=role,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    role: ChatMemberRoleFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError]:
    """List members of a chat

     Returns the users in a chat, optionally only those with a given `role`. The workspace owner can read
    any chat, while admins and bots see members only of chats they are in or that are public. Cursor-
    paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
    up to 50. Scope `chat_members:read`.

    Args:
        id (int):
        role (ChatMemberRoleFilter | Unset): Role filter for listing chat members: `all`, or one
            specific role including `owner`.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        id=id,
        role=role,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    role: ChatMemberRoleFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError | None:
    """List members of a chat

     Returns the users in a chat, optionally only those with a given `role`. The workspace owner can read
    any chat, while admins and bots see members only of chats they are in or that are public. Cursor-
    paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes
    up to 50. Scope `chat_members:read`.

    Args:
        id (int):
        role (ChatMemberRoleFilter | Unset): Role filter for listing chat members: `all`, or one
            specific role including `owner`.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListMembersResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            role=role,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
