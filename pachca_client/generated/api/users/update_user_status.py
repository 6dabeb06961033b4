# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.api_error import ApiError
from ...models.o_auth_error import OAuthError
from ...models.status_update_request import StatusUpdateRequest
from ...models.update_user_status_response import UpdateUserStatusResponse
from ...types import Response


def _get_kwargs(
    user_id: int,
    *,
    body: StatusUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{user_id}/status".format(
            user_id=path_segment(user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse | None:
    if response.status_code == 200:
        response_200 = UpdateUserStatusResponse.from_dict(response.json())

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


def parse_success(response: httpx.Response) -> UpdateUserStatusResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = UpdateUserStatusResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: StatusUpdateRequest,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse]:
    """Set an employee's status

     Sets the status of the given employee (emoji, title, optional expiry and away mode) and returns it.
    Scope `user_status:write`.

    Args:
        user_id (int):
        body (StatusUpdateRequest): Body for setting the caller's own or another user's status,
            wrapped in `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: StatusUpdateRequest,
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse | None:
    """Set an employee's status

     Sets the status of the given employee (emoji, title, optional expiry and away mode) and returns it.
    Scope `user_status:write`.

    Args:
        user_id (int):
        body (StatusUpdateRequest): Body for setting the caller's own or another user's status,
            wrapped in `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: StatusUpdateRequest,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse]:
    """Set an employee's status

     Sets the status of the given employee (emoji, title, optional expiry and away mode) and returns it.
    Scope `user_status:write`.

    Args:
        user_id (int):
        body (StatusUpdateRequest): Body for setting the caller's own or another user's status,
            wrapped in `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: StatusUpdateRequest,
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse | None:
    """Set an employee's status

     Sets the status of the given employee (emoji, title, optional expiry and away mode) and returns it.
    Scope `user_status:write`.

    Args:
        user_id (int):
        body (StatusUpdateRequest): Body for setting the caller's own or another user's status,
            wrapped in `status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UpdateUserStatusResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
