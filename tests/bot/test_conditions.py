"""The bot framework under real conditions: a slow or failing Pachca, busy threads, a hung Redis, clock skew,
failing listeners in poll mode and HTTP bodies as real servers deliver them.

The rules: a delivery is answered by its own listener's outcome within Pachca's deadlines whatever other
services do; an event is deleted only after it was handled; nothing blocking runs on the event loop; the
adapters read bodies as their servers deliver them, with caps enforced before reading.
"""

from __future__ import annotations

import asyncio
import datetime
import http.client
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from client_helpers import schema_sample

from pachca_client import AsyncPachca, Pachca
from pachca_client.bot import App, AsyncContext, Context, RedisStore
from pachca_client.models import ButtonWebhookPayload, MessageWebhookPayload
from pachca_client.testing import FakeClock, FakePachca
from pachca_client.webhooks import sign

SECRET = "signing-secret"
BOT_ID = 1


def delivery(kind: str, **fields: Any) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """A signed delivery of `kind` ("message" or "form"), stamped now; the raw body and ASGI headers."""
    bodies: dict[str, dict[str, Any]] = {
        "message": {
            "type": "message",
            "event": "new",
            "id": 501,
            "entity_type": "discussion",
            "entity_id": 10,
            "chat_id": 10,
            "content": "hello",
            "user_id": 7,
            "created_at": "2026-10-01T12:00:00.000Z",
            "url": "https://app.pachca.com/chats/10?message=501",
            "thread": None,
        },
        "form": {
            "type": "view",
            "event": "submit",
            "callback_id": "ask",
            "private_metadata": None,
            "user_id": 7,
            "chat_id": None,
            "view_id": "view_9",
            "submit_id": "sub_9",
            "data": {"age": "42"},
        },
    }
    raw = json.dumps({**bodies[kind], "webhook_timestamp": int(time.time()), **fields}).encode()
    return raw, [(b"pachca-signature", sign(raw, SECRET).encode()), (b"content-type", b"application/json")]


async def post(asgi: Any, raw: bytes, headers: list[tuple[bytes, bytes]]) -> tuple[int, float]:
    """Deliver to an ASGI app in this loop: the status, and the seconds until it was sent (the app may go on)."""
    started, answered = time.monotonic(), asyncio.get_running_loop().create_future()

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": raw, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start" and not answered.done():
            answered.set_result((message["status"], time.monotonic() - started))

    scope = {"type": "http", "method": "POST", "path": "/", "headers": headers}
    task = asyncio.ensure_future(asgi(scope, receive, send))
    RUNNING.add(task)  # the app goes on after its answer, as under a server: `finish()` waits for it
    task.add_done_callback(RUNNING.discard)
    task.add_done_callback(lambda _: None if answered.done() else answered.set_exception(RuntimeError("no answer")))
    result: tuple[int, float] = await answered
    return result


RUNNING: set[asyncio.Future[None]] = set()


async def finish() -> None:
    """Wait for the app calls still running after their answer (a server would, before it stops)."""
    while RUNNING:
        await asyncio.wait(list(RUNNING))


class Pachca503OrSlow:
    """A MockTransport handler for both kinds of client: `GET /profile` answers slowly or 503, as set."""

    def __init__(self, *, profile_delay: float = 0.0, profile_status: int = 200) -> None:
        self.profile_delay, self.profile_status = profile_delay, profile_status
        self.calls: list[str] = []
        self.profile = {"data": schema_sample("User", id=BOT_ID)}
        self.message = {"data": schema_sample("Message")}

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/shared/v1")
        self.calls.append(f"{request.method} {path}")
        if path == "/profile":
            if self.profile_status != 200:
                return httpx.Response(self.profile_status, json={"errors": []})
            return httpx.Response(200, json=self.profile)
        return httpx.Response(201, json=self.message)

    def sync(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/profile"):
            time.sleep(self.profile_delay)
        return self._answer(request)

    async def asynchronous(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/profile"):
            await asyncio.sleep(self.profile_delay)
        return self._answer(request)

    def client(self, kind: str) -> Pachca | AsyncPachca:
        options: dict[str, Any] = {"base_url": "https://api.test/api/shared/v1", "max_retries": 0}
        if kind == "sync":
            return Pachca("token", transport=httpx.MockTransport(self.sync), **options)
        return AsyncPachca("token", transport=httpx.MockTransport(self.asynchronous), **options)


@pytest.fixture(params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


def _app(api: Pachca503OrSlow, kind: str, **options: Any) -> tuple[App, Pachca | AsyncPachca]:
    client = api.client(kind)
    return App(client=client, signing_secret=SECRET, **options), client


def _close(app: App, client: Pachca | AsyncPachca) -> None:
    app.close()
    if isinstance(client, Pachca):
        client.close()
    else:
        asyncio.run(client.close())


# --- the bot's own id: GET /profile -------------------------------------------------------------------------


@pytest.mark.parametrize("profile", ["slow", "failing"])
def test_a_form_is_answered_by_its_listener_whatever_the_profile_call_does(client_kind: str, profile: str) -> None:
    api = Pachca503OrSlow(profile_delay=3.0) if profile == "slow" else Pachca503OrSlow(profile_status=503)
    app, client = _app(api, client_kind)
    ran: list[str] = []
    app.form("ask")(lambda ctx: ran.append(ctx.values["age"]))

    async def scenario() -> tuple[int, float]:
        answer = await post(app.asgi(), *delivery("form"))
        await finish()
        return answer

    status, seconds = asyncio.run(scenario())
    assert (status, ran) == (200, ["42"])
    assert seconds < 1.0, "the form did not wait for GET /profile (3 s)"
    _close(app, client)


def test_a_message_waits_for_the_bots_id_at_most_identity_wait_then_comes_again(client_kind: str) -> None:
    api = Pachca503OrSlow(profile_status=503)
    app, client = _app(api, client_kind, identity_wait=0.3)
    heard: list[int] = []
    app.message()(lambda ctx: heard.append(ctx.user_id))

    async def scenario() -> list[int]:
        asgi = app.asgi()
        statuses = [(await post(asgi, *delivery("message")))[0]]  # GET /profile fails: the id is not known
        api.profile_status, api.profile_delay = 200, 2.0
        statuses.append((await post(asgi, *delivery("message", id=502)))[0])  # slower than identity_wait
        api.profile_delay = 0.0
        for _ in range(100):  # the fetch that 502 started ends 2 s after it began
            if app._bot_id is not None:
                break
            await asyncio.sleep(0.05)
        statuses.append((await post(asgi, *delivery("message", id=503)))[0])
        statuses.append((await post(asgi, *delivery("message", id=504, user_id=BOT_ID)))[0])  # the bot's own
        await finish()
        return statuses

    assert asyncio.run(scenario()) == [503, 503, 200, 200]
    assert heard == [7], "only the message of a colleague, once the bot knew its own id"
    assert api.calls.count("GET /profile") == 2, "fetched again after it failed, then known for good"
    _close(app, client)


# --- threads ------------------------------------------------------------------------------------------------


def test_slow_background_listeners_leave_threads_for_an_instant_form() -> None:
    """More slow background listeners than any default thread pool has threads: the form is still answered."""
    app = App("token", SECRET, ignore_self=False, background_workers=4)
    release, started = threading.Event(), []

    @app.message(background=True)
    def slow(ctx: Context[MessageWebhookPayload]) -> None:  # the README's advice for slow work
        started.append(ctx.message_id)
        release.wait(10)

    app.form("ask")(lambda ctx: None)

    async def scenario() -> tuple[list[int], int]:
        asgi = app.asgi()
        messages = [asyncio.ensure_future(post(asgi, *delivery("message", id=600 + n))) for n in range(40)]
        seen = -1
        for _ in range(50):  # until no more start: every thread they can have is busy
            await asyncio.sleep(0.1)
            if seen == len(started) > 0:
                break
            seen = len(started)
        form = asyncio.ensure_future(post(asgi, *delivery("form")))
        done, _ = await asyncio.wait([form], timeout=5)  # without its own threads it waits for `release`
        release.set()
        statuses = [status for status, _ in await asyncio.gather(*messages)]
        await finish()
        return statuses, form.result()[0] if done else 0

    statuses, form_status = asyncio.run(scenario())
    assert statuses == [200] * 40
    assert form_status == 200, "the form was answered while every background listener still worked"
    app.close()


def test_sync_middleware_does_not_hold_a_thread_for_a_background_listener() -> None:
    app = App("token", SECRET, ignore_self=False, workers=2, background_workers=8)
    release, trail = threading.Event(), []

    @app.middleware
    def log(ctx: Context[Any], next: Any) -> None:
        trail.append("before")
        next()
        trail.append("after")

    @app.message(background=True)
    def slow(ctx: Context[MessageWebhookPayload]) -> None:
        release.wait(10)

    app.form("ask")(lambda ctx: trail.append("form"))

    async def scenario() -> int:
        asgi = app.asgi()
        for n in range(4):  # twice as many as the app's answering threads
            assert (await post(asgi, *delivery("message", id=700 + n)))[0] == 200
        form = asyncio.ensure_future(post(asgi, *delivery("form")))
        done, _ = await asyncio.wait([form], timeout=5)
        release.set()
        await finish()
        return form.result()[0] if done else 0

    assert asyncio.run(scenario()) == 200
    assert trail.count("form") == 1 and trail.count("after") >= 4
    app.close()


# --- polling: nothing deleted before it was handled; Pachca's clock -----------------------------------------


@pytest.fixture
def polled(fake_pachca: FakePachca) -> Iterator[tuple[FakePachca, Any, Any, dict[str, Any]]]:
    vera = fake_pachca.user("Vera")
    chat = fake_pachca.add_chat("Polled", [vera])
    yield fake_pachca, fake_pachca.add_bot("Poller", chats=[chat]), vera, chat


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_polled_event_whose_listener_failed_stays_stored_and_runs_again(polled: Any, kind: str) -> None:
    fake, bot, vera, chat = polled
    app = App(ignore_self=False)
    tries: list[str] = []

    @app.message("deploy")
    def deploy(ctx: Context[MessageWebhookPayload]) -> None:
        tries.append(ctx.text)
        if len(tries) == 1:
            raise ConnectionError("the deploy service is down")

    vera.posts(chat, "deploy please")
    with bot.client() as client:
        app.connect(client=client)
        for _ in range(2):  # a later poll (here: the next run) finds it again
            if kind == "sync":
                app.poll(stop_when_idle=True, idle_interval=0)
            else:

                async def poll() -> None:
                    async with bot.async_client() as async_client:
                        await app.apoll(async_client, stop_when_idle=True, idle_interval=0)

                asyncio.run(poll())
            if len(tries) == 1:
                assert [e["payload"]["content"] for e in bot.stored_events] == ["deploy please"], "not deleted"
    assert tries == ["deploy please", "deploy please"] and bot.stored_events == []
    app.close()


def test_a_polled_click_is_aged_by_pachcas_clock_not_this_hosts() -> None:
    """This host's clock is 5 s ahead of Pachca's: the click is fresh all the same, and opens its form."""
    skewed = FakeClock(datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=5))
    with FakePachca(clock=skewed) as fake:
        vera = fake.user("Vera")
        chat = fake.add_chat("Polled", [vera])
        bot = fake.add_bot("Poller", chats=[chat])
        message = fake.add_message(chat, "Open the form", author=bot.id, buttons=[[{"text": "Go", "data": "go"}]])
        app = App(ignore_self=False)
        outcomes: list[str] = []
        app.error(lambda error, ctx: outcomes.append(type(error).__name__))

        @app.button("go")
        def go(ctx: Context[ButtonWebhookPayload]) -> None:
            ctx.open_form({"title": "Age", "blocks": []}, callback_id="ask")
            outcomes.append("opened")

        click = vera.clicks(message, "go")
        with bot.client() as client:
            app.connect(client=client)
            app.poll(stop_when_idle=True)
        assert outcomes == ["opened"] and click.view is not None
        app.close()


# --- Redis hung: the loop keeps going, deliveries are answered ----------------------------------------------


@pytest.fixture
def hung_redis() -> Iterator[str]:
    """A TCP server on 127.0.0.1 that accepts connections and never answers: a Redis that hangs."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    stop.set()
    thread.join(5)
    for connection in held:
        connection.close()
    server.close()


def test_a_hung_redis_neither_blocks_the_loop_nor_holds_deliveries_back(
    hung_redis: str, caplog: pytest.LogCaptureFixture
) -> None:
    pytest.importorskip("redis")
    store = RedisStore.from_url(hung_redis, timeout=30)  # the socket timeout alone would hold each call 30 s
    app = App("token", SECRET, ignore_self=False, replay_store=store)
    heard: list[int] = []
    app.message()(lambda ctx: heard.append(ctx.message_id))

    async def scenario() -> tuple[list[int], float, int]:
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.ensure_future(tick())
        started = time.monotonic()
        asgi = app.asgi()
        answers = await asyncio.gather(*(post(asgi, *delivery("message", id=800 + n)) for n in range(3)))
        duplicate = await post(asgi, *delivery("message", id=800))  # deduplicated in this process meanwhile
        elapsed = time.monotonic() - started
        ticker.cancel()
        await finish()
        await store.aclose()
        return [status for status, _ in [*answers, duplicate]], elapsed, ticks

    with caplog.at_level("WARNING", "pachca_client.webhooks"):
        statuses, elapsed, ticks = asyncio.run(scenario())
    assert statuses == [200, 200, 200, 200] and sorted(heard) == [800, 801, 802]
    assert elapsed < 5, "answered within the store's bound, together, not one after another"
    assert ticks >= 10, "the event loop kept running while Redis hung"
    assert sum("replay store RedisStore failed" in r.getMessage() for r in caplog.records) == 1
    store.close()
    app.close()


def test_redis_store_awaits_its_asyncio_client_on_the_loop(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url, prefix=f"test:{time.monotonic_ns()}:")

    async def scenario() -> list[bool]:
        seen = [await store.aseen("k", 2), await store.aseen("k", 2)]
        await store.aforget("k")
        seen.append(await store.aseen("k", 2))
        assert store.async_redis is not None and store.async_redis is store.async_redis  # one per loop
        await store.aclose()
        return seen

    assert asyncio.run(scenario()) == [False, True, False]
    assert store.seen("k", 2) is True, "the sync client sees what the async one wrote"
    store.close()


def test_a_burst_wider_than_the_pool_queues_for_redis_instead_of_falling_back(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from pachca_client._replay import ReplayGuard

    store = RedisStore.from_url(redis_url, prefix=f"test:{time.monotonic_ns()}:", pool_size=8)
    guard = ReplayGuard(store)
    keys = [f"event-{n % 100}" for n in range(400)]  # each event delivered 4 times, 400 checks at once

    async def scenario() -> list[bool]:
        answers = await asyncio.gather(*(guard.aseen(key, 60) for key in keys))
        await store.aclose()
        return list(answers)

    answers = asyncio.run(scenario())
    assert answers.count(False) == 100, "each event was accepted exactly once"
    assert not [r for r in caplog.records if "replay store" in r.getMessage()], "Redis answered every check"
    store.close()


# --- WSGI bodies, as real servers hand them over -----------------------------------------------------------


def _wsgi(app: App, body: bytes, **environ: Any) -> tuple[str, bytes]:
    statuses: list[str] = []
    env = {"REQUEST_METHOD": "POST", "wsgi.input": io.BytesIO(body), **environ}
    result = app.wsgi()(env, lambda status, headers: statuses.append(status))
    answer = b"".join(result)
    result.close()  # type: ignore[attr-defined]
    return statuses[0], answer


def _wsgi_headers(raw: bytes) -> dict[str, str]:
    return {"HTTP_PACHCA_SIGNATURE": sign(raw, SECRET), "CONTENT_TYPE": "application/json"}


@pytest.mark.parametrize(
    ("length", "status"),
    [("abc", "400 Bad Request"), ("-5", "400 Bad Request"), (" 1e3", "400 Bad Request"), (str(2 << 20), "413")],
)
def test_the_wsgi_adapter_refuses_a_bad_length_before_reading(length: str, status: str) -> None:
    app = App("token", SECRET, ignore_self=False)
    raw, _ = delivery("message")
    stream = io.BytesIO(raw)
    got, _ = _wsgi(app, b"", **{"wsgi.input": stream, "CONTENT_LENGTH": length, **_wsgi_headers(raw)})
    assert got.startswith(status) and stream.tell() == 0, "refused without reading the body"
    app.close()


def test_the_wsgi_adapter_reads_a_chunked_body_the_server_ended_and_caps_it() -> None:
    app = App("token", SECRET, ignore_self=False)
    heard: list[str] = []
    app.message()(lambda ctx: heard.append(ctx.text))
    raw, _ = delivery("message")
    chunked = {"HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input_terminated": True, **_wsgi_headers(raw)}
    assert _wsgi(app, raw, **chunked)[0] == "200 OK" and heard == ["hello"]
    huge = io.BytesIO(b"x" * (3 << 20))
    assert _wsgi(app, b"", **{**chunked, "wsgi.input": huge})[0].startswith("413")
    assert huge.tell() <= (1 << 20) + 1, "read no more than the cap"
    no_end = {"HTTP_TRANSFER_ENCODING": "chunked", **_wsgi_headers(raw)}  # a server that cannot end the stream
    assert _wsgi(app, raw, **no_end)[0].startswith("411")
    app.close()


def test_a_chunked_delivery_through_a_real_wsgi_server_reaches_its_listener() -> None:
    from werkzeug.serving import make_server

    app = App("token", SECRET, ignore_self=False)
    heard: list[str] = []
    app.message()(lambda ctx: heard.append(ctx.text))
    server = make_server("127.0.0.1", 0, app.wsgi(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        raw, headers = delivery("message")
        connection = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
        connection.putrequest("POST", "/")
        for name, value in headers:
            connection.putheader(name.decode(), value.decode())
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        for start in range(0, len(raw), 64):
            piece = raw[start : start + 64]
            connection.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        connection.send(b"0\r\n\r\n")
        assert connection.getresponse().status == 200
        connection.close()
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()
    assert heard == ["hello"]
    app.close()


# --- testing a bot as written --------------------------------------------------------------------------------


def test_an_app_made_at_import_needs_no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PACHCA_TOKEN", "PACHCA_SIGNING_SECRET", "PACHCA_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    app = App()  # a module's top line: nothing is read yet
    app.message()(lambda ctx: None)
    with pytest.raises(ValueError, match="signing_secret"):
        app.asgi()  # serving needs the secret: said when it is needed
    app.connect(signing_secret=SECRET)
    assert callable(app.asgi())
    app.close()


def test_async_listeners_use_the_async_client_given_to_connect() -> None:
    api = Pachca503OrSlow()
    app = App(ignore_self=False)
    client = api.client("async")
    assert isinstance(client, AsyncPachca)
    app.connect(async_client=client, signing_secret=SECRET)

    @app.message()
    async def echo(ctx: AsyncContext[MessageWebhookPayload]) -> None:
        await ctx.reply(ctx.text)

    async def scenario() -> int:
        status = (await post(app.asgi(), *delivery("message")))[0]
        await finish()
        return status

    assert asyncio.run(scenario()) == 200 and api.calls == ["POST /messages"]
    _close(app, client)


@pytest.mark.parametrize("via", ["asgi", "wsgi"])
def test_a_module_level_app_is_tested_as_written_against_the_fake(
    fake_pachca: FakePachca, monkeypatch: pytest.MonkeyPatch, via: str
) -> None:
    for name in ("PACHCA_TOKEN", "PACHCA_SIGNING_SECRET", "PACHCA_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    import importlib

    echo_bot = importlib.import_module("examples.bot_echo")  # `app = App()` at its top, nothing set
    vera = fake_pachca.user("Vera")
    chat = fake_pachca.add_chat("Echo", [vera])
    with fake_pachca.serve(echo_bot.app, via=via) as bot:
        for n in range(20):
            vera.posts(chat, f"ping {n}")
        fake_pachca.webhooks.assert_delivered(bot, type="message")
        echoes = [m["content"] for m in fake_pachca.state.messages.values() if m["user_id"] == bot.id]
        client = echo_bot.app.client
        assert client.limiter is None and client.strict is True, "unpaced and strict, like fake.client()"
    assert echoes == [f"ping {n}" for n in range(20)], "each echoed once: its own echoes are ignored"
    assert echo_bot.app._token is None and echo_bot.app._secret is None, "its own settings are back"
