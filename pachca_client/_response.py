"""`pachca.with_raw_response.<tag>.<method>(...)`: the HTTP answer of a call beside its usual value.

The convention of openai-python: every method of the typed facade is also reachable under
`with_raw_response`, with the same arguments, and returns a `RawResponse` instead of its value. The
call is made exactly as without it (retries, deadline, error mapping: an error status still raises
its typed exception); the answer's status, headers and request id are kept, and `.parse()` gives
the value the method returns.

The generated `<Tag>ResourceWithRawResponse` classes (scripts/templates/resource_module.py.jinja) wrap
each method once with `raw_response`/`async_raw_response`; while the wrapped method runs, the client
records the answer it parsed (`record`) in a context variable, so concurrent calls (threads, tasks)
keep their own.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from ._exceptions import request_id_of
from ._request_options import attempts_of

P = ParamSpec("P")
T = TypeVar("T")

_RECORDED: ContextVar[list[httpx.Response] | None] = ContextVar("pachca_client_raw_response", default=None)


def record(response: httpx.Response) -> None:
    """Keep `response` for the `with_raw_response` call running in this context, if any."""
    recorded = _RECORDED.get()
    if recorded is not None:
        recorded.append(response)


class RawResponse(Generic[T]):
    """The answer of one call made through `with_raw_response`, and the value the method returns.

    `status_code`, `headers`, `request_id` (the server's, when it sent one), `http_request` (as sent: httpx's
    repr of its headers hides the `Authorization` value), `http_response`, `retries_taken`; `content`,
    `text` and `json()` read the body (not for downloads: their body went to the destination);
    `parse()` gives the method's usual typed value.
    """

    def __init__(self, response: httpx.Response, parsed: T) -> None:
        self.http_response = response
        self._parsed = parsed

    def parse(self) -> T:
        """The method's usual return value (the answer was parsed when the call was made)."""
        return self._parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response)

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.request.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def retries_taken(self) -> int:
        """How many times the call was sent again before this answer (0 when the first answer counted)."""
        attempts = attempts_of(self.http_response.request, 1)
        return max(0, int(attempts) - 1)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def _answer(recorded: list[httpx.Response], method: Callable[..., Any]) -> httpx.Response:
    if not recorded:  # pragma: no cover - every wrapped method makes a call
        raise RuntimeError(f"{getattr(method, '__qualname__', method)!r} made no call to wrap")
    return recorded[-1]


def raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method` returning a `RawResponse` of its answer and value."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        recorded: list[httpx.Response] = []
        token = _RECORDED.set(recorded)
        try:
            value = method(*args, **kwargs)
        finally:
            _RECORDED.reset(token)
        return RawResponse(_answer(recorded, method), value)

    return call


def async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async twin of `raw_response`."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        recorded: list[httpx.Response] = []
        token = _RECORDED.set(recorded)
        try:
            value = await method(*args, **kwargs)
        finally:
            _RECORDED.reset(token)
        return RawResponse(_answer(recorded, method), value)

    return call
