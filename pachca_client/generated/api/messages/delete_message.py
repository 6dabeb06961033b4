# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...client import path_segment


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/messages/{id}".format(
            id=path_segment(id),
        ),
    }

    _kwargs["rate_limit"] = ("messages", (id,))
    return _kwargs


def parse_success(response: httpx.Response) -> None:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
