"""Every operation in openapi.yaml builds the request the real API expects.

For each operation the test fills every parameter and the body from the spec, calls the generated
function against an `httpx.MockTransport`, and checks method, path, query encoding (arrays as
repeated `key[]`), JSON or multipart body, and that the documented success response parses.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import io
import json
import types
import typing
import urllib.parse
from pathlib import Path
from typing import Any

import httpx
import pytest
from dateutil.parser import isoparse
from openapi_python_client.strings import PythonIdentifier, snake_case
from spec_samples import load_project_spec, resolve, sample

from pachca_client.generated.client import AuthenticatedClient
from pachca_client.generated.types import UNSET, File, Unset

BASE = "https://api.pachca.test/api/shared/v1"
TOKEN = "test-token-0123456789"


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found.append((path, method, operation))
    return found


def _module(operation: dict[str, Any]) -> types.ModuleType:
    tag = snake_case(operation["tags"][0])
    return importlib.import_module(f"pachca_client.generated.api.{tag}.{snake_case(operation['operationId'])}")


def _concrete(annotation: Any) -> Any:
    """`X | Unset` -> X."""
    args = [a for a in typing.get_args(annotation) if a is not Unset and a is not type(None)]
    return args[0] if typing.get_origin(annotation) in (typing.Union, types.UnionType) and args else annotation


def _to_python(annotation: Any, value: Any) -> Any:
    """Turn a JSON sample into the argument type the generated function wants."""
    kind = _concrete(annotation)
    if typing.get_origin(kind) is list:
        (item,) = typing.get_args(kind)
        return [_to_python(item, v) for v in value]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is datetime.datetime:
        return isoparse(value)
    if kind is datetime.date:
        return datetime.date.fromisoformat(value)
    return value


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _success(operation: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    status = min(int(s) for s in operation["responses"] if s.startswith(("2", "3")))
    media = operation["responses"][str(status)].get("content", {}).get("application/json")
    return status, (media or {}).get("schema")


def _build_call(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Keyword arguments for the generated function, and what the request should look like."""
    module = _module(operation)
    hints = typing.get_type_hints(module._get_kwargs)
    kwargs: dict[str, Any] = {}
    expected_path = path
    expected_query: list[tuple[str, str]] = []
    expected: dict[str, Any] = {"json": None, "files": None, "form": None, "headers": {}}
    for parameter in operation.get("parameters", []):
        name = str(PythonIdentifier(parameter["name"], "field_"))
        value = sample(spec, parameter["schema"])
        kwargs[name] = _to_python(hints[name], value)
        if parameter["in"] == "path":
            expected_path = expected_path.replace("{" + parameter["name"] + "}", _wire(value))
        elif parameter["in"] == "header":
            expected.setdefault("headers", {})[parameter["name"].lower()] = _wire(value)
        elif isinstance(value, list):
            assert parameter["name"].endswith("[]"), "array query parameters go out Rails-style"
            expected_query += [(parameter["name"], _wire(v)) for v in value]
        else:
            expected_query.append((parameter["name"], _wire(value)))
    expected.update(path=expected_path, query=sorted(expected_query))
    for media_type, media in operation.get("requestBody", {}).get("content", {}).items():
        body_type = _concrete(hints["body"])
        if media_type == "application/json":
            body_json = sample(spec, media["schema"])
            kwargs["body"] = body_type.from_dict(body_json)
            expected["json"] = body_json
        elif media_type == "application/x-www-form-urlencoded":
            body_form = sample(spec, media["schema"])
            kwargs["body"] = body_type.from_dict(body_form)
            expected["form"] = {key: _wire(value) for key, value in body_form.items()}
        elif media_type == "multipart/form-data":
            schema = resolve(spec, media["schema"])
            binary = [n for n, p in schema["properties"].items() if p.get("format") == "binary"]
            kwargs["body"] = body_type(
                **{
                    n: File(
                        payload=io.BytesIO(b"\x89PNG fake " + n.encode()), file_name=f"{n}.png", mime_type="image/png"
                    )
                    for n in binary
                }
            )
            expected["files"] = binary
    return kwargs, expected


def test_every_operation_is_generated_except_the_presigned_upload(project_spec: dict[str, Any]) -> None:
    operations = _operations(project_spec)
    external = [op for _, _, op in operations if "x-external-url" in op]
    assert [op["operationId"] for op in external] == ["uploadFile"]
    generated = [op for _, _, op in operations if "x-external-url" not in op]
    for operation in generated:
        assert callable(_module(operation).sync_detailed)
    api = Path(importlib.import_module("pachca_client.generated.api").__file__ or "").parent
    modules = [m for m in api.glob("*/*.py") if m.name != "__init__.py"]
    assert len(modules) == len(generated) == len(operations) - 1
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("pachca_client.generated.api.files.upload_file")


GENERATED_OPERATIONS = [
    op["operationId"] for _, _, op in _operations(load_project_spec()) if "x-external-url" not in op
]


@pytest.mark.parametrize("operation_id", GENERATED_OPERATIONS)
def test_operation_builds_the_right_request(project_spec: dict[str, Any], operation_id: str) -> None:
    path, method, operation = next(o for o in _operations(project_spec) if o[2]["operationId"] == operation_id)
    kwargs, expected = _build_call(project_spec, path, operation)
    status, response_schema = _success(operation)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if response_schema is None:
            return httpx.Response(
                status, headers={"location": "https://files.example.invalid/x"} if status == 302 else {}
            )
        return httpx.Response(status, json=sample(project_spec, response_schema))

    client = AuthenticatedClient(base_url=BASE, token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)})
    with client:
        response = _module(operation).sync_detailed(client=client, **kwargs)

    (request,) = seen
    assert request.method == method.upper()
    assert request.url.path == "/api/shared/v1" + expected["path"]
    assert sorted(request.url.params.multi_items()) == expected["query"]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
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
        assert response.parsed is not None and response.parsed is not UNSET
