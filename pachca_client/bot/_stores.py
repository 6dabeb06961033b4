"""`RedisStore`: the `webhooks.ReplayStore` that replicas of a bot share, so each event is handled once."""

from __future__ import annotations

import asyncio
import contextlib
import math
import threading
import weakref
from collections.abc import Callable
from typing import Any

STORE_SOCKET_TIMEOUT = 0.5
"""Seconds the clients `RedisStore.from_url` makes wait for Redis (connecting, or for an answer)."""


class RedisStore:
    """Remember handled events in Redis: `SET key 1 NX EX ttl` (atomic: one replica wins), `DEL` to forget.

    `redis` is a redis-py `Redis` (or anything with its `set` and `delete`) for sync code. Async servers (ASGI,
    `App.poll_async`) await a `redis.asyncio.Redis` instead, so a slow Redis never blocks their event loop:
    `async_redis` when given (used on one event loop), else, for a store made by `RedisStore.from_url(url)`,
    one made per event loop (as httpx, redis-py's asyncio clients are bound to their loop); a store with
    neither runs the sync calls in a thread. `from_url` sets socket timeouts of `timeout` seconds; give your own
    clients a `socket_timeout` too. While Redis fails or hangs, the app deduplicates in its own process
    (`ReplayGuard`) and answers every delivery. Keys are `prefix` + the app's namespace + the event's
    `dedup_key`. `await store.aclose()` on a loop closes that loop's client (an ASGI app's lifespan does it).
    """

    def __init__(self, redis: Any, prefix: str = "pachca:", *, async_redis: Any = None) -> None:
        self.redis, self.prefix = redis, prefix
        self._async_given = async_redis
        self._async_factory: Callable[[], Any] | None = None
        self._async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = weakref.WeakKeyDictionary()

    @classmethod
    def from_url(cls, url: str, prefix: str = "pachca:", *, timeout: float = STORE_SOCKET_TIMEOUT) -> RedisStore:
        import redis
        import redis.asyncio

        store = cls(redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout), prefix)
        store._async_factory = lambda: redis.asyncio.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        return store

    @property
    def async_redis(self) -> Any:
        """The asyncio client for the running loop, or None (then the sync calls run in a thread)."""
        if self._async_given is not None or self._async_factory is None:
            return self._async_given
        loop = asyncio.get_running_loop()
        if loop not in self._async_clients:
            self._async_clients[loop] = self._async_factory()
        return self._async_clients[loop]

    def seen(self, key: str, ttl: float) -> bool:
        return not self.redis.set(self.prefix + key, 1, nx=True, ex=_seconds(ttl))

    def forget(self, key: str) -> None:
        self.redis.delete(self.prefix + key)

    async def aseen(self, key: str, ttl: float) -> bool:
        client = self.async_redis
        if client is None:
            return await asyncio.to_thread(self.seen, key, ttl)
        return not await client.set(self.prefix + key, 1, nx=True, ex=_seconds(ttl))

    async def aforget(self, key: str) -> None:
        client = self.async_redis
        if client is None:
            return await asyncio.to_thread(self.forget, key)
        await client.delete(self.prefix + key)

    def close(self) -> None:
        """Close the sync client, and the asyncio clients of loops still running in other threads."""
        self.redis.close()
        for loop, client in list(self._async_clients.items()):
            if loop.is_running() and getattr(loop, "_thread_id", None) != threading.get_ident():
                with contextlib.suppress(Exception):
                    asyncio.run_coroutine_threadsafe(client.aclose(), loop).result(5)
        self._async_clients.clear()

    async def aclose(self) -> None:
        """Close the running loop's asyncio client (or the one given)."""
        client = self._async_given or self._async_clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()


def _seconds(ttl: float) -> int:
    return max(1, math.ceil(ttl))
