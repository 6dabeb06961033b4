"""scripts/template_delta.py: every template records its provenance, and a stale one is reported."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SCRIPTS
from template_delta import (
    PROJECT_LINE,
    TEMPLATES,
    generator_templates,
    installed_version,
    project_templates,
)

TEMPLATE_NAMES = sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.jinja"))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "template_delta.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_check_passes_on_the_repository() -> None:
    result = run_cli("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_template_has_a_provenance_header(name: str) -> None:
    lines = (TEMPLATES / name).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "{#", f"{name} does not start with a provenance comment block"
    if (generator_templates() / name).is_file():
        assert lines[1].strip() == f"Based on openapi-python-client {installed_version()}: templates/{name}"
        # the change list follows the first line
        assert any(line.strip().startswith("* ") for line in lines[2 : lines.index("#}")]), name
    else:
        assert lines[1].strip() == PROJECT_LINE
    kinds = {t.name: t.kind for t in project_templates(TEMPLATES)}
    assert kinds[name] in {"based", "project"}


def test_a_template_based_on_another_version_fails_the_check(tmp_path: Path) -> None:
    installed = installed_version()
    assert installed != "0.28.0"
    shutil.copy(TEMPLATES / "model.py.jinja", tmp_path / "model.py.jinja")
    path = tmp_path / "model.py.jinja"
    text = path.read_text(encoding="utf-8")
    old = f"Based on openapi-python-client {installed}: templates/model.py.jinja"
    assert old in text
    path.write_text(text.replace(old, "Based on openapi-python-client 0.28.0: templates/model.py.jinja"), "utf-8")

    result = run_cli("--check", "--templates", str(tmp_path))

    assert result.returncode == 1
    assert "model.py.jinja" in result.stderr
    assert "0.28.0" in result.stderr and installed in result.stderr


def test_an_override_without_a_header_fails_the_check(tmp_path: Path) -> None:
    (tmp_path / "str_enum.py.jinja").write_text(
        (generator_templates() / "str_enum.py.jinja").read_text(encoding="utf-8"), "utf-8"
    )
    result = run_cli("--check", "--templates", str(tmp_path))
    assert result.returncode == 1
    assert "str_enum.py.jinja" in result.stderr and "no provenance header" in result.stderr


def test_a_based_on_template_without_a_counterpart_fails_the_check(tmp_path: Path) -> None:
    (tmp_path / "gone.py.jinja").write_text(
        f"{{#\n  Based on openapi-python-client {installed_version()}: templates/gone.py.jinja\n#}}\n", "utf-8"
    )
    result = run_cli("--check", "--templates", str(tmp_path))
    assert result.returncode == 1
    assert "gone.py.jinja" in result.stderr and "no such template" in result.stderr


def test_model_template_really_differs_from_upstream() -> None:
    result = run_cli("--stat")
    assert result.returncode == 0, result.stderr
    lines = {line.split(": ", 1)[0]: line for line in result.stdout.splitlines()}
    assert set(lines) == set(TEMPLATE_NAMES)
    model = lines["model.py.jinja"]
    assert model.endswith(f"against openapi-python-client {installed_version()}")
    added, removed = (int(n[1:]) for n in model.split(": ", 1)[1].split()[:2])
    assert added > 0 and removed > 0
    assert lines["resource_module.py.jinja"] == "resource_module.py.jinja: project template"


def test_the_diff_leaves_out_the_provenance_block() -> None:
    result = run_cli()
    assert result.returncode == 0, result.stderr
    assert "+++ scripts/templates/model.py.jinja" in result.stdout
    assert "Based on openapi-python-client" not in result.stdout
