# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.o_auth_error import OAuthError
from ...models.upload_params import UploadParams
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | OAuthError | UploadParams | None:
    if response.status_code == 201:
        response_201 = UploadParams.from_dict(response.json())

        return response_201

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


def parse_success(response: httpx.Response) -> UploadParams:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 201:
        response_201 = UploadParams.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UploadParams]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UploadParams]:
    """Get presigned upload parameters

     First step of an upload: answers 201 with a flat object (no `data` wrapper) holding `direct_url`, a
    `key` containing the literal `${filename}` placeholder and S3-style policy and signature fields.
    Request a new set for every file, then post the file to `direct_url` and cite the key in a message.
    Scope `uploads:write`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UploadParams]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | ApiError | OAuthError | OAuthError | UploadParams | None:
    """Get presigned upload parameters

     First step of an upload: answers 201 with a flat object (no `data` wrapper) holding `direct_url`, a
    `key` containing the literal `${filename}` placeholder and S3-style policy and signature fields.
    Request a new set for every file, then post the file to `direct_url` and cite the key in a message.
    Scope `uploads:write`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UploadParams
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | UploadParams]:
    """Get presigned upload parameters

     First step of an upload: answers 201 with a flat object (no `data` wrapper) holding `direct_url`, a
    `key` containing the literal `${filename}` placeholder and S3-style policy and signature fields.
    Request a new set for every file, then post the file to `direct_url` and cite the key in a message.
    Scope `uploads:write`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | UploadParams]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | ApiError | OAuthError | OAuthError | UploadParams | None:
    """Get presigned upload parameters

     First step of an upload: answers 201 with a flat object (no `data` wrapper) holding `direct_url`, a
    `key` containing the literal `${filename}` placeholder and S3-style policy and signature fields.
    Request a new set for every file, then post the file to `direct_url` and cite the key in a message.
    Scope `uploads:write`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | UploadParams
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
