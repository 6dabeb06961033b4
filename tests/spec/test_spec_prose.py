"""openapi.yaml's prose is the project's own, complete where it must be, and survives updates."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import prose
from conftest import ROOT, SCRIPTS, UPSTREAM_DIR
from normalize_spec import PROSE_KEYS, iter_operations
from specio import load_spec


def _texts(node: Any, found: set[str]) -> set[str]:
    """Every description/summary string anywhere in a document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary") and isinstance(value, str):
                found.add(value.strip())
            _texts(value, found)
    elif isinstance(node, list):
        for value in node:
            _texts(value, found)
    return found


def test_every_operation_has_a_summary_and_a_description(project_spec: dict[str, Any]) -> None:
    operations = [obj for _, kind, obj in prose.iter_slots(project_spec) if kind == "operation"]
    assert len(operations) == sum(1 for _ in iter_operations(project_spec))
    for operation in operations:
        assert operation.get("summary"), operation["operationId"]
        assert operation.get("description"), operation["operationId"]
        assert len(operation["summary"]) <= 80


def test_components_parameters_and_info_are_described(project_spec: dict[str, Any]) -> None:
    assert prose.missing(project_spec) == []


def _normalised(text: str) -> str:
    """A text reduced to its words: case, punctuation and spacing do not make a copy original."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def test_no_description_is_copied_from_upstream(project_spec: dict[str, Any], upstream_path: Path) -> None:
    ours = {_normalised(text): text for text in _texts(project_spec, set())}
    assert ours, "openapi.yaml has descriptions to compare"
    for path in sorted(UPSTREAM_DIR.rglob("*.yaml")):  # every document Pachca published, the followed one too
        theirs = {_normalised(text) for text in _texts(load_spec(path), set())}
        copied = sorted(ours[key] for key in ours.keys() & theirs if key)
        assert copied == [], f"copied from upstream {path.name} (apart from case and punctuation): {copied[:5]}"


def test_the_copy_check_ignores_case_and_punctuation() -> None:
    assert _normalised("Delete a task.") == _normalised("delete  a TASK")
    assert _normalised("Delete a task.") != _normalised("Delete the task.")


def test_examples_are_not_carried_over(project_spec: dict[str, Any]) -> None:
    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in PROSE_KEYS - {"description", "summary"} and not path.endswith("/properties"):
                    raise AssertionError(f"{path}/{key} carries upstream sample data")
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}/{index}")

    walk(project_spec, "")


def _update_spec(spec: Path, upstream: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "update_spec.py"), "--upstream", str(upstream), "--spec", str(spec)],
        capture_output=True,
        text=True,
        check=True,
    )


def test_update_spec_reproduces_openapi_yaml_byte_for_byte(tmp_path: Path, upstream_path: Path) -> None:
    """Updating to the revision openapi.yaml was made from changes nothing: prose kept, order kept."""
    copy = tmp_path / "openapi.yaml"
    shutil.copy(ROOT / "openapi.yaml", copy)
    result = _update_spec(copy, upstream_path)
    assert copy.read_bytes() == (ROOT / "openapi.yaml").read_bytes()
    assert "needs a description" not in result.stdout
    assert "dropped" not in result.stdout


def test_update_spec_lists_what_an_api_update_needs_described(tmp_path: Path, upstream_path: Path) -> None:
    """From the June revision to today's: the new operations are listed for a maintainer to describe."""
    old_upstream = UPSTREAM_DIR / "history" / "openapi-2026-06-06.yaml"
    spec = tmp_path / "openapi.yaml"
    shutil.copy(ROOT / "openapi.yaml", spec)
    downgrade = _update_spec(spec, old_upstream)
    assert "dropped (its place is gone): paths/~1bots/get" in downgrade.stdout
    old_operations = {key for key, kind, _ in prose.iter_slots(load_spec(spec)) if kind == "operation"}
    assert len(old_operations) == sum(1 for _ in iter_operations(load_spec(old_upstream)))

    upgrade = _update_spec(spec, upstream_path)
    updated = load_spec(spec)
    # Texts are keyed by path and method, so an operation renamed upstream (unfurl) keeps its prose.
    new_operations = [
        key for key, kind, _ in prose.iter_slots(updated) if kind == "operation" and key not in old_operations
    ]
    assert len(new_operations) == len(list(iter_operations(updated))) - len(old_operations) > 0
    for key in new_operations:
        assert f"needs a description: {key} (summary)" in upgrade.stdout
        assert f"needs a description: {key} (description)" in upgrade.stdout
    # Prose of operations that existed in both revisions survived the round trip.
    current = load_spec(ROOT / "openapi.yaml")
    assert updated["paths"]["/chats"]["get"]["description"] == current["paths"]["/chats"]["get"]["description"]
