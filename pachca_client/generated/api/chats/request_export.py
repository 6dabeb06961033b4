# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...models.export_request import ExportRequest
from ...models.request_export_prefer import RequestExportPrefer
from ...models.request_export_response import RequestExportResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: ExportRequest | dict[str, Any],
    prefer: RequestExportPrefer | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = str(prefer)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/exports",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: httpx.Response) -> RequestExportResponse | None:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 202:
        response_202 = RequestExportResponse.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
