"""The update drill: carry realistic changes of the followed upstream document through the maintainer's workflow.

    python scripts/update_drill.py [--only new_tag,removed_operation] [--list] [--keep]

For each mutation of the document openapi.yaml follows (found by `info.x-upstream` in ../shared/upstream),
in a temporary copy of the project (its tracked files, with a ../shared beside it that holds the mutated
document too): `update_spec.py --upstream <mutated>` -> `generate.py` -> the test suite, run by the
project's own Python with the copy first on the path. Each failing test is put in one of three groups:

- prose: a test of openapi.yaml's own words (a new operation or schema needs descriptions: a maintainer
  writes them, `update_spec.py` lists where);
- about the change: a test whose source names what the mutation touched (a removed operation, a renamed
  property), or whose failure does (the fake still answers the old name): it breaks because the API really
  changed, and a maintainer updates what it names;
- other: a test that broke although it is not about the change. The drill passes with none of these.

It also reports the handwritten files the change needed (none: the drill edits no file by hand). Exit 1
when any mutation has a failure of the third group. `make update-drill` runs every mutation; CI runs two.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specio import find_followed, load_spec, write_spec

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM_DIR = ROOT.parent / "shared" / "upstream"
PROSE_TESTS = ("tests/spec/test_spec_prose.py",)
# Names a mutation touches that are too common to tell, in a failure's text, that the failure is about it.
_COMMON_WORDS = frozenset({"code", "id", "name", "widget", "widgets"})

Document = dict[str, Any]


@dataclass
class Mutation:
    """A change of the upstream document: `apply` edits it and returns the names it touched."""

    name: str
    summary: str
    apply: Callable[[Document], set[str]]


@dataclass
class Outcome:
    mutation: Mutation
    touched: set[str]
    prose: list[str] = field(default_factory=list)
    about: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    step_failed: str = ""
    handwritten: list[str] = field(default_factory=list)


# --- the mutations ----------------------------------------------------------------------------------------


def _schemas(doc: Document) -> dict[str, Any]:
    schemas: dict[str, Any] = doc["components"]["schemas"]
    return schemas


def _scope_enum(doc: Document) -> dict[str, Any]:
    scope: dict[str, Any] = _schemas(doc)["OAuthScope"]
    return scope


def _add_scope(doc: Document, scope: str, roles: list[str]) -> None:
    enum = _scope_enum(doc)
    enum["enum"].append(scope)
    key = scope.replace(":", "_")
    enum.setdefault("x-scope-roles", {})[key] = roles


def new_tag(doc: Document) -> set[str]:
    """A new tag `Widgets` with list (paginated), create, get, update and delete, and two new scopes."""
    doc.setdefault("tags", []).append({"name": "Widgets", "description": "Drill widgets."})
    for scope in ("widgets:read", "widgets:write"):
        _add_scope(doc, scope, ["owner", "admin", "user", "bot"])
    schemas = _schemas(doc)
    schemas["Widget"] = {
        "type": "object",
        "required": ["id", "name", "created_at"],
        "properties": {
            "id": {"type": "integer", "format": "int32", "description": "Widget id."},
            "name": {"type": "string", "maxLength": 100, "description": "Widget name."},
            "created_at": {"type": "string", "format": "date-time", "description": "Creation time."},
            "color": {"type": "string", "nullable": True, "description": "Colour."},
        },
        "description": "A drill widget.",
    }
    schemas["WidgetCreateRequest"] = {
        "type": "object",
        "required": ["widget"],
        "properties": {
            "widget": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 100, "description": "Name."},
                    "color": {"type": "string", "description": "Colour."},
                },
                "description": "The widget.",
            }
        },
        "description": "Create a widget.",
    }
    one = {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"$ref": "#/components/schemas/Widget"}},
    }
    paginate = copy.deepcopy(
        next(
            op
            for item in doc["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and str(op.get("operationId", "")).rsplit("_", 1)[-1] == "listTags"
        )
    )
    listing = paginate["responses"]["200"]["content"]["application/json"]["schema"]
    listing = copy.deepcopy(listing)
    listing.setdefault("properties", {})["data"] = {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}

    def operation(op_id: str, scope: str, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {
            "tags": ["Widgets"],
            "operationId": f"WidgetOperations_{op_id}",
            "summary": op_id,
            "x-requirements": {"scope": scope},
            "responses": {**responses, "401": paginate["responses"].get("401", {"description": "Unauthorized"})},
            **extra,
        }

    json_of = {"content": {"application/json": {"schema": one}}, "description": "OK"}
    body = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetCreateRequest"}}},
    }
    id_parameter = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "format": "int32"}}]
    doc["paths"]["/widgets"] = {
        "get": operation(
            "listWidgets",
            "widgets:read",
            {"200": {"content": {"application/json": {"schema": listing}}, "description": "OK"}},
            parameters=[p for p in paginate.get("parameters", []) if p.get("name") in ("limit", "cursor")],
        ),
        "post": operation("createWidget", "widgets:write", {"201": json_of}, requestBody=body),
    }
    doc["paths"]["/widgets/{id}"] = {
        "get": operation("getWidget", "widgets:read", {"200": json_of}, parameters=id_parameter),
        "put": operation("updateWidget", "widgets:write", {"200": json_of}, parameters=id_parameter, requestBody=body),
        "delete": operation(
            "deleteWidget", "widgets:write", {"204": {"description": "No content"}}, parameters=id_parameter
        ),
    }
    return {"widget", "Widget", "widgets"}


def removed_operation(doc: Document) -> set[str]:
    """The last operation of the last path that has more than one operation is removed."""
    for path in reversed(list(doc["paths"])):
        item = doc["paths"][path]
        methods = [m for m in ("get", "put", "post", "delete", "patch") if m in item]
        if len(methods) > 1:
            removed = item.pop(methods[-1])
            op_id = str(removed["operationId"]).rsplit("_", 1)[-1]
            return {op_id, _snake(op_id)}
    raise SystemExit("no path with two operations to remove one from")


def new_webhook_event(doc: Document) -> set[str]:
    """A new webhook payload (`type: task`, `event: reminder`) joins the payload union."""
    schemas = _schemas(doc)
    schemas["TaskReminderWebhookPayload"] = {
        "type": "object",
        "required": ["type", "event", "task_id", "user_id", "webhook_timestamp"],
        "properties": {
            "type": {"type": "string", "enum": ["task"], "description": "Kind."},
            "event": {"type": "string", "enum": ["reminder"], "description": "Event."},
            "task_id": {"type": "integer", "format": "int32", "description": "Task."},
            "user_id": {"type": "integer", "format": "int32", "description": "User."},
            "webhook_timestamp": {"type": "integer", "format": "int32", "description": "Sent at."},
        },
        "description": "A reminder of a task.",
    }
    schemas["WebhookPayloadUnion"]["anyOf"].append({"$ref": "#/components/schemas/TaskReminderWebhookPayload"})
    return {"TaskReminderWebhookPayload", "reminder"}


def nullable_ref_sibling(doc: Document) -> set[str]:
    """The first required reference of `Message` (`$ref`, or `allOf` of one) becomes `$ref` + `nullable: true`."""
    message = _schemas(doc)["Message"]
    for name in message.get("required", []):
        prop = message["properties"].get(name, {})
        ref = (
            prop.get("$ref") or (prop.get("allOf") or [{}])[0].get("$ref") if len(prop.get("allOf", [1])) == 1 else None
        )
        if ref and not prop.get("nullable"):
            message["properties"][name] = {"$ref": ref, "nullable": True, "description": prop.get("description", name)}
            return set()
    raise SystemExit("Message has no required reference to make nullable")


def allof_with_siblings(doc: Document) -> set[str]:
    """`Chat` becomes `allOf: [its old self]` with a new sibling property."""
    schemas = _schemas(doc)
    schemas["ChatCore"] = schemas["Chat"]
    schemas["Chat"] = {
        "allOf": [{"$ref": "#/components/schemas/ChatCore"}],
        "properties": {"pinned_count": {"type": "integer", "format": "int32", "description": "Pins."}},
        "description": schemas["ChatCore"].get("description", "A chat."),
    }
    return {"ChatCore"}


def renamed_property(doc: Document) -> set[str]:
    """A response property is renamed: `Reaction.code` becomes `emoji_code`."""
    reaction = _schemas(doc)["Reaction"]
    reaction["properties"]["emoji_code"] = reaction["properties"].pop("code")
    reaction["required"] = ["emoji_code" if name == "code" else name for name in reaction.get("required", [])]
    return {"code", "emoji_code"}


def new_enum_value(doc: Document) -> set[str]:
    """An enum gains a value: `ChatMemberRole` adds `moderator`."""
    for name, schema in _schemas(doc).items():
        if name.startswith("ChatMemberRole") and "enum" in schema:
            schema["enum"].append("moderator")
            return {"moderator"}
    raise SystemExit("no ChatMemberRole enum")


MUTATIONS = [
    Mutation("new_tag", "a new tag with list, create, get, update and delete", new_tag),
    Mutation("removed_operation", "an operation removed", removed_operation),
    Mutation("new_webhook_event", "a new webhook event in the payload union", new_webhook_event),
    Mutation("nullable_ref_sibling", "a $ref with a nullable sibling", nullable_ref_sibling),
    Mutation("allof_with_siblings", "an allOf with sibling properties", allof_with_siblings),
    Mutation("renamed_property", "a response property renamed", renamed_property),
    Mutation("new_enum_value", "an enum value added", new_enum_value),
]


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# --- carrying one through ---------------------------------------------------------------------------------


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [name for name in listed.decode().split("\0") if name]


def lay_out(work: Path, mutated: Document) -> tuple[Path, Path]:
    """The project's tracked files in `work/project`, and `work/shared` with the mutated document beside the others."""
    project = work / "project"
    for name in tracked_files():
        source = ROOT / name
        if source.is_file():
            target = project / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    shared = work / "shared"  # links to ../shared (read-only in CI), and the mutated document of our own
    (shared / "upstream").mkdir(parents=True)
    for entry in UPSTREAM_DIR.parent.iterdir():
        if entry.name != "upstream":
            (shared / entry.name).symlink_to(entry.resolve())
    for entry in UPSTREAM_DIR.iterdir():
        (shared / "upstream" / entry.name).symlink_to(entry.resolve())
    document = shared / "upstream" / "openapi-drill.yaml"
    write_spec(mutated, document)
    return project, document


def run(command: list[str], cwd: Path, log: Path) -> bool:
    env = {**os.environ, "PYTHONPATH": str(cwd), "PYTHONDONTWRITEBYTECODE": "1"}
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        return (
            subprocess.run(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, check=False).returncode == 0
        )


def failures(report: Path) -> dict[str, str]:
    """The failed or erroring tests of a JUnit XML report: node id -> what the failure said (its message,
    traceback and captured output)."""
    if not report.exists():
        return {}
    found = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            path = str(case.get("classname", "")).replace(".", "/") + ".py"
            said = " ".join(
                f"{part.get('message', '')} {part.text or ''}"
                for part in case
                if part.tag in ("failure", "error", "system-out", "system-err")
            )
            found[f"{path}::{case.get('name')}"] = said
    return found


def _ran_tests(report: Path) -> bool:
    root = ElementTree.parse(report).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    ran = sum(int(suite.get("tests", "0")) for suite in suites)
    broken = sum(int(suite.get("errors", "0")) for suite in suites)
    return ran > 0 and not (broken and not any(True for _ in root.iter("testcase")))


def names_in(project: Path, node_id: str) -> str:
    """The source of the test function of `node_id` and of the same file's functions it calls (one level);
    its whole file when the function is not found."""
    path, _, name = node_id.partition("::")
    source = (project / path).read_text(encoding="utf-8") if (project / path).exists() else ""
    functions = {
        match.group(1): match.group(0)
        for match in re.finditer(r"^def (\w+)\(.*?(?=^def |^class |\Z)", source, re.S | re.M)
    }
    own = functions.get(name.split("[")[0])
    if own is None:
        return source
    helpers = [text for helper, text in functions.items() if re.search(rf"\b{helper}\(", own)]
    return "\n".join([own, *helpers])


def carry(mutation: Mutation, followed: Path, keep: bool) -> Outcome:
    document = load_spec(followed)
    touched = mutation.apply(document)
    outcome = Outcome(mutation, touched)
    work = Path(tempfile.mkdtemp(prefix=f"drill-{mutation.name}-"))
    try:
        project, mutated = lay_out(work, document)
        before = snapshot(project)
        log = work / "drill.log"
        python = sys.executable
        steps = [
            ("update-spec", [python, "scripts/update_spec.py", "--upstream", str(mutated), "--revision", "drill"]),
            ("generate", [python, "scripts/generate.py"]),
        ]
        for label, command in steps:
            if not run(command, project, log):
                outcome.step_failed = label
                return outcome
        report = work / "junit.xml"
        pytest = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "junit_logging=all"]
        run([*pytest, f"--junitxml={report}"], project, log)
        if not report.exists() or not _ran_tests(report):  # the suite did not even start (a collection error)
            outcome.step_failed = "tests (the suite did not run)"
            return outcome
        for node, said in failures(report).items():
            if node.startswith(PROSE_TESTS):
                outcome.prose.append(node)
            elif any(re.search(rf"\b{re.escape(name)}\b", names_in(project, node)) for name in touched):
                outcome.about.append(node)  # the test names what changed
            elif any(re.search(rf"\b{re.escape(name)}\b", said) for name in touched - _COMMON_WORDS):
                outcome.about.append(node)  # its failure names what changed
            else:
                outcome.other.append(node)
        outcome.handwritten = handwritten_changes(project, before)
        return outcome
    finally:
        if keep:
            print(f"  kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def snapshot(project: Path) -> dict[str, str]:
    """A hash of each handwritten file of the copy (not openapi.yaml, CHANGELOG.md, api.md, generated code)."""
    found = {}
    for path in sorted(project.rglob("*")):
        name = path.relative_to(project).as_posix()
        generated = name in ("openapi.yaml", "CHANGELOG.md", "api.md") or name.startswith("pachca_client/generated/")
        if path.is_file() and not generated and "__pycache__" not in path.parts and ".venv" not in path.parts:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def handwritten_changes(project: Path, before: dict[str, str]) -> list[str]:
    """Handwritten files of the copy that the workflow changed or removed (it should touch none; files the
    tests create, such as build output, are not handwritten)."""
    after = snapshot(project)
    return sorted(name for name in before if before[name] != after.get(name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help=f"comma-separated mutations: {', '.join(m.name for m in MUTATIONS)}")
    parser.add_argument("--list", action="store_true", help="list the mutations and stop")
    parser.add_argument("--keep", action="store_true", help="keep each temporary copy (for a look at the log)")
    args = parser.parse_args(argv)
    if args.list:
        for mutation in MUTATIONS:
            print(f"{mutation.name}: {mutation.summary}")
        return 0
    chosen = MUTATIONS if not args.only else [m for m in MUTATIONS if m.name in args.only.split(",")]
    followed = find_followed(load_spec(ROOT / "openapi.yaml"), UPSTREAM_DIR)
    if followed is None:
        print(f"{UPSTREAM_DIR} is not here: the drill needs the document openapi.yaml follows; skipped")
        return 0
    outcomes = []
    for mutation in chosen:
        print(f"== {mutation.name}: {mutation.summary}", flush=True)
        outcome = carry(mutation, followed, args.keep)
        outcomes.append(outcome)
        for group in ("other", "about", "prose"):
            for node in getattr(outcome, group):
                print(f"  {group}: {node}")
        if outcome.step_failed:
            print(f"  {outcome.step_failed} failed")
    print()
    print("| mutation | failed, not about the change | about the change | prose | handwritten files needed |")
    print("|---|---:|---:|---:|---|")
    for outcome in outcomes:
        other = f"{outcome.step_failed} failed" if outcome.step_failed else str(len(outcome.other))
        handwritten = ", ".join(outcome.handwritten) or "none"
        print(f"| {outcome.mutation.name} | {other} | {len(outcome.about)} | {len(outcome.prose)} | {handwritten} |")
    bad = [o for o in outcomes if o.other or o.step_failed or o.handwritten]
    print(json.dumps({"mutations": len(outcomes), "failing": [o.mutation.name for o in bad]}))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
