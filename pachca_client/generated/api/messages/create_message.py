# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...models.create_message_response import CreateMessageResponse
from ...models.message_create_request import MessageCreateRequest


def _get_kwargs(
    *,
    body: MessageCreateRequest | dict[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _kwargs["rate_limit"] = (
        "messages",
        (
            _kwargs["json"].get("message", {}).get("entity_type", "discussion"),
            _kwargs["json"].get("message", {}).get("entity_id", None),
        ),
    )
    return _kwargs


def parse_success(response: httpx.Response) -> CreateMessageResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 201:
        response_201 = CreateMessageResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
