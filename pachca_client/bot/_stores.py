"""`RedisStore`: the `webhooks.ReplayStore` that replicas of a bot share, so each event is handled once."""

from __future__ import annotations

import asyncio
import math
from typing import Any

from .._redis import REDIS_POOL_SIZE, REDIS_TIMEOUT, RedisClients


class RedisStore:
    """Remember handled events in Redis: `SET key 1 NX EX ttl` (atomic: one replica wins), `DEL` to forget.

    `redis` is a redis-py `Redis` (or anything with its `set` and `delete`) for sync code. Async servers (ASGI,
    `App.poll_async`) await a `redis.asyncio.Redis` instead, so a slow Redis never blocks their event loop:
    `async_redis` when given (used on one event loop), else, for a store made by `RedisStore.from_url(url)`,
    one made per event loop; a store with neither runs the sync calls in a thread. `from_url` makes clients
    that wait at most `timeout` seconds (to connect, for an answer, for a free one of `pool_size` connections);
    give your own clients a `socket_timeout` too. While Redis fails or hangs, the app deduplicates in its own
    process (`ReplayGuard`) and answers every delivery. Keys are `prefix` + the app's namespace + the event's
    `dedup_key`. `await store.aclose()` on a loop closes that loop's client (an ASGI app's lifespan does it).
    """

    def __init__(self, redis: Any, prefix: str = "pachca:", *, async_redis: Any = None) -> None:
        self._clients = redis if isinstance(redis, RedisClients) else RedisClients(redis, async_redis)
        self.redis, self.prefix = self._clients.sync, prefix

    @classmethod
    def from_url(
        cls, url: str, prefix: str = "pachca:", *, timeout: float = REDIS_TIMEOUT, pool_size: int = REDIS_POOL_SIZE
    ) -> RedisStore:
        return cls(RedisClients.from_url(url, timeout=timeout, pool_size=pool_size), prefix)

    @property
    def async_redis(self) -> Any:
        """The asyncio client for the running loop, or None (then the sync calls run in a thread)."""
        return self._clients.async_client()

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
        self._clients.close()

    async def aclose(self) -> None:
        """Close the running loop's asyncio client (or the one given)."""
        await self._clients.aclose()


def _seconds(ttl: float) -> int:
    return max(1, math.ceil(ttl))
