"""openapi.yaml records the upstream document it follows (`info.x-upstream`), and the drift check finds it by that."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, SCRIPTS
from specio import find_followed, fingerprint, followed_record, load_spec


def test_openapi_yaml_records_what_it_follows(project_spec: dict[str, Any]) -> None:
    record = followed_record(project_spec)
    assert record is not None and record["fingerprint"].startswith("sha256:") and record["revision"]


def test_the_followed_document_is_found_by_content_whatever_its_name(
    project_spec: dict[str, Any], upstream_path: Path, tmp_path: Path
) -> None:
    assert fingerprint(load_spec(upstream_path)) == followed_record(project_spec)["fingerprint"]  # type: ignore[index]
    folder = tmp_path / "upstream"
    (folder / "deep").mkdir(parents=True)
    (folder / "other.yaml").write_text(yaml.safe_dump({"openapi": "3.0.0", "paths": {}}), encoding="utf-8")
    renamed = folder / "deep" / "renamed.json"  # another name, another format: the same content
    renamed.write_text(json.dumps(load_spec(upstream_path)), encoding="utf-8")
    assert find_followed(project_spec, folder) == renamed


def test_a_folder_without_it_is_an_error_and_no_folder_a_skip(project_spec: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"openapi": "3.0.0", "paths": {}}), encoding="utf-8")
    with pytest.raises(SystemExit, match="fingerprint"):
        find_followed(project_spec, tmp_path)
    assert find_followed(project_spec, tmp_path / "absent") is None


def test_update_spec_writes_the_record_and_the_drift_check_uses_it(upstream_path: Path, tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_bytes((ROOT / "openapi.yaml").read_bytes())
    run = [sys.executable, str(SCRIPTS / "update_spec.py"), "--upstream", str(upstream_path), "--spec", str(spec)]
    subprocess.run(run, capture_output=True, text=True, check=True)
    written = followed_record(load_spec(spec))
    assert written is not None and written["fingerprint"] == fingerprint(load_spec(upstream_path))
    drift = [
        sys.executable,
        str(SCRIPTS / "spec_drift.py"),
        "--spec",
        str(spec),
        "--upstream-dir",
        str(upstream_path.parent),
    ]
    result = subprocess.run(drift, capture_output=True, text=True, check=False)
    assert result.returncode == 0 and str(upstream_path) in result.stdout
    absent = subprocess.run([*drift[:-1], str(tmp_path / "absent")], capture_output=True, text=True, check=False)
    assert absent.returncode == 0 and "skipped" in absent.stdout
