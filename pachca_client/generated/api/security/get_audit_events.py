# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from typing import Any

import httpx

from ... import errors
from ...models.audit_event_key import AuditEventKey
from ...models.get_audit_events_response import GetAuditEventsResponse
from ...types import UNSET, Unset


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


def parse_success(response: httpx.Response) -> GetAuditEventsResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = GetAuditEventsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
