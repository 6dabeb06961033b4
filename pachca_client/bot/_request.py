"""What every way into an `App` hands it and gets back: a `WebhookRequest` in, a `WebhookResponse` out.

An adapter translates its server's request into a `WebhookRequest`, calls `App.dispatch` (sync servers: the app
runs it on its own loop thread) or `await App.adispatch` (on the server's loop), and translates the
`WebhookResponse` back: ASGI and WSGI send its status, headers and body and then wait for the listener to end
(`afinish`, `finish`); polling keeps a stored event whose answer was 5xx. Adapters see the app as a
`Dispatcher` and nothing more, as slack bolt's adapters call `App.dispatch(BoltRequest) -> BoltResponse`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .. import AsyncPachca, Pachca
    from .._polling import PolledEvent


@dataclass(frozen=True)
class WebhookRequest:
    """One delivery as an adapter hands it to `App.dispatch`.

    A webhook: its raw `body` and the HTTP request's `headers` (a mapping or name-value pairs, any case); the
    signature and `webhook_timestamp` are checked before anything runs. A stored event read by polling:
    `polled`, the `PolledEvent`, and `client`, the client that read it (its sync listeners call through it and a
    form is answered with `submit_response` through it); nothing is checked, and Pachca's clock ages it.
    """

    body: bytes = b""
    headers: Mapping[str, str] | Sequence[tuple[str, str]] = ()
    polled: PolledEvent | None = None
    client: Pachca | AsyncPachca | None = field(default=None, repr=False)


@dataclass(frozen=True)
class WebhookResponse:
    """What to answer: `status`, `body` (JSON bytes or empty) and `headers`, as soon as the answer is known.

    `rest` is the delivery's listener still running after its answer (a `ctx.ack()`, a background listener),
    on the event loop that dispatched it: a server sends the answer first, then waits with `await afinish()`
    (on that loop) or `finish()` (from a thread of a sync server).
    """

    status: int
    body: bytes = b""
    rest: asyncio.Future[None] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def json(
        cls, status: int, body: Mapping[str, Any] | None = None, rest: asyncio.Future[None] | None = None
    ) -> WebhookResponse:
        """A response whose body is `body` as JSON (none for None)."""
        raw = b"" if body is None else json.dumps(dict(body), ensure_ascii=False).encode()
        return cls(status, raw, rest)

    @property
    def headers(self) -> list[tuple[str, str]]:
        """`Content-Type` (for a body) and `Content-Length`."""
        typed = [("Content-Type", "application/json")] if self.body else []
        return [*typed, ("Content-Length", str(len(self.body)))]

    async def afinish(self) -> None:
        """Wait, on the loop that dispatched the delivery, until its listener has ended."""
        if self.rest is not None:
            await self.rest

    def finish(self) -> None:
        """Block until the delivery's listener has ended (from any thread but its loop's, e.g. a WSGI `close()`)."""
        rest = self.rest
        if rest is None or rest.done():
            return
        loop = rest.get_loop()
        if getattr(loop, "_thread_id", None) == threading.get_ident():
            raise RuntimeError("WebhookResponse.finish() blocks: on the delivery's own loop, await afinish()")
        if loop.is_running():
            asyncio.run_coroutine_threadsafe(asyncio.wait([rest]), loop).result()


class Dispatcher(Protocol):
    """What the ways in (`_adapters`) use of an `App`: dispatching, a server's start and end, and its logger."""

    logger: logging.Logger

    def dispatch(self, request: WebhookRequest) -> WebhookResponse: ...

    async def adispatch(self, request: WebhookRequest) -> WebhookResponse: ...

    async def startup(self) -> None: ...

    async def shutdown(self) -> None: ...
