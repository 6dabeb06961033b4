"""The ports of Pachca's official SDK examples (examples/sdk_*.py) run against the plain fake."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import ROOT

from pachca_client import Pachca
from pachca_client.testing import FakePachca

sys.path.insert(0, str(ROOT / "examples"))
import sdk_echo_bot
import sdk_polling
import sdk_upload
import sdk_webhook_history


def no_pause(seconds: float) -> None:
    """The poller's pauses between requests, skipped: the fake has no rate limits unless asked."""


def test_echo_bot(capsys: pytest.CaptureFixture[str]) -> None:
    assert sdk_echo_bot.demo() == ["Hello, bot!", "Are you there?"]
    assert "echo bot answered: Hello, bot!" in capsys.readouterr().out


def test_echo_bot_answers_in_threads_and_never_itself(fake_pachca: FakePachca) -> None:
    general = next(c for c in fake_pachca.state.chats.values() if c["name"] == "General")
    bot = fake_pachca.add_bot("Echo", chats=[general])
    client = bot.async_client()
    bot.attach(sdk_echo_bot.create_app(client, bot.signing_secret))
    question = fake_pachca.user("Boris").posts(general, "ping")
    fake_pachca.user("Vera").replies(question, "in a thread")
    fake_pachca.webhooks.run(client.close())
    echoes = [m for m in fake_pachca.state.messages.values() if m["user_id"] == bot.id]
    assert [(m["content"], m["entity_type"]) for m in echoes] == [("ping", "discussion"), ("in a thread", "thread")]


def test_polling(capsys: pytest.CaptureFixture[str]) -> None:
    seen = sdk_polling.demo(sleep=no_pause)
    assert seen == {"message_new": 3, "reaction_new": 1}, "the bot's own pong is an event too"
    assert "answered ['pong']; 0 left" in capsys.readouterr().out


def test_upload(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sdk_upload.demo(tmp_path).startswith(b"date,deploys")
    assert "same as sent: True" in capsys.readouterr().out


def test_upload_sends_bytes_too(fake_pachca: FakePachca, pachca: Pachca) -> None:
    chat_id = next(iter(fake_pachca.state.chats))
    message = sdk_upload.send_file(pachca, chat_id, b"\x89PNG\r\n\x1a\n" + b"\0" * 16, name="dot.png")
    assert message.files[0].name == "dot.png" and message.content == ""


def test_webhook_history(capsys: pytest.CaptureFixture[str]) -> None:
    counts = sdk_webhook_history.demo()
    assert counts == {"message_new": 1, "reaction_new": 1, "chat_member_add": 1}
    out = capsys.readouterr().out
    assert "3 stored events" in out and "deleted 3 events" in out
