# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.chat_subtype import ChatSubtype
from ...models.o_auth_error import OAuthError
from ...models.search_chats_response import SearchChatsResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["limit"] = limit

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    params["active"] = active

    json_chat_subtype: str | Unset = UNSET
    if not isinstance(chat_subtype, Unset):
        json_chat_subtype = chat_subtype.value

    params["chat_subtype"] = json_chat_subtype

    params["personal"] = personal

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/chats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse | None:
    if response.status_code == 200:
        response_200 = SearchChatsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ApiError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: ApiError | OAuthError
        try:
            response_403 = OAuthError.from_dict(_response_403)
        except ValueError:
            response_403 = ApiError.from_dict(_response_403)

        return response_403

    if response.status_code == 504:
        response_504 = ApiError.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> SearchChatsResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = SearchChatsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    active: bool | Unset = UNSET,
    chat_subtype: ChatSubtype | Unset = UNSET,
    personal: bool | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse]:
    """Search chats by text

     Full-text search over conversations and channels (threads too, via `chat_subtype`), filterable by
    creation time, activity and DM flag. The meta carries only `total` and `next_page`; stop once you
    hold `total` items or get an empty page. Up to 100 results per page; scope `search:chats`.

    Args:
        query (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        order (SortOrder | Unset): Sort direction: `asc` (ascending) or `desc` (descending).
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        active (bool | Unset):
        chat_subtype (ChatSubtype | Unset): Chat kind used as a search filter: `discussion` covers
            group chats and channels, `thread` covers the chats behind threads.
        personal (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        limit=limit,
        cursor=cursor,
        order=order,
        created_from=created_from,
        created_to=created_to,
        active=active,
        chat_subtype=chat_subtype,
        personal=personal,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    active: bool | Unset = UNSET,
    chat_subtype: ChatSubtype | Unset = UNSET,
    personal: bool | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse | None:
    """Search chats by text

     Full-text search over conversations and channels (threads too, via `chat_subtype`), filterable by
    creation time, activity and DM flag. The meta carries only `total` and `next_page`; stop once you
    hold `total` items or get an empty page. Up to 100 results per page; scope `search:chats`.

    Args:
        query (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        order (SortOrder | Unset): Sort direction: `asc` (ascending) or `desc` (descending).
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        active (bool | Unset):
        chat_subtype (ChatSubtype | Unset): Chat kind used as a search filter: `discussion` covers
            group chats and channels, `thread` covers the chats behind threads.
        personal (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        limit=limit,
        cursor=cursor,
        order=order,
        created_from=created_from,
        created_to=created_to,
        active=active,
        chat_subtype=chat_subtype,
        personal=personal,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    active: bool | Unset = UNSET,
    chat_subtype: ChatSubtype | Unset = UNSET,
    personal: bool | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse]:
    """Search chats by text

     Full-text search over conversations and channels (threads too, via `chat_subtype`), filterable by
    creation time, activity and DM flag. The meta carries only `total` and `next_page`; stop once you
    hold `total` items or get an empty page. Up to 100 results per page; scope `search:chats`.

    Args:
        query (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        order (SortOrder | Unset): Sort direction: `asc` (ascending) or `desc` (descending).
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        active (bool | Unset):
        chat_subtype (ChatSubtype | Unset): Chat kind used as a search filter: `discussion` covers
            group chats and channels, `thread` covers the chats behind threads.
        personal (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        limit=limit,
        cursor=cursor,
        order=order,
        created_from=created_from,
        created_to=created_to,
        active=active,
        chat_subtype=chat_subtype,
        personal=personal,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    active: bool | Unset = UNSET,
    chat_subtype: ChatSubtype | Unset = UNSET,
    personal: bool | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse | None:
    """Search chats by text

     Full-text search over conversations and channels (threads too, via `chat_subtype`), filterable by
    creation time, activity and DM flag. The meta carries only `total` and `next_page`; stop once you
    hold `total` items or get an empty page. Up to 100 results per page; scope `search:chats`.

    Args:
        query (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        order (SortOrder | Unset): Sort direction: `asc` (ascending) or `desc` (descending).
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        active (bool | Unset):
        chat_subtype (ChatSubtype | Unset): Chat kind used as a search filter: `discussion` covers
            group chats and channels, `thread` covers the chats behind threads.
        personal (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | SearchChatsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            limit=limit,
            cursor=cursor,
            order=order,
            created_from=created_from,
            created_to=created_to,
            active=active,
            chat_subtype=chat_subtype,
            personal=personal,
        )
    ).parsed
