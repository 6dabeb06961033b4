# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.api_error import ApiError
from ...models.o_auth_error import OAuthError
from ...models.submit_view_response_request import SubmitViewResponseRequest
from ...models.submit_view_response_result import SubmitViewResponseResult
from ...types import Response


def _get_kwargs(
    view_id: str,
    *,
    body: SubmitViewResponseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/views/{view_id}/submit_response".format(
            view_id=path_segment(view_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult | None:
    if response.status_code == 200:
        response_200 = SubmitViewResponseResult.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 410:
        response_410 = ApiError.from_dict(response.json())

        return response_410

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> SubmitViewResponseResult:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = SubmitViewResponseResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    view_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitViewResponseRequest,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult]:
    """Reply to a submitted form

     Closes a form the user has sent, or shows error texts under named fields, for bots without an
    outgoing webhook URL that read `view_submit` events from the event history instead of answering the
    webhook. Pass the event's `submit_id`, plus `errors` keyed by block `name` to reject the input;
    leaving `errors` out closes the form as accepted. Reply within about 5 seconds and only once, since
    a late or repeated reply gets 410 (`submit_expired`); scope `views:write`.

    Args:
        view_id (str):
        body (SubmitViewResponseRequest): Body of `POST /views/{view_id}/submit_response`, how a
            bot without an outgoing webhook URL answers a form submission it read from the event
            history. Without `errors` the form closes as accepted; with it, each message appears under
            its field. Only the first answer within 5 s counts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    view_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitViewResponseRequest,
) -> ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult | None:
    """Reply to a submitted form

     Closes a form the user has sent, or shows error texts under named fields, for bots without an
    outgoing webhook URL that read `view_submit` events from the event history instead of answering the
    webhook. Pass the event's `submit_id`, plus `errors` keyed by block `name` to reject the input;
    leaving `errors` out closes the form as accepted. Reply within about 5 seconds and only once, since
    a late or repeated reply gets 410 (`submit_expired`); scope `views:write`.

    Args:
        view_id (str):
        body (SubmitViewResponseRequest): Body of `POST /views/{view_id}/submit_response`, how a
            bot without an outgoing webhook URL answers a form submission it read from the event
            history. Without `errors` the form closes as accepted; with it, each message appears under
            its field. Only the first answer within 5 s counts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult
    """

    return sync_detailed(
        view_id=view_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    view_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitViewResponseRequest,
) -> Response[ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult]:
    """Reply to a submitted form

     Closes a form the user has sent, or shows error texts under named fields, for bots without an
    outgoing webhook URL that read `view_submit` events from the event history instead of answering the
    webhook. Pass the event's `submit_id`, plus `errors` keyed by block `name` to reject the input;
    leaving `errors` out closes the form as accepted. Reply within about 5 seconds and only once, since
    a late or repeated reply gets 410 (`submit_expired`); scope `views:write`.

    Args:
        view_id (str):
        body (SubmitViewResponseRequest): Body of `POST /views/{view_id}/submit_response`, how a
            bot without an outgoing webhook URL answers a form submission it read from the event
            history. Without `errors` the form closes as accepted; with it, each message appears under
            its field. Only the first answer within 5 s counts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    view_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubmitViewResponseRequest,
) -> ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult | None:
    """Reply to a submitted form

     Closes a form the user has sent, or shows error texts under named fields, for bots without an
    outgoing webhook URL that read `view_submit` events from the event history instead of answering the
    webhook. Pass the event's `submit_id`, plus `errors` keyed by block `name` to reject the input;
    leaving `errors` out closes the form as accepted. Reply within about 5 seconds and only once, since
    a late or repeated reply gets 410 (`submit_expired`); scope `views:write`.

    Args:
        view_id (str):
        body (SubmitViewResponseRequest): Body of `POST /views/{view_id}/submit_response`, how a
            bot without an outgoing webhook URL answers a form submission it read from the event
            history. Without `errors` the form closes as accepted; with it, each message appears under
            its field. Only the first answer within 5 s counts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | OAuthError | SubmitViewResponseResult
    """

    return (
        await asyncio_detailed(
            view_id=view_id,
            client=client,
            body=body,
        )
    ).parsed
