# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.o_auth_error import OAuthError
from ...models.update_profile_avatar_body import UpdateProfileAvatarBody
from ...models.update_profile_avatar_response import UpdateProfileAvatarResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateProfileAvatarBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/profile/avatar",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse | None:
    if response.status_code == 200:
        response_200 = UpdateProfileAvatarResponse.from_dict(response.json())

        return response_200

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


def parse_success(response: httpx.Response) -> UpdateProfileAvatarResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = UpdateProfileAvatarResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProfileAvatarBody,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse]:
    """Set own avatar image

     Sets or replaces the caller's avatar from an image sent as the `image` part of a `multipart/form-
    data` body and returns the new `image_url`. Scope `profile_avatar:write`.

    Args:
        body (UpdateProfileAvatarBody): Multipart form carrying the new avatar picture.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse]
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
    body: UpdateProfileAvatarBody,
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse | None:
    """Set own avatar image

     Sets or replaces the caller's avatar from an image sent as the `image` part of a `multipart/form-
    data` body and returns the new `image_url`. Scope `profile_avatar:write`.

    Args:
        body (UpdateProfileAvatarBody): Multipart form carrying the new avatar picture.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProfileAvatarBody,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse]:
    """Set own avatar image

     Sets or replaces the caller's avatar from an image sent as the `image` part of a `multipart/form-
    data` body and returns the new `image_url`. Scope `profile_avatar:write`.

    Args:
        body (UpdateProfileAvatarBody): Multipart form carrying the new avatar picture.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProfileAvatarBody,
) -> ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse | None:
    """Set own avatar image

     Sets or replaces the caller's avatar from an image sent as the `image` part of a `multipart/form-
    data` body and returns the new `image_url`. Scope `profile_avatar:write`.

    Args:
        body (UpdateProfileAvatarBody): Multipart form carrying the new avatar picture.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UpdateProfileAvatarResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
