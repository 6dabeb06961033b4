"""Try a bot on a local fake Pachca: `python -m pachca_client.bot echo [--via asgi|wsgi|poll]`.

The bot is a bundled example by name (`echo`, `form`, `unfurl`, `agent_thread`: `--list` shows them; they
install with the package, from the repository's examples/) or a Python file of yours (`mybot.py`). Its `App`
gets a fake bot's token and signing secret (PACHCA_TOKEN, PACHCA_BASE_URL and PACHCA_SIGNING_SECRET are set
before it is loaded), and its webhooks in-process, or by polling. Each line
read is something a colleague does in the bot's chat: text is a message (`/name` a command), `!click DATA`
presses the bot's button, `!submit name=value ...` sends the form it opened. What the bot did is printed.
"""

from __future__ import annotations

import argparse
import os
import runpy
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from ..testing import Click, FakeBot, FakePachca, Person
from ._app import App

# The bundled bots are examples/bot_<name>.py, installed as pachca_client/examples/ (setup.py maps the folder).
_PACKAGE = Path(__file__).resolve().parent.parent
_PREFIX = "bot_"


def example_folders() -> list[Path]:
    """Where the bundled examples are: inside the installed package, or a checkout's examples/ (editable install)."""
    found = [_PACKAGE / "examples"]
    if (_PACKAGE.parent / "pyproject.toml").is_file():  # a checkout, not site-packages
        found.append(_PACKAGE.parent / "examples")
    return [folder for folder in found if folder.is_dir()]


def bundled_examples() -> dict[str, Path]:
    """Example name (`echo` for bot_echo.py) -> its file."""
    found: dict[str, Path] = {}
    for folder in reversed(example_folders()):
        found.update((path.stem.removeprefix(_PREFIX), path) for path in sorted(folder.glob(f"{_PREFIX}*.py")))
    return dict(sorted(found.items()))


def find_bot(target: str) -> Path:
    """The file to run: `target` itself when it names a file, else the bundled example of that name."""
    path = Path(target)
    if path.is_file():
        return path
    examples = bundled_examples()
    example = examples.get(path.stem.removeprefix(_PREFIX))  # echo, bot_echo, or examples/bot_echo.py from anywhere
    if example is not None:
        return example
    known = ", ".join(examples) or "none installed"
    raise FileNotFoundError(f"{target!r} is neither a file nor a bundled example (bundled: {known})")


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pachca_client.bot", description=__doc__.splitlines()[0])
    parser.add_argument(
        "bot", nargs="?", help="a bundled example by name (echo, form, ...) or a Python file with an App"
    )
    parser.add_argument("--via", choices=["asgi", "wsgi", "poll"], default="asgi", help="how events reach the bot")
    parser.add_argument("--person", default="Vera", help="who talks to the bot (default Vera)")
    parser.add_argument("--list", action="store_true", help="list the bundled examples and where they are")
    args = parser.parse_args(argv)
    stdin, out = stdin or sys.stdin, out or sys.stdout
    if args.list:
        for name, path in bundled_examples().items():
            print(f"{name:<14} {path}", file=out)
        return 0
    if args.bot is None:
        parser.error("name a bundled example (--list shows them) or a Python file defining an App")
    try:
        file = find_bot(args.bot)
    except FileNotFoundError as error:
        parser.error(str(error))
    with FakePachca() as fake:
        person = fake.user(args.person)
        chat = fake.add_chat("Bot sandbox", [person])
        bot = fake.add_bot("Sandbox bot", chats=[chat], unfurl_domains=["example.com"])
        saved = dict(os.environ)
        os.environ.update(PACHCA_TOKEN=bot.token, PACHCA_BASE_URL=fake.base_url)
        os.environ["PACHCA_SIGNING_SECRET"] = bot.signing_secret
        try:
            app = next(v for v in runpy.run_path(str(file), run_name="bot").values() if isinstance(v, App))
            _converse(fake, app, args.via, person, chat, bot, stdin, out)
        finally:
            os.environ.clear()
            os.environ.update(saved)
    return 0


def _converse(
    fake: FakePachca, app: App, via: str, person: Person, chat: Any, bot: FakeBot, stdin: TextIO, out: TextIO
) -> None:
    """Act out each line read, then print what the bot did."""
    if via != "poll":
        bot.attach(app.asgi() if via == "asgi" else app.wsgi())
    watch = _Watcher(fake, bot.id, out)
    print(f"{person.name} is in chat {chat['name']!r} with the bot; type what she says (Ctrl+D ends)", file=out)
    with bot.client() as client:

        def deliver() -> None:
            """Let the bot hear what happened: read its events when it polls (webhooks are already delivered)."""
            if via == "poll":
                app.poll(client, stop_when_idle=True, sleep=_no_wait)
            fake.webhooks.wait()

        click: Click | None = None
        for line in (line.strip() for line in stdin):
            try:
                if line.startswith("!click "):
                    click = person.clicks(watch.with_button(line[7:].strip()), line[7:].strip())
                elif line.startswith("!submit"):
                    if click is None or click.view is None:
                        raise ValueError("no form is open: !click a button that opens one")
                    submission = person.submits(click.view, dict(p.partition("=")[::2] for p in shlex.split(line[7:])))
                    deliver()
                    verdict = "accepted" if submission.accepted else f"refused: {submission.errors or 'no answer'}"
                    print(f"form {verdict}", file=out)
                elif line:
                    person.posts(chat, line)
                deliver()
            except Exception as error:  # a step the fake refuses: say so and go on
                print(f"! {type(error).__name__}: {error}", file=out)
            watch.report(click)
    app.close()


def _no_wait(seconds: float) -> None:
    """The poller's pause between requests: the fake has no rate limits on."""


class _Watcher:
    """Prints what the bot changed since the last look: messages, edits, reactions, previews, forms."""

    def __init__(self, fake: FakePachca, bot_id: int, out: TextIO) -> None:
        self.fake, self.bot_id, self.out = fake, bot_id, out
        self.seen: dict[int, str] = {}
        self.reactions: set[tuple[int, str]] = set()
        self.previews: set[int] = set()
        self.views: set[str] = set()

    def say(self, text: str) -> None:
        print(text, file=self.out)

    def with_button(self, data: str) -> dict[str, Any]:
        for message in reversed(list(self.fake.state.messages.values())):
            if message["user_id"] == self.bot_id and any(b.get("data") == data for r in message["buttons"] for b in r):
                return dict(message)
        raise ValueError(f"the bot posted no button {data!r}")

    def report(self, click: Click | None) -> None:
        state, say = self.fake.state, self.say
        for message in list(state.messages.values()):
            mine = message["user_id"] == self.bot_id
            where = " (in thread)" if message["entity_type"] == "thread" else ""
            if mine and message.get("deleted_at") and self.seen.pop(message["id"], None) is not None:
                say(f"bot deleted: {message['content']}")
            elif mine and not message.get("deleted_at") and self.seen.get(message["id"]) != message["content"]:
                verb = "edited" if message["id"] in self.seen else "says"
                self.seen[message["id"]] = message["content"]
                buttons = [b.get("data") or b.get("url") for row in message["buttons"] for b in row]
                say(
                    f"bot {verb}{where}: {message['content']}"
                    + (f"  [buttons: {', '.join(buttons)}]" if buttons else "")
                )
            marks = {(message["id"], r["code"]) for r in state.reactions.get(message["id"], [])}
            for _, code in sorted({m for m in marks if m not in self.reactions}):
                if any(r["user_id"] == self.bot_id and r["code"] == code for r in state.reactions[message["id"]]):
                    say(f"bot reacted {code} to: {message['content']}")
            self.reactions |= marks
            preview = state.link_previews.get(message["id"])
            if preview and message["id"] not in self.previews and "requested" not in preview:
                self.previews.add(message["id"])
                for url, card in preview.items():
                    say(f"bot previews {url}: {card.get('title')} - {card.get('description')}")
        view = click.view if click is not None else None
        if view is not None and view.id not in self.views:
            self.views.add(view.id)
            fields = [b["name"] for b in view.blocks if "name" in b]
            say(f"bot opened form {view.title!r} with fields {', '.join(fields)}")


if __name__ == "__main__":
    raise SystemExit(main())
