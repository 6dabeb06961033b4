"""The `pachca` command line, end to end against a FakePachca (as a subprocess, as a user runs it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from pachca_client.generated.operations import OPERATIONS
from pachca_client.testing import FakePachca


@pytest.fixture
def fake() -> Any:
    with FakePachca() as fake:
        yield fake


def pachca(
    fake: FakePachca | None, *args: str, stdin: str = "", token: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PACHCA_TOKEN", "PACHCA_BASE_URL")}
    if fake is not None:
        env.update(PACHCA_TOKEN=token or fake.token, PACHCA_BASE_URL=fake.base_url)
    command = [sys.executable, "-m", "pachca_client.cli", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, timeout=60, check=False)


def test_help_reads_well() -> None:
    top = pachca(None, "--help")
    assert top.returncode == 0 and "<resource> <operation>" in top.stdout
    assert all(tag in top.stdout for tag in {op.tag for op in OPERATIONS.values()})
    chats = pachca(None, "chats", "--help")
    assert "list_chats" in chats.stdout and "create_chat" in chats.stdout
    one = pachca(None, "messages", "create_message", "--help")
    assert "--entity-id" in one.stdout and "--content" in one.stdout and "(required)" in one.stdout


def test_calls_with_options_a_body_from_stdin_pages_and_a_table(fake: FakePachca) -> None:
    chat = fake.add_chat("Deploys", [fake.user("Vera")])
    sent = pachca(fake, "messages", "create_message", "--entity-id", str(chat["id"]), "--content", "Deploy done")
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout)["content"] == "Deploy done"
    body = json.dumps({"message": {"entity_id": chat["id"], "content": "from stdin"}})
    piped = pachca(fake, "messages", "create_message", "--body", "-", stdin=body)
    assert piped.returncode == 0 and json.loads(piped.stdout)["content"] == "from stdin"
    every = pachca(fake, "messages", "list_chat_messages", "--chat-id", str(chat["id"]), "--limit", "1", "--all")
    assert len(json.loads(every.stdout)) == 2
    table = pachca(fake, "messages", "list_chat_messages", "--chat-id", str(chat["id"]), "--table")
    assert (
        table.returncode == 0 and len(table.stdout.strip().splitlines()) == 2 and "content=from stdin" in table.stdout
    )
    listed = pachca(fake, "tools")
    assert listed.returncode == 0 and "create_message" in listed.stdout


def test_exit_codes_per_error_class(fake: FakePachca) -> None:
    weak = fake.add_token(scopes=["profile:read"])
    assert pachca(fake, "chats", "get_chat", "--id", "987654").returncode == 4
    assert pachca(fake, "chats", "list_chats", token=weak).returncode == 3
    assert pachca(fake, "chats", "get_chat", "--id", "seven").returncode == 2
    assert pachca(None, "chats", "list_chats").returncode == 3, "no token"
    failed = pachca(fake, "messages", "create_message", "--body", '{"message": {"entity_id": 1, "contnet": "x"}}')
    assert failed.returncode == 2 and "did you mean 'content'" in failed.stderr
    assert fake.token not in failed.stderr
