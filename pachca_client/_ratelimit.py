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
to every process sharing the token.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from ._deadline import DeadlineExceeded
from ._logging import logger

RATE_LIMIT_EXTENSION = "pachca_client.rate_limit"  # False: this call is not limited


@dataclass(frozen=True)
class Limit:
    """`rate` calls per second on average, up to `burst` at once."""

    rate: float
    burst: float = 1.0

    @property
    def interval(self) -> float:
        return 1.0 / self.rate


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

# On a request of an operation with `x-rate-limit` in openapi.yaml (its generated `_get_kwargs` sets it):
# (class, key), the class a field of RateLimits and the key the values that split it (a chat, a message).
RATE_LIMIT_CLASS_EXTENSION = "pachca_client.rate_limit_class"


def classify(request: httpx.Request, limits: RateLimits) -> Buckets:
    """The buckets of one API request: the token's, and its operation's class (keyed) if it has one."""
    buckets: Buckets = [("token", limits.scaled(limits.token))]
    rate_limit_class = request.extensions.get(RATE_LIMIT_CLASS_EXTENSION)
    if rate_limit_class is not None:
        name, key = rate_limit_class
        bucket = f"{name}:{'-'.join(map(str, key))}" if key else name
        buckets.append((bucket, limits.scaled(getattr(limits, name))))
    return buckets


class RateLimitWaitError(DeadlineExceeded):
    """Staying under the rate limit would outlast the call's deadline (the client raises APITimeoutError)."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"staying under the rate limit needs a {wait:.2f} s wait, past the call's deadline")
        self.wait = wait


class Limiter(Protocol):
    """Reserve a slot for a call; tell every caller to wait after a 429."""

    limits: RateLimits

    def reserve(self, buckets: Buckets, max_wait: float | None) -> float:
        """Seconds to wait before sending (the slot is then reserved); raises `RateLimitWaitError`."""
        ...

    def cool_down(self, seconds: float) -> None:
        """No bucket lets a call through for `seconds` (the server answered 429 with `Retry-After`)."""
        ...


@dataclass
class LocalRateLimiter:
    """The limiter of one process: every call of a client, from any thread or task."""

    limits: RateLimits = field(default_factory=RateLimits)
    clock: Callable[[], float] = time.monotonic
    _free_at: dict[str, float] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def reserve(self, buckets: Buckets, max_wait: float | None) -> float:
        with self._lock:
            now = self.clock()
            start = now
            for name, limit in buckets:
                tolerance = (limit.burst - 1) * limit.interval
                start = max(start, self._free_at.get(name, now) - tolerance)
            wait = start - now
            if max_wait is not None and wait > max_wait:
                raise RateLimitWaitError(wait)
            for name, limit in buckets:  # each bucket is charged at its own earliest time, not at `start`:
                free = self._free_at.get(name, now)  # a call held back by its chat does not hold the token back
                tolerance = (limit.burst - 1) * limit.interval
                self._free_at[name] = max(free, max(now, free - tolerance)) + limit.interval
            if len(self._free_at) > 10_000:  # buckets of chats long idle carry no debt
                self._free_at = {k: v for k, v in self._free_at.items() if v > now}
            return wait

    def cool_down(self, seconds: float) -> None:
        """Nothing to share: the client's transport already holds every call of this process back."""


# GCRA over several buckets at once, atomically, on the server's clock (no skew between processes).
# KEYS: the buckets, then the cooldown key. ARGV: max_wait_ms (-1: none), then interval_ms and
# tolerance_ms per bucket. Returns the wait in ms, or -(wait)-1 when it exceeds max_wait.
_RESERVE_SCRIPT = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local n = #KEYS - 1
local start = now
local cooldown = tonumber(redis.call('GET', KEYS[n + 1]) or '0')
if cooldown > start then start = cooldown end
for i = 1, n do
  local free = tonumber(redis.call('GET', KEYS[i]) or tostring(now))
  local tolerance = tonumber(ARGV[2 * i + 1])
  if free - tolerance > start then start = free - tolerance end
end
local wait = start - now
local max_wait = tonumber(ARGV[1])
if max_wait >= 0 and wait > max_wait then return -wait - 1 end
for i = 1, n do
  local interval = tonumber(ARGV[2 * i])
  local free = tonumber(redis.call('GET', KEYS[i]) or tostring(now))
  if now > free then free = now end
  free = free + interval
  redis.call('SET', KEYS[i], tostring(free), 'PX', math.ceil(free - now) + 1000)
end
return wait
"""

_COOLDOWN_SCRIPT = """
local t = redis.call('TIME')
local until_ms = t[1] * 1000 + math.floor(t[2] / 1000) + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ms > current then redis.call('SET', KEYS[1], tostring(until_ms), 'PX', tonumber(ARGV[1]) + 1000) end
return 1
"""


class RedisRateLimiter:
    """One budget for every process that shares a token, kept in Redis (redis-py).

        `RedisRateLimiter(redis.Redis(...), namespace="bot-1")`: the buckets live under
        `pachca:ratelimit:<namespace>:...`; use one namespace per token. Every reservation is one
        Lua script run (atomic across processes, on the Redis server's clock). When Redis cannot be
        reached the limiter warns once and falls back to a local limiter for `RETRY_REDIS_AFTER` seconds
    at a time, so calls keep flowing.
    """

    def __init__(self, redis: Any, *, namespace: str = "default", limits: RateLimits | None = None) -> None:
        self.redis = redis
        self.prefix = f"pachca:ratelimit:{namespace}:"
        self.limits = limits or RateLimits()
        self.fallback = LocalRateLimiter(self.limits)  # used while Redis cannot be reached
        self._reserve = redis.register_script(_RESERVE_SCRIPT)
        self._cool = redis.register_script(_COOLDOWN_SCRIPT)
        self._warned = False
        self._down_until = 0.0  # after a failure, Redis is left alone for a while (each try may cost seconds)

    RETRY_REDIS_AFTER = 5.0

    def reserve(self, buckets: Buckets, max_wait: float | None) -> float:
        if time.monotonic() < self._down_until:
            return self.fallback.reserve(buckets, max_wait)
        keys = [self.prefix + name for name, _ in buckets] + [self.prefix + "cooldown"]
        args: list[float] = [-1 if max_wait is None else int(max_wait * 1000)]
        for _, limit in buckets:
            args += [int(limit.interval * 1000), int((limit.burst - 1) * limit.interval * 1000)]
        try:
            result = int(self._reserve(keys=keys, args=args))
        except Exception as error:  # redis.ConnectionError, TimeoutError, ... : degrade, never fail the call
            self._degrade(error)
            return self.fallback.reserve(buckets, max_wait)
        if result < 0:
            raise RateLimitWaitError((-result - 1) / 1000)
        return result / 1000

    def cool_down(self, seconds: float) -> None:
        if time.monotonic() < self._down_until:
            return
        try:
            self._cool(keys=[self.prefix + "cooldown"], args=[int(seconds * 1000)])
        except Exception as error:
            self._degrade(error)

    def _degrade(self, error: Exception) -> None:
        self._down_until = time.monotonic() + self.RETRY_REDIS_AFTER
        if not self._warned:
            logger.warning("rate limiter: Redis unreachable (%s); limiting this process alone", error)
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
