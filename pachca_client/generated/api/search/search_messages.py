# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.message_search_sort import MessageSearchSort
from ...models.o_auth_error import OAuthError
from ...models.search_messages_response import SearchMessagesResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["limit"] = limit

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    json_chat_ids: list[int] | Unset = UNSET
    if not isinstance(chat_ids, Unset):
        json_chat_ids = chat_ids

    params["chat_ids[]"] = json_chat_ids

    json_user_ids: list[int] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    params["user_ids[]"] = json_user_ids

    params["active"] = active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/messages",
        "params": params,
    }

    _kwargs["extensions"] = {"pachca_client.rate_limit_class": ("reading", ())}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse | None:
    if response.status_code == 200:
        response_200 = SearchMessagesResponse.from_dict(response.json())

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


def parse_success(response: httpx.Response) -> SearchMessagesResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = SearchMessagesResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse]:
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
    sort: MessageSearchSort | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse]:
    """Search messages by text

     Full-text search over message text, optionally limited to certain chats and authors (repeated
    `chat_ids[]` / `user_ids[]` keys) and a creation window, sorted by date or relevance. The meta
    carries only `total` and `next_page`. Up to 200 results per page; scope `search:messages`.

    Args:
        query (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        order (SortOrder | Unset): Sort direction: `asc` (ascending) or `desc` (descending).
        sort (MessageSearchSort | Unset): Ordering of message search results: `created_at`
            (chronological) or `relevance` (best matches first).
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        chat_ids (list[int] | Unset):
        user_ids (list[int] | Unset):
        active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        limit=limit,
        cursor=cursor,
        order=order,
        sort=sort,
        created_from=created_from,
        created_to=created_to,
        chat_ids=chat_ids,
        user_ids=user_ids,
        active=active,
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
    sort: MessageSearchSort | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse | None:
    """Search messages by text

     Full-text search over message text, optionally limited to certain chats and authors (repeated
    `chat_ids[]` / `user_ids[]` keys) and a creation window, sorted by date or relevance. The meta
    carries only `total` and `next_page`. Up to 200 results per page; scope `search:messages`.

    Args:
        query (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        order (SortOrder | Unset): Sort direction: `asc` (ascending) or `desc` (descending).
        sort (MessageSearchSort | Unset): Ordering of message search results: `created_at`
            (chronological) or `relevance` (best matches first).
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        chat_ids (list[int] | Unset):
        user_ids (list[int] | Unset):
        active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        limit=limit,
        cursor=cursor,
        order=order,
        sort=sort,
        created_from=created_from,
        created_to=created_to,
        chat_ids=chat_ids,
        user_ids=user_ids,
        active=active,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse]:
    """Search messages by text

     Full-text search over message text, optionally limited to certain chats and authors (repeated
    `chat_ids[]` / `user_ids[]` keys) and a creation window, sorted by date or relevance. The meta
    carries only `total` and `next_page`. Up to 200 results per page; scope `search:messages`.

    Args:
        query (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        order (SortOrder | Unset): Sort direction: `asc` (ascending) or `desc` (descending).
        sort (MessageSearchSort | Unset): Ordering of message search results: `created_at`
            (chronological) or `relevance` (best matches first).
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        chat_ids (list[int] | Unset):
        user_ids (list[int] | Unset):
        active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        limit=limit,
        cursor=cursor,
        order=order,
        sort=sort,
        created_from=created_from,
        created_to=created_to,
        chat_ids=chat_ids,
        user_ids=user_ids,
        active=active,
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
    sort: MessageSearchSort | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse | None:
    """Search messages by text

     Full-text search over message text, optionally limited to certain chats and authors (repeated
    `chat_ids[]` / `user_ids[]` keys) and a creation window, sorted by date or relevance. The meta
    carries only `total` and `next_page`. Up to 200 results per page; scope `search:messages`.

    Args:
        query (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        order (SortOrder | Unset): Sort direction: `asc` (ascending) or `desc` (descending).
        sort (MessageSearchSort | Unset): Ordering of message search results: `created_at`
            (chronological) or `relevance` (best matches first).
        created_from (datetime.datetime | Unset):
        created_to (datetime.datetime | Unset):
        chat_ids (list[int] | Unset):
        user_ids (list[int] | Unset):
        active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | SearchMessagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            limit=limit,
            cursor=cursor,
            order=order,
            sort=sort,
            created_from=created_from,
            created_to=created_to,
            chat_ids=chat_ids,
            user_ids=user_ids,
            active=active,
        )
    ).parsed
