"""Every Python snippet of the documentation runs, against a FakePachca: the README's code blocks (the site's guides
are cut from README.md and README.ru.md, whose code blocks are identical) and the example call under each method of
the site's API reference.

A README snippet continues the text around it, so it may use names the text has introduced (`pachca`, `chat_id`,
`signing_secret`, ...). SNIPPETS gives each snippet, found by a line only it has, the names it assumes, made on the
fake it runs against, and the checks of what it did; a snippet without an entry, or an entry that finds no snippet,
fails the suite, so none is skipped silently. The rest is as a reader would run it: `PACHCA_TOKEN` and
`PACHCA_BASE_URL` name the fake (whose owner token is "your-token", as the quickstart writes), the working folder is
empty, `async with` at the top level runs as in `python -m asyncio`, and clients the snippet leaves open for the text
after it are closed afterwards.
"""

from __future__ import annotations

import ast
import asyncio
import builtins
import contextlib
import inspect
import io
import json
import re
import socket
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from queue import Queue
from typing import Any

import httpx
import pytest
from conftest import ROOT

from pachca_client import AsyncPachca, BadRequestError, NotFoundError, Pachca
from pachca_client.bot import App
from pachca_client.testing import FakePachca

README = ROOT / "README.md"
OWNER_TOKEN = "your-token"
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)


def readme_snippets() -> list[str]:
    return _PYTHON_BLOCK.findall(README.read_text(encoding="utf-8"))


@dataclass
class Stage:
    """What a snippet runs in: its fake, an empty working folder, and what it printed."""

    fake: FakePachca
    folder: Path
    monkeypatch: pytest.MonkeyPatch
    request: pytest.FixtureRequest
    printed: io.StringIO = field(default_factory=io.StringIO)
    closing: list[Callable[[], None]] = field(default_factory=list)

    def client(self) -> Pachca:
        client = self.fake.client()
        self.closing.append(client.close)
        return client

    def chat_id(self) -> int:
        return int(next(iter(self.fake.state.chats)))

    def capture(self, url: str) -> list[tuple[bytes, dict[str, str]]]:
        """Deliveries to `url` (mounted in the fake, no network): their raw bodies and headers, answered 200."""
        seen: list[tuple[bytes, dict[str, str]]] = []

        def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            headers = {k[5:].replace("_", "-").title(): v for k, v in environ.items() if k.startswith("HTTP_")}
            headers["Content-Type"] = environ.get("CONTENT_TYPE", "")
            seen.append((body, headers))
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]

        self.fake.webhooks.mount(url, app, kind="wsgi")
        return seen


@dataclass(frozen=True)
class Snippet:
    """The names one snippet assumes (`prepare`), and what it must have done (`check`)."""

    marker: str  # a line only this snippet has
    prepare: Callable[[Stage], dict[str, Any]] = lambda stage: {}
    check: Callable[[Stage, dict[str, Any]], None] = lambda stage, names: None
    raises: type[BaseException] | None = None  # a snippet that shows an error the fake rightly gives


# --- the snippets' names and checks ---------------------------------------------------------------------------------


def _quickstart_check(stage: Stage, names: dict[str, Any]) -> None:
    assert stage.fake.received("POST", "/messages") == 1
    assert "404" in stage.printed.getvalue()  # no chat 42 in the fake: the typed error, printed


def _files_prepare(stage: Stage) -> dict[str, Any]:
    (stage.folder / "report.pdf").write_bytes(b"%PDF-1.4 quarterly report")
    pachca = stage.client()
    chat_id = stage.chat_id()
    earlier = pachca.files.upload(b"notes of the last meeting", name="notes.txt")
    message = pachca.messages.create_message(
        body={"message": {"entity_id": chat_id, "content": "notes", "files": [earlier.to_message_file()]}}
    )
    url = "https://exports.example.test/done"
    stage.capture(url)
    return {"pachca": pachca, "chat_id": chat_id, "url": url, "file_id": message.files[0].id}


def _files_check(stage: Stage, names: dict[str, Any]) -> None:
    assert Path(names["path"]).is_file() and Path(names["path"]).parent.name == "exports"
    assert [p.read_bytes() for p in (stage.folder / "downloads").iterdir()] == [b"notes of the last meeting"]
    assert stage.fake.uploads[names["uploaded"].key]["data"] == b"%PDF-1.4 quarterly report"


def _oauth_prepare(stage: Stage) -> dict[str, Any]:
    bot = stage.fake.add_bot("OAuth app", oauth_client=True)
    redirect_uri = "https://app.example.test/oauth/callback"
    record = stage.fake._bot_record(bot)
    return {
        "code": stage.fake.authorize(bot, redirect_uri=redirect_uri),
        "redirect_uri": redirect_uri,
        "client_id": record.oauth_client["client_id"],
        "client_secret": record.client_secret,
    }


def _webhook_prepare(stage: Stage) -> dict[str, Any]:
    chat = stage.fake.add_chat("Support", [stage.fake.user("Vera")])
    bot = stage.fake.add_bot("Receiver", chats=[chat], outgoing_url="https://bot.example.test/webhook")
    deliveries = stage.capture("https://bot.example.test/webhook")
    stage.fake.user("Vera").posts(chat, "hello")
    stage.fake.webhooks.wait()
    raw_body, request_headers = deliveries[0]
    return {
        "signing_secret": bot.signing_secret,
        "raw_body": raw_body,
        "request_headers": request_headers,
        "queue": Queue(),
    }


def _webhook_check(stage: Stage, names: dict[str, Any]) -> None:
    assert names["result"].status == 200
    assert names["queue"].get_nowait() == json.loads(names["raw_body"])["id"]


def _testing_prepare(stage: Stage) -> dict[str, Any]:
    """`my_bot` and `create_app`: the code under test the snippet's tests name."""

    def greet(pachca: Pachca, chat_id: int) -> None:
        pachca.messages.create_message(body={"message": {"entity_id": chat_id, "content": "Good morning"}})

    def create_app(client: AsyncPachca, signing_secret: str) -> Any:
        app = App(client=client, signing_secret=signing_secret)

        @app.message()
        async def echo(ctx: Any) -> None:
            await ctx.reply(ctx.event.content)

        stage.closing.append(app.close)
        return app.asgi()

    return {"my_bot": types.SimpleNamespace(greet=greet), "create_app": create_app}


def _testing_check(stage: Stage, names: dict[str, Any]) -> None:
    """The snippet defines pytest tests: each runs, with a fresh fake and client as the plugin's fixtures give."""
    tests = {name: value for name, value in names.items() if name.startswith("test_") and callable(value)}
    assert len(tests) == 3, sorted(tests)
    assert names["pytest_plugins"] == ["pachca_client.testing.pytest_plugin"]
    for test in tests.values():
        with FakePachca() as fake, fake.client() as pachca:
            available = {"fake_pachca": fake, "pachca": pachca}
            test(**{name: available[name] for name in inspect.signature(test).parameters})


def _bot_prepare(stage: Stage) -> dict[str, Any]:
    chat = stage.fake.add_chat("Echo chat", [stage.fake.user("Vera")])
    bot = stage.fake.add_bot("Echo", chats=[chat])
    stage.monkeypatch.setenv("PACHCA_TOKEN", bot.token)
    stage.monkeypatch.setenv("PACHCA_SIGNING_SECRET", bot.signing_secret)
    return {"_bot": bot, "_chat": chat}


def _bot_check(stage: Stage, names: dict[str, Any]) -> None:
    app, bot, chat = names["app"], names["_bot"], names["_chat"]
    stage.closing.append(app.close)
    bot.attach(app.asgi())
    stage.fake.user("Vera").posts(chat, "ping")
    stage.fake.webhooks.wait()
    said = [m["content"] for m in stage.fake.state.messages.values() if m["user_id"] == bot.id]
    assert said == ["ping"]


def _extra_check(stage: Stage, names: dict[str, Any]) -> None:
    """The fake knows only openapi.yaml, so it refuses the unknown field with 400: it did arrive, merged in."""
    sent = [e for e in stage.fake.exchanges if e.request.method == "POST" and e.path == "/messages"]
    assert json.loads(sent[-1].request.body)["message"] == {
        "entity_id": names["chat_id"],
        "content": "hi",
        "new_field": True,
    }


def _redis_prepare(stage: Stage) -> dict[str, Any]:
    """A real redis-server where one is installed; else a closed port, and the limiter's local fallback."""
    try:
        url = stage.request.getfixturevalue("redis_url")
    except pytest.skip.Exception:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            url = f"redis://127.0.0.1:{probe.getsockname()[1]}/0"
    stage.monkeypatch.setenv("REDIS_URL", url)
    return {"chat_ids": list(stage.fake.state.chats)}


def _redis_check(stage: Stage, names: dict[str, Any]) -> None:
    assert names["failed"] == []
    assert stage.fake.received("POST", "/messages") == len(names["chat_ids"])


def _agents_check(stage: Stage, names: dict[str, Any]) -> None:
    result = names["result"]
    assert not result.is_error and "General" in result.text
    assert any(tool["function"]["name"] == "list_chats" for tool in names["tools"])


SNIPPETS = [
    Snippet('with Pachca("your-token") as pachca:', check=_quickstart_check),
    Snippet(
        'async with AsyncPachca("your-token") as pachca:',
        check=lambda stage, names: "Boris" in stage.printed.getvalue() or pytest.fail(stage.printed.getvalue()),
    ),
    Snippet('uploaded = pachca.files.upload("report.pdf")', _files_prepare, _files_check),
    Snippet(
        "with Pachca.without_token() as anonymous:",
        _oauth_prepare,
        lambda stage, names: names["token"].access_token or pytest.fail("no access token"),
    ),
    Snippet("handler = WebhookHandler(signing_secret)", _webhook_prepare, _webhook_check),
    Snippet('pytest_plugins = ["pachca_client.testing.pytest_plugin"]', _testing_prepare, _testing_check),
    Snippet("app = App()  # PACHCA_TOKEN and PACHCA_SIGNING_SECRET from the environment", _bot_prepare, _bot_check),
    Snippet(
        "pachca = Pachca(token, strict=True)",
        lambda stage: {"token": stage.fake.token, "Pachca": Pachca},
        lambda stage, names: names["pachca"].strict or pytest.fail("not strict"),
    ),
    Snippet(
        'extra_body={"message": {"new_field": True}})',
        lambda stage: {"pachca": stage.client(), "chat_id": stage.chat_id()},
        _extra_check,
        raises=BadRequestError,
    ),
    Snippet('RedisRateLimiter.from_url(os.environ["REDIS_URL"]', _redis_prepare, _redis_check),
    Snippet(
        "toolkit = catalogue(pachca)",
        lambda stage: {"token": stage.fake.token, "name": "list_chats", "arguments": {"limit": 10}},
        _agents_check,
    ),
]


def _entry(snippet: str) -> Snippet:
    found = [entry for entry in SNIPPETS if entry.marker in snippet.splitlines() or entry.marker in snippet]
    assert len(found) == 1, f"{len(found)} SNIPPETS entries for the README snippet:\n{snippet}"
    return found[0]


def _free_names(code: str) -> set[str]:
    """Names a snippet reads without binding them first (roughly: any name loaded that it never stores)."""
    tree = ast.parse(code)
    loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    bound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            bound |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
            if not isinstance(node, ast.ClassDef):
                bound |= {a.arg for a in node.args.args + node.args.kwonlyargs}
    return loaded - bound - set(dir(builtins))


@pytest.fixture
def stage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[Stage]:
    with FakePachca(OWNER_TOKEN, export_ready_after=0) as fake:
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("PACHCA_TOKEN", fake.token)
        monkeypatch.setenv("PACHCA_BASE_URL", fake.base_url)
        monkeypatch.delenv("PACHCA_SIGNING_SECRET", raising=False)
        found = Stage(fake, tmp_path, monkeypatch, request)
        try:
            yield found
        finally:
            for close in reversed(found.closing):
                close()


def run(code: str, names: dict[str, Any], printed: io.StringIO) -> None:
    """Run a snippet as a reader would; top-level `await`/`async with` as in `python -m asyncio`."""
    compiled = compile(code, "<README snippet>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    with contextlib.redirect_stdout(printed):
        if compiled.co_flags & inspect.CO_COROUTINE:
            asyncio.run(eval(compiled, names))
        else:
            exec(compiled, names)


def test_every_snippet_has_one_entry_and_every_entry_a_snippet() -> None:
    snippets = readme_snippets()
    assert len(snippets) >= 5
    used = [_entry(snippet) for snippet in snippets]
    assert sorted(e.marker for e in used) == sorted(e.marker for e in SNIPPETS), "an entry no snippet has"


@pytest.mark.parametrize("number", range(len(readme_snippets())), ids=lambda n: f"snippet{n + 1}")
def test_readme_snippet_runs_against_the_fake(number: int, stage: Stage) -> None:
    code = readme_snippets()[number]
    entry = _entry(code)
    names: dict[str, Any] = {"__name__": "__readme__", **entry.prepare(stage)}
    missing = _free_names(code) - set(names)
    assert not missing, f"the snippet uses {sorted(missing)}, which neither it nor its SNIPPETS entry defines"
    try:
        if entry.raises is None:
            run(code, names, stage.printed)
        else:
            with pytest.raises(entry.raises):
                run(code, names, stage.printed)
        entry.check(stage, names)
    finally:
        for value in list(names.values()):
            if isinstance(value, Pachca):
                value.close()


# --- the example call under each method of the site's API reference ------------------------------------------------


@pytest.fixture(scope="module")
def reference_plan() -> tuple[list[Any], dict[str, Any]]:
    pytest.importorskip("openapi_python_client")
    import docs_site

    return docs_site.plan()


def test_every_reference_example_sends_its_own_request(reference_plan: tuple[list[Any], dict[str, Any]]) -> None:
    """Each example is valid Python whose arguments the client accepts (bodies are checked before sending): sent
    to a transport that answers 404, it makes exactly the request of its method, then raises NotFoundError."""
    import api_examples

    resources, spec = reference_plan
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(
            404, json={"errors": [{"key": "id", "value": "x", "message": "not found", "code": "not_found"}]}
        )

    checked = 0
    with httpx.Client(transport=httpx.MockTransport(answer)) as http:
        pachca = Pachca("token", base_url="https://api.example.test/api/shared/v1", http_client=http, max_retries=0)
        with pachca:
            for resource in resources:
                for method in resource.methods:
                    source = api_examples.example_call(method, spec, resource.tag)
                    sent.clear()
                    with pytest.raises(NotFoundError):
                        exec(compile(source, f"<example {method.module}>", "exec"), {"pachca": pachca})
                    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(method.path)) + "$"
                    assert len(sent) == 1 and sent[0].method == method.method, (method.module, sent)
                    assert re.search(pattern, sent[0].url.path), (method.module, sent[0].url)
                    checked += 1
    operations = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    assert checked == len([op for op in operations if "operationId" in op and "x-external-url" not in op])
