"""What the generated facade (`generated/resources.py`) needs to know about each operation.

openapi-python-client parses the spec into `Endpoint` objects; this module reads them (and the
`x-paginated` extension from openapi.yaml) and decides, per operation, the method's return type
and how the response is unwrapped. The template `resources.py.jinja` only renders the result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import snake_case


@dataclass
class FacadeMethod:
    endpoint: Any  # openapi_python_client.parser.openapi.Endpoint
    module: str
    returns: str
    unwrap: str  # none | data | model | location
    body_model: str | None = None  # JSON body class, accepted also as a mapping
    body_module: str | None = None
    body_is_form: bool = False  # multipart: built from a mapping of field -> value or file
    page_type: str | None = None
    item_type: str | None = None
    imports: set[str] = field(default_factory=set)


@dataclass
class FacadeResource:
    tag: str
    class_name: str
    description: str
    methods: list[FacadeMethod] = field(default_factory=list)


def _code(prop: Any, imports: set[str] | None = None) -> str:
    """The Python type of a property; records the imports of the generated classes it names."""
    if imports is not None:
        _record_imports(prop, imports)
    return str(prop.get_type_string().as_unembedded_code())


def _record_imports(prop: Any, imports: set[str]) -> None:
    if hasattr(prop, "class_info"):
        imports.add(f"from .models.{prop.class_info.module_name} import {prop.class_info.name}")
    if isinstance(prop, ListProperty):
        _record_imports(prop.inner_property, imports)
    if isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            _record_imports(inner, imports)


def _data_property(prop: Any) -> Any | None:
    """The `data` property of a `{data: X}` envelope (and nothing else), if `prop` is one."""
    if not isinstance(prop, ModelProperty):
        return None
    properties = (prop.required_properties or []) + (prop.optional_properties or [])
    if len(properties) == 1 and properties[0].name == "data":
        return properties[0]
    return None


def plan_method(endpoint: Any, paginated: bool) -> FacadeMethod:
    success = [r for r in endpoint.responses if r.status_code.range and r.status_code.range[0] < 400]
    response = min(success, key=lambda r: r.status_code.range[0])
    prop = response.prop
    status = response.status_code.range[0]
    method = FacadeMethod(endpoint=endpoint, module=str(endpoint.name), returns="None", unwrap="none")
    if 300 <= status < 400:
        method.returns, method.unwrap = "str", "location"
    elif isinstance(prop, ModelProperty):
        data = _data_property(prop)
        if data is not None and not paginated:
            method.returns, method.unwrap = _code(data, method.imports), "data"
        else:
            method.returns, method.unwrap = _code(prop), "model"
    elif isinstance(prop, UnionProperty):
        models = [p for p in prop.inner_properties if isinstance(p, ModelProperty)]
        data = _data_property(models[0]) if len(models) == 1 else None
        if data is not None:
            method.returns, method.unwrap = f"{_code(data, method.imports)} | None", "data"
        else:
            method.returns, method.unwrap = _code(prop), "model"
    if paginated:
        items = next(p for p in prop.required_properties if p.name == "data")
        assert isinstance(items, ListProperty), f"{endpoint.name}: paginated data must be a list"
        method.page_type = _code(prop)
        method.item_type = _code(items.inner_property, method.imports)
    for body in endpoint.bodies:
        if isinstance(body.prop, ModelProperty) and body.content_type in ("application/json", "multipart/form-data"):
            method.body_model = body.prop.class_info.name
            method.body_module = body.prop.class_info.module_name
            method.body_is_form = body.content_type == "multipart/form-data"
    return method


def plan(endpoint_collections_by_tag: Mapping[Any, Any], spec: dict[str, Any]) -> list[FacadeResource]:
    """One resource per tag, in tag order, each with its methods in spec order."""
    paginated = set()
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("x-paginated"):
                paginated.add(snake_case(operation["operationId"]))
    descriptions = {snake_case(t["name"]): t.get("description", "") for t in spec.get("tags", [])}
    resources = []
    for tag, collection in sorted(endpoint_collections_by_tag.items()):
        class_name = "".join(part.capitalize() for part in re.split(r"_+", tag)) + "Resource"
        resource = FacadeResource(tag=tag, class_name=class_name, description=descriptions.get(tag, ""))
        for endpoint in collection.endpoints:
            resource.methods.append(plan_method(endpoint, str(endpoint.name) in paginated))
        resources.append(resource)
    return resources


def model_imports(resources: list[FacadeResource]) -> list[str]:
    """Import lines (relative to the generated package) for every type the facade names."""
    lines: set[str] = set()
    for resource in resources:
        for method in resource.methods:
            lines.update(method.imports)
            for line in method.endpoint.relative_imports:
                if "models." in line:
                    lines.add(line.replace("from ...models.", "from .models."))
    return sorted(lines)


def webhook_routes(spec: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(type, event, module, class) for every member of the webhook payload union.

    Pachca tells payloads apart by `type` and `event` together (`message/link_shared` shares its
    `type` with messages), so the routes are read from each member's `type` and `event` enums.
    """
    from openapi_python_client.strings import ClassName

    schemas = spec["components"]["schemas"]

    def values(schema: dict[str, Any]) -> list[str]:
        while "$ref" in schema:
            schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return list(schema.get("enum", []))

    routes = []
    for schema in schemas.values():
        if schema.get("x-union-deserializer") != "webhook-payload":
            continue
        for member in schema["anyOf"]:
            member_name = member["$ref"].rsplit("/", 1)[-1]
            properties = schemas[member_name]["properties"]
            for kind in values(properties["type"]):
                for event in values(properties["event"]):
                    class_name = str(ClassName(member_name, "field_"))
                    routes.append((kind, event, snake_case(class_name), class_name))
    return sorted(routes)
