"""The generated model classes and their schemas, as the generator names them (tests only).

Apart from tests/spec_samples.py because it needs openapi-python-client, a dev dependency:
spec_samples.py is also imported by bench/payloads.py in the bench venv, which has no generator.
"""

from __future__ import annotations

import importlib
from typing import Any

from openapi_python_client.strings import ClassName, snake_case

Schema = dict[str, Any]


def model_schemas(spec: dict[str, Any]) -> dict[str, Schema]:
    """Generated model class name -> schema, for component objects and titled inline bodies."""
    found = {}
    for name, schema in spec["components"]["schemas"].items():
        if schema.get("type") == "object" or "properties" in schema:
            found[str(ClassName(name, "field_"))] = schema

    def titled(node: Any) -> None:
        if isinstance(node, dict):
            if "title" in node and node.get("type") == "object":
                found[str(ClassName(node["title"], "field_"))] = node
            for value in node.values():
                titled(value)
        elif isinstance(node, list):
            for value in node:
                titled(value)

    titled(spec["paths"])
    return found


def model_class(name: str) -> Any:
    """The generated model class called `name` (pachca_client.generated.models.<snake_case name>)."""
    return getattr(importlib.import_module(f"pachca_client.generated.models.{snake_case(name)}"), name)
