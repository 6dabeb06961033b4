# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...client import path_segment
from ...models.reissue_bot_token_response import ReissueBotTokenResponse


def _get_kwargs(
    id: int,
    token_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bots/{id}/tokens/{token_id}/reissue".format(
            id=path_segment(id),
            token_id=path_segment(token_id),
        ),
    }

    return _kwargs


def parse_success(response: httpx.Response) -> ReissueBotTokenResponse:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = ReissueBotTokenResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
