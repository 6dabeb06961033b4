"""The bot examples (examples/bot_*.py) run: on a fake Pachca with simulated colleagues, in-process and through
`python -m pachca_client.bot`, the documented way to try them."""

from __future__ import annotations

import ast
import io
import runpy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pachca_client.bot import App
from pachca_client.bot.__main__ import main
from pachca_client.testing import FakeBot, FakePachca, Person

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


class Sandbox:
    """A fake Pachca with Vera and a bot in one chat; `load` runs an example as the bot (its webhooks in-process)."""

    def __init__(self, fake: FakePachca, monkeypatch: pytest.MonkeyPatch) -> None:
        self.fake, self.monkeypatch = fake, monkeypatch
        self.vera: Person = fake.user("Vera")
        self.chat = fake.add_chat("Examples", [self.vera])
        self.bot: FakeBot = fake.add_bot("Example", chats=[self.chat], unfurl_domains=["tracker.example.com"])
        self.apps: list[App] = []

    def load(self, name: str, via: str = "asgi") -> App:
        self.monkeypatch.setenv("PACHCA_TOKEN", self.bot.token)
        self.monkeypatch.setenv("PACHCA_BASE_URL", self.fake.base_url)
        self.monkeypatch.setenv("PACHCA_SIGNING_SECRET", self.bot.signing_secret)
        app = runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name="example")["app"]
        assert isinstance(app, App)
        self.bot.attach(app.asgi() if via == "asgi" else app.wsgi())
        self.apps.append(app)
        return app

    def messages(self) -> list[dict[str, Any]]:
        return [m for m in self.fake.state.messages.values() if m["user_id"] == self.bot.id]


@pytest.fixture
def sandbox(fake_pachca: FakePachca, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    box = Sandbox(fake_pachca, monkeypatch)
    yield box
    for app in box.apps:
        app.close()


def code_lines(path: Path) -> int:
    """Lines of code: not blank, not comments, not the module docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstring = tree.body[0]
    skip = set(range(docstring.lineno, (docstring.end_lineno or docstring.lineno) + 1))
    lines = path.read_text(encoding="utf-8").splitlines()
    return sum(
        1 for n, line in enumerate(lines, 1) if n not in skip and line.strip() and not line.lstrip().startswith("#")
    )


def test_the_echo_bot_is_at_most_10_lines_of_code() -> None:
    assert code_lines(EXAMPLES / "bot_echo.py") <= 10


@pytest.mark.parametrize("via", ["asgi", "wsgi"])
def test_echo_bot(sandbox: Sandbox, via: str) -> None:
    sandbox.load("bot_echo", via)
    sandbox.vera.posts(sandbox.chat, "Hello, bot!")
    sandbox.vera.posts(sandbox.chat, "Still there?")
    assert [m["content"] for m in sandbox.messages()] == ["Hello, bot!", "Still there?"]


def test_form_bot_opens_a_form_from_a_button_validates_and_thanks(sandbox: Sandbox) -> None:
    sandbox.load("bot_form")
    sandbox.vera.posts(sandbox.chat, "/feedback")
    [offer] = sandbox.messages()
    assert offer["buttons"][0][0]["data"] == "feedback"
    click = sandbox.vera.clicks(offer, "feedback")
    assert click.view is not None and [b["name"] for b in click.view.blocks] == ["name", "email", "text"]
    refused = sandbox.vera.submits(click, {"name": "Vera", "email": "vera at home"})
    assert refused.errors == {"email": "This does not look like an email address"} and click.view.is_open
    accepted = sandbox.vera.submits(click, {"name": "Vera", "email": "vera@example.com", "text": "More bots"})
    assert accepted.accepted and not click.view.is_open
    assert sandbox.messages()[-1]["content"] == "Thank you, Vera! We will write to vera@example.com."


def test_unfurl_bot_previews_known_issues(sandbox: Sandbox) -> None:
    sandbox.load("bot_unfurl", "wsgi")
    message = sandbox.vera.posts(sandbox.chat, "see https://tracker.example.com/issues/42 and /issues/9")
    assert sandbox.fake.state.link_previews[message["id"]] == {
        "https://tracker.example.com/issues/42": {
            "title": "#42 Login fails on Safari",
            "description": "Open · assigned to Boris",
        }
    }
    sandbox.vera.posts(sandbox.chat, "unknown: https://tracker.example.com/issues/9")
    assert sandbox.fake.received("POST", f"/messages/{message['id']}/link_previews") == 1
    assert len([e for e in sandbox.fake.exchanges if e.path.endswith("/link_previews")]) == 1


def test_agent_bot_marks_answers_in_the_thread_and_clears_the_mark(sandbox: Sandbox) -> None:
    sandbox.load("bot_agent_thread")
    question = sandbox.vera.posts(sandbox.chat, "What is our leave policy?")
    [answer] = sandbox.messages()
    assert answer["entity_type"] == "thread" and "leave policy" in answer["content"]
    marks = [
        (d.payload["event"], d.payload["code"])
        for d in sandbox.fake.webhooks.deliveries
        if d.payload.get("type") == "reaction" and d.payload["user_id"] == sandbox.bot.id
    ]
    assert marks == [("new", "⏳"), ("delete", "⏳")]  # the bot hears its own reactions (and ignores them)
    assert sandbox.fake.state.reactions.get(question["id"], []) == []
    sandbox.vera.replies(question, "And for contractors?")  # a follow-up in the thread: answered there
    assert [m["entity_type"] for m in sandbox.messages()] == ["thread", "thread"]
    assert len(sandbox.fake.state.threads) == 1


# --- `python -m pachca_client.bot`: the documented way to try an example ------------------------------------


def run(example: str, lines: list[str], via: str = "asgi") -> str:
    """The runner in a subprocess, as documented."""
    done = subprocess.run(
        [sys.executable, "-m", "pachca_client.bot", f"examples/{example}.py", "--via", via],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    return done.stdout


@pytest.mark.parametrize("via", ["asgi", "wsgi", "poll"])
def test_runner_tries_the_echo_bot_every_way_in(via: str) -> None:
    assert run("bot_echo", ["hello", "again"], via).splitlines()[1:] == ["bot says: hello", "bot says: again"]


def test_runner_tries_the_form_bot() -> None:
    lines = ["/feedback", "!click feedback", "!submit name=Vera email=nope", "!submit name=Vera 'email=v@x.com'"]
    assert run("bot_form", lines, "poll").splitlines()[1:] == [
        "bot says: Tell us what you think  [buttons: feedback]",
        "bot opened form 'Feedback' with fields name, email, text",
        "form refused: {'email': 'This does not look like an email address'}",
        "form accepted",
        "bot says: Thank you, Vera! We will write to v@x.com.",
    ]


def test_runner_tries_the_unfurl_and_agent_bots_in_process() -> None:
    out = io.StringIO()
    lines = io.StringIO("see https://tracker.example.com/issues/7\n!click nothing\n")
    assert main([str(EXAMPLES / "bot_unfurl.py"), "--via", "wsgi"], stdin=lines, out=out) == 0
    assert out.getvalue().splitlines()[1:] == [
        "bot previews https://tracker.example.com/issues/7: #7 Dark theme - Done",
        "! ValueError: the bot posted no button 'nothing'",
    ]
    out = io.StringIO()
    assert main([str(EXAMPLES / "bot_agent_thread.py")], stdin=io.StringIO("why?\n"), out=out) == 0
    assert out.getvalue().splitlines()[1:] == ["bot says (in thread): Here is what I found about “why?”: ..."]
