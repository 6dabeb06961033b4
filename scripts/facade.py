"""What the generated facade (`generated/resources/<tag>.py`) needs to know about each operation.

openapi-python-client parses the spec into `Endpoint` objects; this module reads them (and the
`x-paginated` extension from openapi.yaml) and decides, per operation, the method's return type
and how the response is parsed. The templates `resource_module.py.jinja` (one module per tag) and
`resources_init.py.jinja` only render the result. It also plans, from openapi.yaml, what other templates
read: the webhook routes, the unions told apart by their `type` (model templates), each operation's
`x-rate-limit` (endpoint template) and the TypedDicts of the request bodies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from normalize_spec import resolve
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonIdentifier, snake_case

# The type of a download's `destination`: a path to write to, or a binary file object.
DESTINATION = "str | os.PathLike[str] | IO[bytes]"


@dataclass
class FacadeMethod:
    endpoint: Any  # openapi_python_client.parser.openapi.Endpoint
    module: str
    returns: str
    unwrap: str  # none | data | model | location | download: see `parser` and pachca_client/_answers.py
    body_model: str | None = None  # JSON body class, accepted also as a mapping
    body_module: str | None = None
    body_is_form: bool = False  # multipart: built from a mapping of field -> value or file
    page_type: str | None = None
    item_type: str | None = None
    imports: set[str] = field(default_factory=set)
    # Header parameters whose only allowed value the facade always sends (`Prefer: return=representation`).
    fixed_headers: dict[str, str] = field(default_factory=dict)
    header_parameters: list[Any] = field(default_factory=list)  # the others, offered as keyword arguments
    authenticated: bool = True  # False: sent without the bearer token (`x-requirements: {auth: false}`)
    bearer_optional: bool = False  # sent with the token when the client has one (`security: [..., {}]`)
    requirements: dict[str, Any] = field(default_factory=dict)  # `x-requirements`: scope, plan, auth
    rate_limit: dict[str, Any] = field(default_factory=dict)  # `x-rate-limit`: class, per
    method: str = "GET"
    path: str = ""
    operation_id: str = ""
    status: int = 200  # the lowest documented success status
    token: str = "any"  # who may call it: any, user or bot (`x-token`, else the scope's `x-scope-roles`)

    @property
    def parser(self) -> str:
        """The expression that turns the success answer into `returns` (see pachca_client/_answers.py)."""
        if self.unwrap == "data":
            helper = "data_or_none" if self.returns.endswith("| None") else "data_of"
            return f"{helper}(endpoint.parse_success)"
        return {"model": "endpoint.parse_success", "location": "redirect_location", "none": "ignore_body"}[self.unwrap]

    def signature_parameters(
        self, skip_cursor: bool = False, destination: str = DESTINATION, *, extras: bool = False
    ) -> list[str]:
        """The facade method's parameters after `self` as source text, in order (`*` marks keyword-only).

        `resource_module.py.jinja` declares the methods with them and scripts/api_reference.py writes
        them into api.md. `skip_cursor` leaves out the `cursor` query parameter (the `_iter` twin);
        `destination` is the type of a download's destination (narrower in the `@overload`s). `extras` adds
        the keyword-only `extra_body`/`extra_query`/`extra_headers` every method takes (api.md names them once).
        """
        endpoint = self.endpoint
        others = [p for p in endpoint.query_parameters if not (skip_cursor and p.python_name == "cursor")]
        found = [_source(p.to_string()) for p in endpoint.path_parameters]
        if self.unwrap == "download":
            found.append(f"destination: {destination}")
        if endpoint.bodies or others or self.header_parameters or self.unwrap == "download":
            found.append("*")
        if endpoint.bodies:
            body = _source(endpoint.bodies[0].prop.get_type_string())
            found.append(f"body: {body} | {self.body_model}Dict" if self.body_model else f"body: {body}")
        found.extend(_source(p.to_string()) for p in others)
        found.extend(_source(p.to_string()) for p in self.header_parameters)
        if self.unwrap == "download":
            found.append("overwrite: bool = False")
        if extras:
            if "*" not in found:
                found.append("*")
            found.extend(EXTRA_PARAMETERS)
        return found


# What every facade method also takes, to send what openapi.yaml does not know yet (openai-python's names):
# merged into the request after the checked arguments (`_client.RequestExtras`).
EXTRA_PARAMETERS = (
    "extra_body: Mapping[str, Any] | None = None",
    "extra_query: Mapping[str, Any] | None = None",
    "extra_headers: Mapping[str, str] | None = None",
)

# Handwritten methods a generated resource inherits: tag -> (module of pachca_client, sync mixin,
# async mixin). The generated `FilesResource` is the one with `upload()`; nothing overrides it.
RESOURCE_EXTENSIONS: dict[str, tuple[str, str, str]] = {
    "files": ("_uploads", "Uploads", "AsyncUploads"),
    "chats": ("_downloads", "ExportDownloads", "AsyncExportDownloads"),
}


@dataclass
class FacadeResource:
    tag: str
    class_name: str
    description: str
    methods: list[FacadeMethod] = field(default_factory=list)
    extension: tuple[str, str, str] | None = None


def _code(prop: Any, imports: set[str] | None = None) -> str:
    """The Python type of a property; records the imports of the generated classes it names."""
    if imports is not None:
        _record_imports(prop, imports)
    return _source(prop.get_type_string())


def _source(code: Any) -> str:
    """A generator `PythonCode` as source text (the templates' `as_unembedded_code` filter)."""
    return str(code.as_unembedded_code())


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


def plan_method(endpoint: Any, operation: dict[str, Any], paginated: bool, operation_path: str = "") -> FacadeMethod:
    success = [r for r in endpoint.responses if r.status_code.range and r.status_code.range[0] < 400]
    response = min(success, key=lambda r: r.status_code.range[0])
    prop = response.prop
    status = response.status_code.range[0]
    method = FacadeMethod(endpoint=endpoint, module=str(endpoint.name), returns="None", unwrap="none", status=status)
    method.method, method.path = str(endpoint.method).upper(), operation_path
    method.operation_id = str(operation.get("operationId", ""))
    method.requirements = dict(operation.get("x-requirements") or {})
    method.rate_limit = dict(operation.get("x-rate-limit") or {})
    method.authenticated = method.requirements.get("auth", True) is not False
    method.bearer_optional = method.authenticated and {} in (operation.get("security") or [])
    if 300 <= status < 400:
        method.returns, method.unwrap = "str", "location"
    elif _is_binary(operation, str(status)):
        method.returns, method.unwrap = "Path | None", "download"
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
    if method.unwrap in ("data", "model") and _bodiless_success(operation) and not method.returns.endswith("None"):
        method.returns += " | None"  # another success status answers with no body (`204`)
    if paginated:
        items = next(p for p in prop.required_properties if p.name == "data")
        assert isinstance(items, ListProperty), f"{endpoint.name}: paginated data must be a list"
        method.page_type = _code(prop)
        method.item_type = _code(items.inner_property, method.imports)
    for body in endpoint.bodies:
        if isinstance(body.prop, ModelProperty):
            method.body_model = body.prop.class_info.name
            method.body_module = body.prop.class_info.module_name
            method.body_is_form = body.content_type == "multipart/form-data"
    constants = _constant_headers(operation)
    for parameter in endpoint.header_parameters:
        if parameter.name in constants:
            method.fixed_headers[parameter.python_name] = constants[parameter.name]
        else:
            method.header_parameters.append(parameter)
    return method


def _is_binary(operation: dict[str, Any], status: str) -> bool:
    """The success answer is a file's bytes (`format: binary`), to be streamed rather than parsed."""
    content = operation.get("responses", {}).get(status, {}).get("content", {})
    return any(media.get("schema", {}).get("format") == "binary" for media in content.values())


def _bodiless_success(operation: dict[str, Any]) -> bool:
    return any(
        status.startswith("2") and not response.get("content")
        for status, response in operation.get("responses", {}).items()
    )


def _constant_headers(operation: dict[str, Any]) -> dict[str, str]:
    """Header parameters that allow exactly one value: name -> that value."""
    return {
        parameter["name"]: str(parameter["schema"]["enum"][0])
        for parameter in operation.get("parameters", [])
        if parameter.get("in") == "header" and len(parameter.get("schema", {}).get("enum", [])) == 1
    }


def plan(endpoint_collections_by_tag: Mapping[Any, Any], spec: dict[str, Any]) -> list[FacadeResource]:
    """One resource per tag, in tag order, each with its methods in spec order."""
    operations = {}
    for path, item in spec["paths"].items():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                operations[snake_case(operation["operationId"])] = (path, operation)
    tags = {snake_case(t["name"]): t for t in spec.get("tags", [])}
    resources = []
    for tag, collection in sorted(endpoint_collections_by_tag.items()):
        class_name = "".join(part.capitalize() for part in re.split(r"_+", tag)) + "Resource"
        description = tags.get(tag, {}).get("description", "")
        resource = FacadeResource(tag, class_name, description, extension=RESOURCE_EXTENSIONS.get(tag))
        for endpoint in collection.endpoints:
            path, operation = operations[str(endpoint.name)]
            method = plan_method(endpoint, operation, bool(operation.get("x-paginated")), path)
            method.token = token_kind(spec, operation)
            resource.methods.append(method)
        resources.append(resource)
    return resources


def token_kind(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    """Who may call `operation`: its `x-token`, else `bot` for a scope only bots may hold (`x-scope-roles`),
    `user` for one no bot may hold, `any` otherwise (and without a scope)."""
    if operation.get("x-token") in ("bot", "user"):
        return str(operation["x-token"])
    scope = (operation.get("x-requirements") or {}).get("scope")
    roles_of = spec.get("components", {}).get("schemas", {}).get("OAuthScope", {}).get("x-scope-roles", {})
    roles = roles_of.get(str(scope).replace(":", "_")) if scope else None
    if not roles:
        return "any"
    if set(roles) == {"bot"}:
        return "bot"
    return "any" if "bot" in roles else "user"


def operation_table(resources: list[FacadeResource]) -> list[dict[str, Any]]:
    """One row per operation, in facade order: what generated/operations.py lists (see its docstring).

    Values are plain Python (str, bool, None); the template writes each with `repr`."""
    rows = []
    for resource in resources:
        for method in resource.methods:
            body = method.endpoint.bodies[0] if method.endpoint.bodies else None
            rows.append(
                {
                    "name": plain_text(method.module),
                    "operation_id": method.operation_id,
                    "method": method.method,
                    "path": plain_text(method.path),
                    "status": method.status,
                    "tag": resource.tag,
                    "scope": _optional(method.requirements.get("scope")),
                    "plan": _optional(method.requirements.get("plan")),
                    "token": method.token,
                    "authenticated": method.authenticated,
                    "rate_limit": method.rate_limit.get("class", "default"),
                    "body_model": method.body_model,
                    "body_kind": plain_text(body.content_type) if body is not None else None,
                    "returns": method.returns,
                    "page_item": method.item_type,
                    "summary": plain_text(method.endpoint.summary).strip(),
                }
            )
    return rows


def _optional(value: Any) -> str | None:
    return None if value is None else plain_text(value)


def plain_text(value: Any) -> str:
    """An `UntrustedString` of the spec as plain text (the templates escape what they print)."""
    if value is None:
        return ""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def model_imports(resource: FacadeResource) -> list[str]:
    """Import lines (relative to `generated/resources/<tag>.py`) for every type the resource names."""
    lines: set[str] = set()
    for method in resource.methods:
        lines.update(line.replace("from .models.", "from ..models.") for line in method.imports)
        for line in method.endpoint.relative_imports:
            if "models." in line:
                lines.add(line.replace("from ...models.", "from ..models."))
        if method.body_model:
            lines.add(f"from ..bodies import {method.body_model}Dict")
    return sorted(lines)


def webhook_routes(spec: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(type, event, module, class) for every webhook payload schema.

    Pachca tells payloads apart by `type` and `event` together (`message/link_shared` shares its
    `type` with messages), so the routes are read from the `type` and `event` enums of every component
    that declares both: the members of the webhook payload union (`x-union-deserializer:
    webhook-payload`) and the export notice, sent to an export's own `webhook_url`. A new event in
    openapi.yaml is a new route.
    """
    from openapi_python_client.strings import ClassName

    routes = []
    for name, schema in spec["components"]["schemas"].items():
        class_name = str(ClassName(name, "field_"))
        for kind, event in _kinds(spec, schema, ("type", "event")):
            routes.append((kind, event, snake_case(class_name), class_name))
    return sorted(routes)


def _kinds(spec: dict[str, Any], schema: dict[str, Any], keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every combination of the enum values of `keys` in an object schema; none unless it requires each with an enum."""
    found: list[tuple[str, ...]] = [()]
    for key in keys:
        enum = resolve(spec, schema.get("properties", {}).get(key, {})).get("enum", [])
        if key not in schema.get("required", []) or not enum:
            return []
        found = [(*prefix, value) for prefix in found for value in enum]
    return found


def discriminated_unions(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """How model templates parse a union whose members say what they are: by those keys, not member by member.

    Two kinds: the webhook payload union (`x-union-deserializer: webhook-payload`), told apart by `type`
    and `event` together; and any other union of objects that each require a `type` with its own enum
    values (the form blocks). Keyed by the member class names, sorted and joined with commas (what the
    template sees), each gives `keys`, `routes` ((class, [values, ...]) per member) and `open`: the member
    without enums for the keys (`UnknownWebhookPayload`), which takes every kind no member names. A value
    whose kind names a member must parse as that member: a fault in it is an error at its own path, never
    a fall back to another member.
    """
    from openapi_python_client.strings import ClassName

    found: dict[str, dict[str, Any]] = {}
    for name, schema in spec["components"]["schemas"].items():
        references = [m for m in schema.get("anyOf", schema.get("oneOf", [])) if "$ref" in m]
        if len(references) < 2:
            continue
        webhook = schema.get("x-union-deserializer") == "webhook-payload"
        keys = ("type", "event") if webhook else ("type",)
        members = [(str(ClassName(m["$ref"].rsplit("/", 1)[-1], "field_")), resolve(spec, m)) for m in references]
        routes = [(class_name, _kinds(spec, member, keys)) for class_name, member in members]
        open_members = [class_name for class_name, values in routes if not values]
        named = [value for _, values in routes for value in values]
        if len(named) != len(set(named)) or len(open_members) > (1 if webhook else 0):
            if webhook:
                raise SystemExit(f"{name}: its members' type and event enums do not tell them apart")
            continue  # not told apart by `type`: its members are tried in order
        found[",".join(sorted(class_name for class_name, _ in members))] = {
            "keys": keys,
            "routes": [(class_name, values) for class_name, values in routes if values],
            "open": open_members[0] if open_members else None,
        }
    return found


def rate_limit_plan(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`x-rate-limit` of each operation as the endpoint template writes it: "method path" -> class and key.

    The key is Python source, evaluated in the endpoint's `_get_kwargs`: a tuple of the values each
    `per` pointer names, a path parameter (`/path/id`) or a JSON body field (`/body/message/entity_id`,
    with the schema's default when the field is left out). The client counts the call against the class's
    budget for that key (pachca_client/_ratelimit.py).
    """
    plan: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            rate_limit = operation.get("x-rate-limit") if isinstance(operation, dict) else None
            if rate_limit is None:
                continue
            values = []
            for pointer in rate_limit.get("per", []):
                where, *steps = pointer.strip("/").split("/")
                if where == "path" and len(steps) == 1:
                    values.append(str(PythonIdentifier(steps[0], prefix="")))
                elif where == "body" and steps:
                    values.append(_body_value(spec, operation, steps))
                else:
                    where_to = "/path/<name> or /body/..."
                    raise SystemExit(f"{method.upper()} {path}: x-rate-limit names {pointer!r}, not {where_to}")
            key = "(" + "".join(f"{value}, " for value in values) + ")"
            plan[f"{method} {path}"] = {"class": rate_limit["class"], "key": key}
    return plan


def _body_value(spec: dict[str, Any], operation: dict[str, Any], steps: list[str]) -> str:
    """Python source for a JSON body field of `_get_kwargs` (`_kwargs["json"]`), or its schema's default."""
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    source = '_kwargs["json"]'
    for depth, step in enumerate(steps):
        schema = resolve(spec, resolve(spec, schema)["properties"][step])
        default = schema.get("default") if depth == len(steps) - 1 else {}
        source += f".get({step!r}, {default!r})"
    return source


# --- TypedDicts of the request bodies (generated/bodies.py) ----------------------------------------------


@dataclass
class TypedField:
    name: Any  # the JSON key: an UntrustedString, escaped by the template (`in_double_quote_literal`)
    type: str  # the Python type of its value in a dict body
    required: bool

    @property
    def identifier(self) -> bool:
        """Whether the key can be written as it is, as a class attribute."""
        import keyword

        raw = str(self.name.get_untrusted_value())
        return raw.isidentifier() and not keyword.iskeyword(raw)


@dataclass
class TypedBody:
    """A `TypedDict` for a request body model (or an object nested in one): `<Model>Dict`."""

    name: str
    model: str
    description: Any  # an UntrustedString or None, escaped by the template (`safe_for_docstring`)
    fields: list[TypedField] = field(default_factory=list)

    @property
    def class_syntax(self) -> bool:
        """Whether every key is an identifier, so the class form can be used (else the functional form)."""
        return all(f.identifier for f in self.fields)


def typed_bodies(endpoint_collections_by_tag: Mapping[Any, Any]) -> tuple[list[TypedBody], list[str]]:
    """A `TypedDict` per request body model and per object nested in one, and the imports they need.

    The dict form of a body is checked by mypy and completed by IDEs; at run time it is checked against
    openapi.yaml by the model's `from_dict(..., strict=True)` (pachca_client/_validation.py).
    """
    from openapi_python_client.parser.properties.boolean import BooleanProperty
    from openapi_python_client.parser.properties.date import DateProperty
    from openapi_python_client.parser.properties.datetime import DateTimeProperty
    from openapi_python_client.parser.properties.enum_property import EnumProperty
    from openapi_python_client.parser.properties.file import FileProperty
    from openapi_python_client.parser.properties.float import FloatProperty
    from openapi_python_client.parser.properties.int import IntProperty
    from openapi_python_client.parser.properties.none import NoneProperty
    from openapi_python_client.parser.properties.string import StringProperty

    imports: set[str] = set()
    queue: list[Any] = []
    seen: dict[str, TypedBody] = {}

    def python_type(prop: Any) -> str:
        if isinstance(prop, BooleanProperty):
            return "bool"
        if isinstance(prop, IntProperty):
            return "int"
        if isinstance(prop, FloatProperty):
            return "float"
        if isinstance(prop, StringProperty):
            return "str"
        if isinstance(prop, DateTimeProperty):
            imports.add("import datetime")
            return "datetime.datetime | str"
        if isinstance(prop, DateProperty):
            imports.add("import datetime")
            return "datetime.date | str"
        if isinstance(prop, EnumProperty):
            name = prop.class_info.name
            imports.add(f"from .models.{prop.class_info.module_name} import {name}")
            values = ", ".join(json.dumps(str(value)) for value in prop.values.values())
            return f"{name} | Literal[{values}]"
        if isinstance(prop, FileProperty):
            imports.add("from .types import File")
            imports.add("import os")
            imports.add("from typing import IO")
            return "File | bytes | os.PathLike[str] | IO[bytes]"
        if isinstance(prop, NoneProperty):
            return "None"
        if isinstance(prop, ListProperty):  # Sequence: covariant, so a list[ButtonDict] fits list[ButtonDict | Button]
            imports.add("from collections.abc import Sequence")
            return f"Sequence[{python_type(prop.inner_property)}]"
        if isinstance(prop, UnionProperty):
            members = [python_type(inner) for inner in prop.inner_properties]
            return " | ".join(dict.fromkeys(" | ".join(members).split(" | ")))
        if isinstance(prop, ModelProperty):
            queue.append(prop)
            imports.add(f"from .models.{prop.class_info.module_name} import {prop.class_info.name}")
            return f"{prop.class_info.name}Dict | {prop.class_info.name}"
        return "Any"

    for collection in endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            queue.extend(body.prop for body in endpoint.bodies if isinstance(body.prop, ModelProperty))
    while queue:
        model = queue.pop(0)
        name = str(model.class_info.name)
        if name in seen:
            continue
        body = TypedBody(f"{name}Dict", name, model.description)
        seen[name] = body
        imports.add(f"from .models.{model.class_info.module_name} import {name}")
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            kind = python_type(prop)
            if "Dict" in kind:  # a TypedDict of this module, maybe defined further down: a forward reference
                kind = f'"{kind}"'
            body.fields.append(TypedField(prop.name, kind, bool(prop.required)))
    return sorted(seen.values(), key=lambda b: b.name), sorted(imports)


# --- agent tools ---------------------------------------------------------------------------------------

# JSON Schema keywords kept from openapi.yaml for a tool's input (besides the structure): the limits a model
# must respect, its enums and defaults, and the words that explain a value.
_KEPT = ("description", "enum", "format", "default", "minimum", "maximum", "minLength", "maxLength", "minItems",
         "maxItems", "pattern")  # fmt: skip
_MAX_DEPTH = 8


def json_schema(spec: dict[str, Any], schema: Any, name: str = "", depth: int = 0) -> dict[str, Any]:
    """`schema` of openapi.yaml as a self-contained JSON Schema (2020-12): `$ref`s resolved, `nullable` as a
    null type, a single-member `allOf` unwrapped, every property described (its own words, else its schema's)."""
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return {"description": f"The {name or 'value'}."}
    described = schema.get("description")
    if "$ref" in schema:
        target = json_schema(spec, resolve(spec, schema), name, depth + 1)
        return {**target, "description": described} if described else target
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            part_schema = json_schema(spec, part, name, depth + 1)
            for key, value in part_schema.items():
                if key == "properties":
                    merged.setdefault("properties", {}).update(value)
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                else:
                    merged.setdefault(key, value)
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if own:
            rest = json_schema(spec, own, name, depth + 1)
            merged = {**merged, **{k: v for k, v in rest.items() if k not in ("properties", "required")}}
            if "properties" in rest:
                merged.setdefault("properties", {}).update(rest["properties"])
        return _nullable(merged, schema)
    out: dict[str, Any] = {key: schema[key] for key in _KEPT if key in schema}
    for union in ("anyOf", "oneOf"):
        if union in schema:
            members = [json_schema(spec, member, name, depth + 1) for member in schema[union]]
            out[union] = [m if m.get("enum") != [None] else {"type": "null"} for m in members]
    if "type" in schema:
        out["type"] = schema["type"]
    if "properties" in schema:
        out["type"] = "object"
        out["properties"] = {
            key: json_schema(spec, child, key, depth + 1) for key, child in schema["properties"].items()
        }
        if schema.get("required"):
            out["required"] = list(schema["required"])
    if isinstance(schema.get("additionalProperties"), dict):
        out["additionalProperties"] = json_schema(spec, schema["additionalProperties"], name, depth + 1)
    if "items" in schema:
        out["items"] = json_schema(spec, schema["items"], name, depth + 1)
    if "enum" in out and None in out["enum"]:
        out["enum"] = [value for value in out["enum"] if value is not None] + [None]
    out.setdefault("description", f"The {name or 'value'}.")
    return _nullable(out, schema)


def _nullable(out: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("nullable") and "type" in out and isinstance(out["type"], str):
        out["type"] = [out["type"], "null"]
    return out


def tool_inputs(spec: dict[str, Any], resources: list[FacadeResource]) -> dict[str, dict[str, Any]]:
    """Per operation, what a tool needs beyond the operation table: its input JSON Schema (path, query and
    body parameters flattened into one object) and where each argument goes (`places`: name -> `path`,
    `query`, `header`, `body`, or `body.<wrapper>` for the fields of a body's one wrapping object, such as
    `message` of `POST /messages`, which a tool takes at the top level)."""
    operations = {
        str(op["operationId"]): (path, op) for path, item in spec["paths"].items() for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }  # fmt: skip
    found: dict[str, dict[str, Any]] = {}
    for resource in resources:
        for method in resource.methods:
            _, operation = operations[method.operation_id]
            properties: dict[str, Any] = {}
            required: list[str] = []
            places: dict[str, str] = {}
            fixed = {p.name for p in method.endpoint.header_parameters} - {p.name for p in method.header_parameters}
            for parameter in operation.get("parameters", []):
                where, name = parameter["in"], str(parameter["name"]).removesuffix("[]")
                if where not in ("path", "query", "header") or parameter["name"] in fixed:
                    continue
                child = json_schema(spec, parameter.get("schema", {}), name)
                if parameter.get("description"):
                    child["description"] = parameter["description"]
                properties[name], places[name] = child, where
                if parameter.get("required") or where == "path":
                    required.append(name)
            for media_type, media in operation.get("requestBody", {}).get("content", {}).items():
                body = json_schema(spec, media.get("schema", {}), "body")
                fields = dict(body.get("properties", {}))
                body_required = set(body.get("required", []))
                wrapper = _wrapper(fields, body_required, properties)
                if wrapper is not None:
                    inner = fields.pop(wrapper)
                    for key, child in inner.get("properties", {}).items():
                        properties[key], places[key] = child, f"body.{wrapper}"
                    required.extend(key for key in inner.get("required", []))
                for key, child in fields.items():
                    if key in properties:
                        continue
                    if media_type == "multipart/form-data" and child.get("format") == "binary":
                        child = {"type": "string", "description": f"Path of a local file to send as `{key}`."}
                    properties[key], places[key] = child, "body"
                    if key in body_required:
                        required.append(key)
                break
            schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
            if required:
                schema["required"] = list(dict.fromkeys(required))
            found[method.module] = {"input_schema": schema, "places": places}
    return found


def _wrapper(fields: dict[str, Any], required: set[str], taken: dict[str, Any]) -> str | None:
    """The one required object property that wraps a body's fields (`message`), when flattening it is safe."""
    objects = [k for k, v in fields.items() if k in required and v.get("type") == "object" and v.get("properties")]
    if len(objects) != 1:
        return None
    inner = fields[objects[0]].get("properties", {})
    clash = set(inner) & (set(taken) | (set(fields) - {objects[0]}))
    return None if clash else objects[0]
