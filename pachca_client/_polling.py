"""Receive bot events by polling `GET /webhooks/events` instead of exposing a public URL.

    poller = EventPoller(pachca)
    poller.run(handle)               # handle(event) for each event, oldest first; deleted after it returns
    for event in poller:             # or iterate: an event is deleted when the loop asks for the next one
        handle(event)                # an exception here leaves the event stored, to be seen again

Events are yielded oldest first, each once (ids already handled are remembered, up to `remember`),
and deleted from the server only after the handler succeeded. A DELETE answering 404 counts as done
(the event is already gone); an event still listed after its DELETE succeeded is neither handled nor
deleted again, so events the server keeps listing cannot hold a poller in a loop. `run(handler, on_error=...)`
(or `poller.retry_later(event)` in a loop) leaves an event whose handling failed stored and goes on with the
others; it is tried again after a backoff (doubling from `idle_interval` up to `MAX_RETRY_INTERVAL`).
The pages are read tolerantly whatever the client's mode, so one stored event that deviates from openapi.yaml
cannot stop the others: it is left stored and logged once, and with a strict client (in tests) the poll
raises its `DeviationError` after the readable events of that batch were handled. A failed DELETE
(other than 404) raises, and the next poll deletes that event again. Each payload is typed by the same
router as a webhook delivery (`pachca_client.webhooks`), so both yield the same model for the same
event. Every request, GET and DELETE alike, is spaced to the endpoint's limit (5 per 2 s: one per
0.4 s): by the client's rate limiter when it has one (the default), else by the poller. With
`stop_when_idle` the loop ends after a poll that lists no event not yet handled.
`stop()` (from a signal handler, another thread or the handler) ends the loop at the next step and
wakes a poller sleeping between polls. `PolledEvent.happened` places each event on the poller's clock by
Pachca's own clock (the page's `Date`), so this host's clock skew does not age it.
The bot needs `events_history_enabled` and the scopes `webhooks:events:read` and `:delete`.
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import email.utils
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._answers import ignore_body
from ._exceptions import DeviationError, NotFoundError
from ._retry import asyncio_sleep
from ._tolerance import deviations, readable
from .generated.api.bots import delete_webhook_event, get_webhook_events

if TYPE_CHECKING:
    import asyncio

    import httpx

    from ._client import AsyncPachca, Pachca
    from .generated.models.get_webhook_events_response import GetWebhookEventsResponse
    from .generated.models.webhook_event import WebhookEvent as StoredEvent
    from .webhooks import ParsedWebhook

MIN_REQUEST_INTERVAL = 0.4  # 5 requests per 2 s
MAX_PAGES_PER_POLL = 20  # up to 1,000 stored events are read, then handled oldest first
MAX_RETRY_INTERVAL = 60.0
"""The longest wait before an event whose handling failed is tried again."""
_STEERING = ("id", "event_type", "created_at", "payload")  # the fields of a stored event the poller needs
logger = logging.getLogger("pachca_client.polling")


@attrs.frozen
class PolledEvent:
    """One stored event: its id and name, when it happened, and the typed payload.

    `happened` is when it happened on the poller's clock, measured by Pachca's clock (the age the page's `Date`
    header gives it, so no clock skew between this host and Pachca counts); None when the answer had no `Date`.
    """

    id: str
    event_type: str
    created_at: datetime.datetime
    payload: ParsedWebhook
    happened: float | None = None


@attrs.frozen
class _Page:
    """One page of stored events, and when it was read: Pachca's `Date` and the poller's clock then."""

    events: list[StoredEvent]
    meta: Any
    server_time: datetime.datetime | None
    read_at: float


def _page_reader(
    parse: Callable[[httpx.Response], GetWebhookEventsResponse], clock: Callable[[], float]
) -> Callable[[httpx.Response], _Page]:
    def read(response: httpx.Response) -> _Page:
        page = parse(response)
        server_time = None
        with contextlib.suppress(TypeError, ValueError):
            server_time = email.utils.parsedate_to_datetime(response.headers.get("date", ""))
        return _Page(list(page.data), page.meta, server_time, clock())

    return read


class _PollState:
    """What the sync and async pollers share: ordering, de-duplication, request spacing, and stopping (no I/O)."""

    def __init__(self, limit: int, idle_interval: float, remember: int, clock: Callable[[], float]) -> None:
        if not 1 <= limit <= 50:
            raise ValueError("limit must be between 1 and 50")
        self.limit = limit
        self.idle_interval = max(idle_interval, MIN_REQUEST_INTERVAL)
        self.clock = clock
        # handled ids, oldest first -> whether their DELETE is done (answered 2xx or 404)
        self._handled: collections.OrderedDict[str, bool] = collections.OrderedDict()
        self._remember = remember
        self._last_request: float | None = None
        # events whose handling failed: id -> (attempts, when to try again); ids handed to retry_later
        self._failed: collections.OrderedDict[str, tuple[int, float]] = collections.OrderedDict()
        self._retry_asked: set[str] = set()
        self._reported: collections.OrderedDict[str, None] = collections.OrderedDict()  # unreadable, logged
        self._stop = threading.Event()
        self._async_wakeup: tuple[asyncio.AbstractEventLoop, asyncio.Event] | None = None
        self.handled_count = 0

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """Stop at the next step and wake a sleeping poller (safe from any thread or a signal handler)."""
        self._stop.set()  # wakes `sleep`
        waiter = self._async_wakeup
        if waiter is not None:
            loop, event = waiter
            with contextlib.suppress(RuntimeError):  # the loop is closed: nothing is waiting on it
                loop.call_soon_threadsafe(event.set)  # asyncio.Event is not thread-safe; its loop sets it

    def sleep(self, seconds: float) -> None:
        """Wait `seconds`, or until `stop()` (the sync poller's default sleep)."""
        self._stop.wait(seconds)

    async def sleep_async(self, seconds: float) -> None:
        """Wait `seconds`, or until `stop()` (the async poller's default sleep)."""
        import asyncio  # on first use: sync users never need it

        loop = asyncio.get_running_loop()
        if self._async_wakeup is None or self._async_wakeup[0] is not loop:
            self._async_wakeup = (loop, asyncio.Event())  # made in the loop that waits on it
        event = self._async_wakeup[1]
        if self.stopped:  # read after publishing the event: a concurrent stop() is seen here or sets the event
            return
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await event.wait()

    def wait_before_request(self) -> float:
        """Seconds to wait before the next request, GET or DELETE, to stay within 5 requests per 2 s."""
        if self._last_request is None:
            return 0.0
        return max(0.0, self._last_request + MIN_REQUEST_INTERVAL - self.clock())

    def requested(self) -> None:
        self._last_request = self.clock()

    def arguments(self, cursor: str | None) -> dict[str, Any]:
        return {"limit": self.limit} if cursor is None else {"limit": self.limit, "cursor": cursor}

    @staticmethod
    def next_cursor(page: _Page, pages_read: int) -> str | None:
        """The cursor of the next page to read in this poll, or None when the batch is complete."""
        from .generated.types import Unset

        paginate = readable(page.meta, "paginate")  # a field that deviated (tolerant reading) ends the batch
        if not page.events or pages_read >= MAX_PAGES_PER_POLL or readable(paginate, "has_next") is not True:
            return None
        next_page = readable(paginate, "next_page")
        return None if isinstance(next_page, Unset) else next_page

    def split(self, pages: list[_Page], strict: bool) -> tuple[list[PolledEvent], list[str], list[DeviationError]]:
        """New events oldest first, typed like webhook deliveries; ids handled whose DELETE is not done; and
        the errors of events that cannot be read.

        An id handled and deleted (2xx or 404) but listed again is in neither list: it is not handled twice,
        and deleting it again would only spend the rate limit on an event the server says is gone. An event
        whose handling failed waits for its retry time. An event whose id, time or payload deviated from
        openapi.yaml is left stored, for a person to look at, and logged once; the others are handled as usual.
        """
        fresh, undeleted, unreadable = [], [], []
        now = self.clock()
        listed = [(page, stored) for page in pages for stored in page.events]
        for page, stored in sorted(listed, key=lambda pair: _order(pair[1])):
            try:
                polled = self._polled(page, stored, strict)
            except DeviationError as error:
                unreadable.append(error)
                self._report(stored, error)
                continue
            deleted = self._handled.get(polled.id)
            if deleted is None and self._failed.get(polled.id, (0, now))[1] <= now:
                fresh.append(polled)
            elif deleted is False:
                undeleted.append(polled.id)
        return fresh, undeleted, unreadable

    @staticmethod
    def _polled(page: _Page, stored: StoredEvent, strict: bool) -> PolledEvent:
        """The event as the handler gets it; raises `DeviationError` when a field it needs cannot be read."""
        from .webhooks import _route_stored  # on first use: keeps `import pachca_client` light

        event_id, event_type, created_at = stored.id, stored.event_type, stored.created_at  # DeviationError
        payload = _route_stored(stored.payload, strict)
        found = deviations(payload) if strict else []
        if found:  # a strict reader refuses what a tolerant one hands on with its deviations marked
            raise DeviationError(found[0])
        happened = None
        if page.server_time is not None:
            server_time = page.server_time
            if server_time.tzinfo is None:
                server_time = server_time.replace(tzinfo=datetime.UTC)
            # `Date` has whole seconds, cut down: the server's time was within the second after it
            age = (server_time - created_at).total_seconds() + 0.5
            happened = page.read_at - max(0.0, age)
        return PolledEvent(event_id, event_type, created_at, payload, happened)

    def _report(self, stored: StoredEvent, error: DeviationError) -> None:
        event_id = readable(stored, "id")
        key = event_id if isinstance(event_id, str) else repr(error)
        if key in self._reported:
            return
        self._reported[key] = None
        while len(self._reported) > self._remember:
            self._reported.popitem(last=False)
        logger.warning("stored event %s cannot be read and is left stored: %s", key, error)

    def retry_later(self, event_id: str) -> None:
        """Leave the event stored; it is tried again after a backoff (see the module docstring)."""
        attempts = self._failed.pop(event_id, (0, 0.0))[0] + 1
        self._failed[event_id] = (attempts, self.clock() + min(MAX_RETRY_INTERVAL, self.idle_interval * 2**attempts))
        while len(self._failed) > self._remember:
            self._failed.popitem(last=False)
        self._retry_asked.add(event_id)

    def finished(self, event_id: str) -> bool:
        """After the handler returned: whether the event counts as handled (it was not left for later)."""
        if event_id in self._retry_asked:
            self._retry_asked.discard(event_id)
            return False
        self._failed.pop(event_id, None)
        return True

    def handled(self, event_id: str) -> None:
        self.handled_count += 1
        self._handled[event_id] = False
        while len(self._handled) > self._remember:
            self._handled.popitem(last=False)

    def deleted(self, event_id: str) -> None:
        """The DELETE of a handled event answered 2xx or 404: the server has no such event to delete."""
        if event_id in self._handled:
            self._handled[event_id] = True


def _order(stored: StoredEvent) -> tuple[Any, ...]:
    """Oldest first; an event whose time or id deviated sorts first (it is only reported)."""
    created_at, event_id = readable(stored, "created_at"), readable(stored, "id")
    if isinstance(created_at, datetime.datetime) and isinstance(event_id, str):
        return (1, created_at, event_id)
    return (0,)


def _raise_first(unreadable: list[DeviationError], strict: bool) -> None:
    """A strict poller (in tests) fails on an unreadable event, once the readable ones were handled."""
    if strict and unreadable:
        raise unreadable[0]


class EventPoller:
    """Poll a bot's stored events with a `Pachca` client (see the module docstring)."""

    def __init__(
        self,
        pachca: Pachca,
        *,
        limit: int = 50,
        idle_interval: float = 1.0,
        stop_when_idle: bool = False,
        remember: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        self._pachca = pachca
        self._reader = pachca.with_options(strict=False)  # one bad event must not fail the page (see split)
        self._state = _PollState(limit, idle_interval, remember, clock)
        self._stop_when_idle = stop_when_idle
        self._sleep = sleep or self._state.sleep  # between polls: stop() cuts it short
        self._pace = sleep or time.sleep  # before a request (at most 0.4 s): kept even after stop()

    @property
    def handled_count(self) -> int:
        return self._state.handled_count

    def stop(self) -> None:
        """End the loop at its next step, waking it if it sleeps (safe from another thread or a signal handler)."""
        self._state.stop()

    def run(
        self,
        handler: Callable[[PolledEvent], Any],
        *,
        on_error: Callable[[PolledEvent, Exception], Any] | None = None,
    ) -> int:
        """Call `handler` for each event until stopped; return how many were handled.

        An exception of `handler` ends the loop (the event stays stored), unless `on_error` is given: then it
        gets the event and the error, the event stays stored to be tried again later, and the loop goes on.
        """
        for event in self:
            try:
                handler(event)
            except Exception as error:
                if on_error is None:
                    raise
                self.retry_later(event)
                on_error(event, error)
        return self._state.handled_count

    def retry_later(self, event: PolledEvent) -> None:
        """Call it in the loop's body: the event is not deleted, and is yielded again after a backoff."""
        self._state.retry_later(event.id)

    def __iter__(self) -> Iterator[PolledEvent]:
        state = self._state
        while not state.stopped:
            pages = self._fetch()
            if pages is None:
                return
            fresh, undeleted, unreadable = state.split(pages, self._pachca.strict)
            for event_id in undeleted:
                if state.stopped:
                    return
                self._delete(event_id)
            for event in fresh:
                if state.stopped:
                    return
                yield event  # the caller's handler runs here; an exception ends the loop undeleted
                if state.finished(event.id):
                    state.handled(event.id)
                    self._delete(event.id)
            _raise_first(unreadable, self._pachca.strict)
            if not fresh:  # nothing new: events still listed after their DELETE do not count
                if self._stop_when_idle:
                    return
                self._sleep(state.idle_interval)

    def _fetch(self) -> list[_Page] | None:
        """Every stored event of this poll (page after page, spaced to the rate limit)."""
        state, pages, cursor = self._state, [], None
        read = _page_reader(get_webhook_events.parse_success, state.clock)
        while True:
            self._space()
            if state.stopped:
                return None
            state.requested()
            page = self._reader._request(get_webhook_events, read, state.arguments(cursor))
            pages.append(page)
            cursor = state.next_cursor(page, len(pages))
            if cursor is None:
                return pages

    def _delete(self, event_id: str) -> None:
        """Delete a handled event (spaced like every request); 404 means it is already gone."""
        self._space()
        self._state.requested()
        try:
            self._pachca._request(delete_webhook_event, ignore_body, {"id": event_id})
        except NotFoundError:
            pass  # already gone: deleted by an earlier attempt or another worker
        self._state.deleted(event_id)

    def _space(self) -> None:
        wait = 0.0 if _client_paces(self._pachca) else self._state.wait_before_request()
        if wait:
            self._pace(wait)


class AsyncEventPoller:
    """The asyncio twin of `EventPoller`: `await poller.run(handler)` or `async for event in poller`."""

    def __init__(
        self,
        pachca: AsyncPachca,
        *,
        limit: int = 50,
        idle_interval: float = 1.0,
        stop_when_idle: bool = False,
        remember: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        self._pachca = pachca
        self._reader = pachca.with_options(strict=False)  # one bad event must not fail the page (see split)
        self._state = _PollState(limit, idle_interval, remember, clock)
        self._stop_when_idle = stop_when_idle
        self._sleep = sleep or self._state.sleep_async  # between polls: stop() cuts it short
        self._pace = sleep or asyncio_sleep  # before a request (at most 0.4 s): kept even after stop()

    @property
    def handled_count(self) -> int:
        return self._state.handled_count

    def stop(self) -> None:
        """End the loop at its next step, waking it if it sleeps (safe from another thread or a signal handler)."""
        self._state.stop()

    async def run(
        self,
        handler: Callable[[PolledEvent], Awaitable[Any] | Any],
        *,
        on_error: Callable[[PolledEvent, Exception], Any] | None = None,
    ) -> int:
        """`EventPoller.run`: `handler` and `on_error` may be sync or `async def`."""
        async for event in self:
            try:
                result = handler(event)
                if isinstance(result, Awaitable):
                    await result
            except Exception as error:
                if on_error is None:
                    raise
                self.retry_later(event)
                reported = on_error(event, error)
                if isinstance(reported, Awaitable):
                    await reported
        return self._state.handled_count

    def retry_later(self, event: PolledEvent) -> None:
        """Call it in the loop's body: the event is not deleted, and is yielded again after a backoff."""
        self._state.retry_later(event.id)

    async def __aiter__(self) -> AsyncIterator[PolledEvent]:
        state = self._state
        while not state.stopped:
            pages = await self._fetch()
            if pages is None:
                return
            fresh, undeleted, unreadable = state.split(pages, self._pachca.strict)
            for event_id in undeleted:
                if state.stopped:
                    return
                await self._delete(event_id)
            for event in fresh:
                if state.stopped:
                    return
                yield event
                if state.finished(event.id):
                    state.handled(event.id)
                    await self._delete(event.id)
            _raise_first(unreadable, self._pachca.strict)
            if not fresh:
                if self._stop_when_idle:
                    return
                await self._sleep(state.idle_interval)

    async def _fetch(self) -> list[_Page] | None:
        state, pages, cursor = self._state, [], None
        read = _page_reader(get_webhook_events.parse_success, state.clock)
        while True:
            await self._space()
            if state.stopped:
                return None
            state.requested()
            page = await self._reader._request(get_webhook_events, read, state.arguments(cursor))
            pages.append(page)
            cursor = state.next_cursor(page, len(pages))
            if cursor is None:
                return pages

    async def _delete(self, event_id: str) -> None:
        await self._space()
        self._state.requested()
        try:
            await self._pachca._request(delete_webhook_event, ignore_body, {"id": event_id})
        except NotFoundError:
            pass
        self._state.deleted(event_id)

    async def _space(self) -> None:
        wait = 0.0 if _client_paces(self._pachca) else self._state.wait_before_request()
        if wait:
            await self._pace(wait)


def _client_paces(pachca: Pachca | AsyncPachca) -> bool:
    """Whether the client's own rate limiter spaces these calls (its `events` bucket is this endpoint's limit)."""
    return pachca.limiter is not None and pachca.rate_limited
