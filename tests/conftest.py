"""Shared fixtures: paths, the project's spec, and Pachca's upstream document where it exists."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
UPSTREAM_DIR = ROOT.parent / "shared" / "upstream"

# The project's own tests read strictly, as users' test suites should: every client made here without an
# explicit `strict=` fails on an answer that deviates from openapi.yaml. Tests of tolerant reading say so.
os.environ.setdefault("PACHCA_STRICT", "1")

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from specio import find_followed, load_spec  # noqa: E402

# The fixtures users get: `fake_pachca` (a fake API on 127.0.0.1) and `pachca` (a client for it).
pytest_plugins = ["pachca_client.testing.pytest_plugin"]


@pytest.fixture(scope="session")
def project_spec() -> dict[str, Any]:
    """openapi.yaml as a dict (tests must not mutate it; copy first)."""
    return load_spec(ROOT / "openapi.yaml")


def upstream_file(name: str) -> Path:
    """A document of ../shared/upstream; the calling test is skipped in a clone without it."""
    path = UPSTREAM_DIR / name
    if not path.exists():
        pytest.skip(f"../shared/upstream/{name} is not beside this clone")
    return path


@pytest.fixture(scope="session")
def upstream_path(project_spec: dict[str, Any]) -> Path:
    """The upstream document openapi.yaml follows (its `info.x-upstream`), found by its fingerprint in
    ../shared/upstream; skipped without ../shared."""
    found = find_followed(project_spec, UPSTREAM_DIR)
    if found is None:
        pytest.skip("../shared/upstream is not beside this clone")
    return found


@pytest.fixture(scope="session")
def upstream_spec(upstream_path: Path) -> dict[str, Any]:
    return load_spec(upstream_path)


# --- scripted answers for the client tests (tests/client_helpers.py) ---------------------------------

from collections.abc import Iterable, Iterator  # noqa: E402

from client_helpers import Answer, Script, Scripted  # noqa: E402


@pytest.fixture
def scripted() -> Iterator[Scripted]:
    """`scripted([429, httpx.Response(200, json=...), httpx.ConnectError("x")])`: a handler for `client(...)`.

    It replays the answers in order (an int is a bare response with that status, an exception is
    raised), records the requests in `.requests`, fails the test on a request beyond the script, and
    at teardown fails it if any answer was never asked for.
    """
    scripts: list[Script] = []

    def make(answers: Iterable[Answer]) -> Script:
        script = Script(answers)
        scripts.append(script)
        return script

    yield make
    for script in scripts:
        script.check_done()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on 127.0.0.1, started for the session; tests skip cleanly without the binary."""
    import shutil
    import socket
    import subprocess
    import time

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (.ci/run installs it)")
    redis = pytest.importorskip("redis")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        for _ in range(100):
            try:
                if redis.Redis.from_url(url, socket_timeout=0.2).ping():
                    break
            except redis.ConnectionError:
                time.sleep(0.05)
        else:
            pytest.fail("redis-server did not start within 5 s")
        yield url
    finally:
        server.terminate()
        server.wait(5)
