"""Vendor-document changes carried through the whole pipeline: normalise -> generate -> import.

Each mutation is one a real update brings (or one that the vendor's own generator tests use) and
that once produced a wrong client without an error. The mutated document goes through
`normalize` and the pinned generator into a temporary package, which is then imported and used.
"""

from __future__ import annotations

import copy
import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import facade
import generate
import pytest
from conftest import ROOT
from normalize_spec import normalize
from operation_calls import operations
from specio import load_spec, write_spec

PACKAGE = "mutated_generated"

NEW_EVENT = {
    "type": "object",
    "required": ["type", "event", "poll_id", "webhook_timestamp"],
    "properties": {
        "type": {"type": "string", "enum": ["poll"]},
        "event": {"type": "string", "enum": ["vote"]},
        "poll_id": {"type": "integer"},
        "webhook_timestamp": {"type": "integer"},
    },
}


def vendor_style_mutations(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document["components"]["schemas"]
    # 1. `$ref` with a sibling `nullable: true` (siblings of $ref are ignored by OpenAPI 3.0 tools)
    schemas["Reaction"]["properties"]["reviewer"] = {"$ref": "#/components/schemas/User", "nullable": True}
    # 2. `allOf` with sibling properties: both the referenced and the sibling properties belong to the model
    schemas["PinnedChat"] = {
        "type": "object",
        "allOf": [{"$ref": "#/components/schemas/Chat"}],
        "properties": {"pinned_at": {"type": "string", "format": "date-time"}},
        "required": ["pinned_at"],
    }
    document["paths"]["/chats/{id}/pin"] = {
        "patch": {  # 3. a PATCH operation in a tag the project has never seen
            "operationId": "PinOperations_pinChat",
            "tags": ["Pins"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "responses": {
                "200": {
                    "description": "x",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["data"],
                                "properties": {"data": {"$ref": "#/components/schemas/PinnedChat"}},
                            }
                        }
                    },
                }
            },
        }
    }
    document["tags"].append({"name": "Pins"})
    # 4. a new webhook event in the payload union
    schemas["PollWebhookPayload"] = NEW_EVENT
    union = next(s for s in schemas.values() if s.get("x-union-deserializer") == "webhook-payload")
    union["anyOf"].insert(0, {"$ref": "#/components/schemas/PollWebhookPayload"})
    return document


@pytest.fixture(scope="module")
def mutated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The mutated document generated into an importable package `mutated_generated`."""
    folder = tmp_path_factory.mktemp("pipeline")
    spec = folder / "openapi.yaml"
    write_spec(normalize(vendor_style_mutations(copy.deepcopy(load_spec(ROOT / "openapi.yaml")))), spec)
    reference = generate.render(folder / PACKAGE, spec)
    sys.path.insert(0, str(folder))
    try:
        yield folder / PACKAGE, reference
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def test_a_nullable_reference_sibling_accepts_null(mutated: tuple[Path, str]) -> None:
    reaction = importlib.import_module(f"{PACKAGE}.models.reaction").Reaction
    base = _sample("Reaction")
    assert reaction.from_dict({**base, "reviewer": None}).reviewer is None
    user = importlib.import_module(f"{PACKAGE}.models.user").User
    with_user = reaction.from_dict({**base, "reviewer": _sample("User")})
    assert isinstance(with_user.reviewer, user)


def test_allof_with_sibling_properties_keeps_both(mutated: tuple[Path, str]) -> None:
    model = importlib.import_module(f"{PACKAGE}.models.pinned_chat").PinnedChat
    fields = {a.name for a in model.__attrs_attrs__}
    assert {"pinned_at", "id", "name", "member_ids"} <= fields


def test_a_patch_operation_in_a_new_tag_reaches_the_facade_and_the_reference(mutated: tuple[Path, str]) -> None:
    package, reference = mutated
    resources = (package / "resources" / "pins.py").read_text(encoding="utf-8")
    assert "class PinsResource(SyncResource):" in resources and "def pin_chat(" in resources
    assert "def pins(self) -> PinsResource:" in (package / "resources" / "__init__.py").read_text(encoding="utf-8")
    module = importlib.import_module(f"{PACKAGE}.api.pins.pin_chat")
    assert module._get_kwargs(id=3) == {"method": "patch", "url": "/chats/3/pin"}
    assert "### pin_chat" in reference and "`PATCH /chats/{id}/pin`" in reference


def test_a_new_webhook_event_is_routed_without_handwritten_code(mutated: tuple[Path, str]) -> None:
    routes = importlib.import_module(f"{PACKAGE}.webhook_routes")
    assert routes.ROUTES[("poll", "vote")] == ("poll_webhook_payload", "PollWebhookPayload")
    assert "PollWebhookPayload" in {member.__name__ for member in routes.WebhookPayload.__args__}
    stored = importlib.import_module(f"{PACKAGE}.models.webhook_event").WebhookEvent
    entry = {"id": "01J9", "event_type": "poll_vote", "created_at": "2026-05-17T11:00:00Z"}
    vote = {"type": "poll", "event": "vote", "poll_id": 5, "webhook_timestamp": 1}
    assert type(stored.from_dict({**entry, "payload": vote}).payload).__name__ == "PollWebhookPayload"
    with pytest.raises(ValueError, match=r"payload\.poll_id: expected integer"):
        stored.from_dict({**entry, "payload": {**vote, "poll_id": "five"}})


def test_a_removed_tag_is_reported_against_the_overlay(tmp_path: Path) -> None:
    """Removing a tag the overlay builds on fails `make generate` with a readable list, not an ImportError."""
    generated = tmp_path / "generated"
    shutil.copytree(ROOT / "pachca_client" / "generated", generated)
    shutil.rmtree(generated / "api" / "files")
    (generated / "models" / "file_type.py").unlink()
    problems = generate.overlay_breaks(generated)
    assert any("_uploads.py imports generated.api.files" in line and "no longer produces" in line for line in problems)
    assert any("generated.models.file_type" in line for line in problems)
    assert generate.overlay_breaks(ROOT / "pachca_client" / "generated") == []
    # a model gone from the package's lazy index (imported in parentheses, across lines, by the bot)
    index = generated / "models" / "__init__.py"
    index.write_text(index.read_text(encoding="utf-8").replace("    from .chat import Chat\n", ""), encoding="utf-8")
    assert any("bot/_context.py imports generated.models.Chat," in line for line in generate.overlay_breaks(generated))


def _sample(schema: str) -> dict[str, Any]:
    from spec_samples import load_project_spec, sample

    return dict(sample(load_project_spec(), {"$ref": f"#/components/schemas/{schema}"}))


def test_every_rate_limited_operation_is_in_the_current_upstream_document(upstream_spec: dict[str, Any]) -> None:
    """A renamed or removed operation would silently lose its class: the normaliser's table must name live ones."""
    from normalize_spec import RATE_LIMITED_OPERATIONS

    document = normalize(upstream_spec)
    marked = {op["operationId"]: op["x-rate-limit"] for _, _, op in operations(document) if "x-rate-limit" in op}
    assert marked == RATE_LIMITED_OPERATIONS


def test_a_rate_limit_pointer_that_names_nothing_stops_generation(project_spec: dict[str, Any]) -> None:
    spec = copy.deepcopy(project_spec)
    spec["paths"]["/messages"]["post"]["x-rate-limit"] = {"class": "messages", "per": ["/query/chat_id"]}
    with pytest.raises(SystemExit, match="POST /messages: x-rate-limit names '/query/chat_id'"):
        facade.rate_limit_plan(spec)
    plan = facade.rate_limit_plan(project_spec)
    assert plan["put /messages/{id}"] == {"class": "messages", "key": "(id, )"}
    assert "'entity_type', 'discussion'" in plan["post /messages"]["key"], "a field left out counts as its default"
