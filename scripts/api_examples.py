"""An example call for every method of the typed facade, written from openapi.yaml (the documentation site's
reference pages show one under each method; tests/tooling/test_docs_snippets.py sends each one).

`example_call(method, spec)` gives Python source such as

    result = pachca.messages.create_message(body={"message": {"entity_id": 42, "content": "Hello"}})

with the path parameters in order, the query parameters the operation requires, and a body of the required
fields only, each value made from its schema (an enum's first value, a format's typical value, a number within
its bounds, a string of an allowed length). A paginated method also shows its `_iter` twin. Nothing here is
typed by hand per operation: a new operation gets its example from its schema.
"""

from __future__ import annotations

import json
import re
from typing import Any

from facade import FacadeMethod, plain_text
from normalize_spec import resolve

# Typical values by string format, and by a property's name where the schema says only `string`.
FORMATS = {
    "date-time": "2026-01-15T09:30:00.000Z",
    "date": "2026-01-15",
    "email": "vera@example.com",
    "uri": "https://example.com/page",
    "url": "https://example.com/page",
    "uuid": "0b8f8f4e-2f64-4c1e-9a3e-5d2a6b9f0c11",
}
# An optional property with one of these names is shown too (a message's `content`, a chat's `name`).
NAMED_STRINGS = {
    "content": "Hello",
    "name": "Release notes",
    "title": "Release notes",
    "email": "vera@example.com",
    "url": "https://example.com/page",
    "webhook_url": "https://example.com/webhook",
    "outgoing_url": "https://example.com/webhook",
    "redirect_uri": "https://example.com/oauth/callback",
}
# The same name means different things in different tags: a reaction's `code` is an emoji.
NAMED_IN_TAG = {"reactions": {"code": "👍"}}
# What a `binary` part of a multipart body is given: the facade takes bytes, a path or a binary file.
BINARY = b"<the file's bytes>"
# Examples wider than this put one argument, key or item per line.
WIDTH = 100


def _schema_of(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    found = resolve(spec, schema) if isinstance(schema, dict) else {}
    for key in ("oneOf", "anyOf"):
        options = [resolve(spec, o) for o in found.get(key, [])]
        chosen = [o for o in options if o.get("type") != "null"]
        if chosen:
            return {**{k: v for k, v in found.items() if k != key}, **chosen[0]}
    if "allOf" in found:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in (resolve(spec, p) for p in found["allOf"]):
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged
    return found


def _type(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind)


def sample(spec: dict[str, Any], schema: Any, name: str = "", depth: int = 0, tag: str = "") -> Any:
    """A value `schema` accepts, as plain Python: required properties, and optional ones of NAMED_STRINGS."""
    found = _schema_of(spec, schema)
    named = NAMED_IN_TAG.get(tag, {})
    if "const" in found:
        return found["const"]
    if found.get("enum"):
        return next(v for v in found["enum"] if v is not None)
    if "default" in found and found["default"] is not None:
        return found["default"]
    kind = _type(found)
    if kind == "object":
        if depth > 6:
            return {}
        properties = found.get("properties", {})
        required = found.get("required", [])
        shown = [key for key in properties if key in required or key in NAMED_STRINGS or key in named]
        return {
            key: sample(spec, properties.get(key, {}), key, depth + 1, tag)
            for key in shown + [key for key in required if key not in shown]
        }
    if kind == "array":
        count = max(1, int(found.get("minItems", 1)))
        return [sample(spec, found.get("items", {}), name.removesuffix("s"), depth + 1, tag) for _ in range(count)]
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        low = found.get("minimum", found.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in found else 42)
        high = found.get("maximum", max(low, 42))
        value = max(int(low), min(42, int(high)))
        return value if kind == "integer" else float(value)
    if found.get("format") == "binary":
        return BINARY
    text = FORMATS.get(str(found.get("format"))) or named.get(name) or NAMED_STRINGS.get(name)
    if not text:
        text = f"<{name}>" if name == "id" or name.endswith("_id") else name.replace("_", " ") or "text"
    low, high = int(found.get("minLength", 0)), int(found.get("maxLength", 10**6))
    return (text + "x" * max(0, low - len(text)))[:high]


def _path_value(spec: dict[str, Any], parameter: dict[str, Any], position: int) -> Any:
    value = sample(spec, parameter.get("schema", {}), str(parameter.get("name", "")))
    return [42, 7, 3][min(position, 2)] if isinstance(value, int) and not isinstance(value, bool) else value


def literal(value: Any, indent: int = 0) -> str:
    """`value` as Python source: strings in double quotes, one key or item per line when wider than WIDTH."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool | int | float | bytes) or value is None:
        return repr(value)
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        items = [f"{json.dumps(k, ensure_ascii=False)}: {literal(v, indent + 4)}" for k, v in value.items()]
        opening, closing = "{", "}"
    else:
        items = [literal(v, indent + 4) for v in value]
        opening, closing = "[", "]"
    flat = opening + ", ".join(items) + closing
    if indent + len(flat) <= WIDTH or not items:
        return flat
    return opening + "\n" + "".join(f"{pad}{item},\n" for item in items) + " " * indent + closing


def arguments(method: FacadeMethod, spec: dict[str, Any], tag: str = "") -> list[str]:
    """The call's arguments as source: positional path parameters, then keywords (body, required query)."""
    operation = spec["paths"][method.path][method.method.lower()]
    by_name = {
        (str(p.get("in")), str(p.get("name"))): p for p in (resolve(spec, p) for p in operation.get("parameters", []))
    }
    endpoint = method.endpoint
    found = [
        literal(_path_value(spec, by_name.get(("path", plain_text(p.name)), {}), i))
        for i, p in enumerate(endpoint.path_parameters)
    ]
    if method.unwrap == "download":
        found.append(literal("downloads/"))
    if endpoint.bodies:
        content = operation["requestBody"]["content"]
        body = sample(spec, next(iter(content.values())).get("schema", {}), tag=tag)
        found.append(f"body={literal(body, 4)}")
    for p in endpoint.query_parameters:
        if p.required:
            schema = by_name.get(("query", plain_text(p.name)), {}).get("schema", {})
            found.append(f"{p.python_name}={literal(sample(spec, schema, str(p.python_name), tag=tag), 4)}")
    return found


def _call(head: str, found: list[str]) -> str:
    flat = f"{head}({', '.join(found)})"
    if len(flat) <= WIDTH and "\n" not in flat:
        return flat
    return head + "(\n" + "".join(f"    {argument},\n" for argument in found) + ")"


def example_call(method: FacadeMethod, spec: dict[str, Any], tag: str) -> str:
    """Python source calling `method` on `pachca` (a `Pachca`), its result kept when it has one."""
    found = arguments(method, spec, tag)
    call = _call(f"pachca.{tag}.{method.module}", found)
    lines = [call if method.returns == "None" else f"result = {call}"]
    if method.page_type:
        item = re.sub(r"(?<!^)(?=[A-Z])", "_", str(method.item_type)).lower()
        item = item if item.isidentifier() and item not in ("int", "str", "float") else "item"
        walk = _call(f"pachca.{tag}.{method.module}_iter", [a for a in found if not a.startswith("cursor=")])
        lines += [f"for {item} in {walk}:  # every page, fetched as needed", f"    print({item})"]
    return "\n".join(lines)
