"""The layers of the fake: one home per concept (issue 25).

The domain (`testing/_domain`), the routes, the router, events, webhooks and people are typed against the
`Workspace` protocol (and people against its `Stage`), never against `FakePachca`: only the modules that
assemble or serve a fake import `fake.py`, and no module of `pachca_client.testing` imports back one that
imports it, counting imports under TYPE_CHECKING and inside functions. A route's handler is named after
the operation it serves (openapi.yaml's operationId in snake case), not after its HTTP method.
"""

from __future__ import annotations

from typing import Any

from import_graph import cycles, import_graph, modules
from openapi_python_client.strings import snake_case
from operation_calls import operations

from pachca_client.testing.routes import FAKE_ROUTES

FAKE = "pachca_client.testing.fake"
ASSEMBLERS = {"pachca_client.testing", FAKE, "pachca_client.testing.pytest_plugin", "pachca_client.testing.__main__"}


def test_only_the_assemblers_import_fake_py() -> None:
    graph = import_graph(modules("pachca_client.testing"))
    assert FAKE in graph["pachca_client.testing"], "the graph is read"
    importers = sorted(name for name, targets in graph.items() if FAKE in targets and name not in ASSEMBLERS)
    assert importers == [], "type them against the Workspace protocol (testing/_domain/workspace.py)"


def test_no_module_of_the_fake_imports_back_one_that_imports_it() -> None:
    assert cycles(import_graph(modules("pachca_client.testing"))) == []


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
