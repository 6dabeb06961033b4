# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...client import path_segment
from ...types import UNSET, Unset


def _get_kwargs(
    id: int,
    *,
    code: str,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/messages/{id}/reactions".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(response: httpx.Response) -> None:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
