# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...client import path_segment
from ...models.message_update_request import MessageUpdateRequest
from ...models.update_message_response import UpdateMessageResponse


def _get_kwargs(
    id: int,
    *,
    body: MessageUpdateRequest | dict[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/messages/{id}".format(
            id=path_segment(id),
        ),
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _kwargs["rate_limit"] = ("messages", (id,))
    return _kwargs


def parse_success(response: httpx.Response) -> UpdateMessageResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = UpdateMessageResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
