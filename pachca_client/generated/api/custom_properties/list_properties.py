# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_properties_response import ListPropertiesResponse
from ...models.o_auth_error import OAuthError
from ...models.search_entity_type import SearchEntityType
from ...types import UNSET, Response


def _get_kwargs(
    *,
    entity_type: SearchEntityType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_entity_type = entity_type.value
    params["entity_type"] = json_entity_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_properties",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError | None:
    if response.status_code == 200:
        response_200 = ListPropertiesResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> ListPropertiesResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ListPropertiesResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_type: SearchEntityType,
) -> Response[ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError]:
    """List custom property definitions

     Returns the extra fields configured in the workspace for employees or for tasks, chosen with
    `entity_type`. The reply holds `data` only, without pagination `meta`. Writing a property id that no
    longer exists on a user or task causes an error, and file-type properties are not supported yet.
    Scope `custom_properties:read`.

    Args:
        entity_type (SearchEntityType): Owner kind for `GET /custom_properties`: `User` for
            employee fields, `Task` for task fields. Note the capitalised values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        entity_type=entity_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    entity_type: SearchEntityType,
) -> ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError | None:
    """List custom property definitions

     Returns the extra fields configured in the workspace for employees or for tasks, chosen with
    `entity_type`. The reply holds `data` only, without pagination `meta`. Writing a property id that no
    longer exists on a user or task causes an error, and file-type properties are not supported yet.
    Scope `custom_properties:read`.

    Args:
        entity_type (SearchEntityType): Owner kind for `GET /custom_properties`: `User` for
            employee fields, `Task` for task fields. Note the capitalised values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        entity_type=entity_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_type: SearchEntityType,
) -> Response[ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError]:
    """List custom property definitions

     Returns the extra fields configured in the workspace for employees or for tasks, chosen with
    `entity_type`. The reply holds `data` only, without pagination `meta`. Writing a property id that no
    longer exists on a user or task causes an error, and file-type properties are not supported yet.
    Scope `custom_properties:read`.

    Args:
        entity_type (SearchEntityType): Owner kind for `GET /custom_properties`: `User` for
            employee fields, `Task` for task fields. Note the capitalised values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        entity_type=entity_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    entity_type: SearchEntityType,
) -> ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError | None:
    """List custom property definitions

     Returns the extra fields configured in the workspace for employees or for tasks, chosen with
    `entity_type`. The reply holds `data` only, without pagination `meta`. Writing a property id that no
    longer exists on a user or task causes an error, and file-type properties are not supported yet.
    Scope `custom_properties:read`.

    Args:
        entity_type (SearchEntityType): Owner kind for `GET /custom_properties`: `User` for
            employee fields, `Task` for task fields. Note the capitalised values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListPropertiesResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            entity_type=entity_type,
        )
    ).parsed
