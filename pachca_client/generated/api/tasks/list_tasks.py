# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_tasks_response import ListTasksResponse
from ...models.o_auth_error import OAuthError
from ...models.task_status import TaskStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: TaskStatus | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    performer_ids: list[int] | Unset = UNSET,
    author_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_chat_ids: list[int] | Unset = UNSET
    if not isinstance(chat_ids, Unset):
        json_chat_ids = chat_ids

    params["chat_ids[]"] = json_chat_ids

    json_performer_ids: list[int] | Unset = UNSET
    if not isinstance(performer_ids, Unset):
        json_performer_ids = performer_ids

    params["performer_ids[]"] = json_performer_ids

    params["author_id"] = author_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError | None:
    if response.status_code == 200:
        response_200 = ListTasksResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> ListTasksResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ListTasksResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: TaskStatus | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    performer_ids: list[int] | Unset = UNSET,
    author_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError]:
    """List tasks

     Returns tasks available to the caller. Cursor-paginated: feed `meta.paginate.next_page` back as
    `cursor` until `has_next` is false; `limit` goes up to 50. Scope `tasks:read`.

    Args:
        status (TaskStatus | Unset): Completion state of a task: `undone` (still open) or `done`.
        chat_ids (list[int] | Unset):
        performer_ids (list[int] | Unset):
        author_id (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        status=status,
        chat_ids=chat_ids,
        performer_ids=performer_ids,
        author_id=author_id,
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
    status: TaskStatus | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    performer_ids: list[int] | Unset = UNSET,
    author_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError | None:
    """List tasks

     Returns tasks available to the caller. Cursor-paginated: feed `meta.paginate.next_page` back as
    `cursor` until `has_next` is false; `limit` goes up to 50. Scope `tasks:read`.

    Args:
        status (TaskStatus | Unset): Completion state of a task: `undone` (still open) or `done`.
        chat_ids (list[int] | Unset):
        performer_ids (list[int] | Unset):
        author_id (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        status=status,
        chat_ids=chat_ids,
        performer_ids=performer_ids,
        author_id=author_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: TaskStatus | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    performer_ids: list[int] | Unset = UNSET,
    author_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError]:
    """List tasks

     Returns tasks available to the caller. Cursor-paginated: feed `meta.paginate.next_page` back as
    `cursor` until `has_next` is false; `limit` goes up to 50. Scope `tasks:read`.

    Args:
        status (TaskStatus | Unset): Completion state of a task: `undone` (still open) or `done`.
        chat_ids (list[int] | Unset):
        performer_ids (list[int] | Unset):
        author_id (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        status=status,
        chat_ids=chat_ids,
        performer_ids=performer_ids,
        author_id=author_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: TaskStatus | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    performer_ids: list[int] | Unset = UNSET,
    author_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError | None:
    """List tasks

     Returns tasks available to the caller. Cursor-paginated: feed `meta.paginate.next_page` back as
    `cursor` until `has_next` is false; `limit` goes up to 50. Scope `tasks:read`.

    Args:
        status (TaskStatus | Unset): Completion state of a task: `undone` (still open) or `done`.
        chat_ids (list[int] | Unset):
        performer_ids (list[int] | Unset):
        author_id (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListTasksResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            chat_ids=chat_ids,
            performer_ids=performer_ids,
            author_id=author_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
