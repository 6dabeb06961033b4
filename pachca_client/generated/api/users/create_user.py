# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_user_response import CreateUserResponse
from ...models.o_auth_error import OAuthError
from ...models.user_create_request import UserCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UserCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError | None:
    if response.status_code == 201:
        response_201 = CreateUserResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> CreateUserResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 201:
        response_201 = CreateUserResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserCreateRequest,
) -> Response[ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError]:
    """Create an employee

     Adds an employee, optionally with custom properties and initial chats via `chat_ids`;
    `skip_email_notify` suppresses the invitation email. A `guest` needs exactly one active chat in
    `chat_ids` that the token may add members to, else 400. Scope `users:create`.

    Args:
        body (UserCreateRequest): Body of `POST /users`: the new employee under `user`, plus the
            top-level `skip_email_notify` flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError]
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
    body: UserCreateRequest,
) -> ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError | None:
    """Create an employee

     Adds an employee, optionally with custom properties and initial chats via `chat_ids`;
    `skip_email_notify` suppresses the invitation email. A `guest` needs exactly one active chat in
    `chat_ids` that the token may add members to, else 400. Scope `users:create`.

    Args:
        body (UserCreateRequest): Body of `POST /users`: the new employee under `user`, plus the
            top-level `skip_email_notify` flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserCreateRequest,
) -> Response[ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError]:
    """Create an employee

     Adds an employee, optionally with custom properties and initial chats via `chat_ids`;
    `skip_email_notify` suppresses the invitation email. A `guest` needs exactly one active chat in
    `chat_ids` that the token may add members to, else 400. Scope `users:create`.

    Args:
        body (UserCreateRequest): Body of `POST /users`: the new employee under `user`, plus the
            top-level `skip_email_notify` flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserCreateRequest,
) -> ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError | None:
    """Create an employee

     Adds an employee, optionally with custom properties and initial chats via `chat_ids`;
    `skip_email_notify` suppresses the invitation email. A `guest` needs exactly one active chat in
    `chat_ids` that the token may add members to, else 400. Scope `users:create`.

    Args:
        body (UserCreateRequest): Body of `POST /users`: the new employee under `user`, plus the
            top-level `skip_email_notify` flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | CreateUserResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
