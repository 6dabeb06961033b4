"""Outgoing webhooks of the fake: signed like Pachca's, delivered at least once, over HTTP or in-process.

A bot's events go to its `outgoing_url`. An app mounted on that URL gets them without any network:

    url = fake.webhooks.attach(bot, starlette_app)     # ASGI, WSGI (Flask) or a plain callable
    fake.user("Vera").posts(chat, "hi")                 # -> POST <url>, signed, before posts() returns

Every attempt is kept in `fake.webhooks.deliveries`. A delivery answered 5xx, or not answered, is
tried again (up to `max_attempts`, `retry_after` seconds of the fake's clock apart, doubling); 2xx
and 4xx answers are final. `duplicate()` and `delay()` make the next deliveries arrive twice or late,
as at-least-once delivery allows. The body carries `webhook_timestamp` (UNIX seconds by the fake's
clock) and the header `Pachca-Signature` is the hex HMAC-SHA256 of the body with the bot's
`signing_secret`. The export notice to an export's `webhook_url` is sent unsigned, as Pachca does.

A delivery that never reached the receiver (a wrong mount path, a redirect, an app that raised, a
refused signature, no answer) is a failure: `failures()` lists them and `assert_delivered()` fails
naming each one's URL, kind, status or error, attempts and the start of the answer. A form submission
turned back with field errors (400 with `errors`) counts as delivered. The pytest plugin reports, at
teardown, failures a test never looked at (see `unnoticed_failures()`).
"""

from __future__ import annotations

import asyncio
import inspect
import io
import itertools
import json
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from ..webhooks import SIGNATURE_HEADER, sign
from ._core import JSON, dumps

if TYPE_CHECKING:
    import httpx

    from ._clock import FakeClock
    from ._state import BotRecord, State

AppKind = Literal["auto", "asgi", "wsgi", "callable"]
PACHCA_ADDRESS = "37.200.70.177"  # where Pachca's webhooks come from
USER_AGENT = "Pachca-Webhooks (FakePachca)"
ANSWER_SHOWN = 300  # characters of a receiver's answer that a failure report quotes
HINTS = {
    401: "the receiver refused the signature: is it checked with this bot's signing secret?",
    404: "nothing answers at this path: check the mount path or the bot's outgoing_url",
}
REDIRECT_HINT = "redirects are not followed: is the path's trailing slash the app's?"
RETRY_NOTE = "a retry waits for the fake's clock"


@dataclass
class WebhookDelivery:
    """One attempt to deliver one event (or the export notice) to one URL."""

    id: int
    url: str
    payload: JSON
    bot_id: int | None = None
    signed: bool = True
    attempt: int = 1
    duplicate: bool = False  # a copy sent on purpose (`Webhooks.duplicate`)
    delayed: float = 0.0  # seconds it was held back (`Webhooks.delay`)
    status: int | None = None
    response: bytes = b""
    error: str | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    retry: bool = True  # tried again after a 5xx or no answer (a form submission is not)
    on_answer: Callable[[WebhookDelivery], None] | None = field(default=None, repr=False, compare=False)
    next_attempt: WebhookDelivery | None = field(default=None, compare=False)  # the retry scheduled after this one

    @property
    def kind(self) -> tuple[str, str]:
        return str(self.payload.get("type")), str(self.payload.get("event"))

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def final(self) -> bool:
        """Answered in a way Pachca does not retry: 2xx or 4xx."""
        return self.status is not None and self.status < 500

    @property
    def tried(self) -> bool:
        """This attempt is over: it got a status, or an error instead."""
        return self.status is not None or self.error is not None

    @property
    def delivered(self) -> bool:
        """The receiver took it: 2xx, or a form submission turned back with field errors (400 with `errors`)."""
        if self.ok:
            return True
        answer = self.response_json() if self.status == 400 and self.payload.get("type") == "view" else None
        return isinstance(answer, dict) and bool(answer.get("errors"))

    @property
    def retry_pending(self) -> bool:
        """A retry is scheduled (by the fake's clock) and has not been answered yet."""
        return self.next_attempt is not None and not self.next_attempt.tried

    @property
    def failed(self) -> bool:
        """This attempt did not reach the receiver and no retry of it has been tried (yet)."""
        return self.tried and not self.delivered and (self.next_attempt is None or not self.next_attempt.tried)

    def response_json(self) -> Any:
        try:
            return json.loads(self.response) if self.response else None
        except ValueError:
            return None

    def describe(self) -> str:
        """One line: kind, URL (without credentials or query), outcome, attempts, the start of the answer.

        It never shows the payload, the headers or anything signed, so it is safe to print.
        """
        type_, event = self.kind
        attempts = f"{self.attempt} attempt{'s' if self.attempt > 1 else ''}"
        line = f"{type_}/{event} to {_shown_url(self.url)}: {self._outcome()} after {attempts}"
        notes = [note for note in (self._hint(), RETRY_NOTE if self.retry_pending else None) if note]
        if notes:
            line += f" ({'; '.join(notes)})"
        if self.response:
            answer = " ".join(self.response.decode("utf-8", "replace").split())
            line += f"; answered {answer[:ANSWER_SHOWN] + ('…' if len(answer) > ANSWER_SHOWN else '')!r}"
        return line

    def __repr__(self) -> str:
        return f"<WebhookDelivery #{self.id} {self.describe()}>"

    def _outcome(self) -> str:
        if self.status is None:
            return f"no answer ({self.error})" if self.error is not None else "not sent yet"
        if self.delivered and not self.ok:
            return f"{self.status} with form errors"
        return str(self.status)

    def _hint(self) -> str | None:
        if self.status is None or self.delivered:
            return None
        return REDIRECT_HINT if 300 <= self.status < 400 else HINTS.get(self.status)


def _shown_url(url: str) -> str:
    """`url` without the parts that may carry a credential: user info and query."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return f"{parts.scheme}://{host}{parts.path}" + ("?…" if parts.query else "")


class _AsgiLoop:
    """One event loop in a thread for every ASGI app of a fake: an app's async clients stay on one loop."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="fake-pachca-asgi", daemon=True)
        self.thread.start()

    def run(self, coroutine: Any, timeout: float) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        return future.result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=1)
        if not self.loop.is_running():
            self.loop.close()


def _kind_of(app: Any) -> AppKind:
    call = getattr(app, "__call__", None)  # noqa: B004 - the bound method is what is inspected
    if inspect.iscoroutinefunction(app) or inspect.iscoroutinefunction(call):
        return "asgi"
    if hasattr(app, "wsgi_app"):
        return "wsgi"
    try:
        names = list(inspect.signature(app).parameters)
    except (TypeError, ValueError):
        return "callable"
    return "wsgi" if names[:2] == ["environ", "start_response"] else "callable"


@dataclass
class _Mount:
    app: Any
    kind: AppKind


class Webhooks:
    """WebhookDelivery of the fake's outgoing webhooks (see the module docstring)."""

    def __init__(
        self,
        state: State,
        clock: FakeClock,
        state_lock: AbstractContextManager[Any],
        find_bot: Callable[[Any], BotRecord],
        *,
        timeout: float = 5.0,
    ) -> None:
        self._state = state
        self._clock = clock
        self._state_lock = state_lock  # the fake's: held while a bot's settings change
        self._find_bot = find_bot  # a bot's record by id, name or handle
        self.timeout = timeout
        self.max_attempts = 3
        self.retry_after = 10.0
        self._deliveries: list[WebhookDelivery] = []  # every attempt, in the order they started
        self._noticed: set[int] = set()  # ids of failed attempts the test has looked at
        self._mounts: dict[str, _Mount] = {}
        self._pending: list[tuple[float, WebhookDelivery]] = []  # (due at, delivery) by the fake's clock
        self._duplicates = 0
        self._delays: list[float] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self._asgi: _AsgiLoop | None = None
        self._http: httpx.Client | None = None
        self._local = threading.local()  # how deep this thread is in sending (a receiver may act again)

    # -- what tests set up -------------------------------------------------------------------------

    def mount(self, url: str, app: Any, *, kind: AppKind = "auto") -> str:
        """Deliver whatever goes to `url` to `app` in-process (ASGI, WSGI, or `app(body, headers)`)."""
        self._mounts[url] = _Mount(app, _kind_of(app) if kind == "auto" else kind)
        return url

    def unmount(self, url: str) -> None:
        self._mounts.pop(url, None)

    def attach(self, bot: Any, app: Any, *, path: str = "/webhook", kind: AppKind = "auto") -> str:
        """Mount `app` as `bot`'s webhook receiver; sets its `outgoing_url` when it has none. Returns the URL."""
        record = self._find_bot(bot)
        url = record.webhook.get("outgoing_url") or f"https://bot-{record.id}.fake-pachca.test{path}"
        with self._state_lock:
            record.webhook["outgoing_url"] = url
        return self.mount(url, app, kind=kind)

    def duplicate(self, times: int = 1) -> None:
        """Send each of the next `times` deliveries twice (the second with a fresh `webhook_timestamp`)."""
        with self._lock:
            self._duplicates += times

    def delay(self, seconds: float, times: int = 1) -> None:
        """Hold each of the next `times` deliveries back until the fake's clock has moved `seconds` on."""
        with self._lock:
            self._delays.extend([seconds] * times)

    # -- what tests read ----------------------------------------------------------------------------

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        """Every attempt, in the order they started, with its status; reading it counts as looking at the
        failures so far (the pytest plugin does not report them again)."""
        with self._lock:
            self._noticed.update(d.id for d in self._deliveries if d.tried)
        return self._deliveries

    def payloads(self, bot: Any = None, *, type: str | None = None, event: str | None = None) -> list[JSON]:
        """Payloads delivered (answered 2xx), in order; a duplicate appears twice."""
        return [d.payload for d in self._select(self._deliveries, bot, type, event) if d.ok]

    def failures(self, bot: Any = None, *, type: str | None = None, event: str | None = None) -> list[WebhookDelivery]:
        """Deliveries that did not reach the receiver (filtered like `payloads()`), after waiting for those
        under way: for each event and URL the latest attempt, when it was not 2xx (a form submission
        turned back with field errors counts as delivered). A 5xx whose retry waits for the fake's clock
        is listed until the retry succeeds."""
        self._settle(self.timeout * 2)
        found = [d for d in self._select(self._deliveries, bot, type, event) if d.failed]
        with self._lock:
            self._noticed.update(d.id for d in found)
        return found

    def assert_delivered(
        self,
        bot: Any = None,
        *,
        type: str | None = None,
        event: str | None = None,
        count: int | None = None,
        timeout: float | None = None,
    ) -> list[WebhookDelivery]:
        """Fail unless every delivery (filtered like `payloads()`) reached its receiver; returns those that did.

        Waits first for deliveries under way (`timeout`, twice `self.timeout` by default). The message of
        the `AssertionError` names each failure: URL, kind, status or error, attempts, start of the
        answer. It also fails when none was delivered, or not exactly `count` of them (a duplicate counts
        twice, as in `payloads()`).
        """
        wait_for = self.timeout * 2 if timeout is None else timeout
        if not self._settle(wait_for):
            raise AssertionError(f"webhook deliveries are still under way after {wait_for:g} s")
        failed = self.failures(bot, type=type, event=event)
        delivered = [d for d in self._select(self._deliveries, bot, type, event) if d.delivered]
        what = self._subject(bot, type, event)
        if failed:
            tried = len(failed) + len(delivered)
            raise AssertionError(f"{len(failed)} of {tried} {what} did not reach their receiver:\n" + summary(failed))
        as_expected = len(delivered) == count if count is not None else bool(delivered)
        if not as_expected:
            held = len(self._select(self.pending, bot, type, event))
            waiting = f"; {held} more are held back until the fake's clock moves on (`delay()`)" if held else ""
            got = ": " + ", ".join("/".join(d.kind) for d in delivered) if delivered else ""
            expected = "at least 1" if count is None else str(count)
            raise AssertionError(f"expected {expected} {what} delivered, got {len(delivered)}{got}{waiting}")
        return delivered

    def unnoticed_failures(self) -> list[WebhookDelivery]:
        """Failures the test has not looked at through `failures()`, `assert_delivered()` or `deliveries`
        (what the pytest plugin reports at teardown), after waiting for deliveries under way."""
        self._settle(self.timeout * 2)
        with self._lock:
            return [d for d in self._deliveries if d.failed and d.id not in self._noticed]

    @property
    def pending(self) -> list[WebhookDelivery]:
        """Deliveries waiting for their time: delayed ones and retries."""
        with self._lock:
            return [delivery for _, delivery in sorted(self._pending, key=lambda p: p[0])]

    def wait(self, timeout: float = 5.0) -> bool:
        """Wait until no delivery is under way (those a client's call caused go out after its answer)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._in_flight == 0, timeout)

    def run(self, coroutine: Any, timeout: float | None = None) -> Any:
        """Run a coroutine on the event loop the in-process ASGI apps run on (e.g. to close an app's client)."""
        if self._asgi is None:
            self._asgi = _AsgiLoop()
        return self._asgi.run(coroutine, self.timeout if timeout is None else timeout)

    # -- the fake's side ------------------------------------------------------------------------------

    def prepare(self, url: str, payload: JSON, *, bot_id: int | None = None, signed: bool = True) -> WebhookDelivery:
        """A delivery to be sent by whoever made the event (counted as under way from now)."""
        with self._lock:
            self._in_flight += 1
            return WebhookDelivery(next(self._ids), url, dict(payload), bot_id=bot_id, signed=signed)

    def sending_here(self) -> bool:
        """Whether this thread is delivering right now (a receiver acting in its handler)."""
        return bool(getattr(self._local, "depth", 0)) or (
            self._asgi is not None and threading.current_thread() is self._asgi.thread
        )

    def send(self, deliveries: Iterable[WebhookDelivery]) -> None:
        """Send prepared deliveries, in order, in this thread (never under the fake's lock)."""
        for delivery in deliveries:
            try:
                with self._lock:
                    delay = self._delays.pop(0) if self._delays else 0.0
                    copies = 2 if self._duplicates > 0 else 1
                    self._duplicates = max(0, self._duplicates - 1)
                if delay > 0:
                    delivery.delayed = delay
                    self._hold(delivery, delay)
                    continue
                self._attempt(delivery)
                if copies == 2:
                    copy = self._copy(delivery, attempt=delivery.attempt)
                    copy.duplicate = True
                    self._attempt(copy)
            finally:
                self._finished()

    def send_due(self) -> None:
        """Send delayed deliveries and retries whose time has come by the fake's clock."""
        now = self._clock.elapsed()
        with self._lock:
            due = [d for at, d in self._pending if at <= now]
            self._pending = [(at, d) for at, d in self._pending if at > now]
            self._in_flight += len(due)
        for delivery in due:
            try:
                self._attempt(delivery)
            finally:
                self._finished()

    def close(self) -> None:
        if self._asgi is not None:
            self._asgi.close()
            self._asgi = None
        if self._http is not None:
            self._http.close()
            self._http = None

    # -- sending --------------------------------------------------------------------------------------

    def _settle(self, timeout: float) -> bool:
        """`wait()`, unless this thread is delivering (a receiver's own delivery would never end first)."""
        return self.sending_here() or self.wait(timeout)

    def _select(
        self, deliveries: Iterable[WebhookDelivery], bot: Any, type: str | None, event: str | None
    ) -> list[WebhookDelivery]:
        bot_id = None if bot is None else self._find_bot(bot).id
        return [
            d
            for d in list(deliveries)
            if (bot_id is None or d.bot_id == bot_id)
            and (type is None or d.payload.get("type") == type)
            and (event is None or d.payload.get("event") == event)
        ]

    def _subject(self, bot: Any, type: str | None, event: str | None) -> str:
        """What a filter asked for, in words: `webhooks (type 'message') to bot 'Echo' (#5)`."""
        kind = ", ".join(f"{name} {value!r}" for name, value in (("type", type), ("event", event)) if value)
        subject = "webhooks" + (f" ({kind})" if kind else "")
        if bot is not None:
            record = self._find_bot(bot)
            subject += f" to bot {record.name!r} (#{record.id})"
        return subject

    def _finished(self) -> None:
        with self._idle:
            self._in_flight -= 1
            if self._in_flight <= 0:
                self._in_flight = 0
                self._idle.notify_all()

    def _hold(self, delivery: WebhookDelivery, seconds: float) -> None:
        with self._lock:
            self._pending.append((self._clock.elapsed() + seconds, delivery))

    def _copy(self, delivery: WebhookDelivery, *, attempt: int) -> WebhookDelivery:
        copy = WebhookDelivery(
            next(self._ids), delivery.url, dict(delivery.payload), delivery.bot_id, delivery.signed, attempt
        )
        copy.retry, copy.on_answer = delivery.retry, delivery.on_answer
        return copy

    def has_pending(self) -> bool:
        return bool(self._pending)

    def _attempt(self, delivery: WebhookDelivery) -> None:
        self._local.depth = getattr(self._local, "depth", 0) + 1
        try:
            self._attempt_once(delivery)
        finally:
            self._local.depth -= 1

    def _attempt_once(self, delivery: WebhookDelivery) -> None:
        bot = self._state.bots.get(delivery.bot_id) if delivery.bot_id is not None else None
        if delivery.signed:
            delivery.payload["webhook_timestamp"] = int(self._clock.time())
        delivery.body = dumps(delivery.payload)
        delivery.headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        if delivery.signed and bot is not None:
            delivery.headers[SIGNATURE_HEADER] = sign(delivery.body, bot.signing_secret)
        with self._lock:
            self._deliveries.append(delivery)  # in the order they start: a cause before its effects
        try:
            delivery.status, delivery.response = self._transmit(delivery.url, delivery.body, delivery.headers)
        except Exception as error:  # the receiver failed or timed out: Pachca tries again later
            delivery.error = f"{type(error).__name__}: {error}"
        if bot is not None:
            with self._state_lock:
                bot.webhook["last_request_at"] = self._clock.iso()
        if delivery.on_answer is not None:
            delivery.on_answer(delivery)
        if delivery.retry and not delivery.final and delivery.attempt < self.max_attempts:
            retry = delivery.next_attempt = self._copy(delivery, attempt=delivery.attempt + 1)
            self._hold(retry, self.retry_after * 2 ** (delivery.attempt - 1))

    def _transmit(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        mount = self._mounts.get(url)
        if mount is None:
            return self._post(url, body, headers)
        if mount.kind == "asgi":
            if self._asgi is not None and threading.current_thread() is self._asgi.thread:
                raise RuntimeError(
                    "an ASGI app acted through the fake (e.g. fake.user(...).posts) inside its own handler; "
                    "call the API with its client instead"
                )
            if self._asgi is None:
                self._asgi = _AsgiLoop()
            result: tuple[int, bytes] = self._asgi.run(_call_asgi(mount.app, url, body, headers), self.timeout)
            return result
        if mount.kind == "wsgi":
            return _call_wsgi(mount.app, url, body, headers)
        return _call_plain(mount.app, body, headers)

    def _post(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        import httpx

        if self._http is None:
            self._http = httpx.Client(timeout=self.timeout, follow_redirects=False)
        response = self._http.post(url, content=body, headers=headers)
        return response.status_code, response.content


def summary(deliveries: Iterable[WebhookDelivery]) -> str:
    """One indented line per delivery (`WebhookDelivery.describe`): what a failure report lists."""
    return "\n".join(f"  - {delivery.describe()}" for delivery in deliveries)


# --- in-process apps -------------------------------------------------------------------------------


def _address(url: str) -> tuple[str, str, int, str, str]:
    parts = urlsplit(url)
    scheme = parts.scheme or "http"
    port = parts.port or (443 if scheme == "https" else 80)
    return scheme, parts.hostname or "localhost", port, parts.path or "/", parts.query


async def _call_asgi(app: Any, url: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, bytes]:
    scheme, host, port, path, query = _address(url)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": scheme,
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", host.encode())]
        + [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        + [(b"content-length", str(len(body)).encode())],
        "client": (PACHCA_ADDRESS, 443),
        "server": (host, port),
        "state": {},
    }
    sent = False
    status = 500
    chunks: list[bytes] = []
    finished = asyncio.Event()

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await finished.wait()
        return {"type": "http.disconnect"}

    async def send(message: Mapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
        elif message["type"] == "http.response.body":
            chunks.append(bytes(message.get("body", b"")))
            if not message.get("more_body", False):
                finished.set()

    await app(scope, receive, send)
    finished.set()
    return status, b"".join(chunks)


def _call_wsgi(
    app: Callable[..., Iterable[bytes]], url: str, body: bytes, headers: Mapping[str, str]
) -> tuple[int, bytes]:
    scheme, host, port, path, query = _address(url)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": host,
        "SERVER_PORT": str(port),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": PACHCA_ADDRESS,
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_HOST": host,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    for name, value in headers.items():
        key = name.upper().replace("-", "_")
        environ[key if key == "CONTENT_TYPE" else f"HTTP_{key}"] = value
    answer: list[int] = []

    def start_response(status: str, response_headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        answer.append(int(status.split()[0]))
        return lambda data: None

    result = app(environ, start_response)
    try:
        content = b"".join(result)
    finally:
        close = getattr(result, "close", None)
        if close is not None:
            close()
    return (answer[0] if answer else 500), content


def _call_plain(app: Callable[..., Any], body: bytes, headers: Mapping[str, str]) -> tuple[int, bytes]:
    """`app(body, headers)` returning a status, `(status, body)`, or something with `.status`/`.body`."""
    result = app(body, dict(headers))
    if result is None:
        return 200, b""
    if isinstance(result, int):
        return result, b""
    if isinstance(result, tuple):
        status, content = result[0], result[1] if len(result) > 1 else None
    else:
        status, content = getattr(result, "status", 200), getattr(result, "body", None)
    if content is None:
        return int(status), b""
    if isinstance(content, bytes):
        return int(status), content
    return int(status), dumps(dict(content) if isinstance(content, Mapping) else content)


def bot_url(record: BotRecord) -> str | None:
    url = record.webhook.get("outgoing_url")
    return str(url) if url else None
