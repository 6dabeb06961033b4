"""A Redis that accepts connections and never answers: the shared rate limiter must not hang the client on it.

Async calls must not block the event loop (other coroutines keep running), and a call ends within its deadline;
sync calls are bounded by the socket timeouts `RedisRateLimiter.from_url` sets. Each test starts its own server
on 127.0.0.1 and stops it; the bounds asserted are generous against a Redis that would never answer at all.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pachca_client import APITimeoutError, AsyncPachca, Limit, Pachca, RateLimits, RedisRateLimiter

redis = pytest.importorskip("redis")

TOKEN = "hung-redis-SECRET-token"
BASE = "https://api.pachca.test/api/shared/v1"
EVENTS = {"data": [], "meta": {"paginate": {"next_page": "end", "has_next": False}}}


class HungServer:
    """Accepts TCP connections on 127.0.0.1 and never sends a byte; `stop()` closes them (the client sees EOF)."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.url = f"redis://127.0.0.1:{self.listener.getsockname()[1]}/0"
        self.connections: list[socket.socket] = []
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.connections.append(connection)

    def stop(self) -> None:
        if self._stopped.is_set():
            return
        self._stopped.set()
        self._thread.join(5)
        for connection in self.connections:
            connection.close()
        self.listener.close()


@pytest.fixture
def hung_redis() -> Iterator[HungServer]:
    server = HungServer()
    try:
        yield server
    finally:
        server.stop()


def answer(received: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(200, json=EVENTS)

    return httpx.MockTransport(handler)


async def timed_call(pachca: AsyncPachca) -> tuple[float, int, BaseException | None]:
    """One call with a ticker beside it: (seconds the call took, ticks meanwhile, what it raised)."""
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    ticker = asyncio.ensure_future(tick())
    await asyncio.sleep(0)
    started = time.monotonic()
    error: BaseException | None = None
    try:
        await pachca.bots.get_webhook_events()
    except APITimeoutError as raised:
        error = raised
    elapsed, during = time.monotonic() - started, ticks
    ticker.cancel()
    return elapsed, during, error


def check_bounded(elapsed: float, ticks: int) -> None:
    assert elapsed < 3.0, f"a call with deadline=1 took {elapsed:.1f} s"
    assert ticks >= 10, f"the event loop ticked {ticks} times in {elapsed:.1f} s: it was blocked"


def test_an_asyncio_client_on_a_hung_redis_neither_blocks_the_loop_nor_outlives_the_deadline(
    hung_redis: HungServer,
) -> None:
    received: list[httpx.Request] = []
    limiter = RedisRateLimiter.from_url(hung_redis.url, namespace="hung", timeout=60.0)  # the deadline is tighter

    async def main() -> tuple[float, int, BaseException | None]:
        try:
            async with AsyncPachca(
                TOKEN, base_url=BASE, transport=answer(received), rate_limits=limiter, deadline=1.0
            ) as p:
                return await timed_call(p)
        finally:
            await limiter.aclose()

    elapsed, ticks, error = asyncio.run(main())
    check_bounded(elapsed, ticks)
    assert isinstance(error, APITimeoutError) and received == [], "Redis took the call's whole deadline"


def test_a_sync_client_on_a_hung_redis_runs_in_a_thread_on_the_async_path(hung_redis: HungServer) -> None:
    received: list[httpx.Request] = []
    sync = redis.Redis.from_url(hung_redis.url, socket_timeout=4.0, socket_connect_timeout=4.0)
    limiter = RedisRateLimiter(sync, namespace="hung", timeout=60.0)

    async def main() -> tuple[float, int, BaseException | None]:
        try:
            async with AsyncPachca(
                TOKEN, base_url=BASE, transport=answer(received), rate_limits=limiter, deadline=1.0
            ) as p:
                return await timed_call(p)
        finally:
            hung_redis.stop()  # the thread still waiting on Redis sees EOF and ends before asyncio.run returns
            sync.close()

    elapsed, ticks, error = asyncio.run(main())
    check_bounded(elapsed, ticks)
    assert isinstance(error, APITimeoutError)


def test_an_async_call_degrades_to_the_local_limiter_after_the_limiter_timeout(
    hung_redis: HungServer, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[httpx.Request] = []
    roomy = RateLimits(events=Limit(100.0, 10.0))  # the second call waits for no slot, only for Redis if it asks
    limiter = RedisRateLimiter.from_url(hung_redis.url, namespace="hung", limits=roomy, timeout=1.0)

    async def main() -> list[tuple[float, int, BaseException | None]]:
        try:
            async with AsyncPachca(
                TOKEN, base_url=BASE, transport=answer(received), rate_limits=limiter, deadline=5.0
            ) as p:
                return [await timed_call(p), await timed_call(p)]
        finally:
            await limiter.aclose()

    with caplog.at_level("WARNING", logger="pachca_client"):
        (first, ticks, error), (second, _, _) = asyncio.run(main())
    assert error is None and len(received) == 2, "both calls went, limited locally"
    assert first < 3.0 and ticks >= 5 and second < 0.5, "the second call does not ask the hung Redis again"
    assert "Redis unreachable" in caplog.text


def test_a_sync_call_is_bounded_by_the_socket_timeout_from_url_sets(hung_redis: HungServer) -> None:
    received: list[httpx.Request] = []
    limiter = RedisRateLimiter.from_url(hung_redis.url, namespace="hung", timeout=0.3)
    options: dict[str, Any] = {"transport": answer(received), "rate_limits": limiter, "deadline": 5.0}
    try:
        with Pachca(TOKEN, base_url=BASE, **options) as pachca:
            started = time.monotonic()
            pachca.bots.get_webhook_events()
            elapsed = time.monotonic() - started
    finally:
        limiter.close()
    assert elapsed < 3.0 and len(received) == 1, f"the call took {elapsed:.1f} s on a hung Redis"
