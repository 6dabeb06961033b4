"""Receive bot events by polling `GET /webhooks/events` instead of exposing a public URL.

    poller = EventPoller(pachca)
    poller.run(handle)               # handle(event) for each event, oldest first; deleted after it returns
    for event in poller:             # or iterate: an event is deleted when the loop asks for the next one
        handle(event)                # an exception here leaves the event stored, to be seen again

Events are yielded oldest first, each once (ids already handled are remembered, up to `remember`),
and deleted from the server only after the handler succeeded. A DELETE answering 404 counts as done
(the event is already gone); an event still listed after its DELETE succeeded is neither handled nor
deleted again, so events the server keeps listing cannot hold a poller in a loop. A failed DELETE
(other than 404) raises, and the next poll deletes that event again. Each payload is typed by the same
router as a webhook delivery (`pachca_client.webhooks`), so both yield the same model for the same
event. Every request, GET and DELETE alike, is spaced to the endpoint's limit (5 per 2 s: one per
0.4 s): by the client's rate limiter when it has one (the default), else by the poller. With
`stop_when_idle` the loop ends after a poll that lists no event not yet handled.
`stop()` (from a signal handler, another thread or the handler) ends the loop at the next step and
wakes a poller sleeping between polls.
The bot needs `events_history_enabled` and the scopes `webhooks:events:read` and `:delete`.
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._answers import ignore_body
from ._exceptions import DeviationError, NotFoundError
from ._retry import asyncio_sleep
from ._tolerance import readable
from .generated.api.bots import delete_webhook_event, get_webhook_events

if TYPE_CHECKING:
    import asyncio

    from ._client import AsyncPachca, Pachca
    from .generated.models.get_webhook_events_response import GetWebhookEventsResponse
    from .generated.models.webhook_event import WebhookEvent as StoredEvent
    from .webhooks import ParsedWebhook

MIN_REQUEST_INTERVAL = 0.4  # 5 requests per 2 s
MAX_PAGES_PER_POLL = 20
_STEERING = (
    "id",
    "event_type",
    "created_at",
    "payload",
)  # the fields of a stored event the poller needs  # up to 1,000 stored events are read, then handled oldest first


@attrs.frozen
class PolledEvent:
    """One stored event: its id and name, when it happened, and the typed payload."""

    id: str
    event_type: str
    created_at: datetime.datetime
    payload: ParsedWebhook


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
    def next_cursor(page: GetWebhookEventsResponse, pages_read: int) -> str | None:
        """The cursor of the next page to read in this poll, or None when the batch is complete."""
        from .generated.types import Unset

        paginate = readable(page.meta, "paginate")  # a field that deviated (tolerant reading) ends the batch
        if not page.data or pages_read >= MAX_PAGES_PER_POLL or readable(paginate, "has_next") is not True:
            return None
        next_page = readable(paginate, "next_page")
        return None if isinstance(next_page, Unset) else next_page

    def split(self, stored_events: list[StoredEvent], strict: bool) -> tuple[list[PolledEvent], list[str]]:
        """New events oldest first, typed like webhook deliveries, and ids handled whose DELETE is not done.

        An id handled and deleted (2xx or 404) but listed again is in neither list: it is not handled twice,
        and deleting it again would only spend the rate limit on an event the server says is gone.
        """
        from .webhooks import _route_stored  # on first use: keeps `import pachca_client` light

        fresh, undeleted = [], []
        # An event whose id, time or payload deviated from openapi.yaml (tolerant reading) was logged as a
        # deviation: it is left stored, for a person to look at, and the others are handled as usual.
        readable_events = [e for e in stored_events if all(readable(e, n) is not None for n in _STEERING)]
        for stored in sorted(readable_events, key=lambda e: (e.created_at, e.id)):
            deleted = self._handled.get(stored.id)
            if deleted is None:
                try:
                    payload = _route_stored(stored.payload, strict)
                except DeviationError:
                    continue
                fresh.append(PolledEvent(stored.id, stored.event_type, stored.created_at, payload))
            elif not deleted:
                undeleted.append(stored.id)
        return fresh, undeleted

    def handled(self, event_id: str) -> None:
        self.handled_count += 1
        self._handled[event_id] = False
        while len(self._handled) > self._remember:
            self._handled.popitem(last=False)

    def deleted(self, event_id: str) -> None:
        """The DELETE of a handled event answered 2xx or 404: the server has no such event to delete."""
        if event_id in self._handled:
            self._handled[event_id] = True


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

    def run(self, handler: Callable[[PolledEvent], Any]) -> int:
        """Call `handler` for each event until stopped; return how many were handled."""
        for event in self:
            handler(event)
        return self._state.handled_count

    def __iter__(self) -> Iterator[PolledEvent]:
        state = self._state
        while not state.stopped:
            page = self._fetch()
            if page is None:
                return
            fresh, undeleted = state.split(page, self._pachca.strict)
            for event_id in undeleted:
                if state.stopped:
                    return
                self._delete(event_id)
            for event in fresh:
                if state.stopped:
                    return
                yield event  # the caller's handler runs here; an exception ends the loop undeleted
                state.handled(event.id)
                self._delete(event.id)
            if not fresh:  # nothing new: events still listed after their DELETE do not count
                if self._stop_when_idle:
                    return
                self._sleep(state.idle_interval)

    def _fetch(self) -> list[StoredEvent] | None:
        """Every stored event of this poll (page after page, spaced to the rate limit)."""
        state, events, cursor, pages = self._state, [], None, 0
        while True:
            self._space()
            if state.stopped:
                return None
            state.requested()
            page = self._pachca._request(get_webhook_events, get_webhook_events.parse_success, state.arguments(cursor))
            events.extend(page.data)
            pages += 1
            cursor = state.next_cursor(page, pages)
            if cursor is None:
                return events

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

    async def run(self, handler: Callable[[PolledEvent], Awaitable[Any] | Any]) -> int:
        async for event in self:
            result = handler(event)
            if isinstance(result, Awaitable):
                await result
        return self._state.handled_count

    async def __aiter__(self) -> AsyncIterator[PolledEvent]:
        state = self._state
        while not state.stopped:
            page = await self._fetch()
            if page is None:
                return
            fresh, undeleted = state.split(page, self._pachca.strict)
            for event_id in undeleted:
                if state.stopped:
                    return
                await self._delete(event_id)
            for event in fresh:
                if state.stopped:
                    return
                yield event
                state.handled(event.id)
                await self._delete(event.id)
            if not fresh:
                if self._stop_when_idle:
                    return
                await self._sleep(state.idle_interval)

    async def _fetch(self) -> list[StoredEvent] | None:
        state, events, cursor, pages = self._state, [], None, 0
        while True:
            await self._space()
            if state.stopped:
                return None
            state.requested()
            page = await self._pachca._request(
                get_webhook_events, get_webhook_events.parse_success, state.arguments(cursor)
            )
            events.extend(page.data)
            pages += 1
            cursor = state.next_cursor(page, pages)
            if cursor is None:
                return events

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
