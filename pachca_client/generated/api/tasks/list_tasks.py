# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...models.list_tasks_response import ListTasksResponse
from ...models.task_status import TaskStatus
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    status: TaskStatus | Unset = UNSET,
    chat_ids: list[int] | Unset = UNSET,
    performer_ids: list[int] | Unset = UNSET,
    author_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_chat_ids: list[int] | Unset = UNSET
    if not isinstance(chat_ids, Unset):
        json_chat_ids = chat_ids

    params["chat_ids[]"] = json_chat_ids

    json_performer_ids: list[int] | Unset = UNSET
    if not isinstance(performer_ids, Unset):
        json_performer_ids = performer_ids

    params["performer_ids[]"] = json_performer_ids

    params["author_id"] = author_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    return _kwargs


def parse_success(response: httpx.Response) -> ListTasksResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ListTasksResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
