# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_request import OAuthTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | OAuthToken | None:
    if response.status_code == 200:
        response_200 = OAuthToken.from_dict(response.json())

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


def parse_success(response: httpx.Response) -> OAuthToken:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = OAuthToken.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | OAuthToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[OAuthError | OAuthToken]:
    """Redeem an OAuth authorization code for a user token

     Final step of the OAuth code flow: trades the `code` delivered to your `redirect_uri` (valid 10
    minutes, usable once) for the person's `access_token`, returned with a `refresh_token`, the granted
    scopes and the issue time. The body is form-encoded and no Bearer token is sent: a server-side
    client authenticates with `client_id` and `client_secret` (in the body or via HTTP Basic), a client
    without a secret with its PKCE `code_verifier`. The issued token has no expiry and lasts until the
    person withdraws consent.

    Args:
        body (OAuthTokenRequest): Form body of `POST /oauth/token` for the authorization-code
            grant with PKCE: trades the `code` from the redirect for an employee token. A code is
            valid for 10 minutes and only once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | OAuthToken]
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
    body: OAuthTokenRequest,
) -> OAuthError | OAuthToken | None:
    """Redeem an OAuth authorization code for a user token

     Final step of the OAuth code flow: trades the `code` delivered to your `redirect_uri` (valid 10
    minutes, usable once) for the person's `access_token`, returned with a `refresh_token`, the granted
    scopes and the issue time. The body is form-encoded and no Bearer token is sent: a server-side
    client authenticates with `client_id` and `client_secret` (in the body or via HTTP Basic), a client
    without a secret with its PKCE `code_verifier`. The issued token has no expiry and lasts until the
    person withdraws consent.

    Args:
        body (OAuthTokenRequest): Form body of `POST /oauth/token` for the authorization-code
            grant with PKCE: trades the `code` from the redirect for an employee token. A code is
            valid for 10 minutes and only once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | OAuthToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[OAuthError | OAuthToken]:
    """Redeem an OAuth authorization code for a user token

     Final step of the OAuth code flow: trades the `code` delivered to your `redirect_uri` (valid 10
    minutes, usable once) for the person's `access_token`, returned with a `refresh_token`, the granted
    scopes and the issue time. The body is form-encoded and no Bearer token is sent: a server-side
    client authenticates with `client_id` and `client_secret` (in the body or via HTTP Basic), a client
    without a secret with its PKCE `code_verifier`. The issued token has no expiry and lasts until the
    person withdraws consent.

    Args:
        body (OAuthTokenRequest): Form body of `POST /oauth/token` for the authorization-code
            grant with PKCE: trades the `code` from the redirect for an employee token. A code is
            valid for 10 minutes and only once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> OAuthError | OAuthToken | None:
    """Redeem an OAuth authorization code for a user token

     Final step of the OAuth code flow: trades the `code` delivered to your `redirect_uri` (valid 10
    minutes, usable once) for the person's `access_token`, returned with a `refresh_token`, the granted
    scopes and the issue time. The body is form-encoded and no Bearer token is sent: a server-side
    client authenticates with `client_id` and `client_secret` (in the body or via HTTP Basic), a client
    without a secret with its PKCE `code_verifier`. The issued token has no expiry and lasts until the
    person withdraws consent.

    Args:
        body (OAuthTokenRequest): Form body of `POST /oauth/token` for the authorization-code
            grant with PKCE: trades the `code` from the redirect for an employee token. A code is
            valid for 10 minutes and only once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | OAuthToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
