"""scripts/changelog.py: the CHANGELOG.md section for a new API revision, built from the drift check's diff."""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path
from typing import Any

import changelog
import pytest
import yaml
from changelog import ApiChanges, api_changes, render_section, revision_of, update_changelog
from conftest import UPSTREAM_DIR
from normalize_spec import normalize
from spec_drift import compare
from specio import load_spec

AUGUST = UPSTREAM_DIR / "openapi.en.yaml"
OCTOBER = UPSTREAM_DIR / "openapi-2026-10.yaml"
JUNE = UPSTREAM_DIR / "history" / "openapi-2026-06-06.yaml"
OCTOBER_CHANGES = UPSTREAM_DIR / "CHANGES-2026-10-structure.md"


# --- helpers -------------------------------------------------------------------------------------


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _wrapped(schema: dict[str, Any]) -> dict[str, Any]:
    return _json({"type": "object", "required": ["data"], "properties": {"data": schema}})


def _old_doc() -> dict[str, Any]:
    """A small document: three operations, two schemas, one enum."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Synthetic", "version": "1.0.0"},
        "tags": [{"name": "Chats"}, {"name": "Users"}],
        "paths": {
            "/chats": {
                "get": {
                    "operationId": "listChats",
                    "tags": ["Chats"],
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {"200": _wrapped({"type": "array", "items": _ref("Chat")})},
                }
            },
            "/chats/{id}": {
                "delete": {
                    "operationId": "deleteChat",
                    "tags": ["Chats"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {"204": {}},
                }
            },
            "/users/{id}": {
                "get": {
                    "operationId": "getUser",
                    "tags": ["Users"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {"200": _wrapped(_ref("User")), "404": {}},
                }
            },
        },
        "components": {
            "schemas": {
                "Chat": {
                    "type": "object",
                    "required": ["id", "kind"],
                    "properties": {"id": {"type": "integer"}, "kind": _ref("ChatKind")},
                },
                "ChatKind": {"type": "string", "enum": ["group", "direct"]},
                "User": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            }
        },
    }


def _new_doc() -> dict[str, Any]:
    """The old document plus one of each kind of change."""
    doc = _old_doc()
    doc["tags"].append({"name": "Drafts"})
    doc["paths"]["/drafts"] = {
        "get": {
            "operationId": "listDrafts",
            "tags": ["Drafts"],
            "responses": {"200": _wrapped({"type": "array", "items": {"type": "string"}})},
        }
    }
    del doc["paths"]["/chats/{id}"]  # removed operation
    schemas = doc["components"]["schemas"]
    schemas["Chat"]["properties"]["title"] = {"type": "string", "format": "uri", "nullable": True}
    schemas["Chat"]["required"].append("title")  # added required property
    schemas["ChatKind"]["enum"].append("channel")  # added enum value
    schemas["UserProfile"] = {"type": "object", "properties": {"id": {"type": "integer"}}}
    doc["paths"]["/users/{id}"]["get"]["responses"]["200"] = _wrapped(_ref("UserProfile"))  # changed return type
    doc["paths"]["/chats"]["get"]["parameters"].append(
        {"name": "archived", "in": "query", "schema": {"type": "boolean"}}
    )
    return doc


def _subsection(section: str, title: str) -> list[str]:
    """The bullet lines (top level only) of one `### title` subsection; [] when it is absent."""
    match = re.search(rf"^### {re.escape(title)}\n\n(.*?)(?=^### |\Z)", section, re.MULTILINE | re.DOTALL)
    if match is None:
        return []
    return [line for line in match.group(1).splitlines() if line.startswith("- ")]


def _assert_each_line_once(changes: ApiChanges) -> None:
    classified = changes.classified()
    assert Counter(line for _, line in classified) == Counter(changes.drift)
    assert len(classified) == len(changes.drift)


def _upstream(*paths: Path) -> list[dict[str, Any]]:
    for path in paths:
        if not path.exists():
            pytest.skip(f"{path} is not beside this clone")
    return [normalize(load_spec(path)) for path in paths]


@pytest.fixture(scope="module")
def august_october() -> tuple[ApiChanges, str]:
    old, new = _upstream(AUGUST, OCTOBER)
    changes = api_changes(old, new)
    return changes, render_section(changes, "2026-10")


# --- synthetic documents (no ../shared needed) ---------------------------------------------------


@pytest.fixture(scope="module")
def synthetic() -> tuple[ApiChanges, str]:
    changes = api_changes(_old_doc(), _new_doc())
    return changes, render_section(changes, "2099-01", date="2099-01-15")


def test_synthetic_operation_added_and_removed(synthetic: tuple[ApiChanges, str]) -> None:
    changes, section = synthetic
    assert [(o.method, o.path, o.operation_id, o.tag) for o in changes.operations_added] == [
        ("GET", "/drafts", "listDrafts", "Drafts")
    ]
    assert [(o.method, o.path, o.python_name, o.tag) for o in changes.operations_removed] == [
        ("DELETE", "/chats/{id}", "delete_chat", "Chats")
    ]
    assert _subsection(section, "Operations added") == ["- `GET /drafts` (`list_drafts`, tag Drafts)"]
    assert _subsection(section, "Operations removed") == ["- `DELETE /chats/{id}` (`delete_chat`, tag Chats)"]
    assert [t.name for t in changes.tags_added] == ["Drafts"]
    assert _subsection(section, "New tags") == ["- `Drafts` (1 operation added)"]


def test_synthetic_property_added(synthetic: tuple[ApiChanges, str]) -> None:
    changes, section = synthetic
    assert [(p.owner, p.name, p.type, p.required) for p in changes.properties_added] == [
        ("Chat", "title", "string (uri) | null", True)
    ]
    assert _subsection(section, "New fields") == ["- `Chat.title`: string (uri) | null, required"]
    assert [s.name for s in changes.schemas_added] == ["UserProfile"]


def test_synthetic_enum_value_added(synthetic: tuple[ApiChanges, str]) -> None:
    changes, section = synthetic
    assert [(v.enum, v.text) for v in changes.enum_values_added] == [("ChatKind", "channel")]
    assert _subsection(section, "New enum values") == ["- `ChatKind`: `channel`"]


def test_synthetic_return_type_and_parameter(synthetic: tuple[ApiChanges, str]) -> None:
    changes, section = synthetic
    by_id = {c.operation_id: c for c in changes.operations_changed}
    assert set(by_id) == {"getUser", "listChats"}
    assert by_id["getUser"].return_type_changed
    assert by_id["getUser"].old_returns == "200 {data: User}"
    assert by_id["getUser"].new_returns == "200 {data: UserProfile}"
    assert not by_id["listChats"].return_type_changed
    assert [i.where for i in by_id["listChats"].parameters_added] == ["GET /chats (listChats) query archived"]
    assert _subsection(section, "Operations changed") == [
        "- `GET /chats` (`list_chats`): parameter added: `archived` (query)",
        "- `GET /users/{id}` (`get_user`): return type changed",
    ]
    assert _subsection(section, "Return types changed") == [
        "- `GET /users/{id}` (`get_user`): `200 {data: User}` → `200 {data: UserProfile}`"
    ]


def test_synthetic_every_line_classified_once(synthetic: tuple[ApiChanges, str]) -> None:
    changes, _ = synthetic
    assert changes.drift == compare(_old_doc(), _new_doc())
    _assert_each_line_once(changes)
    assert not changes.other


def test_synthetic_section_shape(synthetic: tuple[ApiChanges, str]) -> None:
    _, section = synthetic
    assert section.startswith("## API revision 2099-01 (2099-01-15)\n\n### ")
    titles = re.findall(r"^### (.+)$", section, re.MULTILINE)
    assert titles == [
        "New tags",
        "Operations added",
        "Operations changed",
        "Operations removed",
        "Return types changed",
        "New schemas",
        "New fields",
        "New enum values",
    ]
    assert render_section(api_changes(_old_doc(), _new_doc()), "2099-01", date="2099-01-15") == section


def test_only_non_empty_subsections() -> None:
    old = _old_doc()
    new = copy.deepcopy(old)
    new["paths"]["/ping"] = {"get": {"operationId": "ping", "tags": ["Chats"], "responses": {"204": {}}}}
    section = render_section(api_changes(old, new), "2099-02")
    assert re.findall(r"^### (.+)$", section, re.MULTILINE) == ["Operations added"]
    assert render_section(api_changes(old, copy.deepcopy(old)), "2099-03") == (
        "## API revision 2099-03\n\nNo structural changes.\n"
    )


def test_removed_property_enum_value_and_other_lines() -> None:
    old, new = _new_doc(), _old_doc()  # the reverse direction
    new["components"]["schemas"]["User"]["properties"]["id"]["format"] = "int64"  # an "other" line
    changes = api_changes(old, new)
    _assert_each_line_once(changes)
    assert [(p.owner, p.name, p.required) for p in changes.properties_removed] == [("Chat", "title", True)]
    assert [v.text for v in changes.enum_values_removed] == ["channel"]
    assert [t.name for t in changes.tags_removed] == ["Drafts"]
    assert [i.line for i in changes.other] == ["format changed: User.id: (none) -> int64"]
    section = render_section(changes, "2099-04")
    assert _subsection(section, "Other structural changes") == ["- `User.id`: format (none) → `int64`"]
    assert _subsection(section, "Removed fields") == ["- `Chat.title`: string (uri) | null, required"]


def test_many_kinds_of_lines_are_classified_and_rendered() -> None:
    old, new = _old_doc(), _old_doc()
    old["paths"]["/chats/{id}"]["delete"]["requestBody"] = _json({"type": "object"})
    op = new["paths"]["/chats"]["get"]
    op.update(operationId="listAllChats", tags=["Users"], **{"x-requirements": {"scope": "chats:read"}})
    op["parameters"] = [
        {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer", "maximum": 50}}
    ]
    user = new["paths"]["/users/{id}"]["get"]
    user["parameters"] = []
    user["responses"]["404"] = _json({"type": "object"})
    user["requestBody"] = _json({"type": "object"})
    new["paths"]["/chats/{id}"]["delete"]["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {"schema": {"type": "object", "properties": {"x": {"type": "string"}}}},
            "multipart/form-data": {"schema": {"type": "object"}},
        },
    }
    new["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    new["servers"] = [{"url": "https://example.invalid"}]
    new["components"]["schemas"]["ChatKind"]["enum"] = ["direct", "group"]
    new["components"]["schemas"]["Gone"] = {"type": "string"}
    del new["components"]["schemas"]["Chat"]
    changes = api_changes(old, new)
    _assert_each_line_once(changes)
    assert [s.name for s in changes.schemas_removed] == ["Chat"]
    assert len(changes.other) == 3  # servers, enum order, security scheme
    section = render_section(changes, "2099-06")
    assert _subsection(section, "Operations changed") == [
        "- `GET /chats` (`list_all_chats`): `query limit`: required `false` → `true`; `query limit`: maximum (none) → "
        '`50`; operationId: `listChats` → `listAllChats`; tags: `["Chats"]` → `["Users"]`; x-requirements: (none)'
        ' → `{"scope": "chats:read"}`',
        "- `DELETE /chats/{id}` (`delete_chat`): request body changed: `body`: required `false` → `true`; `body.x` "
        "added; `body`: media type `multipart/form-data` added",
        "- `GET /users/{id}` (`get_user`): parameter removed: `id` (path); request body added; error response "
        "changed: 404",
    ]
    assert _subsection(section, "Removed schemas") == ["- `Chat` (object)"]
    assert _subsection(section, "New schemas") == ["- `Gone` (string)"]


def test_snake_case_matches_the_generator() -> None:
    strings = pytest.importorskip("openapi_python_client.strings")
    for name in ("listDrafts", "selfRecreateBotToken", "getOAuthToken", "get_user", "HTTPStatus2Check", "ping"):
        assert changelog.snake_case(name) == strings.snake_case(name)


# --- CHANGELOG.md --------------------------------------------------------------------------------


def _section(revision: str, body: str = "- something\n") -> str:
    return f"## API revision {revision}\n\n### Operations added\n\n{body}"


def test_update_changelog_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    update_changelog(path, _section("2026-10"), "2026-10")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n\n")
    assert text.count("\n\n## API revision 2026-10\n") == 1
    assert len(text.split("\n\n")[1].splitlines()) == 1  # a one-line intro
    update_changelog(path, _section("2026-10"), "2026-10")
    assert path.read_text(encoding="utf-8") == text


def test_update_changelog_replaces_inserts_and_keeps_other_sections(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    hand_written = (
        "## 0.3.0 (unreleased)\n\n  * hand written, odd   spacing\t\n```\n## API revision 1999-01 (in a fence)\n```\n\n"
    )
    june = "## API revision 2026-06-06\n\nWritten by hand.\r\n\n"
    original = "# Changelog\n\nIntro.\n\n" + hand_written + _section("2026-08", "- old text\n") + "\n" + june
    path.write_bytes(original.encode("utf-8"))

    update_changelog(path, _section("2026-08", "- new text\n"), "2026-08")  # replace in place
    replaced = path.read_bytes().decode("utf-8")
    assert replaced == original.replace("- old text", "- new text")

    update_changelog(path, _section("2026-10"), "2026-10")  # newest: before the 2026-08 section
    inserted = path.read_bytes().decode("utf-8")
    assert inserted == replaced.replace(
        "## API revision 2026-08\n", _section("2026-10") + "\n## API revision 2026-08\n"
    )
    assert hand_written in inserted and june in inserted

    update_changelog(path, _section("2026-10"), "2026-10")  # idempotent
    assert path.read_bytes().decode("utf-8") == inserted
    update_changelog(path, _section("2026-09", "- between\n"), "2026-09")  # between two revisions
    update_changelog(path, _section("2026-01", "- oldest\n"), "2026-01")  # after the oldest
    text = path.read_bytes().decode("utf-8")
    order = re.findall(r"^## API revision (\S+)", text, re.MULTILINE)[1:]  # [0]: the fenced one
    assert order == ["2026-10", "2026-09", "2026-08", "2026-06-06", "2026-01"]
    assert text.count("## API revision 2026-10") == 1
    assert hand_written in text and june in text and text.startswith("# Changelog\n\nIntro.\n\n## 0.3.0")


def test_update_changelog_rejects_a_mismatched_section(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        update_changelog(tmp_path / "CHANGELOG.md", _section("2026-10"), "2026-11")
    with pytest.raises(ValueError):
        update_changelog(tmp_path / "CHANGELOG.md", _section("2026-10"), "2026 10")


def test_revision_of() -> None:
    assert revision_of({"info": {"version": "2026-11"}}, "openapi-2026-10.yaml") == "2026-11"
    assert revision_of({"info": {"version": "1.0.0"}}, "/x/openapi-2026-10.yaml") == "2026-10"
    assert revision_of({"info": {"version": "1.0.0"}}, "history/openapi-2026-06-06.yaml") == "2026-06-06"
    assert revision_of({"info": {"version": "1.0.0"}}, "https://h/spec/openapi-2026-09.yaml?raw=1") == "2026-09"
    assert revision_of({"info": {"version": "1.2.0"}}, "openapi.en.yaml") == "1.2.0"
    assert revision_of({"info": {"version": "1.0.0"}}, "openapi-12345-99.yaml") == "1.0.0"
    assert revision_of({}, "openapi.yaml") == "openapi"


def test_cli_writes_the_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "openapi-2099-01.yaml"
    old.write_text(yaml.safe_dump(_old_doc()), encoding="utf-8")
    new.write_text(yaml.safe_dump(_new_doc()), encoding="utf-8")
    target = tmp_path / "CHANGELOG.md"
    assert changelog.main(["--old", str(old), "--new", str(new), "--changelog", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "## API revision 2099-01\n" in text and "- `GET /drafts` (`list_drafts`, tag Drafts)" in text
    assert changelog.main(["--old", str(old), "--new", str(new), "--revision", "R1", "--dry-run"]) == 0
    assert "\n## API revision R1\n" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8") == text  # --dry-run writes nothing


# --- the reference documents (skipped without ../shared) ----------------------------------------


def test_august_to_october_operations_added(august_october: tuple[ApiChanges, str]) -> None:
    changes, section = august_october
    drift_added = {
        tuple(line.split(": ", 1)[1].split(" ", 2)[:2]) for line in changes.drift if line.startswith("operation added:")
    }
    assert len(changes.operations_added) == 23
    assert {(o.method, o.path) for o in changes.operations_added} == drift_added
    bullets = _subsection(section, "Operations added")
    assert len(bullets) == 23
    assert "- `GET /drafts` (`list_drafts`, tag Drafts)" in bullets
    if OCTOBER_CHANGES.exists():  # the reference list of the October structural changes
        block = OCTOBER_CHANGES.read_text().split("### operation added", 1)[1].split("\n### ", 1)[0]
        listed = re.findall(r"^- `(GET|POST|PUT|PATCH|DELETE) (\S+)` — ", block, re.MULTILINE)
        assert set(listed) == drift_added


def test_august_to_october_return_types(august_october: tuple[ApiChanges, str]) -> None:
    changes, section = august_october
    changed = {(c.method, c.path): c for c in changes.operations_changed}
    for key in (("POST", "/chats"), ("POST", "/chats/exports")):
        assert key in changed and changed[key].return_type_changed
    operations = "\n".join(_subsection(section, "Operations changed"))
    returns = "\n".join(_subsection(section, "Return types changed"))
    assert "- `POST /chats` (`create_chat`): " in operations
    assert "- `POST /chats/exports` (`request_export`): " in operations
    assert "`POST /chats` (`create_chat`): `201 {data: Chat}` → `201 {data: Chat, meta: object}`" in returns
    assert "`POST /chats/exports` (`request_export`): `204 no body` → `202 {data: ChatExport}, 204 no body`" in returns
    assert "(`list_tasks`): parameters added: `status` (query)" in operations


def test_august_to_october_tags_and_enum_values(august_october: tuple[ApiChanges, str]) -> None:
    changes, section = august_october
    assert [t.name for t in changes.tags_added] == ["Drafts"]
    assert _subsection(section, "New tags") == ["- `Drafts` (5 operations added)"]
    in_drift = sum(1 for line in changes.drift if line.startswith("enum value added:"))
    assert in_drift > 0 and len(changes.enum_values_added) == in_drift
    rendered = "\n".join(_subsection(section, "New enum values"))
    assert sum(len(re.findall(r"`[^`]+`", line)) - 1 for line in rendered.splitlines()) == in_drift


def test_august_to_october_every_line_classified_once(august_october: tuple[ApiChanges, str]) -> None:
    changes, section = august_october
    _assert_each_line_once(changes)
    assert section == render_section(changes, "2026-10")  # deterministic


def test_june_to_august_every_line_classified_once() -> None:
    old, new = _upstream(JUNE, AUGUST)
    changes = api_changes(old, new)
    _assert_each_line_once(changes)
    assert {o.operation_id for o in changes.operations_added} >= {"listBots", "createStandaloneThread"}


def test_no_upstream_prose_in_the_section(august_october: tuple[ApiChanges, str]) -> None:
    _, section = august_october
    raw = load_spec(OCTOBER)
    texts: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary", "x-guess", "x-source") and isinstance(value, str):
                    texts.add(value.strip())
                collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect(raw)
    long_texts = [t for t in texts if len(t) >= 25]
    assert long_texts
    assert not [t for t in long_texts if t[:25] in section]
