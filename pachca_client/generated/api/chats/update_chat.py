# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.api_error import ApiError
from ...models.chat_update_request import ChatUpdateRequest
from ...models.o_auth_error import OAuthError
from ...models.update_chat_response import UpdateChatResponse
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: ChatUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chats/{id}".format(
            id=path_segment(id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse | None:
    if response.status_code == 200:
        response_200 = UpdateChatResponse.from_dict(response.json())

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


def parse_success(response: httpx.Response) -> UpdateChatResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = UpdateChatResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse]:
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
    body: ChatUpdateRequest,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse]:
    """Update a chat

     Changes the chat's name and/or public flag, sent inside the `chat` body object, and returns the
    updated chat. Scope `chats:update`.

    Args:
        id (int):
        body (ChatUpdateRequest): Body of `PUT /chats/{id}`: the fields to change, wrapped in
            `chat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ChatUpdateRequest,
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse | None:
    """Update a chat

     Changes the chat's name and/or public flag, sent inside the `chat` body object, and returns the
    updated chat. Scope `chats:update`.

    Args:
        id (int):
        body (ChatUpdateRequest): Body of `PUT /chats/{id}`: the fields to change, wrapped in
            `chat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ChatUpdateRequest,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse]:
    """Update a chat

     Changes the chat's name and/or public flag, sent inside the `chat` body object, and returns the
    updated chat. Scope `chats:update`.

    Args:
        id (int):
        body (ChatUpdateRequest): Body of `PUT /chats/{id}`: the fields to change, wrapped in
            `chat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ChatUpdateRequest,
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse | None:
    """Update a chat

     Changes the chat's name and/or public flag, sent inside the `chat` body object, and returns the
    updated chat. Scope `chats:update`.

    Args:
        id (int):
        body (ChatUpdateRequest): Body of `PUT /chats/{id}`: the fields to change, wrapped in
            `chat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UpdateChatResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
