# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import path_segment
from ...models.file_target import FileTarget
from ...types import UNSET, File, Unset


def _get_kwargs(
    id: int,
    *,
    target: FileTarget | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_target: str | Unset = UNSET
    if not isinstance(target, Unset):
        json_target = target.value

    params["target"] = json_target

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{id}".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(response: httpx.Response) -> File:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
