# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...client import path_segment
from ...models.mark_chat_unread_request import MarkChatUnreadRequest
from ...types import UNSET, Unset


def _get_kwargs(
    id: int,
    *,
    body: MarkChatUnreadRequest | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chats/{id}/unread".format(
            id=path_segment(id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: httpx.Response) -> None:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
