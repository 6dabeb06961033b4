"""The import graph of pachca_client's handwritten modules, read from their text (for the layer tests).

Every import counts: at the top, inside functions and under TYPE_CHECKING, because each ties one module
to another. Shared by tests/bot/test_seams.py and tests/fake/test_layers.py.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pachca_client

PACKAGE = Path(pachca_client.__file__).resolve().parent


def modules(under: str = "pachca_client") -> dict[str, Path]:
    """The handwritten modules named `under` or below it, by dotted name (packages by their own name)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "generated" in parts:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name == under or name.startswith(under + "."):
            found[name] = path
    return found


def import_graph(found: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the modules of `found` it imports anywhere in its text."""
    graph: dict[str, set[str]] = {}
    for name, path in found.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                source = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
                for alias in node.names:  # `from . import _listeners` imports the module, not the package's names
                    imported.add(f"{source}.{alias.name}" if f"{source}.{alias.name}" in found else source)
        graph[name] = {target for target in imported if target in found and target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import cycle once, as the path that closes it (depth-first search)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                found.append([*path[path.index(target) :], node, target])
            elif target not in state:
                visit(target, [*path, node])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return found
