"""Check recorded answers of the fake server against the response schemas of openapi.yaml."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from openapi_schema_validator import OAS30Validator
from spec_samples import load_project_spec

from pachca_client.testing import Exchange
from pachca_client.testing.fake import API_PREFIX


@cache
def _operations() -> list[tuple[str, re.Pattern[str], dict[str, Any]]]:
    spec = load_project_spec()
    found = []
    for path, item in spec["paths"].items():
        pattern = re.compile(re.sub(r"\{\w+\}", r"[^/]+", path))
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                found.append((method.upper(), pattern, operation))
    return found


def response_schema(method: str, path: str, status: int) -> dict[str, Any] | None:
    """The documented schema of this answer; raises if the status is not documented at all."""
    for op_method, pattern, operation in _operations():
        if op_method == method and pattern.fullmatch(path):
            response = operation["responses"].get(str(status))
            if response is None:
                raise AssertionError(f"{method} {path}: status {status} is not documented")
            media = response.get("content", {}).get("application/json")
            return None if media is None else media["schema"]
    raise AssertionError(f"{method} {path}: no such operation in openapi.yaml")


def validate_exchange(exchange: Exchange) -> None:
    """Raise AssertionError when an answer of the fake is not allowed by openapi.yaml."""
    request = exchange.request
    path = request.path.removeprefix(API_PREFIX)
    schema = response_schema(request.method, path, exchange.status)
    if schema is None:
        assert exchange.body == b"", f"{request.method} {path}: {exchange.status} must have no body"
        return
    document = json.loads(exchange.body)
    root = {**schema, "components": load_project_spec()["components"]}
    errors = sorted(OAS30Validator(root).iter_errors(document), key=lambda e: list(e.path))
    if errors:
        details = "; ".join(f"{'/'.join(map(str, e.path))}: {e.message[:150]}" for e in errors[:5])
        raise AssertionError(f"{request.method} {path} -> {exchange.status}: {details}")
