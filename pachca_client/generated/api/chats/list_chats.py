# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from typing import Any

import httpx

from ... import errors
from ...models.chat_availability import ChatAvailability
from ...models.chat_sort_field import ChatSortField
from ...models.list_chats_response import ListChatsResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    sort: ChatSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    availability: ChatAvailability | Unset = UNSET,
    archived: bool | Unset = UNSET,
    last_message_at_after: datetime.datetime | Unset = UNSET,
    last_message_at_before: datetime.datetime | Unset = UNSET,
    personal: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_availability: str | Unset = UNSET
    if not isinstance(availability, Unset):
        json_availability = availability.value

    params["availability"] = json_availability

    params["archived"] = archived

    json_last_message_at_after: str | Unset = UNSET
    if not isinstance(last_message_at_after, Unset):
        json_last_message_at_after = last_message_at_after.isoformat()
    params["last_message_at_after"] = json_last_message_at_after

    json_last_message_at_before: str | Unset = UNSET
    if not isinstance(last_message_at_before, Unset):
        json_last_message_at_before = last_message_at_before.isoformat()
    params["last_message_at_before"] = json_last_message_at_before

    params["personal"] = personal

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats",
        "params": params,
    }

    return _kwargs


def parse_success(response: httpx.Response) -> ListChatsResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ListChatsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
