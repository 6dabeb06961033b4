# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_threads_response import ListThreadsResponse
from ...models.o_auth_error import OAuthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    last_message_at_after: datetime.datetime | Unset = UNSET,
    last_message_at_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_last_message_at_after: str | Unset = UNSET
    if not isinstance(last_message_at_after, Unset):
        json_last_message_at_after = last_message_at_after.isoformat()
    params["last_message_at_after"] = json_last_message_at_after

    json_last_message_at_before: str | Unset = UNSET
    if not isinstance(last_message_at_before, Unset):
        json_last_message_at_before = last_message_at_before.isoformat()
    params["last_message_at_before"] = json_last_message_at_before

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError | None:
    if response.status_code == 200:
        response_200 = ListThreadsResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> ListThreadsResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ListThreadsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    last_message_at_after: datetime.datetime | Unset = UNSET,
    last_message_at_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError]:
    """List threads you can see

     Returns threads where the caller belongs to the thread chat or to the chat it started in (unjoined
    public chats do not count), most recently active first, optionally bounded by last-message time.
    Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
    goes up to 50. Scope `threads:read`.

    Args:
        last_message_at_after (datetime.datetime | Unset):
        last_message_at_before (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        last_message_at_after=last_message_at_after,
        last_message_at_before=last_message_at_before,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    last_message_at_after: datetime.datetime | Unset = UNSET,
    last_message_at_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError | None:
    """List threads you can see

     Returns threads where the caller belongs to the thread chat or to the chat it started in (unjoined
    public chats do not count), most recently active first, optionally bounded by last-message time.
    Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
    goes up to 50. Scope `threads:read`.

    Args:
        last_message_at_after (datetime.datetime | Unset):
        last_message_at_before (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        last_message_at_after=last_message_at_after,
        last_message_at_before=last_message_at_before,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    last_message_at_after: datetime.datetime | Unset = UNSET,
    last_message_at_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError]:
    """List threads you can see

     Returns threads where the caller belongs to the thread chat or to the chat it started in (unjoined
    public chats do not count), most recently active first, optionally bounded by last-message time.
    Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
    goes up to 50. Scope `threads:read`.

    Args:
        last_message_at_after (datetime.datetime | Unset):
        last_message_at_before (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        last_message_at_after=last_message_at_after,
        last_message_at_before=last_message_at_before,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    last_message_at_after: datetime.datetime | Unset = UNSET,
    last_message_at_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError | None:
    """List threads you can see

     Returns threads where the caller belongs to the thread chat or to the chat it started in (unjoined
    public chats do not count), most recently active first, optionally bounded by last-message time.
    Cursor-paginated: feed `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit`
    goes up to 50. Scope `threads:read`.

    Args:
        last_message_at_after (datetime.datetime | Unset):
        last_message_at_before (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListThreadsResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            last_message_at_after=last_message_at_after,
            last_message_at_before=last_message_at_before,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
