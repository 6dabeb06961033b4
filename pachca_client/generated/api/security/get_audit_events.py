# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.audit_event_key import AuditEventKey
from ...models.get_audit_events_response import GetAuditEventsResponse
from ...models.o_auth_error import OAuthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    event_key: AuditEventKey | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    json_event_key: str | Unset = UNSET
    if not isinstance(event_key, Unset):
        json_event_key = event_key.value

    params["event_key"] = json_event_key

    params["actor_id"] = actor_id

    params["actor_type"] = actor_type

    params["entity_id"] = entity_id

    params["entity_type"] = entity_type

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit_events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError | None:
    if response.status_code == 200:
        response_200 = GetAuditEventsResponse.from_dict(response.json())

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


def parse_success(response: httpx.Response) -> GetAuditEventsResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = GetAuditEventsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    event_key: AuditEventKey | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError]:
    """Query the audit log

     Returns workspace audit records that match the optional filters, newest first; entries are retained
    for about 90 days and both time bounds are inclusive. Only one `event_key` can be given per call,
    and every call is itself recorded as an `audit_events_accessed` entry. Cursor-paginated: feed
    `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50.
    Corporation plan only (402 otherwise). Scope `audit_events:read`.

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        event_key (AuditEventKey | Unset): The 45 kinds of action the audit log records, also
            accepted one at a time as the `event_key` filter. Names read `<object>_<action>` and cover
            sign-ins and 2FA, users and roles, group tags, chats and membership, messages, reactions,
            threads, access tokens, KMS operations, DLP hits, API searches, bot settings, OAuth grants
            and video calls.
        actor_id (str | Unset):
        actor_type (str | Unset):
        entity_id (str | Unset):
        entity_type (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        event_key=event_key,
        actor_id=actor_id,
        actor_type=actor_type,
        entity_id=entity_id,
        entity_type=entity_type,
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
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    event_key: AuditEventKey | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError | None:
    """Query the audit log

     Returns workspace audit records that match the optional filters, newest first; entries are retained
    for about 90 days and both time bounds are inclusive. Only one `event_key` can be given per call,
    and every call is itself recorded as an `audit_events_accessed` entry. Cursor-paginated: feed
    `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50.
    Corporation plan only (402 otherwise). Scope `audit_events:read`.

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        event_key (AuditEventKey | Unset): The 45 kinds of action the audit log records, also
            accepted one at a time as the `event_key` filter. Names read `<object>_<action>` and cover
            sign-ins and 2FA, users and roles, group tags, chats and membership, messages, reactions,
            threads, access tokens, KMS operations, DLP hits, API searches, bot settings, OAuth grants
            and video calls.
        actor_id (str | Unset):
        actor_type (str | Unset):
        entity_id (str | Unset):
        entity_type (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        event_key=event_key,
        actor_id=actor_id,
        actor_type=actor_type,
        entity_id=entity_id,
        entity_type=entity_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    event_key: AuditEventKey | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError]:
    """Query the audit log

     Returns workspace audit records that match the optional filters, newest first; entries are retained
    for about 90 days and both time bounds are inclusive. Only one `event_key` can be given per call,
    and every call is itself recorded as an `audit_events_accessed` entry. Cursor-paginated: feed
    `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50.
    Corporation plan only (402 otherwise). Scope `audit_events:read`.

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        event_key (AuditEventKey | Unset): The 45 kinds of action the audit log records, also
            accepted one at a time as the `event_key` filter. Names read `<object>_<action>` and cover
            sign-ins and 2FA, users and roles, group tags, chats and membership, messages, reactions,
            threads, access tokens, KMS operations, DLP hits, API searches, bot settings, OAuth grants
            and video calls.
        actor_id (str | Unset):
        actor_type (str | Unset):
        entity_id (str | Unset):
        entity_type (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        event_key=event_key,
        actor_id=actor_id,
        actor_type=actor_type,
        entity_id=entity_id,
        entity_type=entity_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    event_key: AuditEventKey | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError | None:
    """Query the audit log

     Returns workspace audit records that match the optional filters, newest first; entries are retained
    for about 90 days and both time bounds are inclusive. Only one `event_key` can be given per call,
    and every call is itself recorded as an `audit_events_accessed` entry. Cursor-paginated: feed
    `meta.paginate.next_page` back as `cursor` until `has_next` is false; `limit` goes up to 50.
    Corporation plan only (402 otherwise). Scope `audit_events:read`.

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        event_key (AuditEventKey | Unset): The 45 kinds of action the audit log records, also
            accepted one at a time as the `event_key` filter. Names read `<object>_<action>` and cover
            sign-ins and 2FA, users and roles, group tags, chats and membership, messages, reactions,
            threads, access tokens, KMS operations, DLP hits, API searches, bot settings, OAuth grants
            and video calls.
        actor_id (str | Unset):
        actor_type (str | Unset):
        entity_id (str | Unset):
        entity_type (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | GetAuditEventsResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            event_key=event_key,
            actor_id=actor_id,
            actor_type=actor_type,
            entity_id=entity_id,
            entity_type=entity_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
