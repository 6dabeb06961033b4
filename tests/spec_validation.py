"""Check recorded answers of the fake server against the responses of openapi.yaml (bodies and headers)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from normalize_spec import iter_operations
from openapi_schema_validator import OAS30Validator
from spec_samples import load_project_spec

from pachca_client.testing import Exchange
from pachca_client.testing.fake import API_PREFIX


@cache
def _operations() -> list[tuple[str, str, re.Pattern[str], dict[str, Any]]]:
    spec = load_project_spec()
    found = [
        (method.upper(), path, re.compile(re.sub(r"\{\w+\}", r"[^/]+", path)), operation)
        for path, method, operation in iter_operations(spec)
    ]
    # literal segments first: /chats/exports/{id} before /chats/{id}
    return sorted(found, key=lambda op: op[1].count("{"))


def operation_for(method: str, path: str) -> tuple[str, dict[str, Any]]:
    """The path template and operation of openapi.yaml that a request path belongs to."""
    for op_method, template, pattern, operation in _operations():
        if op_method == method and pattern.fullmatch(path):
            return template, operation
    raise AssertionError(f"{method} {path}: no such operation in openapi.yaml")


def documented_response(method: str, path: str, status: int) -> dict[str, Any]:
    """The documented response of this status; raises if the status is not documented at all."""
    _, operation = operation_for(method, path)
    response = operation["responses"].get(str(status))
    if response is None:
        raise AssertionError(f"{method} {path}: status {status} is not documented")
    return dict(response)


def response_schema(method: str, path: str, status: int) -> dict[str, Any] | None:
    """The documented JSON schema of this answer (None for a bodiless or non-JSON one)."""
    media = documented_response(method, path, status).get("content", {}).get("application/json")
    return None if media is None else media["schema"]


@cache
def _validator(schema_json: str) -> OAS30Validator:
    return OAS30Validator({**json.loads(schema_json), "components": load_project_spec()["components"]})


def validate_json(document: Any, schema: dict[str, Any], where: str) -> None:
    validator = _validator(json.dumps(schema, sort_keys=True))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if errors:
        details = "; ".join(f"{'/'.join(map(str, e.path))}: {e.message[:150]}" for e in errors[:5])
        raise AssertionError(f"{where}: {details}")


def validate_exchange(exchange: Exchange) -> None:
    """Raise AssertionError when an answer of the fake is not allowed by openapi.yaml."""
    request = exchange.request
    path = request.path.removeprefix(API_PREFIX)
    response = documented_response(request.method, path, exchange.status)
    headers = {k.lower(): v for k, v in exchange.headers.items()}
    for name, header in response.get("headers", {}).items():
        if header.get("required") or name.lower() == "location":
            assert name.lower() in headers, f"{request.method} {path} -> {exchange.status}: header {name} missing"
    content = response.get("content", {})
    if not content:
        assert exchange.body == b"", f"{request.method} {path}: {exchange.status} must have no body"
        return
    if "application/json" not in content:
        sent = headers.get("content-type", "").split(";")[0]
        assert sent in content, f"{request.method} {path}: content type {sent!r} is not one of {list(content)}"
        return
    validate_json(
        json.loads(exchange.body),
        content["application/json"]["schema"],
        f"{request.method} {path} -> {exchange.status}",
    )


def validate_all(exchanges: Iterable[Exchange]) -> list[str]:
    """What `validate_exchange` finds wrong with each of `exchanges`; empty when openapi.yaml allows them all."""
    failures = []
    for exchange in exchanges:
        try:
            validate_exchange(exchange)
        except AssertionError as error:
            failures.append(str(error))
    return failures


def validate_schema(document: Any, schema_name: str) -> None:
    """Raise AssertionError when `document` is not a valid `components.schemas[schema_name]`."""
    validate_json(document, {"$ref": f"#/components/schemas/{schema_name}"}, schema_name)
