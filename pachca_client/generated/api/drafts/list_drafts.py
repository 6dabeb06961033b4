# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.draft_type import DraftType
from ...models.list_drafts_response import ListDraftsResponse
from ...models.message_entity_type import MessageEntityType
from ...models.o_auth_error import OAuthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: DraftType | Unset = UNSET,
    entity_type: MessageEntityType | Unset = UNSET,
    entity_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_entity_type: str | Unset = UNSET
    if not isinstance(entity_type, Unset):
        json_entity_type = entity_type.value

    params["entity_type"] = json_entity_type

    params["entity_id"] = entity_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/drafts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError | None:
    if response.status_code == 200:
        response_200 = ListDraftsResponse.from_dict(response.json())

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


def parse_success(response: httpx.Response) -> ListDraftsResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ListDraftsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: DraftType | Unset = UNSET,
    entity_type: MessageEntityType | Unset = UNSET,
    entity_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError]:
    """List your drafts and scheduled messages

     Returns the caller's own drafts, newest first; only plain drafts come back unless `type` asks for
    `scheduled` messages or `all`, and a non-null `schedule` marks a scheduled one. Giving `entity_type`
    together with `entity_id` narrows the list to one chat, thread or DM, and a target that is unknown
    or out of reach just yields an empty list. Cursor-paginated: feed `meta.paginate.next_page` back as
    `cursor` until `has_next` is false; `limit` goes up to 50; scope `drafts:read`.

    Args:
        type_ (DraftType | Unset): What `GET /drafts` lists: `regular`: plain drafts only (the
            default); `scheduled`: scheduled messages only; `all`: both kinds.
        entity_type (MessageEntityType | Unset): What a message is addressed to: `discussion` (a
            group chat or channel, by chat id), `thread` (by thread id) or `user` (a DM, by user id;
            the DM chat is created when missing).
        entity_id (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        type_=type_,
        entity_type=entity_type,
        entity_id=entity_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: DraftType | Unset = UNSET,
    entity_type: MessageEntityType | Unset = UNSET,
    entity_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError | None:
    """List your drafts and scheduled messages

     Returns the caller's own drafts, newest first; only plain drafts come back unless `type` asks for
    `scheduled` messages or `all`, and a non-null `schedule` marks a scheduled one. Giving `entity_type`
    together with `entity_id` narrows the list to one chat, thread or DM, and a target that is unknown
    or out of reach just yields an empty list. Cursor-paginated: feed `meta.paginate.next_page` back as
    `cursor` until `has_next` is false; `limit` goes up to 50; scope `drafts:read`.

    Args:
        type_ (DraftType | Unset): What `GET /drafts` lists: `regular`: plain drafts only (the
            default); `scheduled`: scheduled messages only; `all`: both kinds.
        entity_type (MessageEntityType | Unset): What a message is addressed to: `discussion` (a
            group chat or channel, by chat id), `thread` (by thread id) or `user` (a DM, by user id;
            the DM chat is created when missing).
        entity_id (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        type_=type_,
        entity_type=entity_type,
        entity_id=entity_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: DraftType | Unset = UNSET,
    entity_type: MessageEntityType | Unset = UNSET,
    entity_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError]:
    """List your drafts and scheduled messages

     Returns the caller's own drafts, newest first; only plain drafts come back unless `type` asks for
    `scheduled` messages or `all`, and a non-null `schedule` marks a scheduled one. Giving `entity_type`
    together with `entity_id` narrows the list to one chat, thread or DM, and a target that is unknown
    or out of reach just yields an empty list. Cursor-paginated: feed `meta.paginate.next_page` back as
    `cursor` until `has_next` is false; `limit` goes up to 50; scope `drafts:read`.

    Args:
        type_ (DraftType | Unset): What `GET /drafts` lists: `regular`: plain drafts only (the
            default); `scheduled`: scheduled messages only; `all`: both kinds.
        entity_type (MessageEntityType | Unset): What a message is addressed to: `discussion` (a
            group chat or channel, by chat id), `thread` (by thread id) or `user` (a DM, by user id;
            the DM chat is created when missing).
        entity_id (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        type_=type_,
        entity_type=entity_type,
        entity_id=entity_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: DraftType | Unset = UNSET,
    entity_type: MessageEntityType | Unset = UNSET,
    entity_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError | None:
    """List your drafts and scheduled messages

     Returns the caller's own drafts, newest first; only plain drafts come back unless `type` asks for
    `scheduled` messages or `all`, and a non-null `schedule` marks a scheduled one. Giving `entity_type`
    together with `entity_id` narrows the list to one chat, thread or DM, and a target that is unknown
    or out of reach just yields an empty list. Cursor-paginated: feed `meta.paginate.next_page` back as
    `cursor` until `has_next` is false; `limit` goes up to 50; scope `drafts:read`.

    Args:
        type_ (DraftType | Unset): What `GET /drafts` lists: `regular`: plain drafts only (the
            default); `scheduled`: scheduled messages only; `all`: both kinds.
        entity_type (MessageEntityType | Unset): What a message is addressed to: `discussion` (a
            group chat or channel, by chat id), `thread` (by thread id) or `user` (a DM, by user id;
            the DM chat is created when missing).
        entity_id (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | ListDraftsResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            entity_type=entity_type,
            entity_id=entity_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
