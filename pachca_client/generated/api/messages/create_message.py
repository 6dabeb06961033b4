# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_message_response import CreateMessageResponse
from ...models.message_create_request import MessageCreateRequest
from ...models.o_auth_error import OAuthError
from ...types import Response


def _get_kwargs(
    *,
    body: MessageCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _kwargs["extensions"] = {
        "pachca_client.rate_limit_class": (
            "messages",
            (
                _kwargs["json"].get("message", {}).get("entity_type", "discussion"),
                _kwargs["json"].get("message", {}).get("entity_id", None),
            ),
        )
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError | None:
    if response.status_code == 201:
        response_201 = CreateMessageResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> CreateMessageResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 201:
        response_201 = CreateMessageResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessageCreateRequest,
) -> Response[ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError]:
    """Send a message

     Posts to a chat, a thread or a user's DM depending on `entity_type` (`discussion` by default,
    `thread`, `user`); a DM chat is created on first contact, and with `discussion` any chat id, a
    thread's included, is accepted. Files uploaded via `/uploads`, button rows and `<@user_id>` mentions
    are supported. Writes are throttled to about 4 per second per chat and are not idempotent, so avoid
    blind retries; scope `messages:create`.

    Args:
        body (MessageCreateRequest): Body of `POST /messages`: the message under `message`, plus
            the top-level `link_preview` flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError]
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
    body: MessageCreateRequest,
) -> ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError | None:
    """Send a message

     Posts to a chat, a thread or a user's DM depending on `entity_type` (`discussion` by default,
    `thread`, `user`); a DM chat is created on first contact, and with `discussion` any chat id, a
    thread's included, is accepted. Files uploaded via `/uploads`, button rows and `<@user_id>` mentions
    are supported. Writes are throttled to about 4 per second per chat and are not idempotent, so avoid
    blind retries; scope `messages:create`.

    Args:
        body (MessageCreateRequest): Body of `POST /messages`: the message under `message`, plus
            the top-level `link_preview` flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessageCreateRequest,
) -> Response[ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError]:
    """Send a message

     Posts to a chat, a thread or a user's DM depending on `entity_type` (`discussion` by default,
    `thread`, `user`); a DM chat is created on first contact, and with `discussion` any chat id, a
    thread's included, is accepted. Files uploaded via `/uploads`, button rows and `<@user_id>` mentions
    are supported. Writes are throttled to about 4 per second per chat and are not idempotent, so avoid
    blind retries; scope `messages:create`.

    Args:
        body (MessageCreateRequest): Body of `POST /messages`: the message under `message`, plus
            the top-level `link_preview` flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessageCreateRequest,
) -> ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError | None:
    """Send a message

     Posts to a chat, a thread or a user's DM depending on `entity_type` (`discussion` by default,
    `thread`, `user`); a DM chat is created on first contact, and with `discussion` any chat id, a
    thread's included, is accepted. Files uploaded via `/uploads`, button rows and `<@user_id>` mentions
    are supported. Writes are throttled to about 4 per second per chat and are not idempotent, so avoid
    blind retries; scope `messages:create`.

    Args:
        body (MessageCreateRequest): Body of `POST /messages`: the message under `message`, plus
            the top-level `link_preview` flag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | CreateMessageResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
