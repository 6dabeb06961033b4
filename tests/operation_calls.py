"""Calls of the generated functions, built from openapi.yaml: every operation, its arguments and the request it
should make. Shared by spec/test_generated_requests.py and client/test_build_request.py."""

from __future__ import annotations

import datetime
import enum
import importlib
import io
import types
import typing
from typing import Any

from dateutil.parser import isoparse
from normalize_spec import iter_operations, resolve
from openapi_python_client.strings import PythonIdentifier, snake_case
from spec_samples import load_project_spec, sample

from pachca_client.generated.types import File, Unset


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation of `spec` that has an operationId."""
    return [(path, method, op) for path, method, op in iter_operations(spec) if "operationId" in op]


# Every operation with a generated function (uploadFile goes to a presigned URL and has none).
GENERATED_OPERATIONS = [op["operationId"] for _, _, op in operations(load_project_spec()) if "x-external-url" not in op]


def operation_by_id(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(path, method, operation) of the operation called `operation_id`."""
    return next(found for found in operations(spec) if found[2]["operationId"] == operation_id)


def operation_module(operation: dict[str, Any]) -> types.ModuleType:
    """The generated module of an operation: pachca_client.generated.api.<tag>.<operation>."""
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


def build_call(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Keyword arguments for the generated function, and what the request should look like."""
    module = operation_module(operation)
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
            expected["headers"][parameter["name"].lower()] = _wire(value)
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
