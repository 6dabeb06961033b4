"""Turn Pachca's published OpenAPI document into the structure this project generates from.

`normalize(upstream)` keeps every fact (paths, methods, parameters, schemas, types, enums, limits,
`x-requirements`, `x-paginated`) and drops all prose: descriptions, summaries and examples are the
project's own and live in openapi.yaml (see `prose.py`). Each step below fixes one way in which the
published document would produce a wrong or awkward client, or in which it disagrees with the real
API. The same function feeds `make update-spec` and the drift check, so both sides of a comparison
are always normalised identically.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

Schema = dict[str, Any]

# Keys that hold prose (or sample data) rather than facts about the API.
PROSE_KEYS = frozenset({"description", "summary", "example", "examples", "x-enum-descriptions", "x-record-key-example"})

# Provenance marks of a reconstructed reference document: where a fact was seen, not a fact.
PROVENANCE_KEYS = frozenset({"x-reconstructed", "x-reconstructed-from", "x-source"})

# What a reference document's `x-guess` says was guessed, as the project's own markers
# (`x-unverified: [...]` in openapi.yaml): pattern in the guess -> marker. The drift check ignores them.
UNVERIFIED_FACTS = (
    (r"HTTP method", "http-method"),
    (r"error statuses|kept 204|204 behaviour|lowest 2xx", "statuses"),
    (r"x-requirements\.scope", "scope"),
    (r"x-scope-roles", "scope-roles"),
    (r"format int", "integer-format"),
    (r"required|nullable|optional", "required-or-nullable"),
    (r"property order", "property-order"),
    (r'"limit" copied', "page-size-limit"),
    (r"rename", "renamed-property"),
    (r"exact schema", "value-schema"),
)

# Properties that carry credentials: their values are hidden from model reprs (`x-secret`).
SECRET_PROPERTIES = frozenset(
    {"access_token", "refresh_token", "client_secret", "code_verifier", "secret_token", "token"}
)

# Pachca's rate-limit classes beyond the per-token one every call counts against (the fact sheet's
# section 4): operationId -> `x-rate-limit`. `class` names a field of pachca_client.RateLimits; `per`
# lists what splits the class into separate budgets, as JSON pointers into the call (`/path/<name>`,
# `/body/...`). The documented classes are about messages themselves (sending, editing and deleting,
# counted per chat; reading) and the event log; pins, reactions, threads and the like count only
# against the token. An edit or delete names its message, not its chat: it is counted per message.
RATE_LIMITED_OPERATIONS: dict[str, dict[str, Any]] = {
    "createMessage": {"class": "messages", "per": ["/body/message/entity_type", "/body/message/entity_id"]},
    "updateMessage": {"class": "messages", "per": ["/path/id"]},
    "deleteMessage": {"class": "messages", "per": ["/path/id"]},
    "listChatMessages": {"class": "reading"},
    "getMessage": {"class": "reading"},
    "searchMessages": {"class": "reading"},
    "getWebhookEvents": {"class": "events"},
}

# Objects whose keys are names (of properties, paths, status codes...), never OpenAPI keywords:
# a property called `description` must survive prose removal.
NAME_MAPS = frozenset(
    {
        "properties",
        "paths",
        "schemas",
        "responses",
        "content",
        "headers",
        "securitySchemes",
        "variables",
        "x-scope-roles",
        "mapping",
        "encoding",
    }
)

# In the usual order: operations are visited in it, and the changelog lists those of one path in it.
HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")

# Tag names whose default snake_case would be awkward (`OAuth` would become `o_auth`).
TAG_RENAMES = {"OAuth": "Oauth"}

# Generic, project-worded descriptions for response objects (OpenAPI requires one on each).
RESPONSE_DESCRIPTIONS = {
    "200": "Success.",
    "201": "Created.",
    "202": "Accepted; the work goes on after the answer.",
    "204": "Done; the response has no body.",
    "302": "Redirect to a temporary download link.",
    "400": "A parameter is missing or malformed.",
    "401": "The token is missing, unknown or revoked.",
    "402": "The workspace plan does not include this, or is unpaid.",
    "403": "The token lacks a scope, or a business rule forbids this.",
    "404": "No such object, or it is not visible to this token.",
    "409": "Conflicts with the current state.",
    "410": "The referenced object has expired.",
    "422": "The request is well-formed but breaks a rule.",
}


def normalize(upstream: dict[str, Any]) -> dict[str, Any]:
    """Return the project's structural form of an upstream document (no prose)."""
    spec: dict[str, Any] = drop_prose(copy.deepcopy(upstream))
    for step in STEPS:
        step(spec)
    return spec


# Operations only one kind of token may call, which Pachca's guides state (the fact sheet's "Bot-only" list)
# and no OpenAPI document carries: operationId -> `x-token`. The scopes' `x-scope-roles` say the rest
# (a scope no bot may hold makes its operations user-only; one only bots hold, bot-only).
TOKEN_KINDS: dict[str, str] = {
    "deleteWebhookEvent": "bot",
    "selfUpdateBotWebhook": "bot",
    "unfurl": "bot",
    "openView": "bot",
    "createBot": "user",
}

# Operations whose bearer token is optional, which the upstream document says only in prose: `POST
# /oauth/revoke` takes the app's `client_id`/`client_secret` in its body, and only a client without a
# secret adds the token as Bearer. They get OpenAPI's "this, or nothing": `security: [{BearerAuth: []}, {}]`.
OPTIONAL_BEARER = frozenset({"revokeToken"})


# --- walking -------------------------------------------------------------------------------------


def drop_prose(node: Any, *, names: bool = False) -> Any:
    """Remove prose and provenance keys everywhere, except where a key is a name (see NAME_MAPS).

    A reference document's `x-guess` becomes the project's `x-unverified` markers.
    """
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if not names and (key in PROSE_KEYS or key in PROVENANCE_KEYS):
                continue
            if not names and key == "x-guess":
                out["x-unverified"] = unverified_markers(str(value))
                continue
            out[key] = drop_prose(value, names=(not names and key in NAME_MAPS))
        return out
    if isinstance(node, list):
        return [drop_prose(item) for item in node]
    return node


def unverified_markers(guess: str) -> list[str]:
    """The project's names for what a reference document says it guessed (`other` when unclassified)."""
    found = [marker for pattern, marker in UNVERIFIED_FACTS if re.search(pattern, guess)]
    return sorted(set(found)) or ["other"]


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def iter_schemas(node: Any) -> Iterator[Schema]:
    """Every schema object reachable from `node` (component, parameter, body, response, nested)."""
    if isinstance(node, dict):
        if (
            "type" in node
            or "$ref" in node
            or any(k in node for k in ("allOf", "anyOf", "oneOf", "properties", "enum"))
        ):
            yield node
        for key, value in node.items():
            if key in PROSE_KEYS or key == "enum" or key == "default":
                continue
            if key in NAME_MAPS:
                if isinstance(value, dict):
                    for child in value.values():
                        yield from iter_schemas(child)
            else:
                yield from iter_schemas(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_schemas(item)


def resolve(spec: dict[str, Any], schema: Schema) -> Schema:
    """Follow `$ref` (and a lone `allOf` wrapper) to the schema it names."""
    seen = 0
    while seen < 20:
        if "$ref" in schema:
            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        elif list(schema) == ["allOf"] and len(schema["allOf"]) == 1:
            schema = schema["allOf"][0]
        else:
            return schema
        seen += 1
    raise ValueError("reference cycle")


def pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


# --- steps ---------------------------------------------------------------------------------------


def strip_operation_prefixes(spec: dict[str, Any]) -> None:
    """`ChatOperations_listChats` -> `listChats`, so modules are `list_chats`."""
    for _, _, operation in iter_operations(spec):
        operation["operationId"] = operation["operationId"].rsplit("_", 1)[-1]


def rename_tags(spec: dict[str, Any]) -> None:
    """Give tags names that snake_case into clean folder names (`OAuth` -> `oauth`)."""
    for tag in spec.get("tags", []):
        tag["name"] = TAG_RENAMES.get(tag["name"], tag["name"])
    for _, _, operation in iter_operations(spec):
        operation["tags"] = [TAG_RENAMES.get(t, t) for t in operation.get("tags", [])]


def normalize_query_parameters(spec: dict[str, Any]) -> None:
    """Query parameters as the real API (Rails) reads them, without client-side defaults.

    * Arrays go out as repeated `key[]=v` (the published document says comma-separated
      `explode: false`, which the server does not understand). The wire name becomes `key[]`;
      the generated Python argument keeps the plain name.
    * A server-side `default` becomes `x-server-default`: it stays documented, but the client does
      not send it on every call.
    * `explode`/`style` on scalar parameters change nothing and are dropped.
    """
    for _, _, operation in iter_operations(spec):
        for parameter in operation.get("parameters", []):
            if parameter.get("in") != "query":
                continue
            schema = parameter["schema"]
            if "default" in schema:
                parameter["x-server-default"] = schema.pop("default")
            if resolve(spec, schema).get("type") == "array":
                if not parameter["name"].endswith("[]"):
                    parameter["name"] += "[]"
                parameter["explode"] = True
                parameter.pop("style", None)
            else:
                parameter.pop("explode", None)
                parameter.pop("style", None)


def unwrap_single_allof(spec: dict[str, Any]) -> None:
    """`{allOf: [$ref]}` with nothing beside it is just the `$ref`."""
    for schema in list(iter_schemas(spec)):
        if set(schema) == {"allOf"} and len(schema["allOf"]) == 1 and "$ref" in schema["allOf"][0]:
            schema["$ref"] = schema.pop("allOf")[0]["$ref"]


# The OpenAPI 3.0.3 way to say "or null" for a reference: `nullable` only counts beside a `type`.
NULL_MEMBER: Schema = {"type": "object", "nullable": True, "enum": [None]}


def nullable_references(spec: dict[str, Any]) -> None:
    """`{type: object, allOf: [$ref], nullable: true}` -> `{anyOf: [$ref, NULL_MEMBER]}`.

    openapi-python-client drops `nullable` on an `allOf` wrapper (its issue #679), so a JSON null
    in `Message.voice_content`, `Message.forwarding`, `User.user_status` and the webhook `thread`
    fields crashed `from_dict`. Under OpenAPI 3.0.3 `nullable` beside `allOf`/`anyOf` does not
    admit null at all (it needs a `type` in the same object), so strict validators rejected the
    nulls the real API sends. An explicit null member is read correctly by both.

    The same goes for a `$ref` with a sibling `nullable: true` (siblings of `$ref` are ignored
    under OpenAPI 3.0, and the generator then rejects the null with a `TypeError`).
    """
    for schema in list(iter_schemas(spec)):
        if not schema.get("nullable"):
            continue
        if "allOf" in schema and len(schema["allOf"]) == 1:
            members = schema.pop("allOf")
        elif "$ref" in schema:
            members = [{"$ref": schema.pop("$ref")}]
        else:
            continue
        schema.pop("type", None)
        schema.pop("nullable")
        schema["anyOf"] = [*members, copy.deepcopy(NULL_MEMBER)]


def tolerate_unverified_required(spec: dict[str, Any]) -> None:
    """A property whose being required is only a guess (`x-unverified: required-or-nullable`) is not required.

    The reconstructed reference marks fields that Pachca's SDK shows as optional but that were written as
    required (and nullable, for answers). A client that demanded them would reject every answer of a server
    that simply leaves them out; accepting their absence costs nothing.
    """
    for schema in list(iter_schemas(spec)):
        required = schema.get("required")
        if not isinstance(required, list):
            continue
        for name, child in schema.get("properties", {}).items():
            unverified = isinstance(child, dict) and "required-or-nullable" in child.get("x-unverified", [])
            if unverified and name in required:
                required.remove(name)
        if not required:
            del schema["required"]


def nullable_next_page(spec: dict[str, Any]) -> None:
    """`next_page` of a listing's or a search's `paginate` may be null: the last page of a walk.

    Pachca's own CLI stops at a null `next_page`, and its published examples show one; the fact sheet says
    cursors are never null. The client must read both, and a null ends the walk either way.
    """
    for schema in list(iter_schemas(spec)):
        paginate = schema.get("properties", {}).get("paginate")
        cursor = paginate.get("properties", {}).get("next_page") if isinstance(paginate, dict) else None
        if isinstance(cursor, dict) and cursor.get("type") == "string":
            cursor["nullable"] = True


def merge_allof_siblings(spec: dict[str, Any]) -> None:
    """`{allOf: [$ref], properties: {...}}` -> `{allOf: [$ref, {type: object, properties: {...}}]}`.

    The generator reads either `allOf` or the object's own properties, not both: with siblings
    beside `allOf`, the sibling properties were silently lost from the model. Moving them into an
    inline `allOf` member keeps every property.
    """
    for schema in list(iter_schemas(spec)):
        if "allOf" not in schema or "properties" not in schema:
            continue
        member: Schema = {"type": "object", "properties": schema.pop("properties")}
        if "required" in schema:
            member["required"] = schema.pop("required")
        if "additionalProperties" in schema:
            member["additionalProperties"] = schema.pop("additionalProperties")
        schema["allOf"].append(member)


def error_bodies(spec: dict[str, Any]) -> None:
    """Error answers as the real API sends them.

    * Every 403 may carry either shape: `OAuthError` for a missing scope, `ApiError` for a business
      rule, on any operation (the published document declares one or the other).
    * An error status documented without a body (`POST /messages/{id}/pin` 422) gets `ApiError`,
      the body the API sends with 4xx statuses other than 401.
    """
    both = {"anyOf": [{"$ref": "#/components/schemas/ApiError"}, {"$ref": "#/components/schemas/OAuthError"}]}
    api_error = {"$ref": "#/components/schemas/ApiError"}
    for _, _, operation in iter_operations(spec):
        for status, response in operation.get("responses", {}).items():
            if status == "403":
                response["content"] = {"application/json": {"schema": copy.deepcopy(both)}}
            elif status.startswith("4") and status != "401" and "content" not in response:
                response["content"] = {"application/json": {"schema": copy.deepcopy(api_error)}}


def listing_bad_requests(spec: dict[str, Any]) -> None:
    """Every listing (`x-paginated`) documents the 400 it answers to a `limit` or `cursor` it refuses.

    The upstream document lists that 400 on all its listings but `GET /bots`, which takes the same `limit`
    and `cursor`; the fake answers it there too, and a client should expect it. Marked `x-unverified:
    [statuses]` where added: it is inferred from the other listings, not seen.
    """
    for _, _, operation in iter_operations(spec):
        responses = operation.get("responses", {})
        if operation.get("x-paginated") and "400" not in responses:
            responses["400"] = {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiError"}}},
                "x-unverified": ["statuses"],
            }
            operation["responses"] = dict(sorted(responses.items()))


def open_event_unions(spec: dict[str, Any]) -> None:
    """Webhook payload unions get a last, open member for event kinds this client does not know yet.

    Without it the generated parser raises on a new event type, and one unknown event makes a whole
    `GET /webhooks/events` page unreadable. `UnknownWebhookPayload` keeps `type`, `event` and every
    other field (as additional properties).
    """
    schemas = spec["components"]["schemas"]
    for schema in list(schemas.values()):
        if schema.get("x-union-deserializer") != "webhook-payload":
            continue
        schemas["UnknownWebhookPayload"] = {
            "description": "A webhook payload of a kind this version of the client does not know yet; "
            "all of its fields are kept.",
            "type": "object",
            "required": ["type", "event"],
            "properties": {
                "type": {"description": "The payload kind, e.g. `message`.", "type": "string"},
                "event": {"description": "What happened, e.g. `new`.", "type": "string"},
            },
        }
        reference = {"$ref": "#/components/schemas/UnknownWebhookPayload"}
        if reference not in schema["anyOf"]:
            schema["anyOf"].append(reference)


def order_unions(spec: dict[str, Any]) -> None:
    """Try the most specific union member first.

    The generated parser tries members in order and keeps the first that parses, so a member
    with no required properties (`AuditDetailsEmpty`) listed first swallowed all the others.
    Members are ordered by how many properties they require, most first; ties keep their order.
    """
    for schema in list(iter_schemas(spec)):
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if not members or not all("$ref" in m for m in members):
                continue

            def specificity(member: Schema) -> tuple[int, int]:
                target = resolve(spec, member)
                return (-len(target.get("required", [])), -len(target.get("properties", {})))

            schema[key] = sorted(members, key=specificity)


_NOT_IDENTIFIER = re.compile(r"[^0-9A-Za-z]+")


def enum_member_names(spec: dict[str, Any]) -> None:
    """Readable member names for enums whose values are not identifiers (`chats:read` -> CHATS_READ)."""
    for schema in spec["components"]["schemas"].values():
        values = schema.get("enum")
        if schema.get("type") != "string" or not values:
            continue
        if all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", v) for v in values):
            continue
        schema["x-enum-varnames"] = [_NOT_IDENTIFIER.sub("_", v).strip("_").upper() for v in values]


def mark_secrets(spec: dict[str, Any]) -> None:
    """Credential properties (`client_secret`, `access_token`, ...) get `x-secret: true`.

    The model template leaves them out of `repr()`, so a token never reaches a log line through a
    printed model.
    """
    for schema in list(iter_schemas(spec)):
        properties = schema.get("properties", {})
        for name, child in properties.items():
            # an OAuth authorisation `code` is a credential; a reaction's or an error's `code` is not
            secret = name in SECRET_PROPERTIES or (name == "code" and "grant_type" in properties)
            if secret and isinstance(child, dict) and resolve(spec, child).get("type") == "string":
                child["x-secret"] = True


def case_insensitive_token_types(spec: dict[str, Any]) -> None:
    """An OAuth `token_type` enum gets `x-case-insensitive: true`: its value is case-insensitive (RFC 6749,
    sections 5.1 and 7.1), so an answer's `bearer` is the documented `Bearer`, not a deviation.

    The model template reads such a property with `_reading.enum_member_folded`.
    """
    for schema in list(iter_schemas(spec)):
        child = schema.get("properties", {}).get("token_type")
        if isinstance(child, dict) and "enum" in resolve(spec, child):
            child["x-case-insensitive"] = True


def mark_rate_limits(spec: dict[str, Any]) -> None:
    """The operations of Pachca's narrower rate-limit classes get `x-rate-limit` (RATE_LIMITED_OPERATIONS)."""
    for _, _, operation in iter_operations(spec):
        rate_limit = RATE_LIMITED_OPERATIONS.get(operation.get("operationId", ""))
        if rate_limit is not None:
            operation["x-rate-limit"] = copy.deepcopy(rate_limit)


def mark_token_kinds(spec: dict[str, Any]) -> None:
    """The operations of TOKEN_KINDS get `x-token` (`bot` or `user`): who may call them."""
    for _, _, operation in iter_operations(spec):
        kind = TOKEN_KINDS.get(operation.get("operationId", ""))
        if kind is not None:
            operation["x-token"] = kind


def optional_bearer(spec: dict[str, Any]) -> None:
    """The operations of OPTIONAL_BEARER may be called with the bearer token or without any."""
    for _, _, operation in iter_operations(spec):
        if operation.get("operationId") in OPTIONAL_BEARER:
            operation["security"] = [{"BearerAuth": []}, {}]


def drop_localised_defaults(spec: dict[str, Any]) -> None:
    """A free-text default is UI wording in the document's language, not a fact to send."""
    for schema in list(iter_schemas(spec)):
        if schema.get("type") == "string" and "enum" not in schema and isinstance(schema.get("default"), str):
            del schema["default"]


def title_inline_schemas(spec: dict[str, Any]) -> None:
    """Name inline bodies after their operation: `ListChatsResponse`, `UpdateProfileAvatarBody`.

    A nullable inline response (`GET /profile/status` answers a bare JSON `null` when no status
    is set) becomes a component referenced through a nullable `anyOf`: the generator cannot
    parse a nullable model at the top level, but it can parse a nullable union.
    """
    for _, _, operation in iter_operations(spec):
        name = pascal(operation["operationId"])
        for status, response in operation.get("responses", {}).items():
            if not status.startswith("2"):
                continue
            for media in response.get("content", {}).values():
                schema = media.get("schema", {})
                if "$ref" in schema or schema.get("type") != "object":
                    continue
                schema["title"] = f"{name}Response"
                if schema.pop("nullable", False):
                    spec["components"]["schemas"][schema["title"]] = schema
                    reference = {"$ref": f"#/components/schemas/{schema['title']}"}
                    media["schema"] = {"anyOf": [reference, copy.deepcopy(NULL_MEMBER)]}
        for media in operation.get("requestBody", {}).get("content", {}).values():
            schema = media.get("schema", {})
            if "$ref" not in schema and schema.get("type") == "object":
                schema["title"] = f"{name}Body"


def describe_responses(spec: dict[str, Any]) -> None:
    """OpenAPI requires a description on every response; ours are generic per status."""
    for _, _, operation in iter_operations(spec):
        for status, response in operation.get("responses", {}).items():
            text = RESPONSE_DESCRIPTIONS.get(
                status, "The server failed to answer." if status.startswith("5") else "Response."
            )
            operation["responses"][status] = {"description": text, **response}


STEPS: tuple[Callable[[dict[str, Any]], None], ...] = (
    strip_operation_prefixes,
    rename_tags,
    normalize_query_parameters,
    unwrap_single_allof,
    merge_allof_siblings,
    nullable_references,
    tolerate_unverified_required,
    nullable_next_page,
    listing_bad_requests,
    error_bodies,
    open_event_unions,
    order_unions,
    enum_member_names,
    mark_secrets,
    case_insensitive_token_types,
    mark_rate_limits,
    mark_token_kinds,
    optional_bearer,
    drop_localised_defaults,
    title_inline_schemas,
    describe_responses,
)
