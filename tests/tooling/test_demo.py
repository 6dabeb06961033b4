"""The README's first command: the quickstart runs end to end against the embedded fake."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def test_the_quickstart_runs_against_the_fake_without_a_token() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACHCA_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "against a local fake Pachca at http://127.0.0.1:" in out
    for expected in (
        "profile: Ada Lovelace (@ada)",
        "created chat #",
        "uploaded agenda.txt (48 bytes)",
        "with 1 file and 2 buttons",
        "chats, fetched lazily 2 per page: pachca_client demo, Design reviews, Engineering, General",
        "typed error: NotFoundError: HTTP 404",
        "parsed MessageWebhookPayload; a tampered copy was rejected",
    ):
        assert expected in out, f"{expected!r} missing from:\n{out}"
    assert out.rstrip().endswith("done.")
