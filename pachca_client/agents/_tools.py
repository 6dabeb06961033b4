"""The tool catalogue: one tool per operation of openapi.yaml, and a few that chain operations.

Each tool comes from the generated operation table (`generated/operations.py`) and the generated input
schemas (`generated/tool_inputs.py`), so a new operation is a new tool with no code here. A tool has a name
that reads as an action (the operation's facade name: `create_message`, `list_chat_messages`), a
description for a model (the operation's summary and description from openapi.yaml, what it returns, what
it needs), the JSON Schema of its input, MCP's annotations (`readOnlyHint`, `destructiveHint`,
`idempotentHint`, `openWorldHint`) and its requirements (scope, plan, token kind).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..generated.operations import OPERATIONS, Operation
from ..generated.tool_inputs import TOOL_INPUTS

TokenKind = Literal["any", "user", "bot"]


@dataclass(frozen=True)
class Requirements:
    """What a token needs to call a tool: its scopes (none: any token), a plan, a kind of token."""

    scopes: tuple[str, ...] = ()
    plan: str | None = None
    token: TokenKind = "any"

    @classmethod
    def of(cls, *names: str) -> Requirements:
        """What calling each of the operations `names` needs, together."""
        operations = [OPERATIONS[name] for name in names]
        scopes = tuple(dict.fromkeys(op.scope for op in operations if op.scope))
        plan = next((op.plan for op in operations if op.plan), None)
        kinds = {op.token for op in operations} - {"any"}
        token: TokenKind = "any" if not kinds else ("bot" if kinds == {"bot"} else "user")
        return cls(scopes, plan, token)

    def text(self) -> str:
        parts = [f"scope{'s' if len(self.scopes) > 1 else ''} {', '.join(f'`{s}`' for s in self.scopes)}"
                 if self.scopes else "any token"]  # fmt: skip
        if self.token != "any":
            parts.append(f"a {self.token} token only")
        if self.plan:
            parts.append(f"the {self.plan} plan")
        return ", ".join(parts)


@dataclass(frozen=True)
class Tool:
    """One tool an agent can call: what a model reads about it, and how it reaches the API."""

    name: str
    description: str
    input_schema: dict[str, Any]
    read_only: bool
    destructive: bool
    idempotent: bool
    requirements: Requirements
    operations: tuple[str, ...]  # the operations it calls, in order
    places: Mapping[str, str] = field(default_factory=dict)  # argument -> path, query, header, body(.wrapper)
    paginated: bool = False

    @property
    def annotations(self) -> dict[str, Any]:
        """MCP's tool annotations (hints for a client deciding whether to ask before a call)."""
        return {
            "title": self.name.replace("_", " ").capitalize(),
            "readOnlyHint": self.read_only,
            "destructiveHint": self.destructive,
            "idempotentHint": self.idempotent,
            "openWorldHint": True,
        }


def operation_tool(operation: Operation) -> Tool:
    """The tool of one operation."""
    inputs = TOOL_INPUTS[operation.name]
    schema = copy.deepcopy(inputs["input_schema"])
    if operation.paginated:
        schema["properties"]["all_pages"] = {
            "type": "boolean",
            "description": "Walk every page and return all items (bounded by the output budget); default: one page.",
        }
    read_only = operation.method == "GET"
    return Tool(
        name=operation.name,
        description=_description(operation),
        input_schema=schema,
        read_only=read_only,
        destructive=operation.method == "DELETE",
        idempotent=operation.method in ("GET", "PUT", "DELETE"),
        requirements=Requirements.of(operation.name),
        operations=(operation.name,),
        places=dict(inputs["places"]),
        paginated=operation.paginated,
    )


def _description(operation: Operation) -> str:
    lines = [operation.summary.rstrip(".") + "." if operation.summary else operation.name]
    returns = "nothing" if operation.returns == "None" else f"`{operation.returns}`"
    if operation.paginated:
        returns = f"a page of `{operation.page_item}` (pass `cursor` from the result to go on, or all_pages=true)"
    lines.append(f"Returns {returns}. Needs {Requirements.of(operation.name).text()}.")
    if operation.method == "DELETE":
        lines.append("Deletes data: confirm with the person first.")
    return " ".join(lines)


# --- tools that chain operations ----------------------------------------------------------------------


def _composite(name: str, does: str, properties: dict[str, Any], required: list[str], *steps: str) -> Tool:
    """A tool that writes through the operations `steps`, in order (what it needs is theirs, together)."""
    needs = Requirements.of(*steps)
    return Tool(
        name=name,
        description=f"{does} Returns `Message`. Needs {needs.text()}.",
        input_schema={"type": "object", "properties": properties, "required": required, "additionalProperties": False},
        read_only=False,
        destructive=False,
        idempotent=False,
        requirements=needs,
        operations=steps,
    )


def composite_tools() -> list[Tool]:
    """Tools for tasks the API does in several calls; each is there when its operations are."""
    found = []
    if {"create_message", "get_upload_params"} <= OPERATIONS.keys():
        message = TOOL_INPUTS["create_message"]["input_schema"]
        properties = {k: v for k, v in copy.deepcopy(message["properties"]).items() if k != "files"}
        properties["file_paths"] = {
            "type": "array",
            "items": {"type": "string", "description": "Path of a local file."},
            "description": "Local files to upload and attach to the message.",
        }
        does = "Send a message with local files attached: uploads each file, then posts the message."
        found.append(
            _composite(
                "send_message_with_files",
                does,
                properties,
                ["entity_id", "file_paths"],
                "get_upload_params",
                "create_message",
            )
        )
    if {"create_thread", "create_message", "get_message"} <= OPERATIONS.keys():
        properties = {
            "message_id": {"type": "integer", "description": "The message to reply to."},
            "content": {"type": "string", "description": "Text of the reply."},
        }
        does = "Reply to a message in its thread: opens the thread when the message has none yet, then posts there."
        found.append(
            _composite(
                "reply_in_thread",
                does,
                properties,
                ["message_id", "content"],
                "get_message",
                "create_thread",
                "create_message",
            )
        )
    return found


def every_tool() -> list[Tool]:
    """Every tool: one per operation (the facade's order), then the composite ones."""
    return [operation_tool(operation) for operation in OPERATIONS.values()] + composite_tools()
