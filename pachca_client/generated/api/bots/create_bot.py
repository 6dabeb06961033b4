# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.bot_create_request import BotCreateRequest
from ...models.create_bot_response import CreateBotResponse
from ...models.o_auth_error import OAuthError
from ...types import Response


def _get_kwargs(
    *,
    body: BotCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bots",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError | None:
    if response.status_code == 201:
        response_201 = CreateBotResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> CreateBotResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 201:
        response_201 = CreateBotResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BotCreateRequest,
) -> Response[ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError]:
    """Create a bot

     Creates a bot and answers 201 with its settings plus a freshly issued `access_token`. The token is
    not retrievable through the API later (only in the Pachca UI), so store it right away. Needs a user
    token, not a bot token; scope `bots:write`.

    Args:
        body (BotCreateRequest): Body of `POST /bots` (user tokens only); the new bot's settings
            sit under `webhook`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError]
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
    body: BotCreateRequest,
) -> ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError | None:
    """Create a bot

     Creates a bot and answers 201 with its settings plus a freshly issued `access_token`. The token is
    not retrievable through the API later (only in the Pachca UI), so store it right away. Needs a user
    token, not a bot token; scope `bots:write`.

    Args:
        body (BotCreateRequest): Body of `POST /bots` (user tokens only); the new bot's settings
            sit under `webhook`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BotCreateRequest,
) -> Response[ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError]:
    """Create a bot

     Creates a bot and answers 201 with its settings plus a freshly issued `access_token`. The token is
    not retrievable through the API later (only in the Pachca UI), so store it right away. Needs a user
    token, not a bot token; scope `bots:write`.

    Args:
        body (BotCreateRequest): Body of `POST /bots` (user tokens only); the new bot's settings
            sit under `webhook`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BotCreateRequest,
) -> ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError | None:
    """Create a bot

     Creates a bot and answers 201 with its settings plus a freshly issued `access_token`. The token is
    not retrievable through the API later (only in the Pachca UI), so store it right away. Needs a user
    token, not a bot token; scope `bots:write`.

    Args:
        body (BotCreateRequest): Body of `POST /bots` (user tokens only); the new bot's settings
            sit under `webhook`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | CreateBotResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
