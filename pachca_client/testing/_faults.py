"""Failures to inject on purpose: 429 with `Retry-After`, 5xx, slow answers, dropped or cut connections."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._core import api_error
from ._server import ReceivedRequest, Reply


@dataclass
class Fault:
    """Answer the next `times` matching requests with `reply` instead of handling them."""

    reply: Reply
    times: int = 1
    method: str | None = None
    path: str | None = None  # a prefix of the path after /api/shared/v1

    def matches(self, request: ReceivedRequest, path: str) -> bool:
        return (
            self.times > 0
            and (self.method is None or self.method == request.method)
            and (self.path is None or path.startswith(self.path))
        )


class Faults:
    """Failures to inject, consumed in the order they were added."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self.injected = 0

    def inject(self, reply: Reply, *, times: int = 1, method: str | None = None, path: str | None = None) -> Fault:
        fault = Fault(reply, times, method, path)
        self._faults.append(fault)
        return fault

    def rate_limit(self, retry_after: float | str = 1, **match: Any) -> Fault:
        return self.inject(Reply.json({}, status=429, headers={"Retry-After": str(retry_after)}), **match)

    def server_error(self, status: int = 503, **match: Any) -> Fault:
        return self.inject(
            Reply.json(api_error(status, "server", "unhandled", "try later").body, status=status), **match
        )

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
                return fault.reply
        return None

    def clear(self) -> None:
        self._faults.clear()
