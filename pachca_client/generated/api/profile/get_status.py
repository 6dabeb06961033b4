# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...models.get_status_response import GetStatusResponse


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/profile/status",
    }

    return _kwargs


def parse_success(response: httpx.Response) -> GetStatusResponse | None:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: GetStatusResponse | None
        if _response_200 is None:
            response_200 = None
        else:
            response_200 = GetStatusResponse.from_dict(_response_200)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
