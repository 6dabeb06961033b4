"""Typed errors for failures below HTTP: a connection, a timeout, the deadline, an undecodable or huge body.

Every message says what to do: the host and port, the path, the limit that ran out and the attempts made,
and, for a call that is not retried by itself (a POST), whether it may have reached the server.
`translated()` is the one place a send's `httpx.RequestError` becomes such an error.
"""

from __future__ import annotations

import time
from types import TracebackType

import httpx

from ._deadline import DeadlineExceeded
from ._exceptions import APIConnectionError, APIError, APITimeoutError, ResponseTooLargeError
from ._logging import log_call
from ._ratelimit import RateLimitWaitError
from ._request_options import attempts_of, options_of
from ._retry import IDEMPOTENT_METHODS, NEVER_SENT_ERRORS, ResponseTooLarge

_TIMEOUT_KINDS: dict[type[Exception], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


class translated:
    """Raise the typed error for an `httpx.RequestError` of the block (sending `request` or reading its answer).

    A class, not a `contextmanager` generator: it wraps every call, and costs a fifth as much."""

    __slots__ = ("request", "started")

    def __init__(self, request: httpx.Request, started: float | None = None) -> None:
        self.request, self.started = request, started

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if isinstance(error, httpx.RequestError):
            raise transport_error(error, self.request, self.started) from error


def transport_error(error: httpx.RequestError, request: httpx.Request, started: float | None = None) -> APIError:
    """The typed error for `error`, raised while sending `request`; logged as the call's outcome if `started`."""
    typed = _typed(error, request)
    if started is not None:
        log_call(request, f"failed: {type(typed).__name__}", started)
    return typed


def _typed(error: httpx.RequestError, request: httpx.Request) -> APIError:
    options = options_of(request)
    call = f"{request.method} {request.url.path}"
    attempts = _attempts_text(request)
    if isinstance(error, RateLimitWaitError):
        return APITimeoutError(f"{call}: {error} ({attempts}){_delivery(request, None)}", request=request)
    if isinstance(error, DeadlineExceeded) or (
        options.deadline_at is not None and time.monotonic() >= options.deadline_at
    ):
        last = "" if isinstance(error, DeadlineExceeded) else f", last error: {type(error).__name__}"
        limit = f"{options.deadline:g} s" if options.deadline is not None else "the deadline"
        return APITimeoutError(
            f"{call} did not finish within its deadline of {limit} (retries and waits included; "
            f"{attempts}{last}){_delivery(request, error)}",
            request=request,
        )
    if isinstance(error, ResponseTooLarge):
        return ResponseTooLargeError(f"{_origin(request)}: {error}", request=request)
    if isinstance(error, httpx.TimeoutException):
        kind = _TIMEOUT_KINDS.get(type(error), "")
        seconds = (request.extensions.get("timeout") or {}).get(kind) if kind else None
        limit = f" within the {kind} timeout of {seconds:g} s" if isinstance(seconds, int | float) else " in time"
        return APITimeoutError(
            f"{call}: no answer from {_origin(request)}{limit} ({type(error).__name__}; {attempts})"
            f"{_delivery(request, error)}",
            request=request,
        )
    return APIConnectionError(
        f"Could not talk to {_origin(request)} for {call}: {type(error).__name__}: {error} ({attempts})"
        f"{_delivery(request, error)}",
        request=request,
    )


def _origin(request: httpx.Request) -> str:
    """`host:port` of a request, the port the one connected to (443 for https without one)."""
    url = request.url
    port = url.port or {"https": 443, "http": 80}.get(url.scheme)
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{host}:{port}" if port else host


def _attempts_text(request: httpx.Request) -> str:
    attempts = attempts_of(request)
    return "not sent" if attempts == 0 else f"{attempts} attempt" + ("s" if attempts != 1 else "")


def _delivery(request: httpx.Request, error: Exception | None) -> str:
    """For a call that is not retried by itself (a POST): whether it may have reached the server."""
    if request.method in IDEMPOTENT_METHODS:
        return ""
    if error is None or isinstance(error, NEVER_SENT_ERRORS) or attempts_of(request) == 0:
        return f"; the {request.method} was not sent, so sending it again is safe"
    return (
        f"; the {request.method} may have reached the server and been acted on: "
        "check before sending it again (it is not resent automatically)"
    )
