"""Retries as an httpx transport wrapper: one policy, a sync and an async twin.

What is retried, and why:
* 429 on any method: the server did not act on the request. Wait `Retry-After` (seconds or an
  HTTP date); when the server asks for longer than `max_retry_after`, give up at once and let
  the caller see `RateLimitError.retry_after` (Pachca restricts tokens that hammer on 429). The daily
  message cap of a chat (a JSON 429 `rate_limit`) is retried only when it names a wait that fits.
* 5xx, 408, timeouts and broken connections: only for idempotent methods (GET, PUT, DELETE,
  HEAD, OPTIONS). Pachca's writes are not idempotent, so a POST answered 503 is never resent.
  Never a search's 504 `timeout`: the same query would time out again (`SearchTimeoutError`).
* Connect errors on any method: the request provably never reached the server.
Waits grow exponentially with jitter. The decisions live in `RetryPolicy` (no I/O); the two
transports only send and sleep.

Also here, because they are about what a transport may wait for or accept:
* the call's deadline (`_deadline.py`): no attempt starts, and no wait is slept, past it;
* a 429 cools the whole client down: every call through this transport waits out `Retry-After`
  before sending (a storm of 500 concurrent calls costs one round of 429s, not 500); the daily cap of
  one chat does not;
* the rate limiter's slot of an attempt is given back when the request is not sent after all (the
  wait interrupted: cancelled, KeyboardInterrupt; or the connection never made); a sent one keeps it;
* an answer larger than `max_response_bytes` fails as `ResponseTooLarge` without being kept whole;
* a body that cannot be decoded (`Content-Encoding: gzip` that is not) is a failed transfer:
  retried for idempotent methods like a cut body.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import httpx

from ._deadline import DeadlineExceeded, current_deadline
from ._exceptions import is_daily_rate_limit, never_retried
from ._logging import logger
from ._ratelimit import Buckets, Limiter, acool_down, arelease, areserve, classify, release
from ._request_options import ATTEMPTS, options_of

Inner = TypeVar("Inner", httpx.BaseTransport, httpx.AsyncBaseTransport)

DEFAULT_MAX_RETRIES = 2
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 500, 502, 503, 504})
NEVER_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.DecodingError,
)


class ResponseTooLarge(httpx.TransportError):
    """An answer longer than the client's `max_response_bytes`; it was not read to the end."""


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment.timestamp() - now())


async def asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported on first use: asyncio costs ~10 ms to import, and sync users never need it."""
    import asyncio

    await asyncio.sleep(seconds)


def validate_max_retries(max_retries: int) -> int:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries must be a non-negative integer, not {max_retries!r}")
    return max_retries


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait. `sleep`, `async_sleep` and `clock` are injectable for tests."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: tuple[float, float] = (0.5, 1.5)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio_sleep, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)

    def __post_init__(self) -> None:
        validate_max_retries(self.max_retries)

    def backoff(self, attempt: int) -> float:
        """Exponential wait before retry number `attempt + 1`, with jitter."""
        low, high = self.jitter
        return min(self.max_delay, self.initial_delay * 2.0**attempt) * random.uniform(low, high)

    def start(self, request: httpx.Request) -> RetryState:
        options = options_of(request)
        limit = self.max_retries if options.max_retries is None else options.max_retries
        return RetryState(self, request, limit, deadline=options.deadline_at)


@dataclass
class RetryState:
    """The retry bookkeeping of one request: ask it after each attempt whether (and how long) to wait."""

    policy: RetryPolicy
    request: httpx.Request
    limit: int
    attempt: int = 0
    deadline: float | None = None  # time.monotonic() by which the call must end
    waited_out: float = 0.0  # the cooldown this call already waited for as its own retry delay

    def before_attempt(self, cooldown_until: float) -> float:
        """Seconds to wait before sending (the client's 429 cooldown); raises past the deadline."""
        if cooldown_until <= self.waited_out:
            return 0.0
        wait = max(0.0, cooldown_until - time.monotonic())
        if self.deadline is not None and time.monotonic() + wait >= self.deadline:
            raise DeadlineExceeded("the call's deadline passed before it could be sent", request=self.request)
        return wait

    def time_left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def fits(self, delay: float) -> bool:
        """Whether waiting `delay` and trying again leaves time before the deadline."""
        return self.deadline is None or time.monotonic() + delay < self.deadline

    @property
    def idempotent(self) -> bool:
        return self.request.method in IDEMPOTENT_METHODS

    def retry_after(self, response: httpx.Response) -> float | None:
        """A 429's `Retry-After` in seconds (None when absent or unreadable)."""
        return parse_retry_after(response.headers.get("retry-after"), now=self.policy.clock)

    def cooldown(self, response: httpx.Response) -> float:
        """Seconds every call of the client must wait after this answer (a 429's `Retry-After`).

        Not after the daily message cap of one chat (a JSON 429 `rate_limit`): other chats are not held back.
        """
        if response.status_code != 429 or is_daily_rate_limit(response):
            return 0.0
        return min(self.retry_after(response) or 0.0, self.policy.max_retry_after)

    def after_response(self, response: httpx.Response) -> float | None:
        status = response.status_code
        if status == 429:
            wait = self.retry_after(response)
            if wait is None and is_daily_rate_limit(response):  # no wait given for a cap that lasts hours
                logger.warning("rate limited: the daily message cap of this chat is reached; not retrying")
                return None
            if wait is not None and wait > self.policy.max_retry_after:
                logger.warning("rate limited: the server asks to wait %.0f s; not retrying", wait)
                return None
            return self._next(wait, f"HTTP {status}")
        if status in RETRYABLE_STATUSES and self.idempotent and not never_retried(response):
            return self._next(None, f"HTTP {status}")
        return None

    def after_error(self, error: Exception) -> float | None:
        if isinstance(error, NEVER_SENT_ERRORS) or (isinstance(error, RETRYABLE_ERRORS) and self.idempotent):
            return self._next(None, type(error).__name__)
        return None

    def _next(self, wait: float | None, reason: str) -> float | None:
        if self.attempt >= self.limit:
            return None
        delay = self.policy.backoff(self.attempt) if wait is None else wait
        if not self.fits(delay):
            logger.info(
                "not retrying %s %s: the call's deadline comes first", self.request.method, self.request.url.path
            )
            return None
        self.attempt += 1
        logger.info(
            "retrying %s %s in %.2f s (retry %d of %d): %s",
            self.request.method,
            self.request.url.path,
            delay,
            self.attempt,
            self.limit,
            reason,
        )
        return delay


@dataclass(frozen=True)
class _Held:
    """The rate limiter's slot one attempt holds: `wait` is what `reserve` returned (0 when not limited)."""

    limiter: Limiter | None = None
    buckets: Buckets = field(default_factory=list)
    wait: float = 0.0

    def release(self) -> None:
        if self.limiter is not None:
            release(self.limiter, self.buckets, self.wait)

    async def arelease(self) -> None:
        if self.limiter is not None:
            await arelease(self.limiter, self.buckets, self.wait)


NOT_LIMITED = _Held()


def _buckets(limiter: Limiter | None, request: httpx.Request) -> Buckets | None:
    """The buckets this attempt counts against, or None when the call is not limited."""
    if limiter is None or not options_of(request).rate_limited:
        return None
    return classify(request, limiter.limits)


def _log_waits(request: httpx.Request, cooldown: float, held: _Held) -> None:
    """Debug lines for the waits before an attempt: the client's 429 cool-down, the rate limiter's slot."""
    if cooldown > 0:
        logger.debug("%s %s waits %.3f s: cooling down after a 429", request.method, request.url.path, cooldown)
    if held.wait > 0:
        buckets = ", ".join(name for name, _ in held.buckets)
        logger.debug(
            "%s %s waits %.3f s for the rate limiter (%s)", request.method, request.url.path, held.wait, buckets
        )


def _reserve(limiter: Limiter | None, request: httpx.Request, state: RetryState) -> _Held:
    buckets = _buckets(limiter, request)
    if limiter is None or buckets is None:
        return NOT_LIMITED
    return _Held(limiter, buckets, limiter.reserve(buckets, state.time_left()))


async def _areserve(limiter: Limiter | None, request: httpx.Request, state: RetryState) -> _Held:
    buckets = _buckets(limiter, request)
    if limiter is None or buckets is None:
        return NOT_LIMITED
    return _Held(limiter, buckets, await areserve(limiter, buckets, state.time_left()))


def _delay_after(state: RetryState, error: httpx.TransportError | httpx.DecodingError, request: httpx.Request) -> float:
    """The pause before retrying after `error`; raises it when the policy gives up (an undecodable body as a
    protocol error, which the client maps like any other broken answer)."""
    delay = state.after_error(error)
    if delay is not None:
        return delay
    if isinstance(error, httpx.DecodingError):
        raise httpx.RemoteProtocolError(f"undecodable body: {error}", request=request) from error
    raise error


class _Retrying(Generic[Inner]):
    """What the sync and async retry transports share: settings, and the client-wide cool-down.

    After a 429, every call of the client (and, with a shared limiter, every process) waits.
    """

    def __init__(
        self, inner: Inner, policy: RetryPolicy, *, read_body: bool = True, limiter: Limiter | None = None
    ) -> None:
        self.inner: Inner = inner
        self.policy = policy
        self.read_body = read_body
        self.limiter = limiter
        self.cooldown_until = 0.0

    def _cool_down(self, state: RetryState, response: httpx.Response) -> float:
        """Hold the client's calls back after a 429; the seconds the limiter is to share (0: none)."""
        wait = state.cooldown(response)
        if wait:
            self.cooldown_until = max(self.cooldown_until, time.monotonic() + wait)
            state.waited_out = self.cooldown_until
        return wait


class CappedBody:
    """The chunks of one answer's body, refused as soon as they add up to more than the limit."""

    def __init__(self, response: httpx.Response, request: httpx.Request) -> None:
        self.request = request
        self.limit = options_of(request).max_response_bytes
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            raise ResponseTooLarge(
                f"the answer declares {declared} bytes, more than max_response_bytes={self.limit}", request=self.request
            )

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise ResponseTooLarge(f"the answer is larger than max_response_bytes={self.limit}", request=self.request)
        self.chunks.append(chunk)

    def content(self) -> bytes:
        return b"".join(self.chunks)


class RetryTransport(_Retrying[httpx.BaseTransport], httpx.BaseTransport):
    """Wraps a transport and resends requests that `RetryPolicy` says are safe to resend.

    With `read_body` (the default, right for the API's small JSON answers) the body is read here,
    at most `max_response_bytes` of it, so a connection cut mid-body is retried like any other
    transport failure. `cooldown_until` (time.monotonic()) is shared by every call of the client.
    """

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        state = self.policy.start(request)
        token = current_deadline.set(state.deadline)
        try:
            while True:
                wait = state.before_attempt(self.cooldown_until)
                held = _reserve(self.limiter, request, state)
                request.extensions[ATTEMPTS] = state.attempt + 1
                if wait > 0 or held.wait > 0:
                    _log_waits(request, wait, held)
                try:
                    response = self._send(request, wait + held.wait, held)
                    if self.read_body and not options_of(request).stream:
                        self._read(response, request)
                except (httpx.TransportError, httpx.DecodingError) as error:
                    delay = _delay_after(state, error, request)
                else:
                    shared = self._cool_down(state, response)
                    if shared and self.limiter is not None:
                        self.limiter.cool_down(shared)
                    retry_in = state.after_response(response)
                    if retry_in is None:
                        return response
                    response.close()
                    delay = retry_in
                self.policy.sleep(delay)
        finally:
            current_deadline.reset(token)

    def _send(self, request: httpx.Request, wait: float, held: _Held) -> httpx.Response:
        """Sleep `wait`, then send; the slot `held` is given back when the request does not leave."""
        try:
            if wait > 0:
                self.policy.sleep(wait)
        except BaseException:
            held.release()
            raise
        try:
            return self.inner.handle_request(request)
        except NEVER_SENT_ERRORS:
            held.release()
            raise

    def _read(self, response: httpx.Response, request: httpx.Request) -> None:
        try:
            body = CappedBody(response, request)
            for chunk in response.iter_bytes():
                body.add(chunk)
            response._content = body.content()
        finally:
            response.close()

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(_Retrying[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        state = self.policy.start(request)
        token = current_deadline.set(state.deadline)
        try:
            while True:
                wait = state.before_attempt(self.cooldown_until)
                held = await _areserve(self.limiter, request, state)
                request.extensions[ATTEMPTS] = state.attempt + 1
                if wait > 0 or held.wait > 0:
                    _log_waits(request, wait, held)
                try:
                    response = await self._send(request, wait + held.wait, held)
                    if self.read_body and not options_of(request).stream:
                        await self._read(response, request)
                except (httpx.TransportError, httpx.DecodingError) as error:
                    delay = _delay_after(state, error, request)
                else:
                    shared = self._cool_down(state, response)
                    if shared and self.limiter is not None:
                        await acool_down(self.limiter, shared)
                    retry_in = state.after_response(response)
                    if retry_in is None:
                        return response
                    await response.aclose()
                    delay = retry_in
                await self.policy.async_sleep(delay)
        finally:
            current_deadline.reset(token)

    async def _send(self, request: httpx.Request, wait: float, held: _Held) -> httpx.Response:
        try:
            if wait > 0:
                await self.policy.async_sleep(wait)
        except BaseException:  # cancelled while waiting
            await held.arelease()
            raise
        try:
            return await self.inner.handle_async_request(request)
        except NEVER_SENT_ERRORS:
            await held.arelease()
            raise

    async def _read(self, response: httpx.Response, request: httpx.Request) -> None:
        try:
            body = CappedBody(response, request)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
            response._content = body.content()
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        await self.inner.aclose()
