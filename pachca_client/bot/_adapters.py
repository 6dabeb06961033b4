"""The three ways in: an ASGI app, a WSGI app, and polling the event history. One `App` serves them all."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from .. import AsyncPachca, Pachca
from .._polling import AsyncEventPoller, EventPoller, PolledEvent
from ..generated.models import ViewSubmitWebhookPayload
from ..webhooks import WebhookHandler

if TYPE_CHECKING:
    from ._app import App

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
Answer = tuple[int, bytes, asyncio.Task[None] | None]
MAX_BODY = 1 << 20
"""Webhook bodies are small; anything over 1 MiB is refused with 413."""


def _json(body: Mapping[str, Any] | None) -> bytes:
    return b"" if body is None else json.dumps(dict(body), ensure_ascii=False).encode()


async def _receive(app: App, verifier: WebhookHandler, body: bytes, headers: Iterable[tuple[str, str]]) -> Answer:
    """Verify a webhook and start it; returns the answer as soon as there is one, and the task still running."""
    result = verifier.handle(body, list(headers))  # signature, timestamp, typed payload; never raises
    if result.event is None:
        app.logger.warning("refused a webhook (%s): %s", result.status, result.error)
        return result.status, _json(result.body), None
    loop = asyncio.get_running_loop()
    answer: asyncio.Future[tuple[int, Mapping[str, Any] | None]] = loop.create_future()

    async def respond(status: int, reply: Mapping[str, Any] | None) -> None:
        answer.set_result((status, reply))

    try:
        task = await app._start(result.event, respond, born=app.clock(), web=True)
    except Exception:  # the replay store failed: Pachca delivers again
        app.logger.exception("could not start %s/%s", result.event.type_, result.event.event)
        return 500, b"", None
    if task is None:
        return 200, b"", None  # a redelivery
    task.add_done_callback(lambda _: None if answer.done() else answer.set_result((500, None)))
    status, reply = await answer
    return status, _json(reply), task


def _verifier(app: App) -> WebhookHandler:
    # the app dedups; it reads deliveries as strictly as its client reads answers
    return WebhookHandler(app.signing_secret, tolerance=app.tolerance, replay_store=False, strict=app.strict)


def asgi(app: App) -> ASGIApp:
    verifier = _verifier(app)

    async def send_answer(send: Callable[[Message], Awaitable[None]], status: int, body: bytes) -> None:
        headers = [(b"content-type", b"application/json")] if body else []
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def application(
        scope: Scope, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]
    ) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                if app.ignore_self and app._bot_id is None:
                    app._learn_identity(None)  # before the first delivery, which then needs no wait
                await send({"type": "lifespan.startup.complete"})
            await app._close_loop_clients()
            return await send({"type": "lifespan.shutdown.complete"})
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            return await send_answer(send, 405, b"")
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                return await send_answer(send, 413, b"")
            chunks.append(chunk)
            more = message.get("more_body", False)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        status, body, rest = await _receive(app, verifier, b"".join(chunks), headers)
        await send_answer(send, status, body)
        if rest is not None:
            await rest  # the listener goes on after the answer, within this request (like a BackgroundTask)

    return application


class _Body:
    """A WSGI response body whose `close()` (called by the server after sending it) waits for the listener."""

    def __init__(self, body: bytes, finish: Callable[[], None]) -> None:
        self._body, self._finish = body, finish

    def __iter__(self) -> Iterator[bytes]:
        yield self._body

    def close(self) -> None:
        self._finish()


class _BodyRefused(Exception):
    def __init__(self, status: int) -> None:
        self.status = status


def _wsgi_body(environ: Mapping[str, Any]) -> bytes:
    """The request body as the server delivers it, at most `MAX_BODY` bytes read (else 413; 400 for a bad length).

    With a `Content-Length`, that many bytes; without one (a chunked request), the server has decoded the
    chunks when it says so (`wsgi.input_terminated`, as gunicorn, waitress and werkzeug do): read to the end.
    """
    length = str(environ.get("CONTENT_LENGTH") or "").strip()
    stream = environ["wsgi.input"]
    if not length:
        if environ.get("wsgi.input_terminated"):  # the server decoded the chunks and ends the stream
            body = bytes(stream.read(MAX_BODY + 1))
            if len(body) > MAX_BODY:
                raise _BodyRefused(413)
            return body
        if "chunked" in str(environ.get("HTTP_TRANSFER_ENCODING", "")).lower():
            raise _BodyRefused(411)  # chunks this server cannot end for us: ask for a length
        return b""  # no length and no chunks: no body (PEP 3333 forbids reading past a length)
    if not length.isdigit():
        raise _BodyRefused(400)  # "abc", "-1", "1e3": not a length
    size = int(length)
    if size > MAX_BODY:
        raise _BodyRefused(413)
    return bytes(stream.read(size)) if size else b""


def wsgi(app: App) -> WSGIApp:
    verifier = _verifier(app)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        def answer(status: int, body: bytes = b"", finish: Callable[[], None] = lambda: None) -> Iterable[bytes]:
            headers = [("Content-Type", "application/json")] if body else []
            start_response(f"{status} {HTTPStatus(status).phrase}", [*headers, ("Content-Length", str(len(body)))])
            return _Body(body, finish)

        if environ.get("REQUEST_METHOD") != "POST":
            return answer(405)
        try:
            body = _wsgi_body(environ)
        except _BodyRefused as refused:
            return answer(refused.status)
        headers = [(k[5:].replace("_", "-"), str(v)) for k, v in environ.items() if k.startswith("HTTP_")]
        status, reply, rest = app._loop.run(_receive(app, verifier, body, headers))

        def finish() -> None:
            if rest is not None:
                app._loop.run(asyncio.wait([rest]))

        return answer(status, reply, finish)

    return application


# --- polling -------------------------------------------------------------------------------------------


class NotHandled(Exception):
    """A stored event whose listener failed (answered 5xx): it stays stored, to be polled again later."""


async def _handle_polled(app: App, event: PolledEvent, client: Pachca | AsyncPachca) -> None:
    """Run one stored event to its end; a form is answered with `submit_response` (200 closes, 400 shows errors).

    Raises `NotHandled` when the outcome is one a webhook would answer 5xx, so the poller keeps the event.
    """
    payload = event.payload
    outcome: list[int] = []

    async def respond(status: int, reply: Mapping[str, Any] | None) -> None:
        outcome.append(status)
        if not isinstance(payload, ViewSubmitWebhookPayload) or status not in (200, 400):
            return  # nothing to answer; a failed form is left to expire (the person sees an error)
        request: dict[str, Any] = {"submit_id": payload.submit_id}
        if status == 400 and reply is not None:
            request["errors"] = reply["errors"]
        await app._api(lambda c: c.views.submit_view_response(payload.view_id, body=request), client)

    sync_client = client if isinstance(client, Pachca) else None
    # Pachca's clock ages the event (the poller measured it), not this host's: a skew cannot expire a click
    born = app.clock() if event.happened is None else event.happened
    task = await app._start(payload, respond, born=born, web=False, client=sync_client)
    if task is not None:
        await task
    if outcome and outcome[0] >= 500:
        raise NotHandled(f"{event.event_type} {event.id} was answered {outcome[0]}")


def _left_stored(app: App) -> Callable[[PolledEvent, Exception], None]:
    def report(event: PolledEvent, error: Exception) -> None:
        app.logger.info("left %s %s stored, to be tried again: %s", event.event_type, event.id, error)

    return report


def _poller_options(app: App, options: dict[str, Any]) -> dict[str, Any]:
    return {"clock": app.clock, **options}  # `happened` must be on the clock the app ages clicks by


def poll(app: App, pachca: Pachca | None, options: dict[str, Any]) -> int:
    client = pachca or app.client
    poller = app._poller = EventPoller(client, **_poller_options(app, options))
    handle = lambda event: app._loop.run(_handle_polled(app, event, client))  # noqa: E731
    return poller.run(handle, on_error=_left_stored(app))


async def poll_async(app: App, pachca: AsyncPachca | None, options: dict[str, Any]) -> int:
    client = pachca or app.async_client
    if app._aclient is None:
        app._aclient = client  # async listeners' helpers call through it
    poller = app._poller = AsyncEventPoller(client, **_poller_options(app, options))
    return await poller.run(lambda event: _handle_polled(app, event, client), on_error=_left_stored(app))
