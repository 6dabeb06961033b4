# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.o_auth_revoke_request import OAuthRevokeRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthRevokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/revoke",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | OAuthError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> None:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OAuthRevokeRequest,
) -> Response[Any | OAuthError]:
    """Revoke a user token issued via OAuth

     Invalidates a user token that your bot obtained through OAuth, for example when the person
    disconnects your integration; the `token` travels in a form-encoded body. A server-side client
    proves itself with `client_id` and `client_secret` in the same body, while a client without a secret
    sends the token as a Bearer header as well. A successful call returns an empty body.

    Args:
        body (OAuthRevokeRequest): Form body of `POST /oauth/revoke` (RFC 7009), with which a bot
            withdraws an employee token it obtained, e.g. when the employee disconnects the
            integration. A confidential client adds `client_id` and `client_secret`; a public client
            also sends the token itself as Bearer authorization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError]
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
    client: AuthenticatedClient,
    body: OAuthRevokeRequest,
) -> Any | OAuthError | None:
    """Revoke a user token issued via OAuth

     Invalidates a user token that your bot obtained through OAuth, for example when the person
    disconnects your integration; the `token` travels in a form-encoded body. A server-side client
    proves itself with `client_id` and `client_secret` in the same body, while a client without a secret
    sends the token as a Bearer header as well. A successful call returns an empty body.

    Args:
        body (OAuthRevokeRequest): Form body of `POST /oauth/revoke` (RFC 7009), with which a bot
            withdraws an employee token it obtained, e.g. when the employee disconnects the
            integration. A confidential client adds `client_id` and `client_secret`; a public client
            also sends the token itself as Bearer authorization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OAuthRevokeRequest,
) -> Response[Any | OAuthError]:
    """Revoke a user token issued via OAuth

     Invalidates a user token that your bot obtained through OAuth, for example when the person
    disconnects your integration; the `token` travels in a form-encoded body. A server-side client
    proves itself with `client_id` and `client_secret` in the same body, while a client without a secret
    sends the token as a Bearer header as well. A successful call returns an empty body.

    Args:
        body (OAuthRevokeRequest): Form body of `POST /oauth/revoke` (RFC 7009), with which a bot
            withdraws an employee token it obtained, e.g. when the employee disconnects the
            integration. A confidential client adds `client_id` and `client_secret`; a public client
            also sends the token itself as Bearer authorization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OAuthRevokeRequest,
) -> Any | OAuthError | None:
    """Revoke a user token issued via OAuth

     Invalidates a user token that your bot obtained through OAuth, for example when the person
    disconnects your integration; the `token` travels in a form-encoded body. A server-side client
    proves itself with `client_id` and `client_secret` in the same body, while a client without a secret
    sends the token as a Bearer header as well. A successful call returns an empty body.

    Args:
        body (OAuthRevokeRequest): Form body of `POST /oauth/revoke` (RFC 7009), with which a bot
            withdraws an employee token it obtained, e.g. when the employee disconnects the
            integration. A confidential client adds `client_id` and `client_secret`; a public client
            also sends the token itself as Bearer authorization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
