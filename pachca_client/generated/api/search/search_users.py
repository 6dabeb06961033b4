# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
import datetime
from typing import Any

import httpx

from ... import errors
from ...models.search_sort_order import SearchSortOrder
from ...models.search_users_response import SearchUsersResponse
from ...models.sort_order import SortOrder
from ...models.user_role import UserRole
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: SearchSortOrder | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    company_roles: list[UserRole] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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

    json_company_roles: list[str] | Unset = UNSET
    if not isinstance(company_roles, Unset):
        json_company_roles = []
        for company_roles_item_data in company_roles:
            company_roles_item = company_roles_item_data.value
            json_company_roles.append(company_roles_item)

    params["company_roles[]"] = json_company_roles

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/users",
        "params": params,
    }

    return _kwargs


def parse_success(response: httpx.Response) -> SearchUsersResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = SearchUsersResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
