"""A transport made on the first request: httpx's SSL context costs 20-40 ms to build, and many clients
(a `with_options()` view's parent, a CLI that fails on its arguments) never send anything."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx


class DeferredTransport(httpx.BaseTransport):
    """Creates the real transport on the first request."""

    def __init__(self, factory: Callable[[], httpx.BaseTransport]) -> None:
        self._factory = factory
        self._transport: httpx.BaseTransport | None = None
        self._lock = threading.Lock()

    @property
    def transport(self) -> httpx.BaseTransport:
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    self._transport = self._factory()
        return self._transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.transport.handle_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


class AsyncDeferredTransport(httpx.AsyncBaseTransport):
    """The async twin of `DeferredTransport` (one event loop: no lock)."""

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._factory = factory
        self._transport: httpx.AsyncBaseTransport | None = None

    @property
    def transport(self) -> httpx.AsyncBaseTransport:
        if self._transport is None:
            self._transport = self._factory()
        return self._transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()
