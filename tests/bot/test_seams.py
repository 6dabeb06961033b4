"""The seams of the bot framework: one home per concept (issue 25).

Replay protection is written once (`pachca_client._replay`: keys, stores, the claim around a delivery) and used
by `WebhookHandler` and `bot.App` alike, with one TTL name. The ways into a bot only translate their server's
request into `App.dispatch(WebhookRequest) -> WebhookResponse` and back: they touch nothing private of the app,
and no module of `pachca_client/bot` imports back one that imports it.
"""

from __future__ import annotations

import ast
import asyncio
import http.server
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from import_graph import cycles, import_graph, modules
from webhook_samples import SECRET, payload, signed

import pachca_client
from pachca_client import InvalidArgumentError, _replay
from pachca_client.bot import App, AsyncContext, Context, RedisStore, WebhookRequest, WebhookResponse
from pachca_client.models import MessageWebhookPayload
from pachca_client.webhooks import MemoryReplayStore, WebhookHandler, dedup_key, parse

PACKAGE = Path(pachca_client.__file__).resolve().parent
BOT = "pachca_client.bot"
STORE_CALLS = {"seen", "aseen", "forget", "aforget"}


# --- the structure -----------------------------------------------------------------------------------------


def test_no_module_of_the_bot_imports_back_one_that_imports_it() -> None:
    graph = import_graph(modules())
    assert graph[f"{BOT}._app"] >= {f"{BOT}._adapters", f"{BOT}._request"}, "the graph is read"
    involving_the_bot = [cycle for cycle in cycles(graph) if any(m.startswith(BOT) for m in cycle)]
    assert involving_the_bot == []
    assert {m for m in graph[f"{BOT}._adapters"] if m.startswith(BOT)} == {f"{BOT}._request"}, (
        "the adapters know the request and response, not the app"
    )


def test_the_rules_catch_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def _private_reads_of_the_app(path: Path) -> list[str]:
    """`app._x` or `<...>.app._x`: a private attribute of an App read from outside it."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id == "app") or (
                isinstance(owner, ast.Attribute) and owner.attr == "app"
            ):
                found.append(f"{path.name}:{node.lineno}: .{node.attr}")
    return sorted(found)


def test_the_ways_in_and_the_contexts_touch_nothing_private_of_the_app() -> None:
    bot = PACKAGE / "bot"
    assert _private_reads_of_the_app(bot / "_adapters.py") == []
    adapters = ast.parse((bot / "_adapters.py").read_text(encoding="utf-8"))
    private = [
        f"line {n.lineno}: .{n.attr}"
        for n in ast.walk(adapters)
        if isinstance(n, ast.Attribute)
        and n.attr.startswith("_")
        and not n.attr.startswith("__")
        and not (isinstance(n.value, ast.Name) and n.value.id == "self")
    ]
    assert private == [], "the adapters read only public attributes (their own `self._x` aside)"
    others = [p for p in bot.glob("*.py") if p.name != "_app.py"]
    assert [line for p in others for line in _private_reads_of_the_app(p)] == []


def test_the_rule_catches_a_private_read(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("app._loop.run(x)\nself._d.app._replay\napp.dispatch(r)\nself._body\n", encoding="utf-8")
    assert _private_reads_of_the_app(sample) == ["sample.py:1: ._loop", "sample.py:2: ._replay"]


def test_replay_stores_are_called_in_one_module_only() -> None:
    """The claim and release around a delivery are written once, in `_replay`: nothing else calls a store."""
    calls = []
    for name, path in modules().items():
        if name == "pachca_client._replay":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STORE_CALLS:
                calls.append(f"{name}:{node.lineno}: .{node.func.attr}()")
    assert calls == []


def test_one_home_for_keys_and_stores() -> None:
    import pachca_client.bot
    import pachca_client.webhooks

    assert pachca_client.webhooks.RedisStore is pachca_client.bot.RedisStore is _replay.RedisStore
    assert pachca_client.webhooks.dedup_key is _replay.dedup_key
    assert pachca_client.webhooks.MemoryReplayStore is _replay.MemoryReplayStore
    assert "RedisStore" in (_replay.ReplayStore.__doc__ or ""), "the protocol points to the real store"


# --- one TTL name ---------------------------------------------------------------------------------------------


def test_the_app_and_the_handler_share_one_ttl_name_and_its_checks() -> None:
    app = App("token", SECRET, tolerance=300)
    handler = WebhookHandler(SECRET, tolerance=300)
    assert app.replay_ttl == handler.replay_ttl == 600
    assert App("token", SECRET, replay_ttl=30).replay_ttl == WebhookHandler(SECRET, replay_ttl=30).replay_ttl == 30
    for bad in (0, -1, float("inf"), float("nan")):
        with pytest.raises(ValueError, match="replay_ttl must be a positive number"):
            App("token", SECRET, replay_ttl=bad)
        with pytest.raises(ValueError, match="replay_ttl must be a positive number"):
            WebhookHandler(SECRET, replay_ttl=bad)
    assert App("token", SECRET, replay_store=False, replay_ttl=0).replay_store is None, "no store: no ttl needed"
    with pytest.raises(InvalidArgumentError, match="replay_store must be a ReplayStore"):
        App("token", SECRET, replay_store=object())  # type: ignore[arg-type]
    app.close()


def test_dedup_ttl_is_gone_replay_ttl_is_the_name() -> None:
    with pytest.raises(TypeError, match="dedup_ttl"):
        App("token", SECRET, dedup_ttl=45)  # type: ignore[call-arg]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        app = App("token", SECRET, replay_ttl=45)
    assert app.replay_ttl == 45
    assert not hasattr(app, "dedup_ttl")
    app.close()


# --- the claim around a delivery --------------------------------------------------------------------------


def test_a_claim_keeps_the_key_of_an_accepted_delivery_and_releases_any_other() -> None:
    store = MemoryReplayStore()
    replays = _replay.Replays(store, ttl=60)
    event = parse(payload("message", "new", id=7))
    key = replays.key(event, "ns:")
    assert key == "ns:" + dedup_key(event)
    first = replays.claim(key)
    again = replays.claim(key)
    assert (first.duplicate, again.duplicate) == (False, True)
    again.release()  # a duplicate holds nothing: the first delivery's key stays
    assert replays.claim(key).duplicate
    first.settle(503)  # not accepted: Pachca's retry must run
    retry = replays.claim(key)
    assert not retry.duplicate
    retry.settle(200)
    retry.release()  # settled: the key was kept... and an explicit release still gives it up once
    assert not replays.claim(key).duplicate
    off = _replay.Replays(False, ttl=60)
    assert off.key(event, "ns:") is None and not off.claim(None).duplicate and not off.claim(None).duplicate


def test_a_claim_is_released_from_async_code_through_the_guard() -> None:
    replays = _replay.Replays(None, ttl=60)

    async def scenario() -> list[bool]:
        first = await replays.aclaim("k")
        second = await replays.aclaim("k")
        await first.asettle(500)
        third = await replays.aclaim("k")
        await third.asettle(204)
        return [first.duplicate, second.duplicate, third.duplicate, (await replays.aclaim("k")).duplicate]

    assert asyncio.run(scenario()) == [False, True, False, True]


def test_the_handler_uses_the_real_redis_store(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url, prefix=f"seams:{time.monotonic_ns()}:")
    handler = WebhookHandler(SECRET, replay_store=store)
    calls: list[int] = []
    handler.on("message", "new")(lambda event: calls.append(event.id))
    body = payload("message", "new", stamp=time.time(), id=31)
    assert not handler.handle(*signed(body)).duplicate
    assert handler.handle(*signed(body)).duplicate

    async def on_the_loop() -> bool:
        duplicate = (await handler.ahandle(*signed(body))).duplicate
        await store.aclose()
        return duplicate

    assert asyncio.run(on_the_loop()), "ahandle awaits the same store through its asyncio client"
    assert calls == [31]
    assert [k.decode().rpartition(":")[2] for k in store.redis.keys(store.prefix + "*")] == ["31"]
    store.close()


# --- dispatch: the one way into an App --------------------------------------------------------------------


def _message(message_id: int, text: str = "hi") -> tuple[bytes, dict[str, str]]:
    body = payload("message", "new", stamp=time.time(), id=message_id, content=text, user_id=7)
    return signed(body)


def test_dispatch_checks_runs_and_answers_one_request() -> None:
    app = App("token", SECRET, ignore_self=False)
    heard: list[str] = []

    @app.message()
    def listen(ctx: Context[MessageWebhookPayload]) -> None:
        heard.append(ctx.text)

    raw, headers = _message(1, "hello")
    answer = app.dispatch(WebhookRequest(raw, headers))
    assert (answer.status, answer.body, answer.headers) == (200, b"", [("Content-Length", "0")])
    answer.finish()
    again = app.dispatch(WebhookRequest(raw, list(headers.items())))  # pairs work as well as a mapping
    forged = app.dispatch(WebhookRequest(raw, {**headers, "pachca-signature": "0" * 64}))
    assert (again.status, forged.status) == (200, 401)
    assert b"does not match" in forged.body and ("Content-Type", "application/json") in forged.headers
    assert heard == ["hello"], "the redelivery was dropped, the forgery never ran"
    app.close()


def test_adispatch_answers_first_and_the_listener_goes_on() -> None:
    app = App("token", SECRET, ignore_self=False)
    steps: list[str] = []

    @app.message()
    async def slow(ctx: AsyncContext[MessageWebhookPayload]) -> None:
        await ctx.ack()
        await asyncio.sleep(0.05)
        steps.append("after the answer")

    async def scenario() -> WebhookResponse:
        response = await app.adispatch(WebhookRequest(*_message(2)))
        steps.append(f"answered {response.status}")
        assert response.rest is not None and not response.rest.done()
        await response.afinish()
        return response

    response = asyncio.run(scenario())
    assert steps == ["answered 200", "after the answer"]
    assert response.rest is not None and response.rest.done()
    app.close()


def test_finish_refuses_to_block_the_loop_it_waits_for() -> None:
    app = App("token", SECRET, ignore_self=False)
    release = asyncio.Event()

    @app.message()
    async def waiting(ctx: AsyncContext[MessageWebhookPayload]) -> None:
        await ctx.ack()
        await release.wait()

    async def scenario() -> None:
        response = await app.adispatch(WebhookRequest(*_message(3)))
        with pytest.raises(RuntimeError, match="afinish"):
            response.finish()
        release.set()
        await response.afinish()

    asyncio.run(scenario())
    app.close()


class _Handler(http.server.BaseHTTPRequestHandler):
    """A server the framework has no adapter for: it needs `dispatch`, and nothing else of the app."""

    app: App

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        response = self.app.dispatch(WebhookRequest(body, list(self.headers.items())))
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(response.body)
        self.wfile.flush()
        response.finish()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served() -> Iterator[tuple[App, str]]:
    app = App("token", SECRET, ignore_self=False)
    handler = type("Handler", (_Handler,), {"app": app})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()
        app.close()


def test_an_adapter_for_another_server_is_a_few_lines_of_translation(served: tuple[App, str]) -> None:
    app, url = served
    heard: list[str] = []

    @app.message()
    def listen(ctx: Context[MessageWebhookPayload]) -> dict[str, str] | None:
        heard.append(ctx.text)
        return None

    with httpx.Client(timeout=10) as http:
        raw, headers = _message(4, "through http.server")
        assert http.post(url, content=raw, headers=headers).status_code == 200
        refused = http.post(url, content=raw, headers={**headers, "pachca-signature": "bad"})
        assert refused.status_code == 401 and "error" in refused.json()
        assert http.post(url, content=raw, headers=headers).status_code == 200  # a redelivery: dropped
    assert heard == ["through http.server"]
