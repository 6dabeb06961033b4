"""The layers of the fake: one home per concept (issue 25).

The domain (`testing/_domain`), the routes, the router, events, webhooks and people are typed against the
`Workspace` protocol (and people against its `Stage`), never against `FakePachca`: only the modules that
assemble or serve a fake import `fake.py`, and no module of `pachca_client.testing` imports back one that
imports it, counting imports under TYPE_CHECKING and inside functions. A route's handler is named after
the operation it serves (openapi.yaml's operationId in snake case), not after its HTTP method.
"""

from __future__ import annotations

import ast
import graphlib
import importlib.util
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import snake_case
from operation_calls import operations

import pachca_client.testing
from pachca_client.testing.routes import FAKE_ROUTES

TESTING = Path(pachca_client.testing.__file__).resolve().parent
FAKE = "pachca_client.testing.fake"
ASSEMBLERS = {"pachca_client.testing", FAKE, "pachca_client.testing.pytest_plugin", "pachca_client.testing.__main__"}


def _module_names() -> dict[str, Path]:
    names = {}
    for path in TESTING.rglob("*.py"):
        parts = path.relative_to(TESTING.parent.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def _import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the modules of `pachca_client.testing` it imports anywhere in its text."""
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                source = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
                imported.update(f"{source}.{a.name}" if f"{source}.{a.name}" in modules else source for a in node.names)
        graph[name] = {target for target in imported if target in modules and target != name}
    return graph


def _circle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle of `graph` (empty when there is none)."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        return list(error.args[1])
    return []


def test_only_the_assemblers_import_fake_py() -> None:
    graph = _import_graph(_module_names())
    assert FAKE in graph["pachca_client.testing"], "the graph is read"
    importers = sorted(name for name, targets in graph.items() if FAKE in targets and name not in ASSEMBLERS)
    assert importers == [], "type them against the Workspace protocol (testing/_domain/workspace.py)"


def test_no_module_of_the_fake_imports_back_one_that_imports_it() -> None:
    assert _circle(_import_graph(_module_names())) == []


@pytest.mark.parametrize(
    ("graph", "circle"),
    [({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, True), ({"a": {"b"}, "b": set()}, False)],
)
def test_the_rules_catch_a_circle(graph: dict[str, set[str]], circle: bool) -> None:
    assert bool(_circle(graph)) is circle


def test_each_route_handler_is_named_after_its_operation(project_spec: dict[str, Any]) -> None:
    operation_ids = {(method.upper(), path): op["operationId"] for path, method, op in operations(project_spec)}
    stateful = [route for route in FAKE_ROUTES.routes if not route.generic]
    assert stateful and all((route.method, route.template) in operation_ids for route in stateful), "the spec is read"
    misnamed = {
        route.handler.__name__: snake_case(operation_ids[(route.method, route.template)])
        for route in stateful
        if route.handler.__name__ != snake_case(operation_ids[(route.method, route.template)])
    }
    assert misnamed == {}, "rename each handler after its operation"
