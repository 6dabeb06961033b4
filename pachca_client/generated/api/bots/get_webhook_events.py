# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...models.get_webhook_events_response import GetWebhookEventsResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks/events",
        "params": params,
    }

    _kwargs["rate_limit"] = ("events", ())
    return _kwargs


def parse_success(response: httpx.Response) -> GetWebhookEventsResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = GetWebhookEventsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
