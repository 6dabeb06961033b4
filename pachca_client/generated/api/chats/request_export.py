# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.export_request import ExportRequest
from ...models.o_auth_error import OAuthError
from ...models.request_export_prefer import RequestExportPrefer
from ...models.request_export_response import RequestExportResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExportRequest,
    prefer: RequestExportPrefer | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = str(prefer)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/exports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse | None:
    if response.status_code == 202:
        response_202 = RequestExportResponse.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def parse_success(response: httpx.Response) -> RequestExportResponse | None:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 202:
        response_202 = RequestExportResponse.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportRequest,
    prefer: RequestExportPrefer | Unset = UNSET,
) -> Response[Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse]:
    """Request a message export

     Starts an asynchronous export of messages between two dates. Sent with `Prefer:
    return=representation` (as this client does), it answers 202 with the export record and its id;
    without the header, 204 with no body. When the archive is ready, Pachca POSTs a notice with
    `export_id` to the `webhook_url` you supplied. A request may span 45 days (366 when `chat_ids` is
    set) and up to 50 chats, one export at a time; Corporation plan, owner-only scope
    `chat_exports:write`.

    Args:
        prefer (RequestExportPrefer | Unset):
        body (ExportRequest): Body of `POST /chats/exports`, which starts an asynchronous export
            of message history (Corporation plan, owner only). Asked with `Prefer:
            return=representation`, the reply is the export record with its id; otherwise it has no
            body. The finished archive is announced to `webhook_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExportRequest,
    prefer: RequestExportPrefer | Unset = UNSET,
) -> Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse | None:
    """Request a message export

     Starts an asynchronous export of messages between two dates. Sent with `Prefer:
    return=representation` (as this client does), it answers 202 with the export record and its id;
    without the header, 204 with no body. When the archive is ready, Pachca POSTs a notice with
    `export_id` to the `webhook_url` you supplied. A request may span 45 days (366 when `chat_ids` is
    set) and up to 50 chats, one export at a time; Corporation plan, owner-only scope
    `chat_exports:write`.

    Args:
        prefer (RequestExportPrefer | Unset):
        body (ExportRequest): Body of `POST /chats/exports`, which starts an asynchronous export
            of message history (Corporation plan, owner only). Asked with `Prefer:
            return=representation`, the reply is the export record with its id; otherwise it has no
            body. The finished archive is announced to `webhook_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportRequest,
    prefer: RequestExportPrefer | Unset = UNSET,
) -> Response[Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse]:
    """Request a message export

     Starts an asynchronous export of messages between two dates. Sent with `Prefer:
    return=representation` (as this client does), it answers 202 with the export record and its id;
    without the header, 204 with no body. When the archive is ready, Pachca POSTs a notice with
    `export_id` to the `webhook_url` you supplied. A request may span 45 days (366 when `chat_ids` is
    set) and up to 50 chats, one export at a time; Corporation plan, owner-only scope
    `chat_exports:write`.

    Args:
        prefer (RequestExportPrefer | Unset):
        body (ExportRequest): Body of `POST /chats/exports`, which starts an asynchronous export
            of message history (Corporation plan, owner only). Asked with `Prefer:
            return=representation`, the reply is the export record with its id; otherwise it has no
            body. The finished archive is announced to `webhook_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExportRequest,
    prefer: RequestExportPrefer | Unset = UNSET,
) -> Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse | None:
    """Request a message export

     Starts an asynchronous export of messages between two dates. Sent with `Prefer:
    return=representation` (as this client does), it answers 202 with the export record and its id;
    without the header, 204 with no body. When the archive is ready, Pachca POSTs a notice with
    `export_id` to the `webhook_url` you supplied. A request may span 45 days (366 when `chat_ids` is
    set) and up to 50 chats, one export at a time; Corporation plan, owner-only scope
    `chat_exports:write`.

    Args:
        prefer (RequestExportPrefer | Unset):
        body (ExportRequest): Body of `POST /chats/exports`, which starts an asynchronous export
            of message history (Corporation plan, owner only). Asked with `Prefer:
            return=representation`, the reply is the export record with its id; otherwise it has no
            body. The finished archive is announced to `webhook_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ApiError | OAuthError | OAuthError | RequestExportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
