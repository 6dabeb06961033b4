"""The drift check: every kind of structural change is reported by name, prose never is."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SCRIPTS, upstream_file
from normalize_spec import iter_operations, normalize
from spec_drift import compare
from specio import dump_spec, load_spec, write_spec

Mutation = Callable[[dict[str, Any]], None]


def run_cli(upstream: Path, spec: Path = ROOT / "openapi.yaml") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "spec_drift.py"), "--upstream", str(upstream), "--spec", str(spec)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"][name]
    return result


def parameter(spec: dict[str, Any], path: str, method: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in spec["paths"][path][method]["parameters"] if p["name"] == name)
    return found


# Each mutation works on openapi.yaml and on the raw upstream document alike (same names there);
# the expected line reads from the unmutated side (openapi.yaml) towards the mutated one.
def remove_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/bots"]["get"]


def add_property(spec: dict[str, Any]) -> None:
    schema(spec, "User")["properties"]["shoe_size"] = {"type": "integer"}


def add_required_property(spec: dict[str, Any]) -> None:
    schema(spec, "User")["properties"]["shoe_size"] = {"type": "integer"}
    schema(spec, "User")["required"].append("shoe_size")


def add_nested_property(spec: dict[str, Any]) -> None:
    schema(spec, "PaginationMeta")["properties"]["paginate"]["properties"]["total"] = {"type": "integer"}


def remove_property(spec: dict[str, Any]) -> None:
    del schema(spec, "User")["properties"]["sso"]
    schema(spec, "User")["required"].remove("sso")


def change_type(spec: dict[str, Any]) -> None:
    schema(spec, "User")["properties"]["id"]["type"] = "string"


def change_format(spec: dict[str, Any]) -> None:
    schema(spec, "User")["properties"]["id"]["format"] = "int64"


def add_enum_value(spec: dict[str, Any]) -> None:
    schema(spec, "AuditEventKey")["enum"].append("foo")


def remove_enum_value(spec: dict[str, Any]) -> None:
    schema(spec, "FileType")["enum"].remove("voice")


def require_parameter(spec: dict[str, Any]) -> None:
    parameter(spec, "/chats", "get", "archived")["required"] = True


def add_status_code(spec: dict[str, Any]) -> None:
    spec["paths"]["/bots/{id}"]["delete"]["responses"]["409"] = {"description": "Conflict."}


def make_nullable(spec: dict[str, Any]) -> None:
    schema(spec, "User")["properties"]["nickname"]["nullable"] = True


def make_optional(spec: dict[str, Any]) -> None:
    schema(spec, "User")["required"].remove("email")


def change_limit(spec: dict[str, Any]) -> None:
    schema(spec, "User")["properties"]["nickname"]["maxLength"] = 100


def add_schema(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Foo"] = {"type": "object", "properties": {"a": {"type": "string"}}}


def remove_parameter(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/chats"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p["name"] != "archived"]


def add_media_type(spec: dict[str, Any]) -> None:
    content = spec["paths"]["/bots"]["post"]["requestBody"]["content"]
    content["multipart/form-data"] = copy.deepcopy(content["application/json"])


def remove_request_body(spec: dict[str, Any]) -> None:
    del spec["paths"]["/bots"]["post"]["requestBody"]


def retarget_reference(spec: dict[str, Any]) -> None:
    schema(spec, "ViewBlockSelect")["properties"]["options"]["items"]["$ref"] = "#/components/schemas/ViewBlockRadio"


def add_scope(spec: dict[str, Any]) -> None:
    schema(spec, "OAuthScope")["enum"].append("foo:bar")


EXPECTED: list[tuple[Mutation, str]] = [
    (remove_operation, "operation removed: GET /bots (listBots)"),
    (add_property, "property added: User.shoe_size"),
    (add_required_property, "property added: User.shoe_size (required)"),
    (add_nested_property, "property added: PaginationMeta.paginate.total"),
    (remove_property, "property removed: User.sso"),
    (change_type, "type changed: User.id: integer -> string"),
    (change_format, "format changed: User.id: int32 -> int64"),
    (add_enum_value, 'enum value added: AuditEventKey: "foo"'),
    (remove_enum_value, 'enum value removed: FileType: "voice"'),
    (require_parameter, "parameter changed: GET /chats (listChats) query archived: required false -> true"),
    (remove_parameter, "parameter removed: GET /chats (listChats) query archived"),
    (add_status_code, "status code added: DELETE /bots/{id} (deleteBot) 409"),
    (make_nullable, "nullable changed: User.nickname: false -> true"),
    (make_optional, "required changed: User.email: required -> optional"),
    (change_limit, "maxLength changed: User.nickname: 255 -> 100"),
    (add_schema, "schema added: Foo"),
    (remove_request_body, "request body removed: POST /bots (createBot)"),
    (retarget_reference, "$ref target changed: ViewBlockSelect.options[]: ViewBlockSelectOption -> ViewBlockRadio"),
    (add_scope, 'enum value added: OAuthScope: "foo:bar"'),
    (add_media_type, "media type added: POST /bots (createBot) body: multipart/form-data"),
]
IDS = [mutation.__name__ for mutation, _ in EXPECTED]


# --- without ../shared: the project's own document against mutated copies of itself ---------------


def test_unmutated_copy_has_no_differences(project_spec: dict[str, Any]) -> None:
    assert compare(project_spec, copy.deepcopy(project_spec)) == []


def test_prose_changes_are_not_differences(project_spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(project_spec)
    changed["info"]["description"] = "Something else entirely."
    changed["paths"]["/bots"]["get"]["summary"] = "Another summary."
    schema(changed, "User")["properties"]["id"]["description"] = "Another description."
    parameter(changed, "/chats", "get", "archived")["description"] = "Another description."
    changed["paths"]["/bots/{id}"]["delete"]["responses"]["204"]["description"] = "Another response text."
    assert changed != project_spec
    assert compare(project_spec, changed) == []


@pytest.mark.parametrize(("mutate", "line"), EXPECTED, ids=IDS)
def test_project_mutation_is_reported(project_spec: dict[str, Any], mutate: Mutation, line: str) -> None:
    mutated = copy.deepcopy(project_spec)
    mutate(mutated)
    assert compare(project_spec, mutated) == [line]


@pytest.mark.parametrize(("mutate", "line"), EXPECTED[:3], ids=IDS[:3])
def test_direction_is_relative_to_openapi_yaml(project_spec: dict[str, Any], mutate: Mutation, line: str) -> None:
    """Swapping the sides turns `added` into `removed` and vice versa."""
    mutated = copy.deepcopy(project_spec)
    mutate(mutated)
    swapped = line.replace("removed:", "ADDED:").replace("added:", "removed:").replace("ADDED:", "added:")
    assert compare(mutated, project_spec) == [swapped.removesuffix(" (required)")]


def test_operation_level_facts(project_spec: dict[str, Any]) -> None:
    mutated = copy.deepcopy(project_spec)
    operation = mutated["paths"]["/bots"]["get"]
    operation["x-requirements"] = {"scope": "bots:write"}
    operation["x-paginated"] = False
    assert compare(project_spec, mutated) == [
        'x-requirements changed: GET /bots (listBots): {"scope": "bots:read"} -> {"scope": "bots:write"}',
        "x-paginated changed: GET /bots (listBots): true -> false",
    ]


def test_union_members(project_spec: dict[str, Any]) -> None:
    mutated = copy.deepcopy(project_spec)
    members = schema(mutated, "WebhookPayloadUnion")["anyOf"]
    first, second = members[0]["$ref"].rsplit("/", 1)[-1], members[1]["$ref"].rsplit("/", 1)[-1]
    members[0], members[1] = members[1], members[0]
    lines = compare(project_spec, mutated)
    assert len(lines) == 1
    assert lines[0].startswith(f"union members reordered: WebhookPayloadUnion anyOf: {first}, {second}, ")
    assert f"-> {second}, {first}, " in lines[0]

    del members[0]
    assert compare(project_spec, mutated) == [f"union member removed: WebhookPayloadUnion anyOf: {second}"]


def test_servers_and_security_schemes(project_spec: dict[str, Any]) -> None:
    mutated = copy.deepcopy(project_spec)
    mutated["servers"][0]["url"] = "https://example.test/api"
    mutated["components"]["securitySchemes"]["Other"] = {"type": "apiKey", "in": "header", "name": "X-Key"}
    lines = compare(project_spec, mutated)
    assert lines == [
        'servers changed: [{"url": "https://api.pachca.com/api/shared/v1", "variables": {}}]'
        ' -> [{"url": "https://example.test/api", "variables": {}}]',
        "security scheme added: Other",
    ]


def test_anything_else_falls_back_to_a_generic_line(project_spec: dict[str, Any]) -> None:
    mutated = copy.deepcopy(project_spec)
    schema(mutated, "User")["x-internal"] = "yes"
    mutated["paths"]["/bots"]["get"]["x-cache-ttl"] = 5
    assert compare(project_spec, mutated) == [
        "changed: GET /bots (listBots)/x-cache-ttl: (none) -> 5",
        "changed: User/x-internal: (none) -> yes",
    ]


def test_cli_without_upstream_checkout(tmp_path: Path, project_spec: dict[str, Any]) -> None:
    same = run_cli(ROOT / "openapi.yaml")
    assert same.returncode == 0, same.stdout + same.stderr
    assert same.stdout.startswith("no structural differences")

    mutated = copy.deepcopy(project_spec)
    change_type(mutated)
    (tmp_path / "mutated.yaml").write_text(dump_spec(mutated), encoding="utf-8")
    drift = run_cli(tmp_path / "mutated.yaml")
    assert drift.returncode == 1
    assert drift.stdout.splitlines() == ["type changed: User.id: integer -> string"]


# --- against Pachca's published document (skipped without ../shared) -----------------------------


def test_cli_reports_no_drift_against_the_newest_upstream(upstream_path: Path) -> None:
    result = run_cli(upstream_path)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().startswith("no structural differences")
    assert len(result.stdout.splitlines()) == 1


def documented_changes(section: str) -> set[str]:
    """`METHOD /path` (or names) listed under a `### <section> (N)` heading of CHANGES-2026-10-structure.md."""
    text = upstream_file("CHANGES-2026-10-structure.md").read_text(encoding="utf-8")
    match = re.search(rf"^### {re.escape(section)} \((\d+)\)\n(.*?)(?=^### |\Z)", text, re.M | re.S)
    assert match, section
    items = set(re.findall(r"^- `([^`]+)`", match.group(2), re.M))
    assert len(items) == int(match.group(1))
    return items


def test_drift_against_august_reports_exactly_the_documented_changes(tmp_path: Path) -> None:
    """The October document (normalised) vs the August one: the operations and tags the October changelog
    lists, no more. Both are fixed documents of the past, so this holds whatever openapi.yaml follows now."""
    october = tmp_path / "october.yaml"
    write_spec(normalize(load_spec(upstream_file("openapi-2026-10.yaml"))), october)
    result = run_cli(upstream_file("openapi.en.yaml"), spec=october)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    removed_ops = {
        re.sub(r" \(\w+\)$", "", line.split(": ", 1)[1]) for line in lines if line.startswith("operation removed: ")
    }
    assert removed_ops == documented_changes("operation added")
    assert not [line for line in lines if line.startswith("operation added: ")]
    assert {line.split(": ", 1)[1] for line in lines if line.startswith("tag removed: ")} == documented_changes(
        "tag added"
    )
    schemas_removed = {line.split(": ", 1)[1] for line in lines if line.startswith("schema removed: ")}
    documented = documented_changes("schema added") | documented_changes("schema added (enum)")
    assert schemas_removed == documented


def test_cli_reports_the_operations_added_since_the_old_revision(upstream_path: Path) -> None:
    old_path = upstream_file("history/openapi-2026-06-06.yaml")
    current = normalize(load_spec(upstream_path))
    old = normalize(load_spec(old_path))
    current_ops = {(path, method): op["operationId"] for path, method, op in iter_operations(current)}
    old_ops = {(path, method): op["operationId"] for path, method, op in iter_operations(old)}
    new_since = {key: op_id for key, op_id in current_ops.items() if key not in old_ops}
    gone_since = {key: op_id for key, op_id in old_ops.items() if key not in current_ops}
    assert new_since

    result = run_cli(old_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    reported = sorted(line for line in lines if line.startswith("operation "))
    # openapi.yaml -> the old document: what came since is "removed" there, what went since is "added"
    expected = sorted(
        [f"operation removed: {m.upper()} {path} ({op_id})" for (path, m), op_id in new_since.items()]
        + [f"operation added: {m.upper()} {path} ({op_id})" for (path, m), op_id in gone_since.items()]
    )
    assert reported == expected
    assert any(line.startswith("schema removed: ") for line in lines)


@pytest.mark.parametrize(("mutate", "line"), EXPECTED, ids=IDS)
def test_upstream_mutation_is_reported(
    project_spec: dict[str, Any], upstream_spec: dict[str, Any], mutate: Mutation, line: str
) -> None:
    mutated = copy.deepcopy(upstream_spec)
    mutate(mutated)
    assert compare(project_spec, normalize(mutated)) == [line]


def test_the_projects_rate_limit_classes_are_not_api_drift(project_spec: dict[str, Any]) -> None:
    """`x-rate-limit` comes from the normaliser's own table: no upstream document has it to differ from."""
    mutated = copy.deepcopy(project_spec)
    mutated["paths"]["/bots"]["get"]["x-rate-limit"] = {"class": "reading"}
    del mutated["paths"]["/messages"]["post"]["x-rate-limit"]
    assert compare(project_spec, mutated) == []
