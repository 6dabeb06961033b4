"""Shared by the client tests: Pachca / AsyncPachca over httpx.MockTransport, fake sleeps, scripted answers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import httpx
import pytest
from spec_samples import schema_sample as schema_sample  # re-exported: client tests import it from here

from pachca_client import AsyncPachca, Pachca, RetryPolicy

TOKEN = "tok-SECRET-7f3a9c"
Handler = Callable[[httpx.Request], httpx.Response]
# One scripted answer: a response, a bare status code, or an exception to raise (httpx.ConnectError("x")...).
Answer = httpx.Response | int | Exception


def api_error(code: str, message: str = "went wrong", key: str = "name") -> dict[str, Any]:
    return {"errors": [{"key": key, "value": None, "message": message, "code": code, "payload": None}]}


class Sleeps:
    """A fake sleep that records waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


def client(handler: Handler, sleeps: Sleeps | None = None, **options: Any) -> Pachca:
    sleeps = sleeps or Sleeps()
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, jitter=(1.0, 1.0))
    return Pachca(TOKEN, transport=httpx.MockTransport(handler), retry_policy=policy, **options)


def async_client(handler: Handler, sleeps: Sleeps | None = None, **options: Any) -> AsyncPachca:
    sleeps = sleeps or Sleeps()
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, jitter=(1.0, 1.0))
    return AsyncPachca(TOKEN, transport=httpx.MockTransport(handler), retry_policy=policy, **options)


class Script:
    """A MockTransport handler that replays answers in order and records every request it is sent.

    Use it through the `scripted` fixture (conftest.py), which also fails the test at teardown when
    answers are left over. A request beyond the last answer fails the test on the spot: `pytest.fail`
    raises a BaseException, which neither the retry transport nor `pytest.raises(SomeError)` swallows.
    """

    def __init__(self, answers: Iterable[Answer]) -> None:
        self.answers = list(answers)
        responses = [answer for answer in self.answers if isinstance(answer, httpx.Response)]
        if len({id(response) for response in responses}) != len(responses):
            raise ValueError("a scripted httpx.Response is sent once; repeat a status code as an int instead")
        self.answered = 0  # how many answers were handed out; `requests` may be cleared by a test, this not
        self.requests: list[httpx.Request] = []
        self.overflow: list[httpx.Request] = []

    @property
    def methods(self) -> list[str]:
        return [request.method for request in self.requests]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.answered >= len(self.answers):
            self.overflow.append(request)
            pytest.fail(
                f"unscripted request #{self.answered + len(self.overflow)}: {request.method} {request.url}"
                f" (only {len(self.answers)} answers were scripted)",
                pytrace=False,
            )
        answer = self.answers[self.answered]
        self.answered += 1
        self.requests.append(request)
        if isinstance(answer, Exception):
            if isinstance(answer, httpx.RequestError):
                try:
                    answer.request  # noqa: B018 - raises RuntimeError when unset
                except RuntimeError:
                    answer.request = request  # as httpx's own transports would have it
            raise answer
        if isinstance(answer, int):
            return httpx.Response(answer)
        return answer

    def check_done(self) -> None:
        if self.overflow:
            pytest.fail(f"{len(self.overflow)} request(s) arrived beyond the script", pytrace=False)
        left = self.answers[self.answered :]
        if left:
            pytest.fail(f"{len(left)} scripted answer(s) never requested: {left!r}", pytrace=False)


# The type of the `scripted` fixture: scripted([answer, ...]) -> Script.
Scripted = Callable[[Iterable[Answer]], Script]
