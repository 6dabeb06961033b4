# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.o_auth_error import OAuthError
from ...models.status_update_request import StatusUpdateRequest
from ...models.update_status_response import UpdateStatusResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StatusUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/profile/status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse | None:
    if response.status_code == 200:
        response_200 = UpdateStatusResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> UpdateStatusResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = UpdateStatusResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StatusUpdateRequest,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse]:
    """Set own status

     Sets the caller's status (emoji, title of up to 50 characters, optional expiry, away flag and away
    message) and returns it. Scope `profile_status:write`.

    Args:
        body (StatusUpdateRequest): Body for setting the caller's own or another user's status,
            wrapped in `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse]
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
    body: StatusUpdateRequest,
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse | None:
    """Set own status

     Sets the caller's status (emoji, title of up to 50 characters, optional expiry, away flag and away
    message) and returns it. Scope `profile_status:write`.

    Args:
        body (StatusUpdateRequest): Body for setting the caller's own or another user's status,
            wrapped in `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StatusUpdateRequest,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse]:
    """Set own status

     Sets the caller's status (emoji, title of up to 50 characters, optional expiry, away flag and away
    message) and returns it. Scope `profile_status:write`.

    Args:
        body (StatusUpdateRequest): Body for setting the caller's own or another user's status,
            wrapped in `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StatusUpdateRequest,
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse | None:
    """Set own status

     Sets the caller's status (emoji, title of up to 50 characters, optional expiry, away flag and away
    message) and returns it. Scope `profile_status:write`.

    Args:
        body (StatusUpdateRequest): Body for setting the caller's own or another user's status,
            wrapped in `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UpdateStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
