"""Every operation in openapi.yaml builds the request the real API expects.

For each operation the test fills every parameter and the body from the spec, sends what the generated
request builder (`_get_kwargs`) makes through an `httpx.MockTransport`, and checks method, path, query
encoding (arrays as repeated `key[]`), JSON or multipart body, and that `parse_success` parses the
documented success answer. Only those two are generated: no functional API (`sync`, `asyncio`, `*_detailed`).
"""

from __future__ import annotations

import importlib
import json
import urllib.parse
from pathlib import Path
from typing import Any

import httpx
import pytest
from operation_calls import GENERATED_OPERATIONS, build_call, operation_by_id, operation_module, operations
from spec_samples import sample

from pachca_client.generated.types import UNSET

BASE = "https://api.pachca.test/api/shared/v1"


def _success(operation: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    status = min(int(s) for s in operation["responses"] if s.startswith(("2", "3")))
    media = operation["responses"][str(status)].get("content", {}).get("application/json")
    return status, (media or {}).get("schema")


def test_every_operation_is_generated_except_the_presigned_upload(project_spec: dict[str, Any]) -> None:
    found = operations(project_spec)
    external = [op for _, _, op in found if "x-external-url" in op]
    assert [op["operationId"] for op in external] == ["uploadFile"]
    generated = [op for _, _, op in found if "x-external-url" not in op]
    for operation in generated:
        module = operation_module(operation)
        assert callable(module._get_kwargs) and callable(module.parse_success)
        assert not {"sync", "sync_detailed", "asyncio", "asyncio_detailed"} & set(vars(module))
    api = Path(importlib.import_module("pachca_client.generated.api").__file__ or "").parent
    modules = [m for m in api.glob("*/*.py") if m.name != "__init__.py"]
    assert len(modules) == len(generated) == len(found) - 1
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("pachca_client.generated.api.files.upload_file")


@pytest.mark.parametrize("operation_id", GENERATED_OPERATIONS)
def test_operation_builds_the_right_request(project_spec: dict[str, Any], operation_id: str) -> None:
    path, method, operation = operation_by_id(project_spec, operation_id)
    kwargs, expected = build_call(project_spec, path, operation)
    status, response_schema = _success(operation)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if response_schema is None:
            return httpx.Response(
                status, headers={"location": "https://files.example.invalid/x"} if status == 302 else {}
            )
        return httpx.Response(status, json=sample(project_spec, response_schema))

    module = operation_module(operation)
    with httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler)) as client:
        spec = module._get_kwargs(**kwargs)
        spec.pop("rate_limit", None)  # read by the client's rate limiter, not sent
        response = client.request(**spec)

    (request,) = seen
    assert request.method == method.upper()
    assert request.url.path == "/api/shared/v1" + expected["path"]
    assert sorted(request.url.params.multi_items()) == expected["query"]
    for header, value in expected["headers"].items():
        assert request.headers[header] == value
    if expected["json"] is not None:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == expected["json"]
    elif expected["form"] is not None:
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert dict(urllib.parse.parse_qsl(request.content.decode())) == expected["form"]
    elif expected["files"] is not None:
        content_type = request.headers["content-type"]
        assert content_type.startswith("multipart/form-data; boundary=") and "+++" not in content_type
        body = request.read()
        for name in expected["files"]:
            assert f'name="{name}"; filename="{name}.png"'.encode() in body
            assert b"\x89PNG fake " + name.encode() in body
    else:
        assert request.content == b""
    assert response.status_code == status
    if response_schema is not None:
        parsed = module.parse_success(response)
        assert parsed is not None and parsed is not UNSET
