"""The distribution: `python -m build` gives a clean sdist and wheel, and the wheel works in a fresh venv.

The build runs on a copy of the project (so the checkout gets no build/ or *.egg-info) and builds the
wheel from the sdist, as `python -m build` does by default, so a file missing from the sdist shows up
as a broken wheel. The isolated build environment and the fresh venv's dependencies come from the
package index pip is configured with.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from pachca_client._version import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST_NAME = "pachca-api-client"

# Not part of the project: version control, environments, caches and earlier build output.
_NOT_SOURCES = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".bench",
)
# setuptools names every file it copies; a module called e.g. `deprecated_field.py` is not a warning.
_FILE_LISTING = re.compile(r"^(copying|adding|creating|removing|hard linking) ")
_WARNING = re.compile(r"warn|deprecat", re.IGNORECASE)


@dataclass(frozen=True)
class Built:
    wheel: Path
    sdist: Path
    output: str
    seconds: float


def _clean_env() -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE makes setuptools print "warning: byte-compiling is disabled"; that is
    # the environment, not the project. PYTHONPATH would leak the checkout into the fresh venv.
    drop = {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _run(args: list[str], *, cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, cwd=cwd, env=_clean_env(), capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if importlib.util.find_spec("build") is None:
        pytest.skip("the `build` package is not installed (pip install build, or the dev extra)")
    work = tmp_path_factory.mktemp("packaging")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCES)
    outdir = work / "dist"
    started = time.monotonic()
    result = _run([sys.executable, "-m", "build", "--outdir", str(outdir), str(source)], cwd=work, timeout=240)
    seconds = time.monotonic() - started
    wheels = sorted(outdir.glob("*.whl"))
    sdists = sorted(outdir.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(p.name for p in outdir.iterdir())
    return Built(wheels[0], sdists[0], result.stdout + result.stderr, seconds)


def test_the_build_prints_no_warnings(built: Built) -> None:
    noisy = [
        line for line in built.output.splitlines() if _WARNING.search(line) and not _FILE_LISTING.match(line.strip())
    ]
    assert not noisy, "\n".join(noisy)
    assert built.seconds < 60, f"the build took {built.seconds:.1f} s"


def test_the_wheel_carries_the_metadata_py_typed_and_every_package(built: Built) -> None:
    assert built.wheel.name.startswith(f"pachca_api_client-{__version__}-")
    with zipfile.ZipFile(built.wheel) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"pachca_api_client-{__version__}.dist-info/METADATA").decode()
    assert "pachca_client/py.typed" in names
    assert "pachca_client/generated/py.typed" in names
    assert f"pachca_api_client-{__version__}.dist-info/licenses/LICENSE" in names
    packages = {init.relative_to(ROOT).as_posix() for init in (ROOT / "pachca_client").rglob("__init__.py")}
    assert {"pachca_client/generated/api/__init__.py", "pachca_client/testing/__init__.py"} <= packages
    assert packages <= names, sorted(packages - names)
    headers = dict(line.split(": ", 1) for line in metadata.split("\n\n", 1)[0].splitlines() if ": " in line)
    assert headers["Name"] == DIST_NAME
    assert headers["Version"] == __version__
    assert headers["License-Expression"] == "MIT"
    # the examples ship inside the package (setup.py maps examples/), so the bot sandbox finds them by name
    examples = {f"pachca_client/examples/{p.name}" for p in (ROOT / "examples").glob("*.py")}
    assert "pachca_client/examples/bot_echo.py" in examples and examples <= names, sorted(examples - names)
    # the project's addresses, from pyproject.toml's [project.urls]
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    listed = re.findall(r"^Project-URL: (.+?), (.+)$", metadata.split("\n\n", 1)[0], re.M)
    assert dict(listed) == urls


def test_the_sdist_carries_the_spec_readme_and_license(built: Built) -> None:
    prefix = f"pachca_api_client-{__version__}/"
    with tarfile.open(built.sdist) as sdist:
        names = set(sdist.getnames())
    shipped = ("openapi.yaml", "README.md", "LICENSE", "pyproject.toml", "pachca_client/_version.py")
    # the rest of the documentation, from MANIFEST.in
    for name in (*shipped, "api.md", "CHANGELOG.md", "README.ru.md"):
        assert prefix + name in names, name


def test_the_wheel_installs_and_imports_in_a_fresh_venv(built: Built, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # The dependencies (httpx, attrs, python-dateutil) come from the configured package index.
    _run([str(python), "-m", "pip", "install", "--quiet", str(built.wheel)], cwd=tmp_path, timeout=240)
    code = (
        "import pachca_client, pachca_client.generated.resources, pachca_client.testing;"
        "print(pachca_client.__version__); print(pachca_client.__file__)"
    )
    # cwd is tmp_path, not the checkout, so the import can only find the installed copy.
    version, location = _run([str(python), "-c", code], cwd=tmp_path, timeout=120).stdout.split()
    assert version == __version__
    assert Path(location).resolve().is_relative_to(venv.resolve()), location
    # what `make dist` then does: the fake served and called, the `pachca` command, the bundled bots by name
    smoke = _run([str(python), str(ROOT / "scripts" / "dist_smoke.py")], cwd=tmp_path, timeout=240)
    assert "ok: the bot sandbox ran the bundled examples" in smoke.stdout, smoke.stdout


def test_twine_check_passes(built: Built) -> None:
    if importlib.util.find_spec("twine") is None:
        pytest.skip("`twine` is not installed (pip install twine, or the dev extra)")
    result = _run(
        [sys.executable, "-m", "twine", "check", "--strict", str(built.wheel), str(built.sdist)],
        cwd=built.wheel.parent,
        timeout=120,
    )
    assert result.stdout.count("PASSED") == 2, result.stdout
