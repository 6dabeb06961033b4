"""Routes of the fake: each operation of openapi.yaml as a handler, registered by the operation's name.

    routes = RouteTable()

    @routes("get_chat")
    def get_chat(call: Call) -> JSON:
        return {"data": call.state.chat(call.id())}

A handler returns a JSON document (200), a `Reply` (any status), or None (204); it raises `ApiFailure`
for an error answer. A method and path that no route knows gets 501 `fake_not_implemented`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, cast

from ..generated.operations import OPERATIONS, Operation
from ._core import (
    JSON,
    RequestModel,
    api_error,
    entity_body,
    flat_body,
    is_number,
    json_body,
    not_found,
    parse_time,
    validated,
)
from ._server import ReceivedRequest

if TYPE_CHECKING:
    from ._domain.workspace import Workspace
    from ._state import BotRecord, State, Token


Who = Literal["any", "user", "bot"]
# The class of openapi.yaml's `x-rate-limit` a route counts against ("default": the per-token limit alone).
LimitClass = Literal["default", "messages", "reading", "events"]
Handler = Callable[["Call"], Any]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    scope: str | None
    plan: str | None
    who: Who
    auth: bool
    limit: LimitClass
    pattern: re.Pattern[str]
    name: str = ""  # the operation's name in openapi.yaml (generated/operations.py)
    generic: bool = False  # answered from the spec alone (_generic.py): no stateful route yet

    @property
    def placeholders(self) -> int:
        return self.template.count("{")


class RouteTable:
    """A list of routes, filled with the decorator `@table("get_chat")`: the operation's name in openapi.yaml.

    Its method, path, scope, plan, token kind and rate-limit class come from the generated operation table
    (`generated/operations.py`), never from here. `auth=False` is for the one operation whose bearer token
    the spec makes optional (`revoke_token`: a server-side OAuth client proves itself in the body instead).
    """

    def __init__(self) -> None:
        self.routes: list[Route] = []
        self.stale: list[str] = []  # routes of operations openapi.yaml no longer has: not served (501)

    def __call__(self, name: str, *, auth: bool | None = None, generic: bool = False) -> Callable[[Handler], Handler]:
        operation = OPERATIONS.get(name)
        if operation is None:  # removed from openapi.yaml: the fake must not go on serving it

            def unregistered(handler: Handler) -> Handler:
                self.stale.append(name)
                return handler

            return unregistered
        pattern = re.compile(re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", operation.path))
        authenticated = operation.authenticated if auth is None else auth
        limit = cast(LimitClass, operation.rate_limit)

        def register(handler: Handler) -> Handler:
            self.routes.append(
                Route(
                    operation.method,
                    operation.path,
                    handler,
                    operation.scope,
                    operation.plan,
                    operation.token,
                    authenticated,
                    limit,
                    pattern,
                    name,
                    generic,
                )
            )
            return handler

        return register

    def extend(self, *tables: RouteTable) -> RouteTable:
        for table in tables:
            self.routes.extend(table.routes)
            self.stale.extend(table.stale)
        return self

    def with_generic_routes(self, handler_for: Callable[[Operation], Handler]) -> RouteTable:
        """Every operation of the table without a route of its own, answered by `handler_for(operation)`: from
        the spec (`_generic.generic_handler`)."""
        routed = {route.name for route in self.routes}
        for name, operation in OPERATIONS.items():
            if name not in routed:
                self(name, generic=True)(handler_for(operation))
        return self

    def _templates_at(self, path: str) -> list[tuple[Route, dict[str, str]]]:
        """The routes of the one path template this path is (literal segments win over placeholders, whatever
        the method: `PUT /chats/exports` is a method `/chats/exports` lacks, not `PUT /chats/{id}`)."""
        found = [(route, match.groupdict()) for route in self.routes if (match := route.pattern.fullmatch(path))]
        if not found:
            return []
        fewest = min(route.placeholders for route, _ in found)
        return [(route, params) for route, params in found if route.placeholders == fewest]

    def resolve(self, method: str, path: str) -> tuple[Route | None, dict[str, str]]:
        """The route for this method and path, with its parameters (None when the path's template lacks the method)."""
        return next(((r, params) for r, params in self._templates_at(path) if r.method == method), (None, {}))

    def methods_at(self, path: str) -> list[str]:
        """The methods of the path template this path is (empty for a path openapi.yaml does not have)."""
        methods = {route.method for route, _ in self._templates_at(path)}
        order = ("GET", "POST", "PUT", "PATCH", "DELETE")
        return sorted(methods, key=lambda m: (order.index(m) if m in order else len(order), m))

    def operations(self) -> list[tuple[str, str]]:
        return [(route.method, route.template) for route in self.routes]


@dataclass
class Call:
    """One request as a route sees it: the workspace, the request, path parameters and the caller's token."""

    workspace: Workspace
    request: ReceivedRequest
    params: dict[str, str]
    token: Token | None
    route: Route

    @property
    def state(self) -> State:
        return self.workspace.state

    @property
    def actor(self) -> int:
        """The user id of the caller (a bot's own id for a bot token)."""
        if self.token is None:
            raise api_error(401, "token", "invalid", "a token is required")
        return self.token.user_id

    @property
    def bot(self) -> BotRecord | None:
        """The calling bot, for a bot token."""
        if self.token is None or self.token.bot_id is None:
            return None
        return self.state.bots.get(self.token.bot_id)

    def now(self) -> str:
        return self.workspace.clock.iso()

    def id(self, name: str = "id") -> int:
        """A numeric path parameter; anything else is a 404, as for an id that does not exist."""
        raw = self.params[name]
        if not is_number(raw):
            raise not_found(name, raw)
        return int(raw)

    def query(self, name: str) -> str | None:
        return self.request.param(name)

    def queries(self, name: str) -> list[str]:
        """An array parameter, as `name[]=a&name[]=b`, repeated `name=a` or `name=a,b`."""
        values = self.request.params(f"{name}[]") + self.request.params(name)
        return [item for value in values for item in value.split(",") if item]

    def int_query(self, name: str) -> int | None:
        raw = self.query(name)
        if raw is None or raw == "":
            return None
        if not is_number(raw.removeprefix("-")):
            raise api_error(400, name, "invalid", f"{name} must be an integer", raw)
        return int(raw)

    def int_queries(self, name: str) -> list[int]:
        values = self.queries(name)
        if not all(is_number(v) for v in values):
            raise api_error(400, name, "invalid", f"{name} must be integers", ",".join(values))
        return [int(v) for v in values]

    def bool_query(self, name: str) -> bool | None:
        raw = self.query(name)
        if raw is None or raw == "":
            return None
        if raw.lower() not in ("true", "false", "1", "0"):
            raise api_error(400, name, "invalid", f"{name} must be true or false", raw)
        return raw.lower() in ("true", "1")

    def choice(self, name: str, allowed: tuple[str, ...] | type[Enum], default: str | None = None) -> str | None:
        """A query parameter out of `allowed`: values, or a generated enum (its members' values)."""
        raw = self.query(name)
        if raw is None or raw == "":
            return default
        values = allowed if isinstance(allowed, tuple) else tuple(str(member.value) for member in allowed)
        if raw not in values:
            raise api_error(400, name, "inclusion", f"{name} is not included in the list", raw)
        return raw

    def within(self, items: list[JSON], field: str, after: str, before: str) -> list[JSON]:
        """`items` whose date-time `field` lies between the query parameters `after` and `before` (inclusive)."""
        for name, sign in ((after, 1), (before, -1)):
            raw = self.query(name)
            if raw:
                moment = parse_time(raw, name)
                items = [item for item in items if sign * (parse_time(item[field], "") - moment).total_seconds() >= 0]
        return items

    def entity(self, key: str, model: type[RequestModel] | None = None) -> JSON:
        """The object under `key` (`{"chat": {...}}`); with `model`, the whole body is checked against it first."""
        value = entity_body(self.request, key)
        if model is not None:
            validated(flat_body(self.request), model)
        return value

    def body(self, model: type[RequestModel] | None = None) -> JSON:
        """The body as a JSON object; with `model` (a generated request model) checked against openapi.yaml."""
        document = flat_body(self.request)
        return document if model is None else validated(document, model)

    def json(self) -> Any:
        return json_body(self.request)
