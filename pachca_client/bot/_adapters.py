"""The three ways in: an ASGI app, a WSGI app, and the handler an event poller runs. One `App` serves them all.

Each only translates: its server's request into a `WebhookRequest`, `App.dispatch`/`adispatch`, and the
`WebhookResponse` back into its server's answer. The app is a `Dispatcher` here: nothing else of it is used.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ._request import Dispatcher, WebhookRequest, WebhookResponse

if TYPE_CHECKING:
    from .. import AsyncPachca, Pachca
    from .._polling import PolledEvent

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
MAX_BODY = 1 << 20
"""Webhook bodies are small; anything over 1 MiB is refused with 413."""


# --- ASGI ----------------------------------------------------------------------------------------------


async def _send(send: Callable[[Message], Awaitable[None]], response: WebhookResponse) -> None:
    headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in response.headers]
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})


def asgi(app: Dispatcher) -> ASGIApp:
    async def application(
        scope: Scope, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]
    ) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await app.startup()  # before the first delivery, which then needs no wait for the bot's id
                await send({"type": "lifespan.startup.complete"})
            await app.shutdown()
            return await send({"type": "lifespan.shutdown.complete"})
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            return await _send(send, WebhookResponse(405))
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                return await _send(send, WebhookResponse(413))
            chunks.append(chunk)
            more = message.get("more_body", False)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        response = await app.adispatch(WebhookRequest(b"".join(chunks), headers))
        await _send(send, response)
        await response.afinish()  # the listener goes on after the answer, within this request (a BackgroundTask)

    return application


# --- WSGI ----------------------------------------------------------------------------------------------


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


def wsgi(app: Dispatcher) -> WSGIApp:
    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        def answer(response: WebhookResponse) -> Iterable[bytes]:
            start_response(f"{response.status} {HTTPStatus(response.status).phrase}", response.headers)
            return _Body(response.body, response.finish)  # the server's close() waits for the listener

        if environ.get("REQUEST_METHOD") != "POST":
            return answer(WebhookResponse(405))
        try:
            body = _wsgi_body(environ)
        except _BodyRefused as refused:
            return answer(WebhookResponse(refused.status))
        headers = [(k[5:].replace("_", "-"), str(v)) for k, v in environ.items() if k.startswith("HTTP_")]
        return answer(app.dispatch(WebhookRequest(body, headers)))  # on the app's own loop thread

    return application


# --- polling -------------------------------------------------------------------------------------------


class NotHandled(Exception):
    """A stored event whose listener failed (answered 5xx): it stays stored, to be polled again later."""


def _kept(event: PolledEvent, response: WebhookResponse) -> None:
    """Raise `NotHandled` when the event's answer is one a webhook would get as 5xx: the poller keeps it."""
    if response.status >= 500:
        raise NotHandled(f"{event.event_type} {event.id} was answered {response.status}")


def polled(app: Dispatcher, client: Pachca) -> Callable[[PolledEvent], None]:
    """What `EventPoller.run` calls for each stored event: it runs to its end on the app's loop thread."""

    def handle(event: PolledEvent) -> None:
        response = app.dispatch(WebhookRequest(polled=event, client=client))
        response.finish()
        _kept(event, response)

    return handle


def apolled(app: Dispatcher, client: AsyncPachca) -> Callable[[PolledEvent], Awaitable[None]]:
    """What `AsyncEventPoller.run` awaits for each stored event: it runs to its end on the running loop."""

    async def handle(event: PolledEvent) -> None:
        response = await app.adispatch(WebhookRequest(polled=event, client=client))
        await response.afinish()
        _kept(event, response)

    return handle


def left_stored(app: Dispatcher) -> Callable[[PolledEvent, Exception], None]:
    """The poller's `on_error`: a stored event that was not handled is logged, and tried again later."""

    def report(event: PolledEvent, error: Exception) -> None:
        app.logger.info("left %s %s stored, to be tried again: %s", event.event_type, event.id, error)

    return report
