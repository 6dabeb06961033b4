# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from typing import Any

import httpx

from ... import errors
from ...models.message_search_sort import MessageSearchSort
from ...models.search_messages_response import SearchMessagesResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    sort: MessageSearchSort | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["limit"] = limit

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    json_chat_ids: list[int] | Unset = UNSET
    if not isinstance(chat_ids, Unset):
        json_chat_ids = chat_ids

    params["chat_ids[]"] = json_chat_ids

    json_user_ids: list[int] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    params["user_ids[]"] = json_user_ids

    params["active"] = active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/messages",
        "params": params,
    }

    _kwargs["rate_limit"] = ("reading", ())
    return _kwargs


def parse_success(response: httpx.Response) -> SearchMessagesResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = SearchMessagesResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
