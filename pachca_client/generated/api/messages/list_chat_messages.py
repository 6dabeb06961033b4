# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...models.list_chat_messages_response import ListChatMessagesResponse
from ...models.message_sort_field import MessageSortField
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    chat_id: int,
    sort: MessageSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chat_id"] = chat_id

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages",
        "params": params,
    }

    _kwargs["rate_limit"] = ("reading", ())
    return _kwargs


def parse_success(response: httpx.Response) -> ListChatMessagesResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ListChatMessagesResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
