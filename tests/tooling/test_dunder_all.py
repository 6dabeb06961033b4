"""Every `__all__` of pachca_client, handwritten or generated: sorted, without repeats, and naming only what
the module has. Sorted means ruff's isort-style order (RUF022, which `make lint` enforces on the source):
SCREAMING_SNAKE_CASE constants first, then CamelCase classes, then the rest, each group in natural order.
The modules are found by walking the package, so a new one is checked without being listed here; this also
covers an `__all__` computed at import time (pachca_client.models takes the generated one)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType

import pytest

import pachca_client


def _walk_error(name: str) -> None:
    raise ImportError(f"{name} cannot be imported")


def package_modules() -> list[ModuleType]:
    """pachca_client and each of its modules; `__main__` modules are left out, importing one runs it."""
    names = [info.name for info in pkgutil.walk_packages(pachca_client.__path__, "pachca_client.", _walk_error)]
    return [pachca_client] + [importlib.import_module(name) for name in names if not name.endswith(".__main__")]


def isort_key(name: str) -> tuple[int, tuple[str | int, ...]]:
    """RUF022's order: the casing group, then the name with its digit runs compared as numbers."""
    group = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return group, tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name))


MODULES = {module.__name__: module for module in package_modules() if "__all__" in vars(module)}


def test_the_walk_finds_handwritten_and_generated_modules() -> None:
    assert {"pachca_client", "pachca_client.webhooks", "pachca_client.generated.models"} <= set(MODULES)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_all_is_sorted_and_names_what_the_module_has(name: str) -> None:
    module = MODULES[name]
    names = list(module.__all__)
    assert all(isinstance(item, str) for item in names), f"{name}.__all__ holds a non-str"
    assert len(set(names)) == len(names), f"{name}.__all__ repeats {sorted({n for n in names if names.count(n) > 1})}"
    assert names == sorted(names, key=isort_key), f"{name}.__all__ is not in RUF022 order"
    missing = [item for item in names if not hasattr(module, item)]
    assert missing == [], f"{name}.__all__ names what it does not have"


def test_the_order_is_rufs() -> None:
    given = [
        "zeta",
        "Type10",
        "API_REVISION",
        "Type2",
        "APIError",
        "T",
        "MISSING",
        "__version__",
        "ViewBlockSelectOption",
        "ViewBlockSelectableOption",
    ]
    assert sorted(given, key=isort_key) == [
        "API_REVISION",
        "MISSING",
        "APIError",
        "T",
        "Type2",
        "Type10",
        "ViewBlockSelectOption",
        "ViewBlockSelectableOption",
        "__version__",
        "zeta",
    ]
