# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from typing import Any

import httpx

from ... import errors
from ...models.chat_subtype import ChatSubtype
from ...models.search_chats_response import SearchChatsResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    active: bool | Unset = UNSET,
    chat_subtype: ChatSubtype | Unset = UNSET,
    personal: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["limit"] = limit

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    params["active"] = active

    json_chat_subtype: str | Unset = UNSET
    if not isinstance(chat_subtype, Unset):
        json_chat_subtype = chat_subtype.value

    params["chat_subtype"] = json_chat_subtype

    params["personal"] = personal

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/chats",
        "params": params,
    }

    return _kwargs


def parse_success(response: httpx.Response) -> SearchChatsResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = SearchChatsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
