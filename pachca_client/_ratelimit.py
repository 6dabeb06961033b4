"""Staying under Pachca's rate limits before the server has to say 429.

Pachca limits each token: about 50 requests a second overall, message writes about 4 a second
per chat (short bursts allowed), reading messages about 10 a second, the stored event log 5
requests per 2 s. A token that keeps hitting 429 can be restricted. The limiter here spaces calls
so that they stay under those classes, for every call of a client (threads and tasks alike), and
with `RedisRateLimiter` for every process that shares a token.

The algorithm is GCRA (the "virtual scheduling" form of a token bucket): each bucket keeps the
time at which it is next free; a call reserves its slot in every bucket it belongs to at once and
sleeps until then. A reservation that would end past the call's deadline is not made: the call
fails with `RateLimitWaitError` instead of sleeping through it. After a 429 the client's transport
holds every call of the process back for `Retry-After`; `RedisRateLimiter.cool_down` extends that
to every process sharing the token. A call that does not send after all (cancelled while it waits,
or its connection refused) gives its slot back (`release`), so later calls do not wait for it.
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import httpx

from ._deadline import DeadlineExceeded
from ._logging import logger
from ._redis import REDIS_POOL_SIZE, REDIS_TIMEOUT, RedisClients
from ._request_options import options_of


@dataclass(frozen=True)
class Limit:
    """`rate` calls per second on average, up to `burst` at once."""

    rate: float
    burst: float = 1.0

    @property
    def interval(self) -> float:
        return 1.0 / self.rate

    @property
    def tolerance(self) -> float:
        """How far ahead of its schedule a bucket lets a call go: what makes `burst` calls at once."""
        return (self.burst - 1) * self.interval


@dataclass(frozen=True)
class RateLimits:
    """Pachca's documented limit classes, with a margin (`headroom`) below each.

    `messages` is counted per chat (message writes), `reading` for reading messages, `events` for
    the stored event log, and `token` for every call.
    """

    token: Limit = Limit(50.0, 10.0)
    messages: Limit = Limit(4.0, 4.0)
    reading: Limit = Limit(10.0, 5.0)
    events: Limit = Limit(2.5, 1.0)
    headroom: float = 0.95

    def scaled(self, limit: Limit) -> Limit:
        return Limit(limit.rate * self.headroom, limit.burst)


# (bucket name, limit) pairs a request counts against
Buckets = list[tuple[str, Limit]]


def classify(request: httpx.Request, limits: RateLimits) -> Buckets:
    """The buckets of one API request: the token's, and its operation's class (keyed) if it has one."""
    buckets: Buckets = [("token", limits.scaled(limits.token))]
    rate_limit = options_of(request).rate_limit  # from the operation's `x-rate-limit` in openapi.yaml
    if rate_limit is not None:
        name, key = rate_limit
        bucket = f"{name}:{'-'.join(map(str, key))}" if key else name
        buckets.append((bucket, limits.scaled(getattr(limits, name))))
    return buckets


class RateLimitWaitError(DeadlineExceeded):
    """Staying under the rate limit would outlast the call's deadline (the client raises APITimeoutError)."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"staying under the rate limit needs a {wait:.2f} s wait, past the call's deadline")
        self.wait = wait


class Reservation(float):
    """What the limiters here return from `reserve`: the wait in seconds, as a plain float would be, and the
    `ticket` that names the slots taken, for `release`."""

    __slots__ = ("ticket",)
    ticket: object

    def __new__(cls, wait: float, ticket: object) -> Reservation:
        reservation = super().__new__(cls, wait)
        reservation.ticket = ticket
        return reservation


class Limiter(Protocol):
    """Reserve a slot for a call; tell every caller to wait after a 429.

    A limiter may also have `release(buckets, reservation)`, given what `reserve` returned when the call
    was not sent after all, and async twins `areserve`, `acool_down`, `arelease` that the async client
    awaits instead (a limiter doing I/O must not block the event loop). Without them a reserved slot
    is kept and the sync methods are called (the module functions below stand in for them).
    """

    limits: RateLimits

    def reserve(self, buckets: Buckets, max_wait: float | None) -> float:
        """Seconds to wait before sending (the slot is then reserved); raises `RateLimitWaitError`."""
        ...

    def cool_down(self, seconds: float) -> None:
        """No bucket lets a call through for `seconds` (the server answered 429 with `Retry-After`)."""
        ...


def release(limiter: Limiter, buckets: Buckets, reservation: float) -> None:
    """Give back what `limiter.reserve` returned for a call that was not sent (without `release`, it is kept)."""
    method = getattr(limiter, "release", None)
    if method is not None:
        method(buckets, reservation)


async def areserve(limiter: Limiter, buckets: Buckets, max_wait: float | None) -> float:
    method = getattr(limiter, "areserve", None)
    if method is None:
        return limiter.reserve(buckets, max_wait)
    wait: float = await method(buckets, max_wait)
    return wait


async def acool_down(limiter: Limiter, seconds: float) -> None:
    method = getattr(limiter, "acool_down", None)
    if method is None:
        limiter.cool_down(seconds)
    else:
        await method(seconds)


async def arelease(limiter: Limiter, buckets: Buckets, reservation: float) -> None:
    method = getattr(limiter, "arelease", None)
    if method is None:
        release(limiter, buckets, reservation)
    else:
        await method(buckets, reservation)


RELEASABLE_FOR = 1.0  # seconds past its time a slot can still be given back (a refused connection comes back fast)


class _Slot:
    """One slot a bucket handed out: the time it lets its call go."""

    __slots__ = ("at",)

    def __init__(self, at: float) -> None:
        self.at = at


def _replay(base: float, slots: Iterable[_Slot], interval: float) -> float:
    """When a bucket free at `base` is next free once it has let these calls go (GCRA, in the order given)."""
    free = base
    for slot in slots:
        free = max(free, slot.at) + interval
    return free


@dataclass(eq=False)
class _Bucket:
    """The state of one bucket: the time it is next free (`free_at`, GCRA's theoretical arrival time), and the
    slots it handed out recently with the time it was free before them (`base`): `free_at` is always
    `_replay(base, recent)`, so a slot can be taken out again."""

    free_at: float
    limit: Limit
    base: float = field(init=False)
    recent: deque[_Slot] = field(init=False, default_factory=deque)

    def __post_init__(self) -> None:
        self.base = self.free_at

    def charge(self, now: float) -> _Slot:
        while self.recent and self.recent[0].at < now - RELEASABLE_FOR:
            self.base = max(self.base, self.recent.popleft().at) + self.limit.interval
        slot = _Slot(max(now, self.free_at - self.limit.tolerance))
        self.recent.append(slot)
        self.free_at = max(self.free_at, now) + self.limit.interval
        return slot

    def release(self, slot: _Slot) -> None:
        if slot in self.recent:
            self.recent.remove(slot)
            self.free_at = _replay(self.base, self.recent, self.limit.interval)


@dataclass
class LocalRateLimiter:
    """The limiter of one process: every call of a client, from any thread or task."""

    limits: RateLimits = field(default_factory=RateLimits)
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def reserve(self, buckets: Buckets, max_wait: float | None) -> Reservation:
        with self._lock:
            now = self.clock()
            states = [(name, self._buckets.get(name) or _Bucket(now, limit)) for name, limit in buckets]
            start = max([now] + [state.free_at - state.limit.tolerance for _, state in states])
            wait = start - now
            if max_wait is not None and wait > max_wait:
                raise RateLimitWaitError(wait)
            charged = []
            for name, state in states:  # each bucket is charged at its own earliest time, not at `start`:
                self._buckets[name] = state  # a call held back by its chat does not hold the token back
                charged.append((state, state.charge(now)))
            if len(self._buckets) > 10_000:  # buckets of chats long idle carry no debt
                self._buckets = {k: v for k, v in self._buckets.items() if v.free_at > now}
            return Reservation(wait, tuple(charged))

    def release(self, buckets: Buckets, reservation: float) -> None:
        """Give back the slots of a call that was not sent, as if it had never asked for them.

        Each bucket takes the call's slot out and replays the slots left (`_Bucket`). When no call was
        charged after it, that undoes its charge. When later calls were, they keep the times they were
        promised, so the bucket's debt shrinks by at most one interval, and only by what those times allow:
        a full interval when they all went in one burst, nothing when they queue one interval apart behind
        it (there the freed interval would put a newcomer on the same instant as the last of them, one call
        more than the burst). The bucket never lets more calls through than its rate and burst would have
        without the released call, in any order of releases. A slot more than `RELEASABLE_FOR` seconds past
        is kept.
        """
        ticket = getattr(reservation, "ticket", None)
        if not isinstance(ticket, tuple):
            return
        with self._lock:
            for state, slot in ticket:
                state.release(slot)

    def cool_down(self, seconds: float) -> None:
        """Nothing to share: the client's transport already holds every call of this process back."""


# The scripts keep, per bucket, the time it is next free (ms, a string key as before) and a list of its recent
# slots: first the time it was free before them, then "<reservation id>:<slot ms>" (as `_Bucket`).
#
# GCRA over several buckets at once, atomically, on the server's clock (no skew between processes).
# KEYS: per bucket its key and its list, then the cooldown key. ARGV: max_wait_ms (-1: none), the reservation's
# id, RELEASABLE_FOR in ms, then interval_ms and tolerance_ms per bucket. Returns the wait in ms, or -(wait)-1
# when it exceeds max_wait.
_RESERVE_SCRIPT = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local n = (#KEYS - 1) / 2
local start = now
local cooldown = tonumber(redis.call('GET', KEYS[#KEYS]) or '0')
if cooldown > start then start = cooldown end
local stored = {}
for i = 1, n do
  stored[i] = redis.call('GET', KEYS[2 * i - 1])
  local free = tonumber(stored[i] or now)
  local tolerance = tonumber(ARGV[2 * i + 3])
  if free - tolerance > start then start = free - tolerance end
end
local wait = start - now
local max_wait = tonumber(ARGV[1])
if max_wait >= 0 and wait > max_wait then return -wait - 1 end
for i = 1, n do
  local key, recent = KEYS[2 * i - 1], KEYS[2 * i]
  local interval, tolerance = tonumber(ARGV[2 * i + 2]), tonumber(ARGV[2 * i + 3])
  local free = tonumber(stored[i] or now)
  if not stored[i] then redis.call('DEL', recent) end
  local base = tonumber(redis.call('LPOP', recent) or free)
  while true do
    local oldest = redis.call('LINDEX', recent, 0)
    if not oldest then break end
    local at = tonumber(string.match(oldest, ':(.+)$'))
    if at >= now - tonumber(ARGV[3]) then break end
    base = math.max(base, at) + interval
    redis.call('LPOP', recent)
  end
  redis.call('LPUSH', recent, tostring(base))
  redis.call('RPUSH', recent, ARGV[2] .. ':' .. tostring(math.max(now, free - tolerance)))
  free = math.max(free, now) + interval
  local ttl = math.ceil(free - now) + 1000
  redis.call('SET', key, tostring(free), 'PX', ttl)
  redis.call('PEXPIRE', recent, ttl)
end
return wait
"""

# LocalRateLimiter.release on the lists. KEYS: per bucket its key and its list. ARGV: the reservation's id, then
# interval_ms per bucket. The key is lowered by what the slot changes in the replay rather than set to the replay:
# a process of an older version charges the key without listing its slot.
_RELEASE_SCRIPT = """
for i = 1, #KEYS / 2 do
  local key, recent = KEYS[2 * i - 1], KEYS[2 * i]
  local interval = tonumber(ARGV[i + 1])
  local slots = redis.call('LRANGE', recent, 0, -1)
  local mine = nil
  for j = 2, #slots do
    if string.match(slots[j], '^(.-):') == ARGV[1] then mine = j end
  end
  local stored = redis.call('GET', key)
  if mine and stored then
    local with, without = tonumber(slots[1]), tonumber(slots[1])
    for j = 2, #slots do
      local at = tonumber(string.match(slots[j], ':(.+)$'))
      with = math.max(with, at) + interval
      if j ~= mine then without = math.max(without, at) + interval end
    end
    redis.call('LREM', recent, 1, slots[mine])
    local ttl = redis.call('PTTL', key)
    if with > without and ttl > 0 then
      redis.call('SET', key, tostring(tonumber(stored) - (with - without)), 'PX', ttl)
    end
  end
end
return 1
"""

_COOLDOWN_SCRIPT = """
local t = redis.call('TIME')
local until_ms = t[1] * 1000 + math.floor(t[2] / 1000) + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ms > current then redis.call('SET', KEYS[1], tostring(until_ms), 'PX', tonumber(ARGV[1]) + 1000) end
return 1
"""


class _Scripts:
    """The limiter's scripts, registered on one redis-py client (sync or asyncio)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.reserve = client.register_script(_RESERVE_SCRIPT)
        self.release = client.register_script(_RELEASE_SCRIPT)
        self.cool = client.register_script(_COOLDOWN_SCRIPT)


class RedisRateLimiter:
    """One budget for every process that shares a token, kept in Redis (redis-py).

    `RedisRateLimiter.from_url("redis://...", namespace="bot-1")`, or `RedisRateLimiter(redis.Redis(...),
    redis.asyncio.Redis(...), namespace="bot-1")`: the buckets live under `pachca:ratelimit:<namespace>:...`;
    use one namespace per token. Every reservation is one Lua script run (atomic across processes, on the
    Redis server's clock).

    Sync calls use the sync client: give it a `socket_timeout` (`from_url` sets `timeout`), or a hung Redis
    holds the call for as long. Async calls never block the event loop: they await the asyncio client
    given (used on one event loop), or for a limiter made by `from_url` one made per event loop (redis-py's
    asyncio clients are bound to their loop), or else run the sync call in a thread; each within `timeout`
    seconds and the call's deadline. When Redis fails or does not answer in time the limiter warns once and
    falls back to a local limiter for `RETRY_REDIS_AFTER` seconds at a time, so calls keep flowing. A
    reservation Redis made after the call stopped waiting for it is not given back. `close()` (or
    `await aclose()` on the loop that used it) closes the clients.
    """

    RETRY_REDIS_AFTER = 5.0

    def __init__(
        self,
        redis: Any,
        async_redis: Any = None,
        *,
        namespace: str = "default",
        limits: RateLimits | None = None,
        timeout: float = REDIS_TIMEOUT,
    ) -> None:
        self._clients = redis if isinstance(redis, RedisClients) else RedisClients(redis, async_redis)
        self.redis = self._clients.sync
        self.timeout = timeout
        self.prefix = f"pachca:ratelimit:{namespace}:"
        self.limits = limits or RateLimits()
        self.fallback = LocalRateLimiter(self.limits)  # used while Redis cannot be reached
        self._scripts = _Scripts(self.redis)
        self._async_scripts: weakref.WeakKeyDictionary[Any, _Scripts] = weakref.WeakKeyDictionary()  # per client
        self._warned = False
        self._down_until = 0.0  # after a failure, Redis is left alone for a while (each try may cost seconds)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        namespace: str = "default",
        limits: RateLimits | None = None,
        timeout: float = REDIS_TIMEOUT,
        pool_size: int = REDIS_POOL_SIZE,
    ) -> RedisRateLimiter:
        """A limiter on Redis at `url`, its clients waiting at most `timeout` seconds to connect, for an answer,
        or for a free one of `pool_size` connections."""
        clients = RedisClients.from_url(url, timeout=timeout, pool_size=pool_size)
        return cls(clients, namespace=namespace, limits=limits, timeout=timeout)

    def reserve(self, buckets: Buckets, max_wait: float | None) -> float:
        if self._skip_redis(max_wait):
            return self.fallback.reserve(buckets, max_wait)
        keys, args, ticket = self._reserve_call(buckets, max_wait)
        started = time.monotonic()
        try:
            result = self._scripts.reserve(keys=keys, args=args)
        except Exception as error:  # redis.ConnectionError, TimeoutError, ... : degrade, never fail the call
            return self._reserve_locally(error, buckets, max_wait, started)
        return self._reserved(result, ticket)

    async def areserve(self, buckets: Buckets, max_wait: float | None) -> float:
        if self._skip_redis(max_wait):
            return self.fallback.reserve(buckets, max_wait)
        keys, args, ticket = self._reserve_call(buckets, max_wait)
        started = time.monotonic()
        bound = self.timeout if max_wait is None else min(self.timeout, max_wait)
        try:
            result = await self._run_async("reserve", keys, args, bound)
        except Exception as error:
            return self._reserve_locally(error, buckets, max_wait, started)
        return self._reserved(result, ticket)

    def release(self, buckets: Buckets, reservation: float) -> None:
        """`LocalRateLimiter.release`, on the buckets in Redis (or the fallback's, for a slot taken there)."""
        ticket = getattr(reservation, "ticket", None)
        if not isinstance(ticket, str):
            self.fallback.release(buckets, reservation)
        elif not self._down():
            try:
                self._scripts.release(**self._release_call(buckets, ticket))
            except Exception as error:
                self._degrade(error)

    async def arelease(self, buckets: Buckets, reservation: float) -> None:
        ticket = getattr(reservation, "ticket", None)
        if not isinstance(ticket, str):
            self.fallback.release(buckets, reservation)
        elif not self._down():
            try:
                await self._run_async("release", **self._release_call(buckets, ticket), bound=self.timeout)
            except Exception as error:
                self._degrade(error)

    def cool_down(self, seconds: float) -> None:
        if self._down():
            return
        try:
            self._scripts.cool(keys=[self.prefix + "cooldown"], args=[int(seconds * 1000)])
        except Exception as error:
            self._degrade(error)

    async def acool_down(self, seconds: float) -> None:
        if self._down():
            return
        try:
            await self._run_async("cool", [self.prefix + "cooldown"], [int(seconds * 1000)], self.timeout)
        except Exception as error:
            self._degrade(error)

    def close(self) -> None:
        """Close the sync client, and the asyncio clients of loops still running in other threads."""
        self._clients.close()

    async def aclose(self) -> None:
        """Close the running loop's asyncio client (or the one given), and the sync client."""
        await self._clients.aclose()
        self.redis.close()

    def _keys(self, buckets: Buckets) -> list[str]:
        """Per bucket, the key of the time it is next free and the key of its recent slots."""
        return [key for name, _ in buckets for key in (self.prefix + name, self.prefix + "recent:" + name)]

    def _reserve_call(self, buckets: Buckets, max_wait: float | None) -> tuple[list[str], list[Any], str]:
        ticket = os.urandom(8).hex()
        args: list[Any] = [-1 if max_wait is None else int(max_wait * 1000), ticket, int(RELEASABLE_FOR * 1000)]
        for _, limit in buckets:
            args += [int(limit.interval * 1000), int(limit.tolerance * 1000)]
        return [*self._keys(buckets), self.prefix + "cooldown"], args, ticket

    def _release_call(self, buckets: Buckets, ticket: str) -> dict[str, list[Any]]:
        return {"keys": self._keys(buckets), "args": [ticket] + [int(limit.interval * 1000) for _, limit in buckets]}

    def _reserved(self, result: Any, ticket: str) -> Reservation:
        wait = int(result)
        if wait < 0:
            raise RateLimitWaitError((-wait - 1) / 1000)
        return Reservation(wait / 1000, ticket)

    def _reserve_locally(self, error: Exception, buckets: Buckets, max_wait: float | None, started: float) -> float:
        self._degrade(error)
        left = None if max_wait is None else max_wait - (time.monotonic() - started)
        return self.fallback.reserve(buckets, left)

    async def _run_async(
        self, script: Literal["reserve", "release", "cool"], keys: list[str], args: list[Any], bound: float
    ) -> Any:
        """One script run for an async caller, within `bound` seconds: on an asyncio client, or in a thread."""
        import asyncio

        scripts = self._loop_scripts()
        if scripts is not None:
            call = getattr(scripts, script)(keys=keys, args=args)
        else:
            call = asyncio.to_thread(getattr(self._scripts, script), keys=keys, args=args)
        async with asyncio.timeout(bound):
            return await call

    def _loop_scripts(self) -> _Scripts | None:
        """The scripts on the asyncio client for the running loop, or None (then the sync client, in a thread)."""
        client = self._clients.async_client()
        if client is None:
            return None
        scripts = self._async_scripts.get(client)
        if scripts is None:
            scripts = self._async_scripts[client] = _Scripts(client)
        return scripts

    def _skip_redis(self, max_wait: float | None) -> bool:
        """Whether to reserve locally at once: Redis is down, or the call has no time left to ask it."""
        return self._down() or (max_wait is not None and max_wait <= 0)

    def _down(self) -> bool:
        return time.monotonic() < self._down_until

    def _degrade(self, error: Exception) -> None:
        self._down_until = time.monotonic() + self.RETRY_REDIS_AFTER
        if not self._warned:
            logger.warning("rate limiter: Redis unreachable (%r); limiting this process alone", error)
            self._warned = True


def limiter_for(setting: RateLimits | Limiter | bool | None) -> Limiter | None:
    """The limiter a client uses: the default classes, given classes, a given limiter, or none."""
    if setting is None or setting is True:
        return LocalRateLimiter()
    if setting is False:
        return None
    if isinstance(setting, RateLimits):
        return LocalRateLimiter(setting)
    return setting
