"""The three ways into a bot (ASGI, WSGI, polling) and what they share: verification, one call per helper,
deduplication in memory and in Redis (real redis-server), and the answer a form gets."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from client_helpers import schema_sample
from flask import Flask
from starlette.applications import Starlette
from starlette.routing import Mount
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from pachca_client import AsyncPachca, Pachca
from pachca_client.bot import App, AsyncContext, Context, RedisStore
from pachca_client.models import ButtonWebhookPayload, MessageWebhookPayload, ViewSubmitWebhookPayload
from pachca_client.testing import FakePachca
from pachca_client.webhooks import MemoryReplayStore, sign

SECRET = "signing-secret"
NOW = int(time.time())


def payload(kind: str, **fields: Any) -> dict[str, Any]:
    """A webhook payload of `kind` ("message", "button", "view"), with `fields` changed."""
    base: dict[str, dict[str, Any]] = {
        "message": {
            "type": "message",
            "event": "new",
            "id": 501,
            "entity_type": "discussion",
            "entity_id": 10,
            "content": "hello",
            "user_id": 7,
            "created_at": "2026-10-01T12:00:00.000Z",
            "url": "https://app.pachca.com/chats/10?message=501",
            "chat_id": 10,
            "thread": None,
        },
        "button": {"type": "button", "event": "click", "message_id": 77, "trigger_id": "trg", "data": "go"},
        "view": {
            "type": "view",
            "event": "submit",
            "callback_id": "ask",
            "private_metadata": None,
            "view_id": "view_9",
            "submit_id": "sub_9",
            "data": {"age": "x"},
        },
    }
    body = {"user_id": 7, "chat_id": 10, **base[kind], "webhook_timestamp": int(time.time()), **fields}
    return body


def signed(body: dict[str, Any], secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body).encode()
    return raw, {"Pachca-Signature": sign(raw, secret), "Content-Type": "application/json"}


class Api:
    """A MockTransport standing in for Pachca: records each request, answers with a sample of its schema."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/shared/v1")
        self.calls.append(f"{request.method} {path}")
        if request.method == "DELETE" or path.endswith("/link_previews"):
            return httpx.Response(204)
        if path == "/views/open":
            return httpx.Response(201)
        if path.endswith("/reactions"):
            return httpx.Response(201, json=schema_sample("Reaction"))
        if path.endswith("/submit_response"):
            return httpx.Response(200, json={"success": True})
        if path.endswith("/thread"):
            return httpx.Response(201, json={"data": schema_sample("Thread", id=555)})
        if path == "/profile":
            return httpx.Response(200, json={"data": schema_sample("User", id=1)})
        return httpx.Response(201 if request.method == "POST" else 200, json={"data": schema_sample("Message")})

    def client(self) -> Pachca:
        return Pachca("token", base_url="https://api.test/api/shared/v1", transport=httpx.MockTransport(self))

    def async_client(self) -> AsyncPachca:
        return AsyncPachca("token", base_url="https://api.test/api/shared/v1", transport=httpx.MockTransport(self))


class AsgiClient:
    """A sync HTTP client for an ASGI app, over httpx.ASGITransport (each request on its own event loop)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bot") as http:
                return await http.request(method, url, **options)

        return asyncio.run(send())

    def post(self, url: str, **options: Any) -> httpx.Response:
        return self.request("POST", url, **options)

    def get(self, url: str, **options: Any) -> httpx.Response:
        return self.request("GET", url, **options)


# --- ASGI -------------------------------------------------------------------------------------------


def test_asgi_mounted_in_starlette_verifies_every_delivery() -> None:
    api = Api()
    app = App(signing_secret=SECRET, client=api.client(), ignore_self=False)
    heard: list[str] = []
    app.message()(lambda ctx: heard.append(ctx.text))
    http = AsgiClient(Starlette(routes=[Mount("/pachca", app=app.asgi())]))
    good_raw, good_headers = signed(payload("message"))  # one payload: two could straddle a second's tick
    good = http.post("/pachca/", content=good_raw, headers=good_headers)
    raw, headers = signed(payload("message", id=502, content="forged"))
    forged = http.post("/pachca/", content=raw, headers={**headers, "Pachca-Signature": "0" * 64})
    unsigned = http.post("/pachca/", content=raw)
    old_raw, old_headers = signed(payload("message", id=503, webhook_timestamp=NOW - 3600))
    stale = http.post("/pachca/", content=old_raw, headers=old_headers)
    wrong = http.get("/pachca/")
    broken = http.post("/pachca/", content=b"{", headers={"Pachca-Signature": sign(b"{", SECRET)})
    assert (good.status_code, forged.status_code, unsigned.status_code) == (200, 401, 401)
    assert (stale.status_code, wrong.status_code, broken.status_code) == (400, 405, 400)
    assert "does not match" in forged.json()["error"] and "webhook_timestamp" in stale.json()["error"]
    assert heard == ["hello"]


def test_asgi_lifespan_and_oversized_bodies() -> None:
    app = App("token", SECRET, ignore_self=False)
    asgi = app.asgi()
    messages, sent = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}], []

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])

    asyncio.run(asgi({"type": "lifespan"}, receive, send))  # type: ignore[arg-type]
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert AsgiClient(asgi).post("/", content=b"x" * ((1 << 20) + 1)).status_code == 413


def test_web_ways_need_the_signing_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PACHCA_SIGNING_SECRET", raising=False)
    with pytest.raises(ValueError, match="PACHCA_SIGNING_SECRET"):
        App("token").asgi()
    with pytest.raises(ValueError, match="signing_secret"):
        App("token").wsgi()
    monkeypatch.setenv("PACHCA_SIGNING_SECRET", SECRET)
    assert callable(App("token").wsgi())


def test_each_helper_is_one_call_through_the_async_client() -> None:
    api = Api()
    app = App(signing_secret=SECRET, client=api.async_client(), ignore_self=False)

    @app.message()
    async def everything(ctx: AsyncContext[MessageWebhookPayload]) -> None:
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("reply", lambda: ctx.reply("hi")),
            ("react", lambda: ctx.react("👍")),
            ("unreact", lambda: ctx.unreact("👍")),
            ("edit", lambda: ctx.edit("fixed")),
            ("delete", lambda: ctx.delete()),
            ("unfurl", lambda: ctx.unfurl({"https://x.example.com": {"title": "X", "description": "x"}})),
            ("thread", lambda: ctx.reply_in_thread("in a thread")),
            ("thread again", lambda: ctx.reply_in_thread("again")),
        ]
        for name, step in steps:
            before = len(api.calls)
            await step()
            api.calls.append(f"-- {name}: {len(api.calls) - before}")

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app.asgi())
        async with httpx.AsyncClient(transport=transport, base_url="http://bot") as http:
            raw, headers = signed(payload("message"))
            assert (await http.post("/", content=raw, headers=headers)).status_code == 200

    asyncio.run(scenario())
    assert api.calls == [
        "POST /messages",
        "-- reply: 1",
        "POST /messages/501/reactions",
        "-- react: 1",
        "DELETE /messages/501/reactions",
        "-- unreact: 1",
        "PUT /messages/501",
        "-- edit: 1",
        "DELETE /messages/501",
        "-- delete: 1",
        "POST /messages/501/link_previews",
        "-- unfurl: 1",
        "POST /messages/501/thread",
        "POST /messages",
        "-- thread: 2",
        "POST /messages",
        "-- thread again: 1",
    ]


def test_sync_middleware_and_listener_of_a_delivery_share_one_worker_thread() -> None:
    """However few threads the loop's pool has, concurrent deliveries through sync middleware never wait for a
    second thread (which the other deliveries might be holding)."""
    app = App("token", SECRET, ignore_self=False)
    threads: dict[int, set[int]] = {}

    @app.middleware
    def remember(ctx: Context[Any], next: Callable[[], None]) -> None:
        threads.setdefault(ctx.message_id or 0, set()).add(threading.get_ident())
        next()

    @app.message()
    def slow(ctx: Context[MessageWebhookPayload]) -> None:
        threads[ctx.message_id or 0].add(threading.get_ident())
        time.sleep(0.05)

    async def scenario() -> list[int]:
        asyncio.get_running_loop().set_default_executor(concurrent.futures.ThreadPoolExecutor(2))
        transport = httpx.ASGITransport(app=app.asgi())
        async with httpx.AsyncClient(transport=transport, base_url="http://bot") as http:
            posts = []
            for n in range(10):
                raw, headers = signed(payload("message", id=600 + n))
                posts.append(http.post("/", content=raw, headers=headers))
            return [r.status_code for r in await asyncio.wait_for(asyncio.gather(*posts), 10)]

    assert asyncio.run(scenario()) == [200] * 10
    assert len(threads) == 10 and all(len(used) == 1 for used in threads.values())


# --- WSGI -------------------------------------------------------------------------------------------


def test_wsgi_mounted_in_flask_with_sync_listeners_and_a_form() -> None:
    api = Api()
    app = App(signing_secret=SECRET, client=api.client(), ignore_self=False)
    site = Flask(__name__)
    site.wsgi_app = DispatcherMiddleware(site.wsgi_app, {"/pachca": app.wsgi()})  # type: ignore[method-assign]

    @app.button("go")
    def go(ctx: Context[ButtonWebhookPayload]) -> None:
        ctx.open_form({"title": "Age", "blocks": []}, callback_id="ask")

    @app.form("ask")
    def ask(ctx: Context[ViewSubmitWebhookPayload]) -> dict[str, str] | None:
        return None if ctx.values["age"].isdigit() else {"age": "A number, please"}

    http = site.test_client()
    raw, headers = signed(payload("button"))
    assert http.post("/pachca", data=raw, headers=headers).status_code == 200
    assert api.calls == ["POST /views/open"]
    raw, headers = signed(payload("view"))
    refused = http.post("/pachca", data=raw, headers=headers)
    assert (refused.status_code, refused.json) == (400, {"errors": {"age": "A number, please"}})
    raw, headers = signed(payload("view", submit_id="sub_10", data={"age": "42"}))
    assert http.post("/pachca", data=raw, headers=headers).status_code == 200
    assert http.get("/pachca").status_code == 405
    raw, headers = signed(payload("button", trigger_id="t2"))
    assert http.post("/pachca", data=raw, headers={**headers, "Pachca-Signature": "bad"}).status_code == 401
    assert api.calls == ["POST /views/open"]  # forms answered in the HTTP response: no call
    app.close()


# --- polling ------------------------------------------------------------------------------------------


@pytest.fixture
def polled(fake_pachca: FakePachca) -> Iterator[tuple[FakePachca, Any, Any, dict[str, Any]]]:
    """A bot without a webhook URL (its events are stored), Vera, and their chat."""
    vera = fake_pachca.user("Vera")
    chat = fake_pachca.add_chat("Polled", [vera])
    bot = fake_pachca.add_bot("Poller", chats=[chat])
    yield fake_pachca, bot, vera, chat


def no_wait(seconds: float) -> None:
    """The poller's pause between requests (the fake has no rate limits on)."""


def bot_said(fake: FakePachca, bot: Any) -> list[str]:
    return [m["content"] for m in fake.state.messages.values() if m["user_id"] == bot.id]


def test_polling_runs_the_same_listeners_and_answers_forms_with_submit_response(polled: Any) -> None:
    fake, bot, vera, chat = polled
    app = App()
    with bot.client() as client:

        @app.command("/form")
        def offer(ctx: Context[MessageWebhookPayload]) -> None:
            ctx.reply("Open it", buttons=[[{"text": "Open", "data": "open"}]])

        @app.button("open")
        async def open_form(ctx: AsyncContext[ButtonWebhookPayload]) -> None:
            block = {"type": "input", "name": "age", "label": "Age", "required": True}
            await ctx.open_form({"title": "Age", "blocks": [block]}, callback_id="ask")

        @app.form("ask")
        def ask(ctx: Context[ViewSubmitWebhookPayload]) -> dict[str, str] | None:
            if not ctx.values["age"].isdigit():
                return {"age": "A number, please"}
            ctx.reply(f"Noted: {ctx.values['age']}")
            return None

        app._aclient = bot.async_client()  # async listeners' client (the app would make one from PACHCA_TOKEN)
        vera.posts(chat, "/form")
        assert (
            app.poll(client, stop_when_idle=True, sleep=no_wait) == 2
        )  # Vera's command, and the bot's own answer (ignored)
        message = next(m for m in fake.state.messages.values() if m["user_id"] == bot.id)
        click = vera.clicks(message, "open")
        app.poll(client, stop_when_idle=True, sleep=no_wait)  # well within the trigger's 3 s
        assert click.view is not None
        refused = vera.submits(click, {"age": "old"})
        app.poll(client, stop_when_idle=True, sleep=no_wait)
        assert refused.errors == {"age": "A number, please"}
        accepted = vera.submits(click, {"age": "42"})
        app.poll(client, stop_when_idle=True, sleep=no_wait)
        assert accepted.accepted and not click.view.is_open
        assert fake.received("POST", f"/views/{click.view.id}/submit_response") == 2
        assert bot_said(fake, bot) == ["Open it", "Noted: 42"]
        assert bot.stored_events == []  # each handled event was deleted
    app.close()


def test_polling_asynchronously_and_stopping_from_another_thread(polled: Any) -> None:
    fake, bot, vera, chat = polled
    app = App()
    app.message()(lambda ctx: ctx.reply(f"echo {ctx.text}"))
    vera.posts(chat, "one")

    async def scenario() -> int:
        async with bot.async_client() as client:
            app._client = bot.client()
            threading.Timer(1.0, app.stop).start()  # poll until stopped
            return await app.apoll(client, idle_interval=0.5)  # Vera's message and the bot's echo

    started = time.monotonic()
    assert asyncio.run(scenario()) == 2
    assert time.monotonic() - started < 5
    assert bot_said(fake, bot) == ["echo one"]
    app.close()


def test_polling_drops_events_another_worker_handled(polled: Any) -> None:
    """Two pollers of one bot share a store: each event is handled once."""
    fake, bot, vera, chat = polled
    store = MemoryReplayStore()  # RedisStore across hosts
    heard: list[str] = []
    apps = []
    for name in ("a", "b"):
        app = App(bot.token, replay_store=store)
        app.message()(lambda ctx, name=name: heard.append(f"{name}: {ctx.text}"))
        apps.append(app)
    vera.posts(chat, "hi")
    # both read the history before either deleted: the second is a redelivery for the store
    events = bot.stored_events
    with bot.client() as client:
        for app in apps:
            fake.state.events[bot.id] = list(events)
            app.poll(client, stop_when_idle=True, sleep=no_wait)
    assert heard == ["a: hi"]


# --- Redis ------------------------------------------------------------------------------------------------


@pytest.fixture
def redis_store(redis_url: str) -> Iterator[RedisStore]:
    store = RedisStore.from_url(redis_url, prefix=f"test:{time.monotonic_ns()}:")
    yield store
    store.redis.close()


def test_redis_store_set_nx_ex_and_del(redis_store: RedisStore) -> None:
    assert redis_store.seen("k", 2.2) is False
    assert redis_store.seen("k", 2.2) is True
    assert redis_store.redis.ttl(redis_store.prefix + "k") == 3  # rounded up to whole seconds
    redis_store.forget("k")
    assert redis_store.seen("k", 1) is False
    redis_store.forget("missing")  # no error


def test_replicas_sharing_redis_handle_each_delivery_once(redis_store: RedisStore) -> None:
    heard: list[str] = []
    replicas = []
    for name in ("a", "b"):
        app = App("token", SECRET, replay_store=redis_store, ignore_self=False)
        app.message()(lambda ctx, name=name: heard.append(name))
        replicas.append(AsgiClient(app.asgi()))
    raw, headers = signed(payload("message"))
    assert [r.post("/", content=raw, headers=headers).status_code for r in replicas] == [200, 200]
    assert heard == ["a"]


def test_a_replica_that_fails_lets_another_handle_the_redelivery(redis_store: RedisStore) -> None:
    heard: list[str] = []
    failing = App("token", SECRET, replay_store=redis_store, ignore_self=False)

    @failing.message()
    def broken(ctx: Context[MessageWebhookPayload]) -> None:
        raise ConnectionError("downstream is down")

    healthy = App("token", SECRET, replay_store=redis_store, ignore_self=False)
    healthy.message()(lambda ctx: heard.append(ctx.text))
    raw, headers = signed(payload("message"))
    assert AsgiClient(failing.asgi()).post("/", content=raw, headers=headers).status_code == 500
    redelivered, headers = signed(payload("message"))  # Pachca again, with a new webhook_timestamp
    assert AsgiClient(healthy.asgi()).post("/", content=redelivered, headers=headers).status_code == 200
    assert heard == ["hello"]
    keys = redis_store.redis.keys(redis_store.prefix + "*")
    assert [re.sub(r"bot:\w+:", "bot:<ns>:", k.decode()[len(redis_store.prefix) :]) for k in keys] == [
        "bot:<ns>:message:new:501"
    ]
