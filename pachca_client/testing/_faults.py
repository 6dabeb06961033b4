"""Failures to inject on purpose: 429 with `Retry-After`, 5xx, slow answers, dropped or cut connections.

The error answers have the shapes Pachca's error pages give them: a per-second rate limit is a `text/plain`
429 (it is refused before any method runs), the daily cap of messages in a chat a JSON `rate_limit` 429, both
with `Retry-After`; a search that ran out of time a 504 `timeout`; an unavailable service a 503
`service_unavailable`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._core import api_error
from ._server import ReceivedRequest, Reply

Answer = Reply | Callable[[ReceivedRequest], Reply]


def too_many_requests(retry_after: float | str) -> Reply:
    """The per-second limit's 429: a short plain text, not JSON, and `Retry-After` in seconds."""
    headers = {"Content-Type": "text/plain; charset=utf-8", "Retry-After": str(retry_after)}
    return Reply(status=429, body=b"Retry later\n", headers=headers)


def daily_limit_reached(chat_id: Any, retry_after: float | str) -> Reply:
    """The daily cap of messages in one chat: an `ApiError` 429 (`rate_limit`), with `Retry-After`."""
    failure = api_error(429, "entity_id", "rate_limit", "the daily limit of messages in this chat is reached", chat_id)
    return Reply.json(failure.body, status=429, headers={"Retry-After": str(retry_after)})


def _searches(request: ReceivedRequest, path: str) -> bool:
    """The operations that answer 504 `timeout`: the searches, and the user list when it searches (`query`)."""
    return request.method == "GET" and (
        path.startswith("/search/") or (path == "/users" and bool(request.param("query")))
    )


def _search_timeout(request: ReceivedRequest) -> Reply:
    failure = api_error(504, "query", "timeout", "the search took too long: narrow it down", request.param("query"))
    return Reply.json(failure.body, status=504)


@dataclass
class Fault:
    """Answer the next `times` matching requests with `reply` (or what it returns for the request) instead."""

    reply: Answer
    times: int = 1
    method: str | None = None
    path: str | None = None  # a prefix of the path after /api/shared/v1
    when: Callable[[ReceivedRequest, str], bool] | None = None  # a further condition on the request

    def matches(self, request: ReceivedRequest, path: str) -> bool:
        return (
            self.times > 0
            and (self.method is None or self.method == request.method)
            and (self.path is None or path.startswith(self.path))
            and (self.when is None or self.when(request, path))
        )

    def answer(self, request: ReceivedRequest) -> Reply:
        return self.reply if isinstance(self.reply, Reply) else self.reply(request)


class Faults:
    """Failures to inject, consumed in the order they were added."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self.injected = 0

    def inject(
        self,
        reply: Answer,
        *,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        when: Callable[[ReceivedRequest, str], bool] | None = None,
    ) -> Fault:
        """`reply` (a `Reply`, or a function of the request returning one) for the next `times` matching requests."""
        fault = Fault(reply, times, method, path, when)
        self._faults.append(fault)
        return fault

    def rate_limit(self, retry_after: float | str = 1, **match: Any) -> Fault:
        """The per-second limit's 429: `text/plain` (not JSON) with `Retry-After`, on any operation."""
        return self.inject(too_many_requests(retry_after), **match)

    def daily_limit(self, retry_after: float | str = 3600, **match: Any) -> Fault:
        """The daily cap of messages in a chat: `POST /messages` answers a JSON 429 `rate_limit` with `Retry-After`."""

        def answer(request: ReceivedRequest) -> Reply:
            try:
                body = request.json()
            except ValueError:
                body = None
            message = body.get("message") if isinstance(body, dict) else None
            return daily_limit_reached(message.get("entity_id") if isinstance(message, dict) else None, retry_after)

        return self.inject(answer, when=lambda request, path: request.method == "POST" and path == "/messages", **match)

    def search_timeout(self, **match: Any) -> Fault:
        """A search that ran out of time: 504 `timeout` on the searches and `GET /users?query=` (others pass)."""
        return self.inject(_search_timeout, when=_searches, **match)

    def server_error(self, status: int = 503, **match: Any) -> Fault:
        """A 5xx `ApiError`: 503 is `service_unavailable`, as Pachca says it; others are `unhandled`."""
        code = "service_unavailable" if status == 503 else "unhandled"
        return self.inject(Reply.json(api_error(status, "server", code, "try later").body, status=status), **match)

    def slow(self, seconds: float, **match: Any) -> Fault:
        """Answer normally-shaped (an empty object) only after `seconds`: a client timeout should fire first."""
        return self.inject(Reply.json({"data": None}, delay=seconds), **match)

    def drop(self, **match: Any) -> Fault:
        return self.inject(Reply(misbehave="drop"), **match)

    def truncate(self, **match: Any) -> Fault:
        return self.inject(Reply.json({"data": {"id": 1, "padding": "x" * 200}}, misbehave="truncate"), **match)

    def html(self, status: int = 502, **match: Any) -> Fault:
        page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
        return self.inject(Reply(status=status, body=page, headers={"Content-Type": "text/html"}), **match)

    def take(self, request: ReceivedRequest, path: str) -> Reply | None:
        for fault in self._faults:
            if fault.matches(request, path):
                fault.times -= 1
                self.injected += 1
                return fault.answer(request)
        return None

    def clear(self) -> None:
        self._faults.clear()
