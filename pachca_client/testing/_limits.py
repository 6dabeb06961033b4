"""Opt-in rate limits shaped like Pachca's (approximate, as Pachca's own are): 429 with `Retry-After`.

    fake = FakePachca(limits=True)        # or fake.limits.enable()

| class                                          | limit                         | counted by     |
|------------------------------------------------|-------------------------------|----------------|
| sending, editing, deleting messages            | 4 per second, bursts up to 30 | token and chat |
| reading messages (`GET /messages...`, search)  | 10 per second                 | token          |
| `GET /webhooks/events`                         | 5 per 2 seconds               | token          |
| everything else                                | 50 per second                 | token          |
| sending messages, per day (off: no number yet) | `messages_per_chat_per_day`   | chat           |

The classes of the routes are those of openapi.yaml's `x-rate-limit` (tests/fake/test_limits.py checks).
A per-second refusal is a `text/plain` 429 (it comes before any method runs); the daily cap of messages in
one chat, which Pachca has and does not number, is checked by `POST /messages` itself and answers a JSON
`rate_limit` 429; both carry `Retry-After`. `fake.limits.enable(messages_per_chat_per_day=100)` sets it (the
last 24 hours of the fake's clock count).

Time is the fake's clock, so `fake.clock.advance(1)` refills the windows. The numbers are attributes
and can be changed (`fake.limits.enable(per_second=5)`).
"""

from __future__ import annotations

import collections
import math
import threading
from dataclasses import dataclass

from ._clock import FakeClock


@dataclass
class _Bucket:
    tokens: float
    updated: float


class Limits:
    """The fake's rate limiter (see the module docstring)."""

    def __init__(self, clock: FakeClock, *, enabled: bool = False) -> None:
        self._clock = clock
        self.enabled = enabled
        self.per_second = 50
        self.message_reads_per_second = 10
        self.message_writes_per_second = 4.0
        self.message_burst = 30
        self.events_per_window = 5
        self.events_window = 2.0
        self.messages_per_chat_per_day: int | None = None
        self.rejected = 0
        self._windows: dict[tuple[str, str], collections.deque[float]] = {}
        self._buckets: dict[tuple[str, int | None], _Bucket] = {}
        self._lock = threading.Lock()

    def enable(self, **numbers: float) -> None:
        """Turn the limits on; keyword arguments override the numbers (`per_second=5`, `message_burst=3`...)."""
        for name, value in numbers.items():
            if not hasattr(self, name) or name.startswith("_") or name in ("enabled", "rejected"):
                raise AttributeError(f"Limits has no number named {name!r}")
            setattr(self, name, value)
        self.reset()
        self.enabled = True

    def disable(self) -> None:
        self.enabled = False

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()
            self._buckets.clear()

    def check(self, kind: str, token: str, chat_id: int | None = None) -> int | None:
        """None when the request may go on, else the seconds to answer in `Retry-After` (at least 1)."""
        if not self.enabled:
            return None
        now = self._clock.elapsed()
        with self._lock:
            if kind == "messages":
                wait = self._take_bucket((token, chat_id), now)
            elif kind == "reading":
                wait = self._take_window(("read", token), now, int(self.message_reads_per_second), 1.0)
            elif kind == "events":
                wait = self._take_window(("events", token), now, int(self.events_per_window), self.events_window)
            else:
                wait = self._take_window(("any", token), now, int(self.per_second), 1.0)
            if wait is None:
                return None
            self.rejected += 1
            return max(1, math.ceil(wait))

    def check_daily(self, chat_id: int) -> int | None:
        """For a message about to be sent to `chat_id`: None, or the seconds until the daily cap lets one more in."""
        if not self.enabled or self.messages_per_chat_per_day is None:
            return None
        now = self._clock.elapsed()
        with self._lock:
            wait = self._take_window(("day", str(chat_id)), now, int(self.messages_per_chat_per_day), 86400.0)
            if wait is None:
                return None
            self.rejected += 1
            return max(1, math.ceil(wait))

    def _take_window(self, key: tuple[str, str], now: float, limit: int, window: float) -> float | None:
        times = self._windows.setdefault(key, collections.deque())
        while times and times[0] <= now - window:
            times.popleft()
        if len(times) >= limit:
            return times[0] + window - now
        times.append(now)
        return None

    def _take_bucket(self, key: tuple[str, int | None], now: float) -> float | None:
        rate, burst = float(self.message_writes_per_second), float(self.message_burst)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(burst, now)
        bucket.tokens = min(burst, bucket.tokens + (now - bucket.updated) * rate)
        bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return None
        return (1 - bucket.tokens) / rate
