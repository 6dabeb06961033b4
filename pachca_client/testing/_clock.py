"""The fake's clock: real time plus whatever a test advanced it by (or frozen), driving everything timed.

Exports get ready, scheduled drafts are sent, `trigger_id`s and view submissions expire, delayed and
retried webhook deliveries go out, and rate-limit windows roll, all by this clock:

    fake.clock.advance(5)          # five seconds later, as far as the fake can tell
"""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import Callable

from ._core import iso


class FakeClock:
    """Real time shifted by `advance()`; `frozen=True` makes it move only when advanced."""

    def __init__(self, start: datetime.datetime | None = None, *, frozen: bool = False) -> None:
        self._start_wall = (start or datetime.datetime.now(datetime.UTC)).timestamp()
        self._start_mono = time.monotonic()
        self._offset = 0.0
        self.frozen = frozen
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def elapsed(self) -> float:
        """Seconds since the clock started, advances included (the fake's monotonic time)."""
        with self._lock:
            running = 0.0 if self.frozen else time.monotonic() - self._start_mono
            return running + self._offset

    def time(self) -> float:
        """UNIX seconds now, by this clock."""
        return self._start_wall + self.elapsed()

    def now(self) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(self.time(), datetime.UTC)

    def iso(self) -> str:
        """Now in the API's format (`2026-10-01T12:00:00.000Z`)."""
        return iso(self.now())

    def advance(self, seconds: float) -> None:
        """Move time forward, then let the fake do whatever became due (deliveries included)."""
        if seconds < 0:
            raise ValueError("the fake's clock only moves forward")
        with self._lock:
            self._offset += seconds
        for listener in list(self._listeners):
            listener()

    def on_advance(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def __repr__(self) -> str:
        return f"FakeClock({self.iso()}{', frozen' if self.frozen else ''})"
