"""redis-py clients for the parts that share state through Redis (`RedisStore`, `RedisRateLimiter`).

`RedisClients` holds a sync client and, for async code, an asyncio client per event loop (redis-py's asyncio
clients are bound to the loop that made them, as httpx's are). Clients made by `RedisClients.from_url` wait at
most `timeout` seconds to connect, for an answer, and for a free connection: their pools block for that long
when every connection is busy instead of failing at once (redis-py's default asyncio pool refuses the 101st
concurrent command), so a burst of deliveries queues for Redis rather than falling back to local state.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import weakref
from collections.abc import Callable
from typing import Any

REDIS_TIMEOUT = 0.5
"""Seconds the clients `from_url` makes wait for Redis: to connect, for an answer, for a free connection."""
REDIS_POOL_SIZE = 64
"""Connections per client `from_url` makes: a command waits for one of them when all are busy."""


class RedisClients:
    """A sync redis-py client, and the asyncio client for the running event loop.

    `async_client()` is the one given (used on one loop), else one made per loop by `factory`, else None: the
    caller then runs the sync client's calls in a thread.
    """

    def __init__(self, sync: Any, async_client: Any = None, *, factory: Callable[[], Any] | None = None) -> None:
        self.sync = sync
        self._given = async_client
        self._factory = factory
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = weakref.WeakKeyDictionary()

    @classmethod
    def from_url(cls, url: str, *, timeout: float = REDIS_TIMEOUT, pool_size: int = REDIS_POOL_SIZE) -> RedisClients:
        import redis
        import redis.asyncio

        options: dict[str, Any] = {
            "max_connections": pool_size,
            "timeout": timeout,
            "socket_timeout": timeout,
            "socket_connect_timeout": timeout,
        }

        def async_client() -> Any:
            return redis.asyncio.Redis.from_pool(redis.asyncio.BlockingConnectionPool.from_url(url, **options))

        return cls(redis.Redis.from_pool(redis.BlockingConnectionPool.from_url(url, **options)), factory=async_client)

    def async_client(self) -> Any:
        """The asyncio client for the running loop, or None (then use the sync client in a thread)."""
        if self._given is not None or self._factory is None:
            return self._given
        loop = asyncio.get_running_loop()
        client = self._per_loop.get(loop)
        if client is None:
            client = self._per_loop[loop] = self._factory()
        return client

    def close(self) -> None:
        """Close the sync client, and the asyncio clients of loops still running in other threads."""
        self.sync.close()
        for loop, client in list(self._per_loop.items()):
            if loop.is_running() and getattr(loop, "_thread_id", None) != threading.get_ident():
                with contextlib.suppress(Exception):
                    asyncio.run_coroutine_threadsafe(client.aclose(), loop).result(5)
        self._per_loop.clear()

    async def aclose(self) -> None:
        """Close the running loop's asyncio client (or the one given)."""
        client = self._given or self._per_loop.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()
