"""Replay protection, in one place: the key of an event, where accepted keys are kept, and the claim a delivery
holds on its key while it runs.

`dedup_key(event)` names an event (equal for its redeliveries); `ReplayStore` is the protocol (`seen`,
`forget`), `MemoryReplayStore` the in-process default and `RedisStore` the one replicas share. `Replays` is
what `webhooks.WebhookHandler` and `bot.App` both use around a delivery: `claim(key)` (or `await aclaim`)
gives a `Claim`, a duplicate or a key now held, which `settle(status)` keeps for an accepted (2xx) delivery
and releases otherwise, so that Pachca's retry runs again. Stores are reached through `ReplayGuard`: bounded in
time, never blocking an event loop (a store's `aseen`/`aforget` are awaited when it has them, its sync methods
otherwise run in a thread), and while the store fails or hangs a local `MemoryReplayStore` stands in (with a
warning), so a delivery is answered by its own outcome whatever the store's server does. The stand-in also
learns every key the store accepted, so only duplicates across processes can then pass.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, Literal, Protocol, TypeAlias, TypeVar

from ._exceptions import InvalidArgumentError, WebhookParseError
from ._redis import REDIS_POOL_SIZE, REDIS_TIMEOUT, RedisClients
from .generated.models.button_webhook_payload import ButtonWebhookPayload
from .generated.models.export_webhook_payload import ExportWebhookPayload
from .generated.models.link_shared_webhook_payload import LinkSharedWebhookPayload
from .generated.models.message_webhook_payload import MessageWebhookPayload
from .generated.models.reaction_webhook_payload import ReactionWebhookPayload
from .generated.models.unknown_webhook_payload import UnknownWebhookPayload
from .generated.models.video_call_webhook_payload import VideoCallWebhookPayload
from .generated.types import Unset
from .generated.webhook_routes import WebhookPayload

T = TypeVar("T")
Event: TypeAlias = WebhookPayload | UnknownWebhookPayload
"""A parsed delivery (`webhooks.ParsedWebhook`)."""
DEFAULT_REPLAY_MAX_KEYS = 10_000
"""Deliveries `MemoryReplayStore` remembers at most; beyond that the oldest are forgotten first."""
STORE_TIMEOUT = 0.5
"""Seconds a replay store may take to answer before the local stand-in answers instead."""
RETRY_STORE_AFTER = 5.0
"""Seconds the stand-in answers alone after the store failed, before the store is tried again."""
logger = logging.getLogger("pachca_client.webhooks")


# --- the key of an event -----------------------------------------------------------------------------


def _digest(event: Event) -> str:
    """A short hash of the payload without `webhook_timestamp`, which is the only field a redelivery changes."""
    data = event.to_dict()
    data.pop("webhook_timestamp", None)
    try:
        canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    except (RecursionError, ValueError, TypeError) as error:  # nested deeper than the encoder's stack allows
        raise WebhookParseError(f"cannot compute a key for a {event.type_}/{event.event} webhook: {error}") from error
    # surrogatepass: JSON may carry lone surrogates ("\ud800"), which strict UTF-8 refuses
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def dedup_key(event: Event) -> str:
    """A key equal for redeliveries of one event and different for distinct events (delivery is at least once).

    `type:event:` followed by the event's own identity:
    message new/delete `id`; message update `id:changed_at` (each edit is new); link_shared `message_id`;
    button `trigger_id`; reaction `message_id:user_id:code:created_at`; video_call `video_room_id`
    (plus `recording_id` when set); export `export_id`. Payloads without an id of their own (view submits,
    chat and company members, unknown events) use a hash of the body without `webhook_timestamp`.
    `WebhookParseError` for a payload too deeply nested to hash.
    """
    kind, name = str(event.type_), str(event.event)
    identity: str
    if isinstance(event, MessageWebhookPayload):
        identity = str(event.id)
        if name == "update":
            changed = event.changed_at
            identity += ":" + (changed.isoformat() if isinstance(changed, datetime) else _digest(event))
    elif isinstance(event, LinkSharedWebhookPayload):
        identity = str(event.message_id)
    elif isinstance(event, ButtonWebhookPayload):
        identity = event.trigger_id
    elif isinstance(event, ReactionWebhookPayload):
        identity = f"{event.message_id}:{event.user_id}:{event.code}:{event.created_at.isoformat()}"
    elif isinstance(event, VideoCallWebhookPayload):
        identity = str(event.video_room_id)
        if not isinstance(event.recording_id, Unset):
            identity += f":{event.recording_id}"
    elif isinstance(event, ExportWebhookPayload):
        identity = str(event.export_id)
    else:
        identity = _digest(event)
    return f"{kind}:{name}:{identity}"


def key_namespace(secret: bytes) -> str:
    """The prefix of one bot's keys in a shared store: 16 hex digits of an HMAC keyed by `secret`, then ":".

    Bots sharing a store keep apart (each gets message 7 in a common chat), and the secret cannot be read back.
    """
    return hmac.new(secret, b"pachca-client replay store", hashlib.sha256).hexdigest()[:16] + ":"


# --- stores ------------------------------------------------------------------------------------------


class ReplayStore(Protocol):
    """Where a receiver (`WebhookHandler`, `bot.App`) remembers the deliveries it accepted, to refuse them again.

    `seen(key, ttl)` must, atomically, tell whether `key` is remembered and, if not, remember it for `ttl`
    seconds: two concurrent calls with one key must not both answer False. `forget(key)` drops a key again;
    the receiver calls it when a delivery was not accepted after all (its callback raised or answered other
    than 2xx), so that Pachca's retry of it is processed instead of being taken for a duplicate.

    `MemoryReplayStore` is the default: one per receiver, so per process. Several workers or hosts behind one
    URL need a shared store: `RedisStore` (`RedisStore.from_url("redis://...")`) is one, with two commands
    (`SET key 1 NX EX ttl` answers None when the key exists, and the expiry needs no cleanup; `DEL` forgets).

    A key is a namespace derived from the receiver's secret (16 hex digits, so bots sharing a store do not
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


class RedisStore:
    """Remember accepted deliveries in Redis: `SET key 1 NX EX ttl` (atomic: one replica wins), `DEL` to forget.

    The `ReplayStore` that replicas of a bot or of a `WebhookHandler` share, so each event is handled once.
    `redis` is a redis-py `Redis` (or anything with its `set` and `delete`) for sync code. Async servers (ASGI,
    `App.apoll`, `WebhookHandler.ahandle`) await a `redis.asyncio.Redis` instead, so a slow Redis never
    blocks their event loop: `async_redis` when given (used on one event loop), else, for a store made by
    `RedisStore.from_url(url)`, one made per event loop; a store with neither runs the sync calls in a thread.
    `from_url` makes clients that wait at most `timeout` seconds (to connect, for an answer, for a free one of
    `pool_size` connections); give your own clients a `socket_timeout` too. While Redis fails or hangs, the
    receiver deduplicates in its own process (`ReplayGuard`) and answers every delivery. Keys are `prefix` + the
    receiver's namespace + the event's `dedup_key`. `await store.aclose()` on a loop closes that loop's client
    (a bot's ASGI app does it at the end of its lifespan).
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


# --- around a delivery -------------------------------------------------------------------------------


class Claim:
    """A delivery's hold on its key. `duplicate`: the key was held already, so the delivery must not run again.

    Otherwise the key is now remembered; `settle(status)` keeps it for an accepted (2xx) delivery and releases
    it for any other answer, and `release()` gives it up at once (the delivery raised): Pachca's retry then runs
    again instead of being taken for a duplicate. A claim without a key (protection off) holds nothing.
    Releasing twice, or a duplicate's claim, does nothing.
    """

    __slots__ = ("_guard", "duplicate", "key")

    def __init__(self, key: str | None = None, duplicate: bool = False, guard: ReplayGuard | None = None) -> None:
        self.key, self.duplicate = key, duplicate
        self._guard = None if duplicate else guard  # only a key this delivery holds is ever released

    def __repr__(self) -> str:
        state = "duplicate" if self.duplicate else "held" if self._guard is not None else "released or unguarded"
        return f"<Claim {self.key} {state}>"

    def release(self) -> None:
        """Forget the key (sync code): the delivery was not accepted."""
        guard, self._guard = self._guard, None
        if guard is not None and self.key is not None:
            guard.forget(self.key)

    async def arelease(self) -> None:
        """`release` for async code: the store is awaited within its bound, never blocking the loop."""
        guard, self._guard = self._guard, None
        if guard is not None and self.key is not None:
            await guard.aforget(self.key)

    def settle(self, status: int) -> None:
        """Keep the key for an accepted (2xx) delivery; release it for any other answer."""
        if not 200 <= status < 300:
            self.release()

    async def asettle(self, status: int) -> None:
        if not 200 <= status < 300:
            await self.arelease()


class Replays:
    """Replay protection for one receiver (`WebhookHandler`, `bot.App`): its store, how long keys are kept, and
    the claim around each delivery.

        claim = replays.claim(replays.key(event, namespace))   # async code: `await replays.aclaim(...)`
        if claim.duplicate: answer 200 and run nothing
        try: status = run(event)
        except BaseException: claim.release(); raise
        claim.settle(status)                                    # kept for 2xx only

    `store` is a `ReplayStore`, None for a new `MemoryReplayStore`, or False for no protection (`key` is then
    None and every claim is new). `ttl` is the seconds a key is kept; `run_sync` runs a sync store's calls for
    async code (default `asyncio.to_thread`; `ReplayGuard`). InvalidArgumentError (a TypeError) for a store
    without `seen` and `forget`; ValueError for a ttl that is not a positive, finite number of seconds.
    """

    def __init__(
        self,
        store: ReplayStore | Literal[False] | None,
        *,
        ttl: float,
        run_sync: Callable[..., Awaitable[Any]] | None = None,
    ) -> None:
        if store is None:
            store = MemoryReplayStore()
        elif store is not False and not (
            callable(getattr(store, "seen", None)) and callable(getattr(store, "forget", None))
        ):
            raise InvalidArgumentError(f"replay_store must be a ReplayStore, None or False, got {type(store).__name__}")
        # `is False`, not `or`: a store may define __len__, and an empty one is falsy
        self.store: ReplayStore | None = None if store is False else store
        self.guard = None if self.store is None else ReplayGuard(self.store, run_sync=run_sync)
        self.ttl = ttl

    @property
    def ttl(self) -> float:
        """Seconds a delivery's key is kept."""
        return self._ttl

    @ttl.setter
    def ttl(self, value: float) -> None:
        if self.store is not None and not 0 < value < math.inf:
            raise ValueError(f"replay_ttl must be a positive number of seconds, got {value!r}")
        self._ttl = value

    def key(self, event: Event, namespace: str) -> str | None:
        """`namespace` + `dedup_key(event)`, or None when protection is off (`WebhookParseError`: `dedup_key`)."""
        return None if self.guard is None else namespace + dedup_key(event)

    def claim(self, key: str | None) -> Claim:
        """Hold `key` for a delivery about to run (sync code; the store's own bound applies)."""
        if key is None or self.guard is None:
            return Claim()
        return Claim(key, self.guard.seen(key, self.ttl), self.guard)

    async def aclaim(self, key: str | None) -> Claim:
        """`claim` for async code: the store is awaited within its bound, never blocking the loop."""
        if key is None or self.guard is None:
            return Claim()
        return Claim(key, await self.guard.aseen(key, self.ttl), self.guard)
