"""Installable as documented: the project's addresses in one place, the release workflow's structure, and the bundled
bots that `python -m pachca_client.bot` runs by name after a plain install.

The release workflow (.github/workflows/release.yml) runs only on GitHub, so it is checked here as data: a `v*` tag
triggers it, the build job builds and checks with `twine check --strict`, the publish job uses PyPI's trusted
publishing (`id-token: write`, no stored token) after the build, and every job and step is well formed. The wheel
itself (examples inside, project URLs in its metadata, the smoke run of scripts/dist_smoke.py in a fresh venv) is
built and tried in tests/tooling/test_packaging.py, once per run.
"""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT

from pachca_client.bot.__main__ import bundled_examples, find_bot, main

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


@pytest.fixture(scope="module")
def urls() -> dict[str, str]:
    project: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return dict(project["urls"])


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


# --- the project's addresses ----------------------------------------------------------------------------------------


def test_the_project_urls_name_documentation_changelog_source_and_issues(urls: dict[str, str]) -> None:
    assert {"Documentation", "Changelog", "Source", "Issues"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())
    source = urls["Source"]
    assert urls["Issues"] == f"{source}/issues"
    assert urls["Changelog"] == f"{source}/blob/main/CHANGELOG.md"


# --- the release workflow -------------------------------------------------------------------------------------------


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    steps = job["steps"]
    assert isinstance(steps, list) and steps
    return steps


def test_the_release_runs_on_a_version_tag_with_read_only_default_permissions(workflow: dict[Any, Any]) -> None:
    trigger = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert trigger == {"push": {"tags": ["v*"]}}
    assert workflow["permissions"] == {"contents": "read"}


def test_every_job_and_step_is_well_formed(workflow: dict[Any, Any]) -> None:
    jobs = workflow["jobs"]
    assert set(jobs) == {"build", "publish", "docs"}
    for name, job in jobs.items():
        assert job["runs-on"] == "ubuntu-latest", name
        for need in [job["needs"]] if isinstance(job.get("needs"), str) else job.get("needs", []):
            assert need in jobs and need != name, (name, need)
        for step in _steps(job):
            assert ("uses" in step) != ("run" in step), (name, step)
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w./-]+@[\w./-]+", step["uses"]), step["uses"]
    uploaded = {
        s["with"]["name"] for s in _steps(jobs["build"]) if s.get("uses", "").startswith("actions/upload-artifact")
    }
    downloaded = {
        s["with"]["name"] for s in _steps(jobs["publish"]) if s.get("uses", "").startswith("actions/download-artifact")
    }
    assert downloaded and downloaded <= uploaded


def test_the_build_job_builds_checks_and_tries_the_wheel(workflow: dict[Any, Any]) -> None:
    commands = "\n".join(step.get("run", "") for step in _steps(workflow["jobs"]["build"]))
    assert "python -m build" in commands
    assert "twine check --strict dist/*" in commands
    assert "scripts/dist_smoke.py" in commands and (ROOT / "scripts" / "dist_smoke.py").is_file()
    assert "_version.py" in commands and "GITHUB_REF_NAME" in commands  # the tag must name the version


def test_the_publish_job_uses_trusted_publishing_after_the_build(workflow: dict[Any, Any]) -> None:
    publish = workflow["jobs"]["publish"]
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    assert any(step.get("uses", "").startswith("pypa/gh-action-pypi-publish@") for step in _steps(publish))
    assert not any("password" in step.get("with", {}) for step in _steps(publish))  # no stored token
    docs = workflow["jobs"]["docs"]
    assert docs["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(step.get("run") == "make docs" for step in _steps(docs))


# --- the bundled bots -----------------------------------------------------------------------------------------------


def test_every_bot_example_is_bundled_by_name() -> None:
    examples = bundled_examples()
    on_disk = {p.stem.removeprefix("bot_"): p.resolve() for p in (ROOT / "examples").glob("bot_*.py")}
    assert {name: path.resolve() for name, path in examples.items()} == on_disk
    assert {"echo", "form"} <= set(examples)


def test_the_sandbox_runs_a_bundled_bot_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # not the checkout: the name alone finds the example
    out = io.StringIO()
    assert main(["echo"], stdin=io.StringIO("hello\n"), out=out) == 0
    assert out.getvalue().splitlines()[1:] == ["bot says: hello"]
    assert find_bot("bot_form") == find_bot("form") == find_bot("examples/bot_form.py") == bundled_examples()["form"]
    mine = tmp_path / "mybot.py"
    mine.write_text("from pachca_client.bot import App\napp = App()\n", encoding="utf-8")
    assert find_bot("mybot.py") == Path("mybot.py")


def test_the_sandbox_lists_its_bots_and_names_them_when_one_is_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert main(["--list"], out=out) == 0
    listed = dict(line.split(None, 1) for line in out.getvalue().splitlines())
    assert set(listed) == set(bundled_examples())
    with pytest.raises(SystemExit) as stopped:
        main(["no_such_bot"])
    assert stopped.value.code == 2
    known = ", ".join(bundled_examples())
    assert f"'no_such_bot' is neither a file nor a bundled example (bundled: {known})" in capsys.readouterr().err
