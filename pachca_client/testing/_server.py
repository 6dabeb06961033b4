"""A real HTTP/1.1 server on 127.0.0.1 in a background thread, driven by a plain function.

The function receives each `ReceivedRequest` and returns a `Reply`; a reply can also misbehave
on purpose (arrive late, drop the connection, cut the body short) so tests can see how a client
copes with the network as it really is. Every request is recorded.
"""

from __future__ import annotations

import hashlib
import json
import selectors
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, Self
from urllib.parse import parse_qsl, urlsplit

Misbehaviour = Literal["drop", "truncate"]


@dataclass(frozen=True)
class ReceivedRequest:
    """A request as the server saw it."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    body_size: int = 0
    body_sha256: str = ""

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def param(self, name: str) -> str | None:
        return next((value for key, value in self.query if key == name), None)

    def params(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]


@dataclass
class Reply:
    """What to answer. `delay` waits before answering; `misbehave` breaks the answer on purpose.

    `after` runs once the answer has been written (the fake delivers webhooks there, so a client's
    call returns first, as with the real API).
    """

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    misbehave: Misbehaviour | None = None
    after: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def json(cls, payload: Any, status: int = 200, **options: Any) -> Reply:
        headers = {"Content-Type": "application/json; charset=utf-8", **options.pop("headers", {})}
        return cls(status=status, body=json.dumps(payload).encode(), headers=headers, **options)


RequestHandler = Callable[[ReceivedRequest], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in one segment: unbuffered writes plus Nagle's algorithm and delayed
    # ACKs would add ~40 ms to every keep-alive request.
    disable_nagle_algorithm = True
    wbufsize = -1
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.connection_opened()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.connection_closed()

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the per-request lines http.server prints to stderr."""

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The `Date` header by the server's clock (the fake's, which a test may have moved on)."""
        return super().date_time_string(self.server.clock() if timestamp is None else timestamp)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body, digest = self._read_body(length)
        parts = urlsplit(self.path)
        request = ReceivedRequest(
            method=self.command,
            path=parts.path,
            query=parse_qsl(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            body_size=length,
            body_sha256=digest,
        )
        self.server.record(request)
        try:
            reply = self.server.app(request)
        except Exception as error:  # a bug in the app: answer 500 and keep the server alive
            reply = Reply.json({"error": "fake_server_bug", "error_description": repr(error)}, status=500)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.misbehave == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.misbehave == "truncate":
            self.send_header("Content-Length", str(len(reply.body) + 100))
            self.end_headers()
            self.wfile.flush()
            self.wfile.write(reply.body[: len(reply.body) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)
        self.wfile.flush()
        if reply.after is not None:
            try:
                reply.after()
            except Exception:  # a failing after-hook must not take the connection down
                pass

    def _read_body(self, length: int) -> tuple[bytes, str]:
        """The body (kept only up to `keep_body_bytes`; larger ones are hashed and discarded in chunks)."""
        digest = hashlib.sha256()
        if length <= self.server.keep_body_bytes:
            body = self.rfile.read(length) if length else b""
            digest.update(body)
            return body, digest.hexdigest()
        remaining = length
        while remaining:
            chunk = self.rfile.read(min(remaining, 1 << 16))
            if not chunk:
                break
            digest.update(chunk)
            remaining -= len(chunk)
        return b"", digest.hexdigest()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle

    def __getattr__(self, name: str) -> Any:
        """Any other method (`TRACE`, `OPTIONS`, ...) reaches the app too, which answers it as it sees fit;
        http.server alone would answer 501 with an HTML page."""
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(
        self, address: tuple[str, int], app: RequestHandler, keep_body_bytes: int, clock: Callable[[], float]
    ) -> None:
        super().__init__(address, _Handler)
        self.app = app
        self.clock = clock  # UNIX seconds for the `Date` header
        self.keep_body_bytes = keep_body_bytes
        self.requests: list[ReceivedRequest] = []
        self._lock = threading.Lock()
        # `serve_forever` polls for shutdown every 0.5 s, so stopping two servers took up to a second;
        # this loop also watches a socket pair that `stop_serving` writes to, and stops at once.
        self._wake_read, self._wake_write = socket.socketpair()
        self._stopping = False
        self._stopped = threading.Event()

    def serve_until_stopped(self) -> None:
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self.socket, selectors.EVENT_READ)
                selector.register(self._wake_read, selectors.EVENT_READ)
                while not self._stopping:
                    ready = selector.select()
                    if self._stopping:
                        break
                    if any(key.fileobj is self.socket for key, _ in ready):
                        self._accept_one()
        finally:
            self._stopped.set()

    def _accept_one(self) -> None:
        """What `serve_forever` does for a readable listening socket: accept, then hand to a thread."""
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)

    def stop_serving(self, timeout: float = 5.0) -> None:
        self._stopping = True
        try:
            self._wake_write.send(b"x")
        except OSError:
            pass
        self._stopped.wait(timeout)

    def server_close(self) -> None:
        super().server_close()
        self._wake_read.close()
        self._wake_write.close()

    connections = 0
    open_connections = 0
    peak_connections = 0

    def connection_opened(self) -> None:
        with self._lock:
            self.connections += 1
            self.open_connections += 1
            self.peak_connections = max(self.peak_connections, self.open_connections)

    def connection_closed(self) -> None:
        with self._lock:
            self.open_connections -= 1

    def record(self, request: ReceivedRequest) -> None:
        with self._lock:
            self.requests.append(request)


class LoopbackServer:
    """Serve `app` on 127.0.0.1 (a free port) until `stop()`; usable as a context manager.

    Bodies larger than `keep_body_bytes` are not kept (only their size and SHA-256), so a test can
    upload hundreds of megabytes without the server holding them.
    """

    def __init__(
        self,
        app: RequestHandler,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        keep_body_bytes: int = 16 << 20,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._server = _Server((host, port), app, keep_body_bytes, clock)
        self._thread = threading.Thread(target=self._server.serve_until_stopped, name="pachca-loopback", daemon=True)
        self._started = False

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Every request received so far, in arrival order (a copy)."""
        with self._server._lock:
            return list(self._server.requests)

    @property
    def connections(self) -> int:
        """How many TCP connections clients have opened so far (keep-alive reuse keeps this low)."""
        return self._server.connections

    @property
    def peak_connections(self) -> int:
        """The most connections that were open at the same time."""
        return self._server.peak_connections

    @property
    def open_connections(self) -> int:
        return self._server.open_connections

    def clear(self) -> None:
        with self._server._lock:
            self._server.requests.clear()
            self._server.connections = 0
            self._server.peak_connections = self._server.open_connections

    def start(self) -> Self:
        if not self._started:
            self._thread.start()
            self._started = True
        return self

    def stop(self) -> None:
        """Stop accepting connections and close the socket (immediately: no shutdown polling)."""
        if self._started:
            self._server.stop_serving()
            self._thread.join(timeout=5)
            self._started = False
        if self._server.socket.fileno() != -1:
            self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
