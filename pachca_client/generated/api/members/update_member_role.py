# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.api_error import ApiError
from ...models.o_auth_error import OAuthError
from ...models.update_member_role_request import UpdateMemberRoleRequest
from ...types import Response


def _get_kwargs(
    id: int,
    user_id: int,
    *,
    body: UpdateMemberRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chats/{id}/members/{user_id}".format(
            id=path_segment(id),
            user_id=path_segment(user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | ApiError | OAuthError | OAuthError | None:
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


def parse_success(response: httpx.Response) -> None:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | ApiError | OAuthError | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemberRoleRequest,
) -> Response[Any | ApiError | ApiError | OAuthError | OAuthError]:
    """Change a member's role

     Sets the role of a user or bot inside a conversation or channel. The owner's role cannot be changed;
    they always keep admin rights. Returns 204 with an empty body. Scope `chat_members:write`.

    Args:
        id (int):
        user_id (int):
        body (UpdateMemberRoleRequest): Body for changing a chat member's role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ApiError | OAuthError | OAuthError]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemberRoleRequest,
) -> Any | ApiError | ApiError | OAuthError | OAuthError | None:
    """Change a member's role

     Sets the role of a user or bot inside a conversation or channel. The owner's role cannot be changed;
    they always keep admin rights. Returns 204 with an empty body. Scope `chat_members:write`.

    Args:
        id (int):
        user_id (int):
        body (UpdateMemberRoleRequest): Body for changing a chat member's role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ApiError | OAuthError | OAuthError
    """

    return sync_detailed(
        id=id,
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemberRoleRequest,
) -> Response[Any | ApiError | ApiError | OAuthError | OAuthError]:
    """Change a member's role

     Sets the role of a user or bot inside a conversation or channel. The owner's role cannot be changed;
    they always keep admin rights. Returns 204 with an empty body. Scope `chat_members:write`.

    Args:
        id (int):
        user_id (int):
        body (UpdateMemberRoleRequest): Body for changing a chat member's role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ApiError | OAuthError | OAuthError]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemberRoleRequest,
) -> Any | ApiError | ApiError | OAuthError | OAuthError | None:
    """Change a member's role

     Sets the role of a user or bot inside a conversation or channel. The owner's role cannot be changed;
    they always keep admin rights. Returns 204 with an empty body. Scope `chat_members:write`.

    Args:
        id (int):
        user_id (int):
        body (UpdateMemberRoleRequest): Body for changing a chat member's role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ApiError | OAuthError | OAuthError
    """

    return (
        await asyncio_detailed(
            id=id,
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
