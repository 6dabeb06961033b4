"""Bots under load: a pachca_client.bot App against the same bot in slack_bolt's AsyncApp and a bare ASGI floor.

    .bench/venv/bin/python bench/bots.py [--quick] [--output FILE]      # or: make bench-bots

Every bot is served the same way: uvicorn (h11, asyncio loop, one worker) in its own process. The load
generator is this process: httpx, 200 requests in flight (one AsyncClient of one connection each). Each
reply the bots make goes to one stub API in its own process (uvicorn too), which answers POST /messages with
the body FakePachca answers, captured at start, and chat.postMessage with a Slack answer of about the same
size: the same cost for both sides. Each API client keeps 20 connections alive (pachca_client's default).

1. Load: deliveries signed as each platform signs them, a mix of new messages (the listener replies: one API
   call, answered after it), form submissions (answered by the listener: half close, half show a field error)
   and duplicates (a message delivery sent again byte for byte: dropped by the replay store). The variants
   take turns in repeats; medians with the range over repeats.
2. Slow background work: many message listeners sleeping 2 s in threads (`background=True` `def` listeners,
   or bolt's lazy listeners with `asyncio.to_thread`) while forms arrive at a steady rate; the forms' answer
   latency, against the goal of p99 under 1 s. Each repeat starts a fresh server.

bench/README.md ("Bots under load") describes each variant and the like-for-like caveats.
Internal modes (run by the bench itself): --serve VARIANT --port N --stub URL [--redis URL]; --stub --port N.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import random
import select
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pachca_client.webhooks import sign  # noqa: E402

CONCURRENCY = 200
API_POOL = 20  # connections each bot's API client keeps (pachca_client's default)
SECRET = "bench-signing-secret"
PACHCA_TOKEN = "bench-pachca-token"
SLACK_TOKEN = "xoxb-bench-slack-token"
PACHCA_PATH = "/api/shared/v1"
SLACK_PATH = "/api/"
CHAT_ID = 4242
USER_ID = 9_000_001  # the sender: not the bot (the stub's profile is the bot's)
TEXT = "hello there, bench"
SLOW_SECONDS = 2.0
FORM_RATE = 25.0  # form submissions a second in the slow scenario
REQUEST_TIMEOUT = 30.0
MIX = (0.5, 0.3, 0.2)  # messages, forms, duplicates (of messages)
NEEDS = ("slack_bolt", "slack_sdk", "aiohttp", "uvicorn", "redis", "httpx")  # the bench venv has them

# --- the stub API ----------------------------------------------------------------------------------------

SLACK_POSTED = {
    "ok": True,
    "channel": "C0BENCH",
    "ts": "1796606775.000200",
    "message": {
        "user": "U0BOT",
        "type": "message",
        "ts": "1796606775.000200",
        "bot_id": "B0BOT",
        "app_id": "A0BENCH",
        "text": TEXT,
        "team": "T0BENCH",
        "bot_profile": {"id": "B0BOT", "app_id": "A0BENCH", "name": "bench", "deleted": False, "team_id": "T0BENCH"},
        "blocks": [  # what Slack adds to a plain text message
            {
                "type": "rich_text",
                "block_id": "bnch",
                "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": TEXT}]}],
            }
        ],
    },
}
SLACK_AUTH = {
    "ok": True,
    "url": "https://bench.slack.com/",
    "team": "Bench",
    "user": "bench",
    "team_id": "T0BENCH",
    "user_id": "U0BOT",
    "bot_id": "B0BOT",
    "is_enterprise_install": False,
}


def stub_answers() -> dict[str, tuple[int, bytes]]:
    """The canned answers: FakePachca's own for POST /messages and GET /profile, Slack's shape for Slack."""
    import httpx

    from pachca_client.testing import FakePachca

    with FakePachca() as fake:
        bot = fake.add_bot("Bench")
        chat = fake.add_chat("bench", [bot])
        headers = {"Authorization": f"Bearer {bot.token}"}
        posted = httpx.post(
            fake.base_url + "/messages", headers=headers, json={"message": {"entity_id": chat["id"], "content": TEXT}}
        )
        profile = httpx.get(fake.base_url + "/profile", headers=headers)
    return {
        f"POST {PACHCA_PATH}/messages": (posted.status_code, posted.content),
        f"GET {PACHCA_PATH}/profile": (profile.status_code, profile.content),
        f"POST {SLACK_PATH}chat.postMessage": (200, json.dumps(SLACK_POSTED).encode()),
        f"POST {SLACK_PATH}auth.test": (200, json.dumps(SLACK_AUTH).encode()),
    }


def stub_app(answers: dict[str, tuple[int, bytes]]) -> Callable[..., Any]:
    counts: Counter[str] = Counter()
    headers = [(b"content-type", b"application/json; charset=utf-8")]

    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            return
        more = True
        while more:
            more = (await receive()).get("more_body", False)
        route = f"{scope['method']} {scope['path']}"
        if route == "GET /_counts":
            status, body = 200, json.dumps(counts).encode()
        elif route == "GET /_sizes":
            status, body = 200, json.dumps({k: len(v) for k, (_, v) in answers.items()}).encode()
        else:
            counts[route] += 1
            status, body = answers.get(route, (404, b'{"error": "not found"}'))
        length = [(b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers + length})
        await send({"type": "http.response.body", "body": body})

    return app


# --- the bots --------------------------------------------------------------------------------------------


def _pachca_clients(stub: str) -> tuple[Any, Any]:
    from pachca_client import AsyncPachca, Pachca

    # rate_limits=False: the proactive limiter would pace replies to Pachca's real 50/s (4/s per chat)
    options: dict[str, Any] = {"base_url": stub + PACHCA_PATH, "rate_limits": False}
    return Pachca(PACHCA_TOKEN, **options), AsyncPachca(PACHCA_TOKEN, **options)


def _form_errors(name: str) -> dict[str, str] | None:
    return {"name": "at least 3 letters, please"} if len(name) < 3 else None


def build_pachca(variant: str, stub: str, redis_url: str | None) -> Any:
    from pachca_client.bot import App, AsyncContext, Context, RedisStore

    client, aclient = _pachca_clients(stub)
    store = RedisStore.from_url(redis_url or "") if variant == "pachca-redis" else None
    app = App(PACHCA_TOKEN, SECRET, client=client, async_client=aclient, replay_store=store)

    if variant == "pachca-sync":  # the documented style: def listeners, run in threads with the sync client

        @app.message()
        def echo(ctx: Context[Any]) -> None:
            ctx.reply(ctx.event.content)

        @app.form("signup")
        def signup(ctx: Context[Any]) -> dict[str, str] | None:
            return _form_errors(ctx.values.get("name") or "")

    elif variant in ("pachca-memory", "pachca-redis"):

        @app.message()
        async def aecho(ctx: AsyncContext[Any]) -> None:
            await ctx.reply(ctx.event.content)

        @app.form("signup")
        async def asignup(ctx: AsyncContext[Any]) -> dict[str, str] | None:
            return _form_errors(ctx.values.get("name") or "")

    else:  # slow scenario: background listeners doing 2 s of sync work
        if variant == "slow-pachca-async":

            @app.message(background=True)
            async def slow_async(ctx: AsyncContext[Any]) -> None:
                await asyncio.to_thread(time.sleep, SLOW_SECONDS)
                await ctx.reply(ctx.event.content)

        else:

            @app.message(background=True)
            def slow(ctx: Context[Any]) -> None:
                time.sleep(SLOW_SECONDS)
                ctx.reply(ctx.event.content)

        if variant == "slow-pachca-def":

            @app.form("signup")
            def slow_signup(ctx: Context[Any]) -> dict[str, str] | None:
                return _form_errors(ctx.values.get("name") or "")

        else:

            @app.form("signup")
            async def slow_asignup(ctx: AsyncContext[Any]) -> dict[str, str] | None:
                return _form_errors(ctx.values.get("name") or "")

    return app.asgi()


def build_bolt(variant: str, stub: str) -> Any:
    import aiohttp
    from slack_bolt.adapter.asgi.async_handler import AsyncSlackRequestHandler
    from slack_bolt.async_app import AsyncApp
    from slack_bolt.response import BoltResponse
    from slack_sdk.web.async_client import AsyncWebClient

    from pachca_client.webhooks import MemoryReplayStore

    # A shared session: without one, slack_sdk opens a new aiohttp session (and connection) for every call.
    # Not for the lazy listeners: bolt deep-copies the request for them, context and client included, and an
    # aiohttp session cannot be copied (every lazy listener fails with a 500): they keep bolt's default.
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=API_POOL)) if variant == "bolt" else None
    client = AsyncWebClient(token=SLACK_TOKEN, base_url=stub + SLACK_PATH, session=session)
    # AsyncApp has no token_verification_enabled (the sync App's check at start): it calls auth.test on its
    # first request instead, which the stub answers. process_before_response: answer after the listener ran.
    app = AsyncApp(client=client, signing_secret=SECRET, process_before_response=True)
    store = MemoryReplayStore()  # bolt has no dedup: a user's middleware keyed by event_id, the same store

    @app.middleware
    async def dedup(body: dict[str, Any], next: Callable[[], Any]) -> Any:
        event_id = body.get("event_id")
        if isinstance(event_id, str) and store.seen("slack:" + event_id, 120.0):
            return BoltResponse(status=200, body="")
        await next()

    async def signup(ack: Any, view: dict[str, Any]) -> None:
        name = view["state"]["values"]["name"]["name"]["value"] or ""
        errors = _form_errors(name)
        if errors:
            await ack(response_action="errors", errors=errors)
        else:
            await ack()

    app.view("signup")(signup)
    if variant == "bolt":

        @app.message()
        async def echo(message: dict[str, Any], say: Any) -> None:
            await say(message["text"])

    else:  # the ack-first pattern: a lazy listener does the slow work after the answer

        async def ack_now(ack: Any) -> None:
            await ack()

        async def slow(message: dict[str, Any], say: Any) -> None:
            await asyncio.to_thread(time.sleep, SLOW_SECONDS)
            await say(message["text"])

        app.message()(ack=ack_now, lazy=[slow])
    return AsyncSlackRequestHandler(app)


def _poster(stub: str, library: str) -> Callable[[bytes], Any]:
    """`await post(json_body)`: POST /messages of the stub, the answer read and decoded, by httpx or aiohttp."""
    url, auth = stub + PACHCA_PATH + "/messages", {"Authorization": f"Bearer {PACHCA_TOKEN}"}
    headers = {**auth, "Content-Type": "application/json"}
    if library == "httpx":  # the HTTP client pachca_client is built on
        import httpx

        limits = httpx.Limits(max_connections=API_POOL, max_keepalive_connections=API_POOL)
        client = httpx.AsyncClient(limits=limits)

        async def post_httpx(body: bytes) -> Any:
            return json.loads((await client.post(url, content=body, headers=headers)).content)

        return post_httpx
    import aiohttp  # the one slack_sdk's AsyncWebClient is built on

    sessions: list[aiohttp.ClientSession] = []

    async def post_aiohttp(body: bytes) -> Any:
        if not sessions:  # made on the loop that uses it
            sessions.append(aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=API_POOL)))
        async with sessions[0].post(url, data=body, headers=headers) as response:
            return json.loads(await response.read())

    return post_aiohttp


def build_raw(stub: str, library: str) -> Any:
    """The floor: check the signature and the timestamp, parse the JSON, one POST (answered after it)."""
    key = SECRET.encode()
    post = _poster(stub, library)
    seen: set[int] = set()  # dedup: a plain set (no expiry), the cheapest there is

    async def answer(send: Callable[..., Any], status: int, body: bytes = b"") -> None:
        headers = [(b"content-length", str(len(body)).encode())]
        if body:
            headers.append((b"content-type", b"application/json"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            return
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        signature = next((v for k, v in scope["headers"] if k == b"pachca-signature"), b"")
        if not hmac.compare_digest(signature, hmac.new(key, body, sha256).hexdigest().encode()):
            return await answer(send, 401)
        data = json.loads(body)
        stamp = data.get("webhook_timestamp")
        if not isinstance(stamp, int) or abs(time.time() - stamp) > 60:
            return await answer(send, 400)
        kind = (data.get("type"), data.get("event"))
        if kind == ("message", "new"):
            if data["id"] in seen:
                return await answer(send, 200)
            seen.add(data["id"])
            reply = {"message": {"entity_type": "discussion", "entity_id": data["chat_id"], "content": data["content"]}}
            await post(json.dumps(reply).encode())
            return await answer(send, 200)
        if kind == ("view", "submit"):
            errors = _form_errors(data["data"].get("name") or "")
            if errors:
                return await answer(send, 400, json.dumps({"errors": errors}).encode())
        return await answer(send, 200)

    return app


def serve(variant: str, port: int, stub: str | None, redis_url: str | None) -> None:
    import logging

    import uvicorn

    # as a deployed bot would: warnings to stderr (pachca_client's logger has only a NullHandler otherwise)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    async def main() -> None:
        if variant == "stub":
            app = stub_app(stub_answers())
        elif variant.startswith("raw-"):
            app = build_raw(stub or "", variant.removeprefix("raw-"))
        elif "bolt" in variant:
            app = build_bolt(variant, stub or "")
        else:
            app = build_pachca(variant, stub or "", redis_url)
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            http="h11",
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_keep_alive=600,
            backlog=4096,
        )
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve())
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        print("ready", flush=True)
        await task

    asyncio.run(main())


# --- deliveries ------------------------------------------------------------------------------------------

Delivery = tuple[str, bytes, dict[str, str]]  # kind, body, headers


def pachca_delivery(kind: str, n: int, stamp: int) -> tuple[bytes, dict[str, str]]:
    if kind == "message":
        created = datetime.fromtimestamp(stamp, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        payload: dict[str, Any] = {
            "type": "message",
            "id": n,
            "event": "new",
            "entity_type": "discussion",
            "entity_id": CHAT_ID,
            "content": f"{TEXT} {n}",
            "user_id": USER_ID,
            "created_at": created,
            "changed_at": None,
            "url": f"https://app.pachca.test/chats/{CHAT_ID}?message={n}",
            "chat_id": CHAT_ID,
            "parent_message_id": None,
            "thread": None,
        }
    else:
        payload = {
            "type": "view",
            "event": "submit",
            "callback_id": "signup",
            "private_metadata": None,
            "chat_id": CHAT_ID,
            "user_id": USER_ID,
            "view_id": f"view_{n:016d}",
            "submit_id": f"sub_{n:016d}",
            "data": {"name": "Vera Ivanova" if kind == "form-ok" else "V", "email": "vera@example.com"},
        }
    body = json.dumps({**payload, "webhook_timestamp": stamp}).encode()
    return body, {"content-type": "application/json", "pachca-signature": sign(body, SECRET)}


def slack_delivery(kind: str, n: int, stamp: int) -> tuple[bytes, dict[str, str]]:
    if kind == "message":
        ts = f"{stamp}.{n % 1_000_000:06d}"
        event = {
            "type": "message",
            "channel": "C0BENCH",
            "user": "U0VERA",
            "text": f"{TEXT} {n}",
            "ts": ts,
            "event_ts": ts,
            "channel_type": "channel",
        }
        payload = {
            "token": "bench-verification-token",
            "team_id": "T0BENCH",
            "api_app_id": "A0BENCH",
            "event": event,
            "type": "event_callback",
            "event_id": f"Ev{n:012d}",
            "event_time": stamp,
        }
        body, content_type = json.dumps(payload).encode(), "application/json"
    else:
        name = "Vera Ivanova" if kind == "form-ok" else "V"
        values = {
            "name": {"name": {"type": "plain_text_input", "value": name}},
            "email": {"email": {"type": "plain_text_input", "value": "vera@example.com"}},
        }
        view = {
            "id": f"V{n:012d}",
            "team_id": "T0BENCH",
            "type": "modal",
            "callback_id": "signup",
            "private_metadata": "",
            "state": {"values": values},
            "hash": f"{stamp}.{n:08d}",
        }
        payload = {
            "type": "view_submission",
            "team": {"id": "T0BENCH", "domain": "bench"},
            "user": {"id": "U0VERA", "team_id": "T0BENCH"},
            "api_app_id": "A0BENCH",
            "view": view,
        }
        body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        content_type = "application/x-www-form-urlencoded"
    base = b"v0:" + str(stamp).encode() + b":" + body
    signature = "v0=" + hmac.new(SECRET.encode(), base, sha256).hexdigest()
    headers = {"content-type": content_type, "x-slack-request-timestamp": str(stamp), "x-slack-signature": signature}
    return body, headers


def plan(size: int, base: int, seed: int) -> list[tuple[str, int]]:
    """`size` deliveries: (kind, id); a duplicate repeats an earlier message's id, sent after it."""
    rng = random.Random(seed)
    messages, forms = round(size * MIX[0]), round(size * MIX[1])
    duplicates = size - messages - forms
    kinds = ["message"] * messages + ["form-ok", "form-errors"] * (forms // 2) + ["form-ok"] * (forms % 2)
    rng.shuffle(kinds)
    keyed: list[tuple[float, str, int]] = [(float(i), kind, base + i) for i, kind in enumerate(kinds)]
    message_at = [(position, n) for position, kind, n in keyed if kind == "message"]
    for _ in range(duplicates):
        position, n = rng.choice(message_at)
        keyed.append((rng.uniform(position + 1, len(kinds)), "duplicate", n))
    keyed.sort()
    return [(kind, n) for _, kind, n in keyed]


def deliveries(fmt: str, planned: Iterable[tuple[str, int]]) -> list[Delivery]:
    make = pachca_delivery if fmt == "pachca" else slack_delivery
    stamp = int(time.time())
    made: dict[int, tuple[bytes, dict[str, str]]] = {}
    out: list[Delivery] = []
    for kind, n in planned:
        if kind == "duplicate":
            body, headers = made[n]  # the same bytes again
        else:
            body, headers = made[n] = make(kind, n, stamp)
        out.append((kind, body, headers))
    return out


def expected(fmt: str, kind: str, status: int, body: bytes) -> bool:
    if kind == "form-errors":
        return (status, b"errors" in body) == ((400, True) if fmt == "pachca" else (200, True))
    return status == 200


# --- processes -------------------------------------------------------------------------------------------


_STARTED = time.perf_counter()


def progress(text: str) -> None:
    """A line on stderr (the table goes to stdout)."""
    print(f"[{time.perf_counter() - _STARTED:5.1f} s] {text}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Child:
    """A server process of the bench (a bot, the stub API): started here, stopped here, by its pid."""

    def __init__(self, name: str, args: list[str]) -> None:
        self.name, self.port = name, free_port()
        self.log = tempfile.NamedTemporaryFile(prefix=f"bench-bots-{name}-", suffix=".log", delete=False)
        command = [sys.executable, str(Path(__file__).resolve()), "--serve", name, "--port", str(self.port), *args]
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=self.log, text=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ready(self, timeout: float = 60.0) -> Child:
        assert self.proc.stdout is not None
        readable, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline() if readable else ""
        if line.strip() != "ready":
            logged = self.log_text()
            self.stop(kill=True)
            raise SystemExit(f"{self.name} did not start:\n{logged[-3000:]}")
        return self

    def cpu(self) -> float:
        """CPU seconds (user + system) the process used so far (Linux /proc; NaN elsewhere)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return math.nan
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def log_text(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def stop(self, kill: bool = False) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()
        with contextlib.suppress(OSError):
            os.unlink(self.log.name)


def start_redis() -> tuple[subprocess.Popen[bytes], str, str, str] | None:
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    port = free_port()
    folder = tempfile.mkdtemp(prefix="bench-bots-redis-")
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
        stdout=subprocess.DEVNULL,
    )
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.split()
    started = time.monotonic()
    while time.monotonic() - started < 10:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2) as probe:
            probe.sendall(b"PING\r\n")
            if probe.recv(16).startswith(b"+PONG"):
                break
        time.sleep(0.05)
    tag = next((word[2:] for word in version if word.startswith("v=")), "?")
    return server, f"redis://127.0.0.1:{port}/0", tag, folder


# --- load --------------------------------------------------------------------------------------------------


@dataclass
class Run:
    wall: float
    latencies: dict[str, list[float]]
    unexpected: int
    bot_cpu: float
    loadgen_cpu: float
    replies: int
    unique_messages: int
    timeouts: int = 0
    stub_cpu: float = 0.0
    example: str = ""  # the first answer not as expected

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.latencies.values())


@dataclass
class Variant:
    name: str
    label: str
    fmt: str  # "pachca" or "slack"
    detail: str  # the dedup (load table) or the message listener (slow table)
    form: str = ""  # the form listener (slow table)
    path: str = "/"
    runs: list[Run] = field(default_factory=list)
    note: str = ""
    child: Child | None = None
    client: Any = None


def reply_route(fmt: str) -> str:
    return f"POST {PACHCA_PATH}/messages" if fmt == "pachca" else f"POST {SLACK_PATH}chat.postMessage"


async def stub_counts(client: Any, stub: str) -> Counter[str]:
    return Counter((await client.get(stub + "/_counts")).json())


@dataclass
class Outcome:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    unexpected: int = 0
    timeouts: int = 0
    example: str = ""

    async def send(self, client: Any, url: str, fmt: str, kind: str, body: bytes, headers: dict[str, str]) -> None:
        import httpx

        started = time.perf_counter()
        try:
            response = await client.post(url, content=body, headers=headers)
        except httpx.TimeoutException:
            self.timeouts += 1
            self.latencies.setdefault(kind.split("-")[0], []).append(REQUEST_TIMEOUT)
            return
        self.latencies.setdefault(kind.split("-")[0], []).append(time.perf_counter() - started)
        if not expected(fmt, kind, response.status_code, response.content):
            self.unexpected += 1
            self.example = self.example or f"{kind}: {response.status_code} {response.content[:80]!r}"


async def closed_loop(clients: list[Any], url: str, fmt: str, items: list[Delivery]) -> tuple[float, Outcome]:
    """Send `items` with one request in flight per client (CONCURRENCY of them) until all are answered."""
    outcome = Outcome()
    queue = iter(items)

    async def worker(client: Any) -> None:
        for item in queue:
            await outcome.send(client, url, fmt, *item)

    started = time.perf_counter()
    await asyncio.gather(*(worker(client) for client in clients))
    return time.perf_counter() - started, outcome


_TLS: Any = None


def new_client() -> Any:
    """An httpx.AsyncClient with one connection. One per request in flight: a single client's pool of 200
    connections costs the client ~5 ms of CPU a request (163 requests/s against the stub; 200 clients of one
    connection: 1,089/s, 0.8 ms), which would make the load generator, not the bot, set the rate."""
    import ssl

    import httpx

    global _TLS
    _TLS = _TLS or ssl.create_default_context()  # plain HTTP here; shared so that 200 clients are cheap to make
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    return httpx.AsyncClient(limits=limits, timeout=REQUEST_TIMEOUT, verify=_TLS)


async def load_phase(
    variants: list[Variant], stub: Child, repeats: int, size: int, warm_size: int
) -> dict[str, dict[str, int]]:
    """Warm each bot up, then the repeats, the variants taking turns; returns the calls each warm-up made."""
    control = new_client()
    warm_calls: dict[str, dict[str, int]] = {}
    for variant in variants:
        variant.client = [new_client() for _ in range(CONCURRENCY)]
    try:
        for index, variant in enumerate(variants):
            assert variant.child is not None
            before = await stub_counts(control, stub.url)
            warm = deliveries(variant.fmt, plan(warm_size, 1_000_000 * (100 + index), seed=-1))
            await closed_loop(variant.client, variant.child.url + variant.path, variant.fmt, warm)
            after = await stub_counts(control, stub.url)
            warm_calls[variant.name] = {k: after[k] - before[k] for k in after if after[k] != before[k]}
        progress("warmed up")
        for repeat in range(repeats):
            shift = repeat % len(variants)
            for variant in variants[shift:] + variants[:shift]:
                assert variant.child is not None
                planned = plan(size, 1_000_000 * (repeat + 1), seed=repeat)
                items = deliveries(variant.fmt, planned)
                unique = sum(1 for kind, _ in planned if kind == "message")
                before = await stub_counts(control, stub.url)
                bot_cpu, stub_cpu, own_cpu = variant.child.cpu(), stub.cpu(), time.process_time()
                wall, outcome = await closed_loop(variant.client, variant.child.url + variant.path, variant.fmt, items)
                own_cpu, bot_cpu = time.process_time() - own_cpu, variant.child.cpu() - bot_cpu
                stub_cpu = stub.cpu() - stub_cpu
                route = reply_route(variant.fmt)
                replies = (await stub_counts(control, stub.url))[route] - before[route]
                run = Run(wall, outcome.latencies, outcome.unexpected, bot_cpu, own_cpu, replies, unique)
                run.stub_cpu, run.example = stub_cpu, outcome.example
                variant.runs.append(run)
            progress(f"load repeat {repeat + 1}/{repeats}")
    finally:
        for variant in variants:
            for client in variant.client:
                await client.aclose()
        await control.aclose()
    return warm_calls


async def slow_run(child: Child, fmt: str, path: str, messages: int, forms: int) -> Run:
    """`messages` slow background deliveries at once, then `forms` submissions at FORM_RATE a second."""
    url = child.url + path
    free = [new_client() for _ in range(messages + 16)]  # one connection per request in flight, made beforehand
    made = list(free)
    outcome = Outcome(latencies={"form": [], "message": []})

    async def send(item: Delivery) -> None:
        client = free.pop() if free else new_client()
        made.append(client)
        await outcome.send(client, url, fmt, *item)
        free.append(client)

    try:
        await asyncio.gather(*(client.get(child.url + "/") for client in free))  # connections open (405)
        await send(deliveries(fmt, [("form-ok", 1)])[0])  # warm-up: the bot learns its own id
        outcome.latencies["form"].clear()
        planned = [("message", 1000 + n) for n in range(messages)]
        planned += [("form-ok" if n % 2 else "form-errors", 5000 + n) for n in range(forms)]
        items = deliveries(fmt, planned)
        bot_cpu, own_cpu = child.cpu(), time.process_time()
        started = time.perf_counter()
        tasks = [asyncio.create_task(send(item)) for item in items[:messages]]
        for k, item in enumerate(items[messages:]):
            await asyncio.sleep(max(0.0, started + 0.2 + k / FORM_RATE - time.perf_counter()))
            tasks.append(asyncio.create_task(send(item)))
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - started
        run = Run(
            wall, outcome.latencies, outcome.unexpected, child.cpu() - bot_cpu, time.process_time() - own_cpu, 0, 0
        )
        run.timeouts, run.example = outcome.timeouts, outcome.example
        return run
    finally:
        for client in set(made):
            await client.aclose()


# --- the report ------------------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def ms(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def spread(values: list[float], fmt: Callable[[float], str]) -> str:
    """The median, with the range (fastest–slowest repeat) when there are several."""
    text = fmt(statistics.median(values))
    if len(values) > 1:
        text += f" ({fmt(min(values))}–{fmt(max(values))})"
    return text


def ratio_range(values: list[float]) -> str:
    low, high = f"{min(values):.2f}", f"{max(values):.2f}"
    return low if low == high else f"{low}–{high}"


def rate(value: float) -> str:
    return f"{value:,.0f}/s"


def machine() -> str:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{platform.system()} {platform.machine()}, {model}, {os.cpu_count()} CPUs"


def versions(redis_version: str | None) -> str:
    def version(name: str) -> str:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return "absent"

    names = ["pachca-api-client", "slack_bolt", "slack_sdk", "uvicorn", "h11", "httpx", "aiohttp", "redis"]
    parts = [f"{'pachca_client' if n == 'pachca-api-client' else n} {version(n)}" for n in names]
    if redis_version:
        parts.append(f"redis-server {redis_version}")
    parts.append(f"Python {platform.python_version()} ({platform.python_implementation()})")
    return ", ".join(parts)


def load_table(variants: list[Variant], size: int, repeats: int, warm_size: int) -> list[str]:
    lines = [
        f"{size:,} deliveries a repeat ({MIX[0]:.0%} new messages, {MIX[1]:.0%} form submissions, half of them"
        f" answered with a field error, {MIX[2]:.0%} duplicates of those messages), {CONCURRENCY} in flight,"
        f" {repeats} interleaved repeats after a warm-up of {warm_size}. Median, with the range over the"
        " repeats in brackets. Latency = sending the request to reading the whole answer. Bot CPU = the server"
        " process's user + system time per delivery (less disturbed by the shared cores than the rate).",
        "",
        "| variant | dedup | deliveries/s | p50 | p99 | bot CPU / delivery | replies / new message | checks |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for variant in variants:
        if not variant.runs:
            lines.append(
                f"| `{variant.name}`: {variant.label} | {variant.detail} | - | - | - | - | - | {variant.note} |"
            )
            continue
        runs = variant.runs
        every = [[x for values in run.latencies.values() for x in values] for run in runs]
        unexpected = sum(run.unexpected for run in runs)
        replies = [run.replies / run.unique_messages for run in runs]
        checks = "all answers as expected"
        if unexpected:
            example = next(run.example for run in runs if run.example)
            checks = f"**{unexpected} answers not as expected** (e.g. `{example}`)"
        extra = sum(run.replies - run.unique_messages for run in runs)
        if extra:
            checks += f"; **{extra} extra replies: duplicates run again**"
        if variant.note:
            checks += "; " + variant.note
        lines.append(
            f"| `{variant.name}`: {variant.label} | {variant.detail}"
            f" | {spread([run.count / run.wall for run in runs], rate)}"
            f" | {spread([pct(v, 0.5) for v in every], ms)} | {spread([pct(v, 0.99) for v in every], ms)}"
            f" | {spread([run.bot_cpu / run.count for run in runs], lambda s: f'{s * 1e6:,.0f} µs')}"
            f" | {ratio_range(replies)} | {checks} |"
        )
    lines += [
        "",
        "By kind: the median over the repeats of each repeat's percentile. Stub CPU = the stub API's CPU per reply"
        " it answered (the same work for both sides); load generator CPU = this process's share of one core while"
        " sending (near 100%: the client, not the bot, set the rate).",
        "",
        "| variant | new message p50 / p99 | form p50 / p99 | duplicate p50 / p99 | stub CPU / reply"
        " | load generator CPU |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for variant in variants:
        if not variant.runs:
            continue
        share = statistics.median(run.loadgen_cpu / run.wall for run in variant.runs)
        stub = statistics.median(run.stub_cpu / max(1, run.replies) for run in variant.runs)
        lines.append(
            f"| `{variant.name}` | {by_kind(variant, 'message')} | {by_kind(variant, 'form')}"
            f" | {by_kind(variant, 'duplicate')} | {stub * 1e6:,.0f} µs | {share:.0%} |"
        )
    return lines


def by_kind(variant: Variant, name: str) -> str:
    runs = [run.latencies[name] for run in variant.runs]
    return f"{ms(statistics.median(pct(r, 0.5) for r in runs))} / {ms(statistics.median(pct(r, 0.99) for r in runs))}"


def slow_table(variants: list[Variant], messages: int, forms: int, repeats: int, pool: int) -> list[str]:
    lines = [
        f"{messages} new messages at once, each listener sleeping {SLOW_SECONDS:g} s in a thread (`def` listeners:"
        f" the App's threads; `asyncio.to_thread`: the loop's default executor, {pool} threads here), then"
        f" {forms} form submissions at {FORM_RATE:g}/s from 0.2 s on;"
        f" {repeats} repeat(s), each on a fresh server after one warm-up form. Goal: forms answered under 1 s at"
        " p99. Message answer = the HTTP answer to the slow message delivery (its work goes on after it).",
        "",
        "| variant | message listener | form listener | form p50 | form p99 | forms over 1 s | message answer p50 / p99"
        " | slow-answer warnings | goal |",
        "|---|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for variant in variants:
        runs = variant.runs
        if not runs:
            lines.append(f"| `{variant.name}`: {variant.label} | | | - | - | - | - | - | {variant.note} |")
            continue
        form_p99 = [pct(run.latencies["form"], 0.99) for run in runs]
        over = sum(sum(1 for x in run.latencies["form"] if x > 1.0) for run in runs)
        total = sum(len(run.latencies["form"]) for run in runs)
        message = (
            f"{ms(statistics.median(pct(r.latencies['message'], 0.5) for r in runs))} / "
            f"{ms(statistics.median(pct(r.latencies['message'], 0.99) for r in runs))}"
        )
        met = "met" if max(form_p99) < 1.0 else "**not met**"
        extra = []
        if any(run.unexpected for run in runs):
            example = next(run.example for run in runs if run.example)
            extra.append(f"{sum(run.unexpected for run in runs)} answers not as expected (e.g. `{example}`)")
        if any(run.timeouts for run in runs):
            extra.append(f"{sum(run.timeouts for run in runs)} timed out at {REQUEST_TIMEOUT:g} s")
        verdict = "; ".join([met, *extra])
        lines.append(
            f"| `{variant.name}`: {variant.label} | {variant.detail} | {variant.form}"
            f" | {spread([pct(run.latencies['form'], 0.5) for run in runs], ms)} | {spread(form_p99, ms)}"
            f" | {over} of {total} | {message} | {variant.note or '-'} | {verdict} |"
        )
    return lines


async def stub_sizes(stub: str) -> dict[str, int]:
    client = new_client()
    try:
        return dict((await client.get(stub + "/_sizes")).json())
    finally:
        await client.aclose()


def sizes_line(answers: dict[str, int]) -> str:
    """The bytes of one delivery of each kind in both formats, and of the stub's answers to the reply calls."""
    sizes = {
        fmt: {kind: len(deliveries(fmt, [(kind, 1_234_567)])[0][1]) for kind in ("message", "form-ok")}
        for fmt in ("pachca", "slack")
    }
    pachca, slack = sizes["pachca"], sizes["slack"]
    return (
        f"Sizes (bytes): a new message delivery {pachca['message']} (Pachca) / {slack['message']} (Slack"
        f" `event_callback`), a form submission {pachca['form-ok']} / {slack['form-ok']} (Slack's is"
        " `payload=` URL-encoded JSON, as Slack sends it); the reply's answer"
        f" {answers.get(f'POST {PACHCA_PATH}/messages', 0)} (FakePachca's POST /messages) /"
        f" {answers.get(f'POST {SLACK_PATH}chat.postMessage', 0)} (chat.postMessage)."
    )


def logged_summary(logged: str) -> str:
    """What a bot logged at WARNING and above, counted by message (the first words of it)."""
    counts: Counter[str] = Counter()
    for line in logged.splitlines():
        if line.startswith(("WARNING", "ERROR", "CRITICAL", "Traceback")):
            counts["slow-answer warning" if "has not answered" in line else line[:100].replace("|", "/")] += 1
    return "; ".join(f"logged {n}x `{text}`" for text, n in counts.most_common(3))


def warm_summary(variants: list[Variant], calls: dict[str, dict[str, int]]) -> list[str]:
    out = []
    for variant in variants:
        made = calls.get(variant.name, {})
        out.append(f"{variant.name}: " + ", ".join(f"`{route}` {n}" for route, n in sorted(made.items())))
    return out


# --- main --------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer deliveries and repeats (~40 s)")
    parser.add_argument("--output", type=Path, help="also write the Markdown to this file")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--stub", help=argparse.SUPPRESS)
    parser.add_argument("--redis", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port, args.stub, args.redis)
        return 0
    missing = [name for name in NEEDS if importlib.util.find_spec(name) is None]
    if missing:
        raise SystemExit(
            f"bench/bots.py needs {', '.join(missing)}: run it with .bench/venv/bin/python (`make bench-bots`), or"
            " .bench/venv/bin/python -m pip install slack_bolt slack_sdk aiohttp uvicorn redis"
        )
    command = " ".join(["python", "bench/bots.py", *map(shlex.quote, sys.argv[1:] if argv is None else argv)])
    size, repeats, warm_size = (400, 2, CONCURRENCY) if args.quick else (1000, 5, 2 * CONCURRENCY)
    slow_messages, slow_forms, slow_repeats = (24, 40, 1) if args.quick else (40, 60, 3)
    total = time.perf_counter()

    redis = start_redis()
    stub = Child("stub", []).ready()
    children: list[Child] = []
    try:
        options = ["--stub", stub.url] + (["--redis", redis[1]] if redis else [])
        variants = [
            Variant("pachca-memory", "pachca_client.bot App, `async def` listeners", "pachca", "MemoryReplayStore"),
            Variant("pachca-redis", "pachca_client.bot App, `async def` listeners", "pachca", "RedisStore"),
            Variant("pachca-sync", "pachca_client.bot App, `def` listeners (threads)", "pachca", "MemoryReplayStore"),
            Variant(
                "bolt",
                "slack_bolt AsyncApp (`process_before_response=True`)",
                "slack",
                "none built in: a middleware on `event_id` (MemoryReplayStore)",
                path="/slack/events",
            ),
            Variant(
                "raw-httpx",
                "bare ASGI floor, POST with httpx (pachca_client's HTTP client)",
                "pachca",
                "a `set` of ids",
            ),
            Variant(
                "raw-aiohttp",
                "bare ASGI floor, POST with aiohttp (slack_sdk's HTTP client)",
                "pachca",
                "a `set` of ids",
            ),
        ]
        if redis is None:
            variants[1].note = "skipped: redis-server not installed"
        running = [v for v in variants if not v.note]
        for variant in running:
            variant.child = Child(variant.name, options)
            children.append(variant.child)
        for variant in running:
            assert variant.child is not None
            variant.child.ready()
        progress("bots started")
        warm_calls = asyncio.run(load_phase(running, stub, repeats, size, warm_size))
        answer_sizes = asyncio.run(stub_sizes(stub.url))
        for variant in running:
            assert variant.child is not None
            variant.note = logged_summary(variant.child.log_text())
            variant.child.stop()

        slow = [
            Variant("slow-pachca-def", "pachca_client.bot App", "pachca", "`def`, background=True", "`def`"),
            Variant("slow-pachca-mixed", "pachca_client.bot App", "pachca", "`def`, background=True", "`async def`"),
            Variant(
                "slow-pachca-async",
                "pachca_client.bot App",
                "pachca",
                "`async def`, background=True, `await asyncio.to_thread(sleep)`",
                "`async def`",
            ),
            Variant(
                "slow-bolt",
                "slack_bolt AsyncApp",
                "slack",
                "lazy listener, `await asyncio.to_thread(sleep)`",
                "`async def`, `ack()`",
                "/slack/events",
            ),
        ]
        warnings: Counter[str] = Counter()
        for repeat in range(slow_repeats):
            started = {v.name: Child(v.name, options) for v in slow}
            children.extend(started.values())
            for child in started.values():
                child.ready()
            shift = repeat % len(slow)
            for variant in slow[shift:] + slow[:shift]:
                child = started[variant.name]
                run = asyncio.run(slow_run(child, variant.fmt, variant.path, slow_messages, slow_forms))
                variant.runs.append(run)
                warnings[variant.name] += child.log_text().count("has not answered")
                child.stop(kill=True)  # the slow work still queued goes with it
                progress(f"slow {variant.name}, repeat {repeat + 1}/{slow_repeats}: {run.wall:.1f} s")
        for variant in slow:
            variant.note = str(warnings[variant.name]) if variant.fmt == "pachca" else "n/a"
    finally:
        for child in children:
            child.stop(kill=True)
        stub.stop()
        if redis is not None:
            redis[0].terminate()
            redis[0].wait(5)
            shutil.rmtree(redis[3], ignore_errors=True)

    pool = min(32, (os.cpu_count() or 1) + 4)
    out = [
        "### Bots under load",
        "",
        f"{time.strftime('%Y-%m-%d')}: {versions(redis[2] if redis else None)}, {machine()}; `{command}`"
        f" ({time.perf_counter() - total:.0f} s)",
        "",
        *load_table(variants, size, repeats, warm_size),
        "",
        sizes_line(answer_sizes),
        "",
        f"Calls to the stub API during each warm-up ({warm_size} deliveries, {CONCURRENCY} at once on a"
        " cold bot, which fetches its own id on its first delivery): " + "; ".join(warm_summary(running, warm_calls)),
        "",
        "### Forms while slow background work runs",
        "",
        *slow_table(slow, slow_messages, slow_forms, slow_repeats, pool),
    ]
    text = "\n".join(out) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
