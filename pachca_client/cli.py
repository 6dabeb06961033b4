"""`pachca`: the Pachca API from the command line, through the same tool catalogue agents use.

    pachca tools                                     # every tool this token can call, with its summary
    pachca chats list_chats --limit 5                # <resource> <operation> --<argument> <value>
    pachca messages create_message --entity-id 42 --content "Deploy done"
    echo '{"message": {"entity_id": 42, "content": "hi"}}' | pachca messages create_message --body -
    pachca messages list_chat_messages --chat-id 42 --all --table

The token comes from PACHCA_TOKEN (PACHCA_BASE_URL for another address). Output is the answer's JSON
(`--compact` for the compact view agents get, `--table` for one line per item). Exit codes: 0 done,
2 wrong usage or arguments, 3 not allowed (401, 402, 403), 4 not found, 5 rate limited, 6 no answer
(connection, timeout), 7 an answer the spec does not promise, 1 any other API error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from . import _exceptions as errors
from ._reading import ValidationError
from .agents import Tool, Toolkit, ToolResult, every_tool
from .agents._toolkit import ToolArgumentError, compact
from .generated.operations import OPERATIONS

EXIT_USAGE, EXIT_DENIED, EXIT_NOT_FOUND, EXIT_RATE_LIMITED, EXIT_NO_ANSWER, EXIT_BAD_ANSWER = 2, 3, 4, 5, 6, 7
_TABLE_KEYS = ("id", "name", "title", "nickname", "content", "created_at")


def _resource(tool: Tool) -> str:
    operation = OPERATIONS.get(tool.operations[-1])
    return operation.tag if operation is not None else "messages"


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def build_parser(tools: Sequence[Tool]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pachca",
        description="The Pachca API from the command line: `pachca <resource> <operation> --argument value`.",
        epilog="PACHCA_TOKEN holds the token. `pachca <resource> --help` lists its operations.",
    )
    commands = parser.add_subparsers(dest="resource", metavar="<resource>")
    commands.add_parser("tools", help="list the tools this token can call")
    by_resource: dict[str, list[Tool]] = {}
    for tool in tools:
        by_resource.setdefault(_resource(tool), []).append(tool)
    for resource, group in by_resource.items():
        sub = commands.add_parser(resource, help=f"{len(group)} operations", description=f"pachca.{resource}")
        operations = sub.add_subparsers(dest="operation", metavar="<operation>")
        for tool in group:
            summary = tool.description.split(". ")[0]
            op = operations.add_parser(tool.name, help=summary, description=tool.description)
            for name, schema in tool.input_schema.get("properties", {}).items():
                required = name in tool.input_schema.get("required", [])
                text = str(schema.get("description", "")).replace("%", "%%")
                op.add_argument(_option(name), dest=f"arg_{name}", metavar=_metavar(schema),
                                help=("(required) " if required else "") + text)  # fmt: skip
            op.add_argument("--body", help="the arguments as a JSON object (or the API's body); - reads stdin")
            if tool.paginated:
                op.add_argument("--all", action="store_true", help="walk every page")
            op.add_argument("--compact", action="store_true", help="the compact view agents get")
            op.add_argument("--table", action="store_true", help="one line per item")
    return parser


def _metavar(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "value")
    if "enum" in schema:
        return "{" + ",".join(str(v) for v in schema["enum"] if v is not None) + "}"
    return str(kind or "value").upper()


def _value(schema: dict[str, Any], raw: str) -> Any:
    """A command-line text as the JSON value the schema wants (numbers, booleans, lists, objects)."""
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if raw == "null" and "null" in kinds:
        return None
    if "integer" in kinds:
        return int(raw)
    if "number" in kinds:
        return float(raw)
    if "boolean" in kinds:
        if raw.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise ToolArgumentError(f"{raw!r} is not true or false")
        return raw.lower() in ("true", "1", "yes")
    if "array" in kinds:
        if raw.startswith("["):
            return json.loads(raw)
        return [_value(schema.get("items", {}), item) for item in raw.split(",") if item]
    if "object" in kinds:
        return json.loads(raw)
    return raw


def arguments_of(tool: Tool, options: argparse.Namespace, stdin: TextIO) -> dict[str, Any]:
    properties = tool.input_schema.get("properties", {})
    found: dict[str, Any] = {}
    if options.body is not None:
        text = stdin.read() if options.body == "-" else options.body
        body = json.loads(text)
        if not isinstance(body, dict):
            raise ToolArgumentError("--body must be a JSON object")
        wrappers = {place.split(".", 1)[1] for place in tool.places.values() if place.startswith("body.")}
        for key, value in body.items():  # the API's body: its wrapping object's fields are the tool's
            if key in wrappers and isinstance(value, dict):
                found.update(value)
            else:
                found[key] = value
    for name, schema in properties.items():
        raw = getattr(options, f"arg_{name}", None)
        if raw is not None:
            found[name] = _value(schema, raw)
    if getattr(options, "all", False):
        found["all_pages"] = True
    return found


def exit_code(result: ToolResult) -> int:
    error = result.error
    if error is None:
        return 0
    if isinstance(error, ToolArgumentError | ValidationError | TypeError | ValueError) and not isinstance(
        error, errors.PachcaError
    ):
        return EXIT_USAGE
    if isinstance(error, errors.AuthenticationError | errors.PermissionDeniedError | errors.PaymentRequiredError):
        return EXIT_DENIED
    if isinstance(error, errors.MissingTokenError):
        return EXIT_DENIED
    if isinstance(error, errors.NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(error, errors.RateLimitError):
        return EXIT_RATE_LIMITED
    if isinstance(error, errors.APIConnectionError):
        return EXIT_NO_ANSWER
    if isinstance(error, errors.APIResponseValidationError | errors.DeviationError):
        return EXIT_BAD_ANSWER
    return 1


def _table(data: Any) -> str:
    items = data.get("data") if isinstance(data, dict) and isinstance(data.get("data"), list) else data
    if not isinstance(items, list):
        items = [items]
    lines = []
    for item in items:
        if isinstance(item, dict):
            cells = [f"{key}={str(item[key])[:60]}" for key in _TABLE_KEYS if item.get(key) not in (None, "")]
            lines.append("  ".join(cells) or json.dumps(item, ensure_ascii=False)[:120])
        else:
            lines.append(str(item))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    from ._client import Pachca

    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    tools = every_tool()
    parser = build_parser(tools)
    options = parser.parse_args(argv)
    if options.resource is None or (options.resource != "tools" and options.operation is None):
        parser.print_help(stdout)
        return EXIT_USAGE if options.resource is None else 0
    token = os.environ.get("PACHCA_TOKEN")
    if not token:
        print("pachca: set PACHCA_TOKEN to a Pachca token", file=sys.stderr)
        return EXIT_DENIED
    with Pachca(token) as client:
        toolkit = Toolkit(client, tools, budget=10**9, view="full")
        if options.resource == "tools":
            from .agents import catalogue

            for tool in catalogue(client, allow_destructive=True).tools:
                print(f"{_resource(tool):<18} {tool.name:<34} {tool.description.split('. ')[0]}", file=stdout)
            return 0
        tool = toolkit.tool(options.operation)
        try:
            arguments = arguments_of(tool, options, stdin)
        except (ToolArgumentError, ValueError) as error:
            print(f"pachca: {error}", file=sys.stderr)
            return EXIT_USAGE
        result = toolkit.call(tool.name, arguments)
    if result.is_error:
        print(result.text, file=sys.stderr)
        return exit_code(result)
    data = compact(result.data) if options.compact else result.data
    print(_table(data) if options.table else json.dumps(data, ensure_ascii=False, indent=2), file=stdout)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
