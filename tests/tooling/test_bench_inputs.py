"""The benchmarks stay runnable and honest: their canned answers are valid for openapi.yaml, and a
quick run of the parse section works from a clean interpreter (bench/payloads.py finds
tests/spec_samples.py and scripts/normalize_spec.py by itself, without tests/conftest.py's paths, and
without the dev-only packages the bench venv does not install)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import json, sys
for dev_only in ("openapi_python_client", "pytest"):  # the bench venv has neither
    sys.modules[dev_only] = None
sys.path.insert(0, "bench")
import payloads
from pachca_client.models import (
    GetChatResponse, GetMessageResponse, ListChatMessagesResponse, ListChatsResponse, ListUsersResponse,
    SearchMessagesResponse,
)
pages = {
    "CHAT_BODY": GetChatResponse,
    "MESSAGE_BODY": GetMessageResponse,
    "MESSAGES_PAGE_BODY": ListChatMessagesResponse,
    "CHATS_PAGE_BODY": ListChatsResponse,
    "USERS_PAGE_BODY": ListUsersResponse,
    "SEARCH_PAGE_BODY": SearchMessagesResponse,
}
for name, model in pages.items():
    model.from_dict(json.loads(getattr(payloads, name)))
ListChatsResponse.from_dict(json.loads(payloads.chats_page(3, 5)))
print(json.dumps(sorted(pages)))
"""


def test_every_canned_answer_is_valid_and_payloads_import_on_their_own() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 6


def test_a_quick_parse_run_reports_the_validated_parse_against_json_loads(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--only", "parse", "--output", str(report)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    text = report.read_text(encoding="utf-8")
    assert "| search page, 200 messages |" in text and "| messages page, 50 messages |" in text
    assert "ours / json" in text
