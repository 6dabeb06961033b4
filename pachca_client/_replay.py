"""Replay protection: where deliveries already accepted are remembered, and how async code reaches that store.

`ReplayStore` is the protocol (`seen`, `forget`), `MemoryReplayStore` the in-process default, and `ReplayGuard`
the one way the webhook handler and the bot framework use a store: bounded in time, never blocking an event loop
(a store's `aseen`/`aforget` are awaited when it has them, its sync methods otherwise run in a thread), and
while the store fails or hangs a local `MemoryReplayStore` stands in (with a warning), so a delivery is answered
by its own outcome whatever the store's server does. The stand-in also learns every key the store accepted, so
only duplicates across processes can then pass.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
DEFAULT_REPLAY_MAX_KEYS = 10_000
"""Deliveries `MemoryReplayStore` remembers at most; beyond that the oldest are forgotten first."""
STORE_TIMEOUT = 0.5
"""Seconds a replay store may take to answer before the local stand-in answers instead."""
RETRY_STORE_AFTER = 5.0
"""Seconds the stand-in answers alone after the store failed, before the store is tried again."""
logger = logging.getLogger("pachca_client.webhooks")


class ReplayStore(Protocol):
    """Where `WebhookHandler` remembers the deliveries it accepted, to refuse the same one again.

    `seen(key, ttl)` must, atomically, tell whether `key` is remembered and, if not, remember it for `ttl`
    seconds: two concurrent calls with one key must not both answer False. `forget(key)` drops a key again;
    the handler calls it when a delivery was not accepted after all (its callback raised or answered other
    than 2xx), so that Pachca's retry of it is processed instead of being taken for a duplicate.

    `MemoryReplayStore` is the default: one per handler, so per process. Several workers or hosts behind one
    URL need a shared store; with redis-py it is two commands (`SET key 1 NX EX ttl` answers None when the
    key exists, and the expiry needs no cleanup):

        class RedisReplayStore:
            def __init__(self, redis: redis.Redis, prefix: str = "pachca:webhook:") -> None:
                self.redis, self.prefix = redis, prefix

            def seen(self, key: str, ttl: float) -> bool:
                return not self.redis.set(self.prefix + key, 1, nx=True, ex=max(1, math.ceil(ttl)))

            def forget(self, key: str) -> None:
                self.redis.delete(self.prefix + key)

    A key is a namespace derived from the handler's secret (16 hex digits, so bots sharing a store do not
    collide), `:`, then `dedup_key(event)`. A store that fails or hangs does not fail deliveries: see
    `ReplayGuard`. A store for async servers may add `async def aseen(key, ttl)` and `aforget(key)`.
    """

    def seen(self, key: str, ttl: float) -> bool:
        """Whether `key` was remembered and is younger than its ttl; if not, remember it for `ttl` seconds."""
        ...

    def forget(self, key: str) -> None:
        """Forget `key` (no error when it is not remembered)."""
        ...


class MemoryReplayStore:
    """The in-process `ReplayStore`: at most `max_keys` keys, each kept `ttl` seconds; thread-safe.

    When full, the oldest key is forgotten first, so protection holds while fewer than `max_keys` deliveries
    arrive per ttl (10,000 per 120 s by default: over 80 a second). `clock` is monotonic seconds (for tests).
    """

    def __init__(self, max_keys: int = DEFAULT_REPLAY_MAX_KEYS, *, clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(max_keys, bool) or not isinstance(max_keys, int) or max_keys < 1:
            raise ValueError(f"max_keys must be a positive int, got {max_keys!r}")
        self.max_keys = max_keys
        self._clock = clock
        self._expiries: OrderedDict[str, float] = OrderedDict()  # oldest first
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._expiries)

    def seen(self, key: str, ttl: float) -> bool:
        with self._lock:
            now = self._clock()
            expiry = self._expiries.get(key)
            if expiry is not None and expiry > now:
                return True
            self._expiries[key] = now + ttl
            self._expiries.move_to_end(key)
            while self._expiries:  # expired keys at the front go first (ttl is the same for one handler)
                oldest, until = next(iter(self._expiries.items()))
                if until > now and len(self._expiries) <= self.max_keys:
                    break
                del self._expiries[oldest]
            return False

    def forget(self, key: str) -> None:
        with self._lock:
            self._expiries.pop(key, None)


class ReplayGuard:
    """A `ReplayStore` reached within `timeout` seconds, with a `MemoryReplayStore` standing in when it fails.

    `seen`/`forget` are for sync code (the store's own bound applies: give redis-py a `socket_timeout`);
    `aseen`/`aforget` for async code: awaited within `timeout` via the store's `aseen`/`aforget` when it has
    them (`RedisStore` with an asyncio client), else the sync methods in a thread (`run_sync`). An in-process
    `MemoryReplayStore` is called directly: it does no I/O.
    """

    def __init__(
        self,
        store: ReplayStore,
        *,
        timeout: float = STORE_TIMEOUT,
        retry_after: float = RETRY_STORE_AFTER,
        run_sync: Callable[..., Awaitable[Any]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store, self.timeout, self.retry_after = store, timeout, retry_after
        self.stand_in = store if isinstance(store, MemoryReplayStore) else MemoryReplayStore()
        self._run_sync = run_sync or asyncio.to_thread
        self._clock = clock
        self._down_until = 0.0
        self._warned = False

    def seen(self, key: str, ttl: float) -> bool:
        if self._down():
            return self.stand_in.seen(key, ttl)
        try:
            return self._remembered(self.store.seen(key, ttl), key, ttl)
        except Exception as error:  # redis.ConnectionError, TimeoutError, ...: degrade, never fail the delivery
            self._failed(error)
            return self.stand_in.seen(key, ttl)

    def forget(self, key: str) -> None:
        self.stand_in.forget(key)
        if self.store is not self.stand_in and not self._down():
            try:
                self.store.forget(key)
            except Exception as error:
                self._failed(error)

    async def aseen(self, key: str, ttl: float) -> bool:
        if self.store is self.stand_in or self._down():
            return self.stand_in.seen(key, ttl)
        try:
            return self._remembered(bool(await self._bounded("seen", key, ttl)), key, ttl)
        except Exception as error:
            self._failed(error)
            return self.stand_in.seen(key, ttl)

    async def aforget(self, key: str) -> None:
        self.stand_in.forget(key)
        if self.store is self.stand_in or self._down():
            return
        try:
            await self._bounded("forget", key)
        except Exception as error:
            self._failed(error)

    async def _bounded(self, method: str, *args: Any) -> Any:
        native = getattr(self.store, "a" + method, None)
        call = native(*args) if native is not None else self._run_sync(getattr(self.store, method), *args)
        async with asyncio.timeout(self.timeout):
            return await call

    def _remembered(self, seen: bool, key: str, ttl: float) -> bool:
        """The store's answer, after the stand-in learned the key too: while the store is down later, the
        stand-in still refuses what this process accepted through the store."""
        if self.store is not self.stand_in:
            self.stand_in.seen(key, ttl)
        return seen

    def _down(self) -> bool:
        return self._clock() < self._down_until

    def _failed(self, error: Exception) -> None:
        self._down_until = self._clock() + self.retry_after
        if not self._warned:
            self._warned = True
            logger.warning(
                "replay store %s failed (%r): deduplicating in this process alone, trying it again every %g s",
                type(self.store).__name__,
                error,
                self.retry_after,
            )
