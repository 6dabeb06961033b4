"""Build JSON samples from openapi.yaml schemas, so tests cover every model and operation.

Values are chosen to survive a model round trip unchanged (date-times with an explicit offset,
distinct integers), and every optional property is filled, so a dropped field shows up.
"""

from __future__ import annotations

import functools
import itertools
from pathlib import Path
from typing import Any

import yaml
from normalize_spec import resolve

Schema = dict[str, Any]

_counter = itertools.count(1)

PROJECT_SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"


@functools.cache
def load_project_spec() -> dict[str, Any]:
    """openapi.yaml, parsed once per test session (for parametrisation at collection time)."""
    with PROJECT_SPEC.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


def sample(spec: dict[str, Any], schema: Schema, *, nulls: bool = False, depth: int = 0) -> Any:
    """A JSON value valid for `schema`; with `nulls`, every nullable spot is null instead."""
    if nulls and schema.get("nullable"):
        return None
    if "$ref" in schema:
        return sample(spec, resolve(spec, schema), nulls=nulls, depth=depth)
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            members = [m for m in schema[combinator] if m.get("enum") != [None]]
            if nulls and len(members) < len(schema[combinator]):
                return None
            return sample(spec, members[0], nulls=nulls, depth=depth)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return sample(spec, schema["allOf"][0], nulls=nulls, depth=depth)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(spec, part, nulls=nulls, depth=depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if "enum" in schema:
        return schema["enum"][-1]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        out = {}
        for name, child in schema.get("properties", {}).items():
            if child.get("format") == "binary":
                continue
            out[name] = sample(spec, child, nulls=nulls, depth=depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not schema.get("properties"):
            out["some_key"] = sample(spec, extra, nulls=nulls, depth=depth + 1)
        return out
    if kind == "array":
        items = schema.get("items", {})
        count = min(2 if depth < 3 else 1, schema.get("maxItems", 2))
        return [sample(spec, items, nulls=nulls, depth=depth + 1) for _ in range(max(count, schema.get("minItems", 0)))]
    if kind == "integer":
        value = 1000 + next(_counter)
        if "maximum" in schema or "minimum" in schema:  # within the limits: the low end, as counters go
            value = max(int(schema.get("minimum", 1)), min(value, int(schema.get("maximum", value))))
        return value
    if kind == "number":
        return 0.5 + next(_counter)
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2026-05-17T10:11:12.345000+00:00"
        if fmt == "date":
            return "2026-05-17"
        if fmt == "uuid":
            return "6f9619ff-8b86-d011-b42d-00cf4fc964ff"
        if fmt in ("uri", "url"):
            return "https://example.invalid/x"
        return f"text-{next(_counter)}"
    return {}


def schema_sample(name: str, /, *, nulls: bool = False, **overrides: Any) -> dict[str, Any]:
    """A sample of openapi.yaml's components/schemas/<name> (an object schema), with `overrides` applied."""
    spec = load_project_spec()
    data: dict[str, Any] = sample(spec, spec["components"]["schemas"][name], nulls=nulls)
    data.update(overrides)
    return data
