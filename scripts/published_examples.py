"""Read every JSON answer and webhook body that Pachca publishes in its own repository with this client.

    python scripts/published_examples.py --repo /work/.mirror/pachca+openapi/repo [--json report.json]

`--repo` is a git directory (bare or not) of Pachca's public repository; only the objects of its HEAD
commit are read (`git ls-tree` / `git show`), so the result depends on that commit and nothing else.

Where the examples come from:
  * docs      - the `Пример ответа` blocks of the per-method pages (apps/docs/public/api), filed under the
                method and path each page names, plus whole-answer examples in the other docs pages;
  * webhook   - JSON objects with a string `type` and `event` in any docs page or skill, including the
                body of an `http` block that shows a delivery;
  * cli       - the answers the CLI's tests feed to `fetch`: its helpers build them from Pachca's spec
                (packages/spec/openapi.yaml), and that construction is redone here for each call with
                literal arguments found in packages/cli/tests;
  * sdk       - the `output` entries of the SDKs' generated `examples.json` (type signatures, not JSON, so
                counted as skipped) and JSON blocks of Markdown files under sdk/*/examples.

Each example is mapped to an operation of openapi.yaml by method and path (or, for an error body, to the
error model its shape implies) or to a webhook route, then read twice: tolerantly, which must never
raise, and strictly, which may refuse. The table lists every example with the deviations tolerant
reading found; the summary groups those deviations. Identical examples (same target, same JSON) are
read once and listed with their other sources. Blocks that are not JSON the API could send (request
bodies, placeholders, comments, cut-off snippets, configuration) are counted with the reason.

Exit status: 0 when every valid example was read tolerantly, 1 when tolerant reading raised for one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import inspect
import json
import logging
import re
import subprocess
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The client is imported by name: mypy, run from scripts/, does not see the package's editable install,
# and everything read from it here goes through `Any` anyway (models, deviations, exceptions).
pachca: Any = importlib.import_module("pachca_client")
webhooks: Any = importlib.import_module("pachca_client.webhooks")
read_tolerantly: Any = importlib.import_module("pachca_client._tolerance").read_tolerantly
ApiError: Any = importlib.import_module("pachca_client.generated.models.api_error").ApiError
OAuthError: Any = importlib.import_module("pachca_client.generated.models.o_auth_error").OAuthError
Deviation = Any  # pachca_client.Deviation: operation, path, model, field, expected, found, raw, request_id
SPEC = ROOT / "openapi.yaml"
BASE_URL = "https://api.pachca.com/api/shared/v1"
METHODS = ("get", "post", "put", "patch", "delete")
KINDS = ("docs", "webhook", "cli", "sdk")

# --- the repository --------------------------------------------------------------------------------


class Repo:
    """The HEAD commit of a git directory, read through `git` (nothing is checked out)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._files: list[str] | None = None

    def _git(self, *args: str) -> str:
        done = subprocess.run(["git", "-C", self.path, *args], capture_output=True, check=True)
        return done.stdout.decode("utf-8", errors="replace")

    def files(self) -> list[str]:
        if self._files is None:
            self._files = sorted(self._git("ls-tree", "-r", "--name-only", "HEAD").splitlines())
        return self._files

    def show(self, path: str) -> str:
        return self._git("show", f"HEAD:{path}")


# --- what was found --------------------------------------------------------------------------------


@dataclass
class Example:
    """One JSON body and what it is said to be."""

    kind: str  # docs, webhook, cli, sdk
    source: str  # path:line
    target: str  # operationId, `error <Model>` or `webhook <type>/<event>`
    status: int | None
    payload: Any
    label: str = ""  # for an error body: the operation and status of the page showing it
    also: list[str] = field(default_factory=list)  # sources of identical examples


@dataclass
class Skip:
    kind: str
    source: str
    reason: str


@dataclass
class Outcome:
    example: Example
    tolerant_ok: bool
    found: list[Deviation]
    strict_refused: bool
    strict_error: str
    note: str = ""
    failure: str = ""  # traceback when tolerant reading raised


@dataclass
class Findings:
    examples: list[Example] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    raw_counts: Counter[str] = field(default_factory=Counter)  # before merging identical examples

    def add(self, example: Example) -> None:
        self.raw_counts[example.kind] += 1
        key = (example.target, example.status, _canonical(example.payload))
        for known in self.examples:
            if (known.target, known.status, _canonical(known.payload)) == key:
                known.also.append(f"{example.source} ({example.label})" if example.label else example.source)
                return
        self.examples.append(example)

    def skip(self, kind: str, source: str, reason: str) -> None:
        self.skips.append(Skip(kind, source, reason))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


# --- openapi.yaml: operations by method and path ------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str


def _path_key(method: str, path: str) -> tuple[str, str]:
    return method.lower(), re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def load_operations() -> dict[tuple[str, str], Operation]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found: dict[tuple[str, str], Operation] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                tag = (op.get("tags") or ["default"])[0]
                found[_path_key(method, path)] = Operation(op["operationId"], method, path, tag)
    return found


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def endpoint_module(operation: Operation) -> ModuleType:
    tag = re.sub(r"[^a-z0-9]+", "_", _snake(operation.tag)).strip("_")
    return importlib.import_module(f"pachca_client.generated.api.{tag}.{_snake(operation.operation_id)}")


def success_statuses(module: ModuleType) -> list[int]:
    """The statuses `parse_success` reads, from its code."""
    source = inspect.getsource(module.parse_success)
    return [int(code) for code in re.findall(r"status_code == (\d{3})", source)]


# --- fenced blocks in Markdown ------------------------------------------------------------------------


@dataclass
class Block:
    line: int  # 1-based line of the opening fence
    lang: str
    title: str
    body: str


_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_TITLE = re.compile(r'title="([^"]*)"')


def fenced_blocks(text: str) -> list[Block]:
    lines = text.splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence, indent, info = opening["fence"], len(opening["indent"]), opening["info"].strip()
        body: list[str] = []
        end = index + 1
        while end < len(lines):
            closing = _FENCE.match(lines[end])
            if (
                closing
                and closing["fence"][0] == fence[0]
                and len(closing["fence"]) >= len(fence)
                and not closing["info"].strip()
            ):
                break
            line = lines[end]
            body.append(line[indent:] if line[:indent].strip() == "" else line.lstrip())
            end += 1
        title = _TITLE.search(info)
        found.append(
            Block(index + 1, info.split(" ")[0].lower() if info else "", title[1] if title else "", "\n".join(body))
        )
        index = end + 1
    return found


def _has_placeholder(value: Any) -> bool:
    if isinstance(value, dict):
        return any(key in ("...", "…") or _has_placeholder(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_placeholder(item) for item in value)
    return isinstance(value, str) and value.strip() in ("...", "…")


def decode_block(body: str) -> tuple[Any, str]:
    """The JSON of a block, or (None, why it is not JSON the API could send)."""
    try:
        value = json.loads(body)
    except ValueError:
        if re.search(r"^\s*//|/\*", body, re.M):
            return None, "not JSON: comments"
        if "..." in body or "…" in body:
            return None, "not JSON: placeholder or truncated (`...`)"
        return None, "not JSON: invalid or truncated"
    if _has_placeholder(value):
        return None, 'placeholder values ("...")'
    return value, ""


def http_body(body: str) -> tuple[str, str, int | None]:
    """(first line, body after the headers, status when it is a response) of an `http` block."""
    head, _, rest = body.partition("\n\n")
    first = head.splitlines()[0] if head.strip() else ""
    status = re.match(r"HTTP/[\d.]+ (\d{3})", first)
    return first, rest.strip(), int(status[1]) if status else None


# --- docs pages ------------------------------------------------------------------------------------

_METHOD = re.compile(r"^\*\*Метод\*\*:\s*`([A-Z]+)`", re.M)
_PATH = re.compile(r"^\*\*Путь\*\*:\s*`([^`]+)`", re.M)
_STATUS = re.compile(r"^### (\d{3})\b")


def error_model(payload: Any) -> str | None:
    """The error model a body's shape implies: `errors` (a list) for ApiError, `error` + description for OAuth."""
    if not isinstance(payload, dict):
        return None
    if isinstance(payload.get("errors"), list) and set(payload) == {"errors"}:
        return "ApiError"
    if set(payload) == {"error", "error_description"}:
        return "OAuthError"
    return None  # e.g. the CLI's own error output, which adds `code`, `type`, `request_id`


def webhook_target(payload: Any) -> str | None:
    if isinstance(payload, dict) and isinstance(payload.get("type"), str) and isinstance(payload.get("event"), str):
        return f"webhook {payload['type']}/{payload['event']}"
    return None


def scan_method_page(
    repo: Repo, path: str, text: str, operations: dict[tuple[str, str], Operation], out: Findings
) -> None:
    method, api_path = _METHOD.search(text), _PATH.search(text)
    operation = operations.get(_path_key(method[1], api_path[1])) if method and api_path else None
    lines = text.splitlines()
    for block in fenced_blocks(text):
        if block.lang not in ("json", "http"):
            continue
        source = f"{path}:{block.line}"
        status: int | None = None
        section = ""
        for line in reversed(lines[: block.line - 1]):
            if status is None and (found := _STATUS.match(line)):
                status = int(found[1])
            if line.startswith("## "):
                section = line[3:].strip()
                break
        if section != "Ответы" or status is None:
            out.skip("docs", source, "request body example")
            continue
        payload, why = decode_block(block.body)
        if why:
            out.skip("docs", source, why)
            continue
        if status >= 400:
            model = error_model(payload)
            if model is None:
                out.skip("docs", source, "error answer of no known error shape")
                continue
            label = f"{operation.operation_id if operation else '?'} {status}"
            out.add(Example("docs", source, f"error {model}", status, payload, label))
        elif operation is None:
            out.skip(
                "docs",
                source,
                f"page names no operation of openapi.yaml ({method and method[1]} {api_path and api_path[1]})",
            )
        else:
            out.add(Example("docs", source, operation.operation_id, status, payload))


def scan_other_page(path: str, text: str, kind: str, out: Findings) -> None:
    for block in fenced_blocks(text):
        if block.lang not in ("json", "http"):
            continue
        source = f"{path}:{block.line}"
        body, status = block.body, None
        if block.lang == "http":
            first, body, status = http_body(block.body)
            if not body:
                continue  # a request line or headers only: no JSON at all
        payload, why = decode_block(body)
        if why:
            out.skip(kind, source, why)
            continue
        if (target := webhook_target(payload)) is not None:
            out.add(Example("webhook", source, target, None, payload))
        elif (model := error_model(payload)) is not None:
            out.add(Example("docs", source, f"error {model}", status, payload, "no operation named"))
        elif status is not None:
            out.skip(kind, source, "an answer to a webhook (sent to Pachca, not by it)")
        elif isinstance(payload, dict) and ("data" in payload or "id" in payload):
            out.skip(kind, source, "answer-shaped illustration that names no operation (or a lone list item)")
        else:
            out.skip(kind, source, "not an API answer (request body, configuration, CLI output, button layout)")


DOCS_PAGES = re.compile(
    r"^(apps/docs/(public|content)/.*\.mdx?|skills/.*\.md|apps/docs/public/\.well-known/skills/.*\.md)$"
)


def scan_docs(repo: Repo, operations: dict[tuple[str, str], Operation], out: Findings) -> None:
    for path in repo.files():
        if not DOCS_PAGES.match(path) or path.startswith("apps/docs/content/updates") or "/updates/" in path:
            continue
        text = repo.show(path)
        if path.startswith("apps/docs/public/api/") and _METHOD.search(text):
            scan_method_page(repo, path, text, operations, out)
        else:
            scan_other_page(path, text, "skill" if "skills/" in path else "docs", out)


# --- the CLI's test mocks ----------------------------------------------------------------------------


class PachcaSpec:
    """Pachca's spec and the mock construction of packages/cli/tests/mock-helpers.ts, redone."""

    def __init__(self, text: str) -> None:
        self.spec: dict[str, Any] = yaml.safe_load(text)

    def _ref(self, value: Any) -> Any:
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            current: Any = self.spec
            for part in value["$ref"].replace("#/", "").split("/"):
                current = current.get(part) if isinstance(current, dict) else None
            value = current
        return value

    def _schema(self, value: Any, depth: int = 0) -> dict[str, Any]:
        if depth > 10:
            return value if isinstance(value, dict) else {}
        resolved = self._ref(value)
        if not isinstance(resolved, dict):
            return {}
        result = dict(resolved)
        if isinstance(result.get("properties"), dict):
            result["properties"] = {k: self._schema(v, depth + 1) for k, v in result["properties"].items()}
        if "items" in result:
            result["items"] = self._schema(result["items"], depth + 1)
        for key in ("allOf", "oneOf", "anyOf"):
            if isinstance(result.get(key), list):
                result[key] = [self._schema(v, depth + 1) for v in result[key]]
        return result

    def ok_schema(self, path: str, method: str) -> dict[str, Any] | None:
        op = (self.spec.get("paths", {}).get(path) or {}).get(method.lower())
        if not isinstance(op, dict):
            raise KeyError(f"{method} {path}")
        responses = {str(k): self._ref(v) for k, v in (op.get("responses") or {}).items()}
        ok = responses.get("200") or responses.get("201")
        media = self._ref(((ok or {}).get("content") or {}).get("application/json"))
        if not isinstance(media, dict):
            return None
        return _all_of(self._schema(media.get("schema")))

    def entity_schema(self, schema: dict[str, Any]) -> tuple[dict[str, Any], bool, bool, bool]:
        """(entity schema, wrapped in `data`, a list, has `meta`)."""
        properties = schema.get("properties") or {}
        if "data" not in properties:
            return schema, False, False, False
        data = _all_of(properties["data"])
        if data.get("type") == "array" and data.get("items"):
            return data["items"], True, True, "meta" in properties
        return data, True, False, "meta" in properties

    def mock_response(self, path: str, method: str, overrides: dict[str, Any] | None, count: int) -> Any:
        schema = self.ok_schema(path, method)
        if schema is None:
            return None
        entity, wrapped, listed, meta = self.entity_schema(schema)
        if not wrapped:
            return {**_mock(schema), **(overrides or {})}
        if listed:
            result: dict[str, Any] = {"data": [{**_mock(entity), **(overrides or {})} for _ in range(count)]}
            if meta:
                result["meta"] = {"paginate": {"next_page": None}}
            return result
        return {"data": {**_mock(entity), **(overrides or {})}}

    def mock_entity(self, path: str, method: str, overrides: dict[str, Any] | None) -> tuple[Any, bool, bool]:
        """(entity, wrapped, listed)."""
        schema = self.ok_schema(path, method)
        if schema is None:
            return dict(overrides or {}), False, False
        entity, wrapped, listed, _ = self.entity_schema(schema)
        return {**_mock(entity), **(overrides or {})}, wrapped, listed


def _all_of(schema: dict[str, Any]) -> dict[str, Any]:
    parts = schema.get("allOf")
    if not parts:
        return schema
    merged: dict[str, Any] = {}
    for part in parts:
        resolved = _all_of(part)
        merged = {
            **merged,
            **resolved,
            "properties": {**(merged.get("properties") or {}), **(resolved.get("properties") or {})},
            "required": [*(merged.get("required") or []), *(resolved.get("required") or [])],
        }
    return {**merged, **{k: v for k, v in schema.items() if k != "allOf"}}


def _js_value(value: Any) -> Any:
    """A YAML value as js-yaml then JSON.stringify would give it (dates become ISO strings)."""
    if isinstance(value, dt.datetime):
        stamp = value.astimezone(dt.UTC) if value.tzinfo else value
        return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"
    if isinstance(value, dt.date):
        return value.isoformat() + "T00:00:00.000Z"
    if isinstance(value, dict):
        return {str(k): _js_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_js_value(v) for v in value]
    return value


def _mock(schema: dict[str, Any]) -> Any:
    if "example" in schema:
        return _js_value(schema["example"])
    resolved = _all_of(schema)
    if resolved is not schema and "example" in resolved:
        return _js_value(resolved["example"])
    if resolved.get("enum"):
        return _js_value(resolved["enum"][0])
    kind = resolved.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind is None:
        kind = "string" if resolved.get("enum") else "object" if resolved.get("properties") else "string"
    if kind == "object" and resolved.get("properties"):
        return {key: _mock(value) for key, value in resolved["properties"].items()}
    if kind == "array":
        return [_mock(resolved["items"])] if resolved.get("items") else []
    if kind in ("integer", "number"):
        return 1
    if kind == "boolean":
        return False
    if kind == "string":
        if resolved.get("format") == "date-time":
            return "2024-01-20T10:30:00.000Z"
        return "https://example.com" if resolved.get("format") in ("uri", "url") else "test"
    return None


class NotLiteral(ValueError):
    """A JavaScript expression that is more than a literal (and known names)."""


_JS_TOKEN = re.compile(
    r"""\s*(?:(?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?P<num>-?\d+(?:\.\d+)?)|(?P<spread>\.\.\.)"""
    r"""|(?P<name>[A-Za-z_$][\w$]*)|(?P<punct>[{}\[\]:,])|(?P<comment>//[^\n]*))"""
)


def js_literal(text: str, names: dict[str, Any]) -> Any:
    """The value of a JavaScript object/array literal whose only names are `names`, or NotLiteral."""
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        found = _JS_TOKEN.match(text, position)
        if not found or found.end() == position:
            if text[position:].strip() == "":
                break
            raise NotLiteral(text[position : position + 20])
        position = found.end()
        group = found.lastgroup
        if group and group != "comment":
            tokens.append((group, found[group]))
    cursor = 0

    def peek() -> tuple[str, str]:
        return tokens[cursor] if cursor < len(tokens) else ("end", "")

    def take(expected: str | None = None) -> tuple[str, str]:
        nonlocal cursor
        token = peek()
        if expected is not None and token[1] != expected:
            raise NotLiteral(f"expected {expected}, got {token[1]}")
        cursor += 1
        return token

    def value() -> Any:
        kind, text_ = take()
        if kind == "str":
            return json.loads('"' + text_[1:-1].replace("\\'", "'").replace('"', '\\"') + '"')
        if kind == "num":
            return float(text_) if "." in text_ else int(text_)
        if kind == "name":
            constants = {"true": True, "false": False, "null": None, "undefined": None}
            if text_ in constants:
                return constants[text_]
            if text_ in names:
                return names[text_]
            raise NotLiteral(text_)
        if text_ == "[":
            items: list[Any] = []
            while peek()[1] != "]":
                items.append(value())
                if peek()[1] == ",":
                    take()
            take("]")
            return items
        if text_ == "{":
            result: dict[str, Any] = {}
            while peek()[1] != "}":
                key_kind, key = take()
                if key_kind == "spread":
                    spread = value()
                    if not isinstance(spread, dict):
                        raise NotLiteral("spread of a non-object")
                    result.update(spread)
                elif key_kind in ("name", "str", "num"):
                    name = json.loads('"' + key[1:-1] + '"') if key_kind == "str" else key
                    if peek()[1] == ":":
                        take()
                        result[name] = value()
                    elif name in names:
                        result[name] = names[name]
                    else:
                        raise NotLiteral(name)
                else:
                    raise NotLiteral(key)
                if peek()[1] == ",":
                    take()
            take("}")
            return result
        raise NotLiteral(text_)

    result = value()
    if cursor != len(tokens):
        raise NotLiteral("trailing tokens")
    return result


def _call_arguments(text: str, start: int) -> tuple[list[str], int]:
    """The top-level arguments of the call whose `(` is at `start`, and the index after its `)`."""
    depth, quote, current, arguments = 0, "", "", []
    index = start + 1
    while index < len(text):
        char = text[index]
        if quote:
            current += char
            if char == "\\":
                current += text[index + 1]
                index += 1
            elif char == quote:
                quote = ""
        elif char in "'\"`":
            quote = char
            current += char
        elif char in "([{":
            depth += 1
            current += char
        elif char in ")]}":
            if depth == 0:
                arguments.append(current.strip())
                return [a for a in arguments if a], index + 1
            depth -= 1
            current += char
        elif char == "," and depth == 0:
            arguments.append(current.strip())
            current = ""
        else:
            current += char
        index += 1
    raise NotLiteral("unclosed call")


_MOCK_CALL = re.compile(
    r"(?:const (?P<var>\w+) = )?\b(?P<fn>mockFetchForEndpoint|mockResponse|mockEntity|mockPaginatedFetch)\("
)


def scan_cli(repo: Repo, operations: dict[tuple[str, str], Operation], out: Findings) -> None:
    spec = PachcaSpec(repo.show("packages/spec/openapi.yaml"))
    for path in repo.files():
        if not (path.startswith("packages/cli/tests/") and path.endswith(".test.ts")):
            continue
        text = repo.show(path)
        entities: dict[str, tuple[str, str, Any]] = {}  # variable -> (method, path, entity) of mockEntity
        for call in _MOCK_CALL.finditer(text):
            source = f"{path}:{text.count(chr(10), 0, call.start()) + 1}"
            try:
                arguments, _ = _call_arguments(text, call.end() - 1)
                _cli_call(spec, operations, out, source, call["fn"], call["var"], arguments, entities)
            except NotLiteral as error:
                out.skip("cli", source, f"arguments are not literals ({error})")


def _cli_call(
    spec: PachcaSpec,
    operations: dict[tuple[str, str], Operation],
    out: Findings,
    source: str,
    fn: str,
    var: str | None,
    arguments: list[str],
    entities: dict[str, tuple[str, str, Any]],
) -> None:
    if fn == "mockPaginatedFetch":
        pages = js_literal(arguments[0], {name: entity for name, (_, _, entity) in entities.items()})
        used = [name for name in entities if re.search(rf"\.\.\.{name}\b", arguments[0])]
        if not used:
            out.skip("cli", source, "pages built from no mockEntity of a known endpoint")
            return
        method, api_path, _ = entities[used[-1]]
        operation = operations.get(_path_key(method, api_path))
        for number, page in enumerate(pages, 1):
            paginate: dict[str, Any] = {"next_page": page.get("next") or None}
            for js, key in (("prev", "prev_page"), ("hasNext", "has_next"), ("hasPrev", "has_prev")):
                if js in page:
                    paginate[key] = page[js]
            meta: dict[str, Any] = {"paginate": paginate}
            if "total" in page:
                meta["total"] = page["total"]
            _cli_example(
                out, f"{source} (page {number})", operation, method, api_path, {"data": page["data"], "meta": meta}
            )
        return
    api_path, method = js_literal(arguments[0], {}), js_literal(arguments[1], {})
    if not isinstance(api_path, str) or not isinstance(method, str):
        raise NotLiteral("path or method")
    operation = operations.get(_path_key(method, api_path))
    if fn == "mockEntity":
        overrides = js_literal(arguments[2], {}) if len(arguments) > 2 else None
        entity, wrapped, listed = spec.mock_entity(api_path, method, overrides)
        if var:
            entities[var] = (method, api_path, entity)
        if listed:
            return  # its answers are the pages of the mockPaginatedFetch that uses it
        _cli_example(out, source, operation, method, api_path, {"data": entity} if wrapped else entity)
        return
    options = js_literal(arguments[2], {}) if len(arguments) > 2 else {}
    if not isinstance(options, dict):
        raise NotLiteral("options")
    body = spec.mock_response(api_path, method, options.get("overrides"), int(options.get("count") or 1))
    if body is None:
        out.skip("cli", source, f"{method} {api_path} mocks no JSON body (204)")
        return
    _cli_example(out, source, operation, method, api_path, body)


def _cli_example(
    out: Findings, source: str, operation: Operation | None, method: str, api_path: str, body: Any
) -> None:
    if operation is None:
        out.skip("cli", source, f"{method} {api_path} is no operation of openapi.yaml")
    else:
        out.add(Example("cli", source, operation.operation_id, None, body))


# --- the SDKs ------------------------------------------------------------------------------------


def scan_sdk(repo: Repo, out: Findings) -> None:
    for path in repo.files():
        if not path.startswith("sdk/"):
            continue
        if path.endswith("examples.json"):
            for name, entry in json.loads(repo.show(path)).items():
                if isinstance(entry, dict) and "output" in entry:
                    output = entry["output"]
                    try:
                        json.loads(output)
                    except ValueError:
                        out.skip("sdk", f"{path}#{name}", "output is a type signature, not JSON")
                        continue
                    out.skip("sdk", f"{path}#{name}", "output is JSON but names no operation")
        elif "/examples/" in path and path.endswith(".md"):
            scan_other_page(path, repo.show(path), "sdk", out)


# --- reading ----------------------------------------------------------------------------------------


class _Answer(httpx.Response):
    """An answer whose `json()` is always the same decoded object, so deviation paths start from it."""

    decoded: Any = None

    def json(self, **kwargs: Any) -> Any:
        return self.decoded


def _response(status: int, payload: Any) -> _Answer:
    answer = _Answer(status, json=payload, request=httpx.Request("GET", f"{BASE_URL}/x"))
    answer.decoded = payload
    return answer


def read(example: Example, operations: dict[str, Operation]) -> Outcome:
    """Read one example tolerantly (recording deviations) and strictly (recording a refusal).

    Each read gets its own copy of the JSON, so the deviation paths start from the object actually read.
    """
    reader: Callable[[Any, bool], Any]
    note = ""
    if example.target.startswith("webhook "):

        def reader(payload: Any, strict: bool) -> Any:
            return webhooks.parse(payload, strict=strict)

    elif example.target.startswith("error "):
        model: Any = ApiError if example.target == "error ApiError" else OAuthError

        def reader(payload: Any, strict: bool) -> Any:
            return model.from_dict(payload)

    else:
        module = endpoint_module(operations[example.target])
        statuses = success_statuses(module)
        status = example.status if example.status in statuses else (statuses[0] if statuses else 200)
        if example.status is not None and example.status not in statuses:
            note = f"documented {example.status}, parse_success reads {statuses}"
        if status == 204:
            note = (note + "; " if note else "") + "parse_success reads 204 as no body"

        def reader(payload: Any, strict: bool) -> Any:
            return module.parse_success(_response(status, payload))

    found: list[Deviation] = []
    failure = ""
    fresh = json.loads(json.dumps(example.payload))
    try:
        result = read_tolerantly(lambda data: reader(data, False), fresh, example.target, None, lambda: fresh)
        found = list(pachca.deviations(result))
    except Exception:
        failure = traceback.format_exc()
    refused, error = False, ""
    try:
        reader(json.loads(json.dumps(example.payload)), True)
    except (pachca.ValidationError, webhooks.WebhookParseError) as exc:
        refused, error = True, f"{type(exc).__name__}: {exc!s:.160}"
    except Exception as exc:  # not the documented refusal: worth seeing
        refused, error = True, f"{type(exc).__name__} (unexpected): {exc!s:.160}"
    return Outcome(example, not failure, found, refused, error, note, failure)


# --- report ---------------------------------------------------------------------------------------


def _short(value: Any, limit: int = 40) -> str:
    text = "nothing" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def deviation_key(outcome: Outcome, deviation: Deviation) -> tuple[str, str, str, str]:
    path = re.sub(r"\[\d+\]", "[*]", deviation.path)
    return outcome.example.target, path, deviation.expected, deviation.found


def print_report(findings: Findings, outcomes: list[Outcome]) -> None:
    write = sys.stdout.write
    write(f"{'source':<58} {'kind':<7} {'target':<34} {'tol':<4} {'dev':>3}  strict\n")
    for outcome in outcomes:
        example = outcome.example
        strict = "refused" if outcome.strict_refused else "accepted"
        target = f"{example.target} ({example.label})" if example.label else example.target
        write(
            f"{_short(example.source, 58):<58} {example.kind:<7} {_short(target, 34):<34} "
            f"{'yes' if outcome.tolerant_ok else 'NO':<4} {len(outcome.found):>3}  {strict}\n"
        )
        for other in example.also:
            write(f"    same as {other}\n")
        if outcome.note:
            write(f"    note: {outcome.note}\n")
        for deviation in outcome.found:
            write(f"    {deviation.path or '(root)'}: expected {deviation.expected}, found {deviation.found}\n")
        if outcome.failure:
            write(
                "    TOLERANT READING RAISED:\n" + "".join(f"      {line}\n" for line in outcome.failure.splitlines())
            )
    write("\nExamples by kind (found / distinct / read tolerantly / refused by strict reading):\n")
    for kind in KINDS:
        mine = [o for o in outcomes if o.example.kind == kind]
        write(
            f"  {kind:<8} {findings.raw_counts[kind]:>4} / {len(mine):>4} / {sum(o.tolerant_ok for o in mine):>4}"
            f" / {sum(o.strict_refused for o in mine):>4}\n"
        )
    write("\nSkipped blocks (kind, reason, count):\n")
    for (kind, reason), count in sorted(Counter((s.kind, s.reason) for s in findings.skips).items()):
        write(f"  {kind:<6} {count:>4}  {reason}\n")
    write("\nDistinct deviations (target, path, expected, found: examples):\n")
    grouped: Counter[tuple[str, str, str, str]] = Counter()
    for outcome in outcomes:
        for key in {deviation_key(outcome, d) for d in outcome.found}:
            grouped[key] += 1
    for (target, path, expected, found), count in sorted(grouped.items()):
        write(f"  {count:>3}  {target}: {path}: expected {expected}, found {found}\n")


def report_json(findings: Findings, outcomes: list[Outcome]) -> dict[str, Any]:
    return {
        "examples": [
            {
                "kind": o.example.kind,
                "source": o.example.source,
                "also": o.example.also,
                "target": o.example.target,
                "label": o.example.label or None,
                "status": o.example.status,
                "tolerant_ok": o.tolerant_ok,
                "tolerant_error": o.failure or None,
                "deviations": [
                    {"path": d.path, "model": d.model, "field": d.field, "expected": d.expected, "found": d.found}
                    for d in o.found
                ],
                "strict_refused": o.strict_refused,
                "strict_error": o.strict_error or None,
                "note": o.note or None,
            }
            for o in outcomes
        ],
        "found_by_kind": {kind: findings.raw_counts[kind] for kind in KINDS},
        "skipped": [{"kind": s.kind, "source": s.source, "reason": s.reason} for s in findings.skips],
    }


def collect(repo: Repo) -> tuple[Findings, list[Outcome]]:
    operations = load_operations()
    findings = Findings()
    scan_docs(repo, operations, findings)
    scan_cli(repo, operations, findings)
    scan_sdk(repo, findings)
    by_id = {operation.operation_id: operation for operation in operations.values()}
    return findings, [read(example, by_id) for example in findings.examples]


@contextmanager
def _quiet_logging() -> Iterator[None]:
    logger = logging.getLogger("pachca_client")
    previous = logger.level
    logger.setLevel(logging.ERROR)  # every deviation is in the table; the warnings would repeat them
    try:
        yield
    finally:
        logger.setLevel(previous)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repo", required=True, help="git directory of Pachca's public repository")
    parser.add_argument("--json", dest="json_path", help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    with _quiet_logging():
        findings, outcomes = collect(Repo(args.repo))
    print_report(findings, outcomes)
    if args.json_path:
        Path(args.json_path).write_text(
            json.dumps(report_json(findings, outcomes), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0 if all(outcome.tolerant_ok for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
