"""Report structural drift between openapi.yaml and Pachca's published OpenAPI document.

    python scripts/spec_drift.py --upstream <path or URL> [--spec openapi.yaml]

The upstream document is normalised exactly as `make update-spec` would (normalize_spec.py), prose
is dropped on both sides, and the two are compared fact by fact: one line per difference.

Direction: every line reads from openapi.yaml towards the upstream document.
  * `... added: X`   - the upstream document has X and openapi.yaml lacks it;
  * `... removed: X` - openapi.yaml has X and the upstream document lacks it;
  * `... changed: X: A -> B` - A is openapi.yaml's value, B the upstream one ((none) = absent).

Exit status: 0 when there is no structural difference, 1 when there is at least one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from normalize_spec import HTTP_METHODS, drop_prose, iter_operations, normalize
from specio import find_followed, load_spec

NONE = object()  # marks a key that is absent on one side

# Implicit values: an absent key means the same as this value, so it is no difference.
IMPLICIT = {"nullable": False, "deprecated": False, "readOnly": False, "writeOnly": False, "required": False}

# Schema keywords reported as `<keyword> changed: <where>: <old> -> <new>`.
SCALAR_KEYWORDS = (
    "type",
    "format",
    "nullable",
    "default",
    "title",
    "pattern",
    "maxLength",
    "minLength",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxItems",
    "minItems",
    "uniqueItems",
    "multipleOf",
    "readOnly",
    "writeOnly",
    "deprecated",
)
UNIONS = ("allOf", "anyOf", "oneOf")
OPERATION_KEYS = ("operationId", "tags", "parameters", "requestBody", "responses")
OPERATION_FACTS = ("x-requirements", "x-paginated", "security", "deprecated")


def compare(project: dict[str, Any], normalised_upstream: dict[str, Any]) -> list[str]:
    """Structural differences from `project` (openapi.yaml) to `normalised_upstream`, one line each.

    Both documents must already be in the project's normalised form; prose (including the
    generic response descriptions) is ignored.
    """
    old: dict[str, Any] = _drop_markers(drop_prose(project))
    new: dict[str, Any] = _drop_markers(drop_prose(normalised_upstream))
    out: list[str] = []
    _compare_top_level(old, new, out)
    _compare_operations(old, new, out)
    _compare_components(old.get("components", {}), new.get("components", {}), out)
    return out


# Marks about our knowledge of a fact, not facts: `x-unverified` (a guess in the reference document);
# and what the normaliser adds from the project's own tables, which no upstream document carries:
# `x-rate-limit` (normalize_spec.RATE_LIMITED_OPERATIONS) changes with the client, not with the API.
# `x-upstream` (in `info`) records which upstream document openapi.yaml follows (update_spec.py); `x-token`
# (normalize_spec.TOKEN_KINDS) who may call an operation, from Pachca's guides.
MARKERS = frozenset({"x-unverified", "x-rate-limit", "x-upstream", "x-token"})


def _drop_markers(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _drop_markers(value) for key, value in node.items() if key not in MARKERS}
    if isinstance(node, list):
        return [_drop_markers(item) for item in node]
    return node


# --- formatting ----------------------------------------------------------------------------------


def _fmt(value: Any, limit: int = 80) -> str:
    """A short one-line rendering of a value; `(none)` for an absent one."""
    if value is NONE:
        return "(none)"
    if isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _ref_name(schema: Any) -> str | None:
    """The component a pure `{$ref: ...}` points to, else None."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


def _keys(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Keys of both mappings: openapi.yaml's order first, then the upstream-only ones."""
    return list(old) + [k for k in new if k not in old]


def _get(mapping: dict[str, Any], key: str) -> Any:
    value = mapping.get(key, NONE)
    if value is NONE and key in IMPLICIT:
        return IMPLICIT[key]
    return value


def _generic(where: str, old: Any, new: Any, out: list[str]) -> None:
    """Fallback: report any remaining difference as `changed: <path>: <old> -> <new>`."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in _keys(old, new):
            _generic(f"{where}/{key}", old.get(key, NONE), new.get(key, NONE), out)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            _generic(f"{where}[{index}]", a, b, out)
    elif old != new:
        out.append(f"changed: {where}: {_fmt(old)} -> {_fmt(new)}")


def _json(value: Any) -> str:
    """A value as JSON (quoted strings), for enum values."""
    return json.dumps(value, ensure_ascii=False)


def _set_diff(
    kind: str, where: str, old: Iterable[Any], new: Iterable[Any], out: list[str], fmt: Callable[..., str] = _fmt
) -> None:
    """`<kind> added/removed: [<where>: ]<item>` for list members, then an order change if any."""
    old_list, new_list = list(old), list(new)
    at = f"{where}: " if where else ""
    for item in new_list:
        if item not in old_list:
            out.append(f"{kind} added: {at}{fmt(item)}")
    for item in old_list:
        if item not in new_list:
            out.append(f"{kind} removed: {at}{fmt(item)}")
    common_old = [i for i in old_list if i in new_list]
    common_new = [i for i in new_list if i in old_list]
    if common_old != common_new:
        out.append(f"{kind} order changed: {at}{_fmt(common_old, 200)} -> {_fmt(common_new, 200)}")


# --- schemas -------------------------------------------------------------------------------------


def _compare_schema(where: str, old: Any, new: Any, out: list[str]) -> None:
    """Compare two schema objects; `where` names the spot (`User.id`, `GET /chats (...) query limit`)."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        _generic(where, old, new, out)
        return
    old_ref, new_ref = _ref_name(old), _ref_name(new)
    if old_ref != new_ref:
        old_text = old_ref or f"inline {_fmt(old, 60)}"
        new_text = new_ref or f"inline {_fmt(new, 60)}"
        out.append(f"$ref target changed: {where}: {old_text} -> {new_text}")
        if old_ref is None or new_ref is None:
            return  # one side is a reference, the other inline: nothing else lines up
    for key in SCALAR_KEYWORDS:
        a, b = _get(old, key), _get(new, key)
        if a != b:
            out.append(f"{key} changed: {where}: {_fmt(a)} -> {_fmt(b)}")
    _compare_enum(where, old, new, out)
    _compare_properties(where, old, new, out)
    for key, suffix in (("items", "[]"), ("additionalProperties", "{}"), ("not", "!")):
        a, b = old.get(key, NONE), new.get(key, NONE)
        if a is NONE and b is NONE:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            _compare_schema(where + suffix, a, b, out)
        elif a != b:
            out.append(f"{key} changed: {where}: {_fmt(a)} -> {_fmt(b)}")
    for key in UNIONS:
        if key in old or key in new:
            _compare_union(f"{where} {key}", old.get(key, []), new.get(key, []), out)
    handled = {"$ref", "enum", "x-enum-varnames", "properties", "required", "items", "additionalProperties", "not"}
    for key in _keys(old, new):
        if key not in handled and key not in SCALAR_KEYWORDS and key not in UNIONS:
            _generic(f"{where}/{key}", old.get(key, NONE), new.get(key, NONE), out)


def _compare_enum(where: str, old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    a, b = old.get("enum", []), new.get("enum", [])
    _set_diff("enum value", where, a, b, out, _json)
    # Member names are derived from the values; they only matter when the values are the same.
    if a == b and old.get("x-enum-varnames") != new.get("x-enum-varnames"):
        _generic(f"{where}/x-enum-varnames", old.get("x-enum-varnames", NONE), new.get("x-enum-varnames", NONE), out)


def _compare_properties(where: str, old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    old_props: dict[str, Any] = old.get("properties", {})
    new_props: dict[str, Any] = new.get("properties", {})
    old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
    for name in _keys(old_props, new_props):
        spot = f"{where}.{name}"
        if name not in old_props:
            out.append(f"property added: {spot}" + (" (required)" if name in new_req else ""))
        elif name not in new_props:
            out.append(f"property removed: {spot}")
        else:
            if (name in old_req) != (name in new_req):
                states = ("required", "optional") if name in old_req else ("optional", "required")
                out.append(f"required changed: {spot}: {states[0]} -> {states[1]}")
            _compare_schema(spot, old_props[name], new_props[name], out)
    # `required` entries that name no property of either side (e.g. beside an allOf).
    for name in sorted((old_req ^ new_req) - set(old_props) - set(new_props)):
        states = ("required", "optional") if name in old_req else ("optional", "required")
        out.append(f"required changed: {where}.{name}: {states[0]} -> {states[1]}")


def _compare_union(where: str, old: list[Any], new: list[Any], out: list[str]) -> None:
    """Union members by component name (or position, for inline ones): added, removed, reordered."""

    def keyed(members: list[Any]) -> dict[str, Any]:
        return {(_ref_name(m) or f"#{i}"): m for i, m in enumerate(members)}

    a, b = keyed(old), keyed(new)
    for key in _keys(a, b):
        if key not in a:
            out.append(f"union member added: {where}: {key}")
        elif key not in b:
            out.append(f"union member removed: {where}: {key}")
        elif key.startswith("#"):
            _compare_schema(f"{where}{key}", a[key], b[key], out)
    common_a = [k for k in a if k in b]
    common_b = [k for k in b if k in a]
    if common_a != common_b:
        out.append(f"union members reordered: {where}: {', '.join(common_a)} -> {', '.join(common_b)}")


# --- document parts ------------------------------------------------------------------------------


def _compare_top_level(old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    if old.get("servers") != new.get("servers"):
        out.append(f"servers changed: {_fmt(old.get('servers', NONE), 120)} -> {_fmt(new.get('servers', NONE), 120)}")
    if old.get("security") != new.get("security"):
        out.append(f"security changed: {_fmt(old.get('security', NONE))} -> {_fmt(new.get('security', NONE))}")
    old_tags = [t.get("name") for t in old.get("tags", [])]
    new_tags = [t.get("name") for t in new.get("tags", [])]
    _set_diff("tag", "", old_tags, new_tags, out)
    for tag in old.get("tags", []):
        twin = next((t for t in new.get("tags", []) if t.get("name") == tag.get("name")), None)
        if twin is not None:
            _generic(f"tags[{tag.get('name')}]", tag, twin, out)
    for key in _keys(old, new):
        if key not in ("paths", "components", "servers", "security", "tags"):
            _generic(key, old.get(key, NONE), new.get(key, NONE), out)


def _label(path: str, method: str, operation: dict[str, Any]) -> str:
    return f"{method.upper()} {path} ({operation.get('operationId', '?')})"


def _compare_operations(old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    old_ops = {(path, method): op for path, method, op in iter_operations(old)}
    new_ops = {(path, method): op for path, method, op in iter_operations(new)}
    for key, op in old_ops.items():
        if key not in new_ops:
            out.append(f"operation removed: {_label(*key, op)}")
    for key, op in new_ops.items():
        if key not in old_ops:
            out.append(f"operation added: {_label(*key, op)}")
    for key, op in old_ops.items():
        if key in new_ops:
            _compare_operation(_label(*key, op), op, new_ops[key], out)
    # Path-level keys other than operations (shared parameters, servers...).
    old_paths, new_paths = old.get("paths", {}), new.get("paths", {})
    for path in _keys(old_paths, new_paths):
        a = {k: v for k, v in old_paths.get(path, {}).items() if k not in HTTP_METHODS}
        b = {k: v for k, v in new_paths.get(path, {}).items() if k not in HTTP_METHODS}
        _generic(f"paths/{path}", a, b, out)


def _compare_operation(label: str, old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    if old.get("operationId") != new.get("operationId"):
        out.append(f"operationId changed: {label}: {old.get('operationId')} -> {new.get('operationId')}")
    if old.get("tags", []) != new.get("tags", []):
        out.append(f"tags changed: {label}: {_fmt(old.get('tags', []))} -> {_fmt(new.get('tags', []))}")
    for fact in OPERATION_FACTS:
        a, b = _get(old, fact), _get(new, fact)
        if a != b:
            out.append(f"{fact} changed: {label}: {_fmt(a)} -> {_fmt(b)}")
    _compare_parameters(label, old.get("parameters", []), new.get("parameters", []), out)
    _compare_request_body(label, old.get("requestBody", NONE), new.get("requestBody", NONE), out)
    _compare_responses(label, old.get("responses", {}), new.get("responses", {}), out)
    for key in _keys(old, new):
        if key not in OPERATION_KEYS and key not in OPERATION_FACTS:
            _generic(f"{label}/{key}", old.get(key, NONE), new.get(key, NONE), out)


def _compare_parameters(label: str, old: list[dict[str, Any]], new: list[dict[str, Any]], out: list[str]) -> None:
    a = {f"{p.get('in')} {p.get('name')}": p for p in old}
    b = {f"{p.get('in')} {p.get('name')}": p for p in new}
    for key in _keys(a, b):
        where = f"{label} {key}"
        if key not in a:
            out.append(f"parameter added: {where}" + (" (required)" if b[key].get("required") else ""))
        elif key not in b:
            out.append(f"parameter removed: {where}")
        else:
            for field in _keys(a[key], b[key]):
                if field in ("name", "in", "schema"):
                    continue
                x, y = _get(a[key], field), _get(b[key], field)
                if x != y:
                    out.append(f"parameter changed: {where}: {field} {_fmt(x)} -> {_fmt(y)}")
            _compare_schema(where, a[key].get("schema", {}), b[key].get("schema", {}), out)
    common_a = [k for k in a if k in b]
    common_b = [k for k in b if k in a]
    if common_a != common_b:
        out.append(f"parameter order changed: {label}: {', '.join(common_a)} -> {', '.join(common_b)}")


def _compare_content(where: str, old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    """Media types of a body or response, and the schema under each."""
    for media in _keys(old, new):
        spot = where if media == "application/json" else f"{where}[{media}]"
        if media not in old:
            out.append(f"media type added: {where}: {media}")
        elif media not in new:
            out.append(f"media type removed: {where}: {media}")
        else:
            _compare_schema(spot, old[media].get("schema", {}), new[media].get("schema", {}), out)
            a = {k: v for k, v in old[media].items() if k != "schema"}
            b = {k: v for k, v in new[media].items() if k != "schema"}
            _generic(f"{where}/{media}", a, b, out)


def _compare_request_body(label: str, old: Any, new: Any, out: list[str]) -> None:
    if old is NONE and new is NONE:
        return
    if old is NONE:
        out.append(f"request body added: {label}: {', '.join(new.get('content', {}))}")
        return
    if new is NONE:
        out.append(f"request body removed: {label}")
        return
    where = f"{label} body"
    if _get(old, "required") != _get(new, "required"):
        out.append(
            f"request body changed: {where}: required {_fmt(_get(old, 'required'))} -> {_fmt(_get(new, 'required'))}"
        )
    _compare_content(where, old.get("content", {}), new.get("content", {}), out)
    for key in _keys(old, new):
        if key not in ("required", "content"):
            _generic(f"{where}/{key}", old.get(key, NONE), new.get(key, NONE), out)


def _compare_responses(label: str, old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    for status in _keys(old, new):
        if status not in old:
            out.append(f"status code added: {label} {status}")
        elif status not in new:
            out.append(f"status code removed: {label} {status}")
        else:
            where = f"{label} response {status}"
            _compare_content(where, old[status].get("content", {}), new[status].get("content", {}), out)
            for key in _keys(old[status], new[status]):
                if key != "content":
                    _generic(f"{where}/{key}", old[status].get(key, NONE), new[status].get(key, NONE), out)


def _compare_components(old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    old_schemas: dict[str, Any] = old.get("schemas", {})
    new_schemas: dict[str, Any] = new.get("schemas", {})
    for name in _keys(old_schemas, new_schemas):
        if name not in old_schemas:
            out.append(f"schema added: {name}")
        elif name not in new_schemas:
            out.append(f"schema removed: {name}")
        else:
            _compare_schema(name, old_schemas[name], new_schemas[name], out)
    old_auth: dict[str, Any] = old.get("securitySchemes", {})
    new_auth: dict[str, Any] = new.get("securitySchemes", {})
    for name in _keys(old_auth, new_auth):
        a, b = old_auth.get(name, NONE), new_auth.get(name, NONE)
        if a is NONE:
            out.append(f"security scheme added: {name}")
        elif b is NONE:
            out.append(f"security scheme removed: {name}")
        elif a != b:
            out.append(f"security scheme changed: {name}: {_fmt(a)} -> {_fmt(b)}")
    for key in _keys(old, new):
        if key not in ("schemas", "securitySchemes"):
            _generic(f"components/{key}", old.get(key, NONE), new.get(key, NONE), out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--upstream",
        help="Pachca's published OpenAPI document (path or URL); default: the one openapi.yaml follows "
        "(info.x-upstream), found by its fingerprint in --upstream-dir",
    )
    parser.add_argument("--upstream-dir", default="../shared/upstream", help="where to look for the followed document")
    parser.add_argument("--spec", default="openapi.yaml", help="the project's document (default: openapi.yaml)")
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    if not args.upstream:
        found = find_followed(spec, Path(args.upstream_dir))
        if found is None:
            print(f"{args.upstream_dir} is not here: the drift check needs the document openapi.yaml follows; skipped")
            return 0
        args.upstream = str(found)
    lines = compare(spec, normalize(load_spec(args.upstream)))
    if not lines:
        print(f"no structural differences between {args.spec} and {args.upstream}")
        return 0
    for line in lines:
        print(line)
    print(
        f"{len(lines)} structural difference(s); added/removed = upstream has/lacks it compared with {args.spec}, "
        f"A -> B = {args.spec} -> upstream",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
