# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_task_response import CreateTaskResponse
from ...models.o_auth_error import OAuthError
from ...models.task_create_request import TaskCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TaskCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError | None:
    if response.status_code == 201:
        response_201 = CreateTaskResponse.from_dict(response.json())

        return response_201

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


def parse_success(response: httpx.Response) -> CreateTaskResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 201:
        response_201 = CreateTaskResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreateRequest,
) -> Response[ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError]:
    """Create a task

     Creates a reminder of the required `kind` (call, meeting, reminder, event or email); its `content`
    becomes the task text. Without `performer_ids` the caller is the assignee, and `chat_id` attaches
    the task to a chat the caller belongs to. Custom task properties may be filled in too. Scope
    `tasks:create`.

    Args:
        body (TaskCreateRequest): Body of `POST /tasks`, with the task fields inside `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreateRequest,
) -> ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError | None:
    """Create a task

     Creates a reminder of the required `kind` (call, meeting, reminder, event or email); its `content`
    becomes the task text. Without `performer_ids` the caller is the assignee, and `chat_id` attaches
    the task to a chat the caller belongs to. Custom task properties may be filled in too. Scope
    `tasks:create`.

    Args:
        body (TaskCreateRequest): Body of `POST /tasks`, with the task fields inside `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreateRequest,
) -> Response[ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError]:
    """Create a task

     Creates a reminder of the required `kind` (call, meeting, reminder, event or email); its `content`
    becomes the task text. Without `performer_ids` the caller is the assignee, and `chat_id` attaches
    the task to a chat the caller belongs to. Custom task properties may be filled in too. Scope
    `tasks:create`.

    Args:
        body (TaskCreateRequest): Body of `POST /tasks`, with the task fields inside `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreateRequest,
) -> ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError | None:
    """Create a task

     Creates a reminder of the required `kind` (call, meeting, reminder, event or email); its `content`
    becomes the task text. Without `performer_ids` the caller is the assignee, and `chat_id` attaches
    the task to a chat the caller belongs to. Custom task properties may be filled in too. Scope
    `tasks:create`.

    Args:
        body (TaskCreateRequest): Body of `POST /tasks`, with the task fields inside `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | CreateTaskResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
