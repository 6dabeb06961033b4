"""Where an app's code runs off the event loop: its own loop thread, and two pools for sync code.

Sync listeners and middleware run in `Workers`: work a delivery's answer waits for in one pool, listeners
with `background=True` (already answered) in another, so slow background work never leaves an instant
form without a thread. Neither is the loop's default executor, which other code of the process shares.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import functools
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class LoopThread:
    """The app's own event loop, in a daemon thread: where WSGI and sync polling run async code."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(target=_run_until_stopped, args=(self._loop,), name="pachca-bot", daemon=True).start()
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.submit(coroutine).result()

    def close(self) -> None:
        with self._lock:
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._loop = None


def _run_until_stopped(loop: asyncio.AbstractEventLoop) -> None:
    try:
        loop.run_forever()
    finally:
        loop.close()


class Workers:
    """Two thread pools, made on first use: `answering` threads and `background` threads."""

    def __init__(self, answering: int, background: int) -> None:
        if answering < 1 or background < 1:
            raise ValueError(f"workers and background_workers must be at least 1, got {answering}, {background}")
        self._sizes = {"answering": answering, "background": background}
        self._pools: dict[str, concurrent.futures.ThreadPoolExecutor] = {}
        self._lock = threading.Lock()

    def _pool(self, background: bool) -> concurrent.futures.ThreadPoolExecutor:
        name = "background" if background else "answering"
        with self._lock:
            if name not in self._pools:
                self._pools[name] = concurrent.futures.ThreadPoolExecutor(
                    self._sizes[name], thread_name_prefix=f"pachca-bot-{name}"
                )
            return self._pools[name]

    def start(self, fn: Callable[..., T], *args: Any, background: bool = False) -> asyncio.Future[T]:
        """Run `fn(*args)` in a thread of the pool (with the caller's context variables, as `to_thread` does)."""
        call = functools.partial(contextvars.copy_context().run, fn, *args)
        return asyncio.get_running_loop().run_in_executor(self._pool(background), call)

    async def run(self, fn: Callable[..., T], *args: Any, background: bool = False) -> T:
        return await self.start(fn, *args, background=background)

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.shutdown(wait=False, cancel_futures=True)
