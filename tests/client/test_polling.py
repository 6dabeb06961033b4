"""Polling GET /webhooks/events: order, exactly-once handling, deletion after success, rate limit, stop,
and payloads typed exactly as a webhook delivery of the same event would be."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time as clock
from typing import Any

import httpx
import pytest
from spec_samples import schema_sample

from pachca_client import (
    AsyncPachca,
    DeviationError,
    Limit,
    Pachca,
    RateLimits,
    WebhookParseError,
)
from pachca_client._polling import MIN_REQUEST_INTERVAL, AsyncEventPoller, EventPoller, PolledEvent
from pachca_client.models import ExportWebhookPayload, MessageWebhookPayload, ReactionWebhookPayload
from pachca_client.webhooks import UnknownWebhookPayload, parse


def message_payload(message_id: int) -> dict[str, Any]:
    payload: dict[str, Any] = schema_sample("MessageWebhookPayload", nulls=True)
    payload.update(type="message", event="new", id=message_id, content=f"text {message_id}")
    return payload


class EventStore:
    """The server side: stored events, newest first as the API lists them; DELETE removes one."""

    def __init__(self, count: int) -> None:
        self.events = [
            {
                "id": f"01J{n:05d}",
                "event_type": "message_new",
                "payload": message_payload(n),
                "created_at": f"2026-05-17T10:00:{n:02d}.000Z",
            }
            for n in range(count)
        ]
        self.gets = 0
        self.deletes: list[str] = []
        self.fail_deletes = 0
        self.date: str | None = None  # the `Date` header of the GET answers (Pachca's clock)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            self.gets += 1
            limit = int(request.url.params.get("limit", "50"))
            offset = int(request.url.params.get("cursor", "0"))
            newest_first = sorted(self.events, key=lambda e: e["created_at"], reverse=True)
            page = newest_first[offset : offset + limit]
            has_next = offset + limit < len(newest_first)
            meta = {"paginate": {"next_page": str(offset + limit), "has_next": has_next}}
            headers = {} if self.date is None else {"date": self.date}
            return httpx.Response(200, json={"data": page, "meta": meta}, headers=headers)
        event_id = request.url.path.rsplit("/", 1)[-1]
        self.deletes.append(event_id)
        if self.fail_deletes:
            self.fail_deletes -= 1
            return httpx.Response(500)
        before = len(self.events)
        self.events = [e for e in self.events if e["id"] != event_id]
        return httpx.Response(204 if len(self.events) < before else 404)


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def pachca_for(store: EventStore | StuckStore) -> Pachca:
    return Pachca("bot-token", rate_limits=False, transport=httpx.MockTransport(store.handler), max_retries=0)


def async_pachca_for(store: EventStore) -> AsyncPachca:
    return AsyncPachca("bot-token", rate_limits=False, transport=httpx.MockTransport(store.handler), max_retries=0)


def test_events_are_handled_once_each_oldest_first_and_deleted() -> None:
    store = EventStore(7)
    time = FakeTime()
    handled: list[PolledEvent] = []
    with pachca_for(store) as pachca:
        poller = EventPoller(pachca, limit=3, stop_when_idle=True, clock=time.clock, sleep=time.sleep)
        assert poller.run(handled.append) == 7
    assert [e.id for e in handled] == [f"01J{n:05d}" for n in range(7)]
    assert all(isinstance(e.payload, MessageWebhookPayload) for e in handled)
    assert [e.payload.id for e in handled] == list(range(7))  # type: ignore[union-attr]
    assert store.events == [] and sorted(store.deletes) == [e.id for e in handled]


def test_a_failing_handler_leaves_its_event_stored() -> None:
    store = EventStore(3)
    time = FakeTime()
    seen: list[str] = []

    def handler(event: PolledEvent) -> None:
        seen.append(event.id)
        if event.id == "01J00001":
            raise RuntimeError("handler failed")

    with pachca_for(store) as pachca:
        with pytest.raises(RuntimeError):
            EventPoller(pachca, stop_when_idle=True, clock=time.clock, sleep=time.sleep).run(handler)
        assert [e["id"] for e in store.events] == ["01J00001", "01J00002"], "only the first was deleted"
        again: list[str] = []
        EventPoller(pachca, stop_when_idle=True, clock=time.clock, sleep=time.sleep).run(lambda e: again.append(e.id))
    assert seen == ["01J00000", "01J00001"]
    assert again == ["01J00001", "01J00002"]


def test_an_event_whose_delete_failed_is_deleted_again_not_handled_again() -> None:
    store = EventStore(2)
    store.fail_deletes = 1
    time = FakeTime()
    handled: list[str] = []
    with pachca_for(store) as pachca:
        poller = EventPoller(pachca, stop_when_idle=True, clock=time.clock, sleep=time.sleep)
        with pytest.raises(Exception, match="HTTP 500"):
            poller.run(lambda e: handled.append(e.id))
        poller.run(lambda e: handled.append(e.id))
    assert handled == ["01J00000", "01J00001"]
    assert store.deletes == ["01J00000", "01J00000", "01J00001"]
    assert store.events == []


def test_requests_are_spaced_to_the_rate_limit_and_idle_polls_wait() -> None:
    store = EventStore(0)
    time = FakeTime()
    request_times: list[float] = []
    original = store.handler

    def timed(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            request_times.append(time.now)
        return original(request)

    with Pachca("bot-token", rate_limits=False, transport=httpx.MockTransport(timed)) as pachca:
        poller = EventPoller(pachca, idle_interval=0.1, clock=time.clock, sleep=time.sleep)
        iterator = iter(poller)
        for _ in range(6):
            if len(request_times) >= 6:
                break
            store.events.append(EventStore(1).events[0] | {"id": f"x{len(request_times)}"})
            next(iterator)
        poller.stop()
    gaps = [b - a for a, b in itertools.pairwise(request_times)]
    assert gaps and all(gap >= MIN_REQUEST_INTERVAL - 1e-9 for gap in gaps)
    assert len(request_times) / (request_times[-1] - request_times[0] + MIN_REQUEST_INTERVAL) <= 2.5 + 1e-9


def test_stop_from_the_handler_ends_the_loop_cleanly() -> None:
    store = EventStore(5)
    time = FakeTime()
    with pachca_for(store) as pachca:
        poller = EventPoller(pachca, clock=time.clock, sleep=time.sleep)

        def handler(event: PolledEvent) -> None:
            if poller.handled_count == 1:
                poller.stop()

        assert poller.run(handler) == 2
    assert len(store.events) == 3


def test_unknown_and_other_events_arrive_typed() -> None:
    store = EventStore(1)
    reaction = schema_sample("ReactionWebhookPayload")
    reaction.update(type="reaction", event="new")
    store.events.append(
        {"id": "01J99998", "event_type": "reaction_new", "payload": reaction, "created_at": "2026-05-17T11:00:00.000Z"}
    )
    store.events.append(
        {
            "id": "01J99999",
            "event_type": "future_thing",
            "payload": {"type": "future", "event": "thing", "x": 1},
            "created_at": "2026-05-17T12:00:00.000Z",
        }
    )
    time = FakeTime()
    handled: list[PolledEvent] = []
    with pachca_for(store) as pachca:
        EventPoller(pachca, stop_when_idle=True, clock=time.clock, sleep=time.sleep).run(handled.append)
    assert [type(e.payload).__name__ for e in handled] == [
        "MessageWebhookPayload",
        "ReactionWebhookPayload",
        "UnknownWebhookPayload",
    ]
    assert isinstance(handled[1].payload, ReactionWebhookPayload)


def stored(event_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {"id": event_id, "event_type": "x", "payload": payload, "created_at": "2026-05-17T11:00:00.000Z"}


def test_polled_payloads_equal_what_a_webhook_receiver_parses() -> None:
    pinned = message_payload(1) | {"event": "pinned"}  # fits MessageWebhookPayload's open enums, but is not routed
    payloads = [
        message_payload(0),
        {"type": "future", "event": "thing", "x": 1},
        pinned,
        {
            "type": "export",
            "event": "ready",
            "export_id": 7,
            "created_at": "2026-05-17T10:00:00Z",
        },  # not in the page union
    ]
    store = EventStore(0)
    store.events = [
        stored(f"01J{n:05d}", payload) | {"created_at": f"2026-05-17T11:00:0{n}.000Z"}
        for n, payload in enumerate(payloads)
    ]
    time = FakeTime()
    handled: list[PolledEvent] = []
    with pachca_for(store) as pachca:
        EventPoller(pachca, stop_when_idle=True, clock=time.clock, sleep=time.sleep).run(handled.append)
    assert [e.payload for e in handled] == [parse(payload) for payload in payloads]
    assert [type(e.payload) for e in handled] == [
        MessageWebhookPayload,
        UnknownWebhookPayload,
        UnknownWebhookPayload,
        ExportWebhookPayload,
    ]


def _store_with_one_deviating_event(where: str) -> EventStore:
    """Three stored events; the middle one deviates from openapi.yaml in its payload or its envelope."""
    store = EventStore(3)
    if where == "payload":
        del store.events[1]["payload"]["content"]
        with pytest.raises(WebhookParseError, match="message/new"):
            parse(store.events[1]["payload"])
    else:
        store.events[1]["created_at"] = "yesterday"
    return store


@pytest.mark.parametrize("where", ["payload", "envelope"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_deviating_stored_event_fails_a_strict_poll_only_after_the_others_were_handled(kind: str, where: str) -> None:
    store = _store_with_one_deviating_event(where)
    handled: list[str] = []
    path = r"data\[1\]\.payload\.content" if where == "payload" else r"data\[\d\]\.created_at"
    with pytest.raises(DeviationError, match=path):
        if kind == "sync":
            with pachca_for(store) as pachca:
                EventPoller(pachca, stop_when_idle=True).run(lambda event: handled.append(event.id))
        else:

            async def scenario() -> None:
                async with async_pachca_for(store) as pachca:
                    await AsyncEventPoller(pachca, stop_when_idle=True).run(lambda event: handled.append(event.id))

            asyncio.run(scenario())
    assert sorted(handled) == ["01J00000", "01J00002"], "the readable ones, before and after it"
    assert [e["id"] for e in store.events] == ["01J00001"], "left stored, for a person to look at"


def test_a_tolerant_poller_reports_an_unreadable_event_once_and_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    store = _store_with_one_deviating_event("envelope")
    handled: list[str] = []
    time = FakeTime()
    transport = httpx.MockTransport(store.handler)
    with Pachca("bot-token", rate_limits=False, transport=transport, strict=False) as pachca:
        poller = EventPoller(pachca, clock=time.clock, sleep=lambda s: poller.stop() if store.gets >= 3 else None)
        with caplog.at_level("WARNING", "pachca_client.polling"):
            poller.run(lambda event: handled.append(event.id))
    assert store.gets == 3 and handled == ["01J00000", "01J00002"]
    reports = [r.getMessage() for r in caplog.records if r.name == "pachca_client.polling"]
    assert len(reports) == 1 and "01J00001" in reports[0] and "created_at" in reports[0], reports
    assert [e["id"] for e in store.events] == ["01J00001"], "left stored"


def test_a_tolerant_poller_hands_on_a_payload_that_deviates_as_a_tolerant_webhook_does() -> None:
    store = _store_with_one_deviating_event("payload")
    handled: list[PolledEvent] = []
    with Pachca("bot-token", rate_limits=False, transport=httpx.MockTransport(store.handler), strict=False) as pachca:
        EventPoller(pachca, stop_when_idle=True).run(handled.append)
    assert [e.id for e in handled] == ["01J00000", "01J00001", "01J00002"] and store.events == []
    with pytest.raises(DeviationError, match="content"):
        handled[1].payload.content  # type: ignore[union-attr]  # noqa: B018


def test_a_handler_failure_with_on_error_leaves_the_event_for_a_later_try_and_goes_on() -> None:
    store = EventStore(3)
    time = FakeTime()
    tries: list[str] = []
    errors: list[tuple[str, str]] = []

    def handler(event: PolledEvent) -> None:
        tries.append(event.id)
        if event.id == "01J00001" and tries.count(event.id) < 3:
            raise RuntimeError(f"try {tries.count(event.id)}")

    with pachca_for(store) as pachca:
        poller = EventPoller(pachca, idle_interval=1.0, clock=time.clock, sleep=time.sleep)
        stopper = threading.Timer(0, lambda: None)
        del stopper
        original_sleep = time.sleep

        def sleep(seconds: float) -> None:
            original_sleep(seconds)
            if not store.events:
                poller.stop()

        poller._sleep = sleep
        handled = poller.run(handler, on_error=lambda event, error: errors.append((event.id, str(error))))
    assert errors == [("01J00001", "try 1"), ("01J00001", "try 2")]
    assert tries == ["01J00000", "01J00001", "01J00002", "01J00001", "01J00001"]
    assert handled == 3 and store.events == [] and store.deletes.count("01J00001") == 1
    assert time.now - 1000.0 >= 2.0 + 4.0, "the retries waited a backoff: 2 s, then 4 s"


def test_async_poller() -> None:
    store = EventStore(4)
    time = FakeTime()

    async def scenario() -> list[str]:
        handled: list[str] = []

        async def handler(event: PolledEvent) -> None:
            handled.append(event.id)

        async with AsyncPachca("bot-token", rate_limits=False, transport=httpx.MockTransport(store.handler)) as pachca:
            poller = AsyncEventPoller(pachca, limit=2, stop_when_idle=True, clock=time.clock, sleep=time.async_sleep)
            await poller.run(handler)
        return handled

    assert asyncio.run(scenario()) == [f"01J{n:05d}" for n in range(4)]
    assert store.events == []


# --- stop() wakes a poller sleeping between polls, on both twins ----------------------------------------

LONG_SLEEP = 30.0  # the idle interval the poller is woken from
PROMPT = 5.0  # generous bound for "promptly": far below LONG_SLEEP, far above scheduling noise


def test_stop_wakes_a_sleeping_poller() -> None:
    store = EventStore(0)
    with pachca_for(store) as pachca:
        poller = EventPoller(pachca, idle_interval=LONG_SLEEP)
        sleeping = threading.Event()
        state_sleep = poller._sleep

        def sleep(seconds: float) -> None:
            if seconds == LONG_SLEEP:
                sleeping.set()
            state_sleep(seconds)

        poller._sleep = sleep
        worker = threading.Thread(target=poller.run, args=(lambda event: None,), daemon=True)
        worker.start()
        assert sleeping.wait(PROMPT), "the poller never went to sleep"
        stopped_at = clock.monotonic()
        poller.stop()
        worker.join(PROMPT)
        assert not worker.is_alive(), "stop() did not wake the sleeping poller"
        assert clock.monotonic() - stopped_at < PROMPT
    assert store.gets == 1


@pytest.mark.parametrize("caller", ["loop", "thread"])
def test_stop_wakes_a_sleeping_async_poller(caller: str) -> None:
    store = EventStore(0)

    async def scenario() -> float:
        async with AsyncPachca("bot-token", rate_limits=False, transport=httpx.MockTransport(store.handler)) as pachca:
            poller = AsyncEventPoller(pachca, idle_interval=LONG_SLEEP)
            sleeping = asyncio.Event()
            state_sleep = poller._sleep

            async def sleep(seconds: float) -> None:
                if seconds == LONG_SLEEP:
                    sleeping.set()
                await state_sleep(seconds)

            poller._sleep = sleep
            task = asyncio.create_task(poller.run(lambda event: None))
            await asyncio.wait_for(sleeping.wait(), PROMPT)
            stopped_at = clock.monotonic()
            if caller == "loop":
                poller.stop()
            else:  # as from a signal handler's thread or a supervisor: the event must be set in its own loop
                threading.Thread(target=poller.stop).start()
            await asyncio.wait_for(task, PROMPT)  # TimeoutError here: stop() did not wake the poller
            return clock.monotonic() - stopped_at

    assert asyncio.run(scenario()) < PROMPT
    assert store.gets == 1


# --- events still listed after their DELETE: the poller ends, handles each once, stays within the limit ----

STUCK = 50
MAX_REQUESTS = 2 * STUCK + 10  # far below the runaway; the fix needs 1 GET + 50 DELETEs + 1 GET
RUNAWAY = 1000  # requests after which the transport gives up, so a regression fails instead of hanging


class StuckStore:
    """A server that keeps listing its events and answers 404 to every DELETE, as if already gone."""

    def __init__(self, time: FakeTime) -> None:
        self.time = time
        self.events = EventStore(STUCK).events
        self.requests: list[tuple[float, str]] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((self.time.now, request.method))
        if len(self.requests) > RUNAWAY:
            raise RuntimeError(f"runaway poller: {len(self.requests)} requests")
        if request.method == "GET":
            meta = {"paginate": {"next_page": "x", "has_next": False}}
            return httpx.Response(200, json={"data": self.events, "meta": meta})
        return httpx.Response(404, json={"errors": [{"key": "id", "value": "not found"}]})


def assert_spaced(times: list[float]) -> None:
    """One request per MIN_REQUEST_INTERVAL at most, so never more than 5 in any 2 s."""
    assert all(b - a >= MIN_REQUEST_INTERVAL - 1e-9 for a, b in itertools.pairwise(times))
    assert all(times[i + 5] - times[i] >= 2.0 - 1e-9 for i in range(len(times) - 5))


def check_stuck_run(server: StuckStore, handled: list[str]) -> None:
    assert handled == [f"01J{n:05d}" for n in range(STUCK)], "each handled once, oldest first"
    methods = [method for _, method in server.requests]
    assert len(methods) <= MAX_REQUESTS, f"{len(methods)} requests"
    assert methods.count("DELETE") == STUCK, "one DELETE per event: 404 means already gone"
    assert methods.count("GET") <= 3
    assert_spaced([at for at, _ in server.requests])


def test_events_still_listed_after_their_delete_do_not_hold_the_poller() -> None:
    time = FakeTime()
    server = StuckStore(time)
    handled: list[str] = []
    with pachca_for(server) as pachca:
        poller = EventPoller(pachca, stop_when_idle=True, clock=time.clock, sleep=time.sleep)
        assert poller.run(lambda event: handled.append(event.id)) == STUCK
    check_stuck_run(server, handled)


def test_events_still_listed_after_their_delete_do_not_hold_the_async_poller() -> None:
    time = FakeTime()
    server = StuckStore(time)
    handled: list[str] = []

    async def scenario() -> int:
        transport = httpx.MockTransport(server.handler)
        async with AsyncPachca("bot-token", rate_limits=False, transport=transport, max_retries=0) as pachca:
            poller = AsyncEventPoller(pachca, stop_when_idle=True, clock=time.clock, sleep=time.async_sleep)
            return await poller.run(lambda event: handled.append(event.id))

    assert asyncio.run(scenario()) == STUCK
    check_stuck_run(server, handled)


def test_a_long_running_poller_sleeps_between_polls_of_stuck_events() -> None:
    time = FakeTime()
    server = StuckStore(time)
    handled: list[str] = []
    with pachca_for(server) as pachca:
        poller = EventPoller(pachca, idle_interval=5.0, clock=time.clock, sleep=time.sleep)

        def sleep(seconds: float) -> None:
            time.sleep(seconds)
            if time.now > 1000.0 + 120:
                poller.stop()

        poller._sleep = poller._pace = sleep
        poller.run(lambda event: handled.append(event.id))
    methods = [method for _, method in server.requests]
    assert len(handled) == STUCK and methods.count("DELETE") == STUCK
    assert methods.count("GET") <= 2 + 120 / 5, "idle polls wait idle_interval, stuck events or not"
    assert_spaced([at for at, _ in server.requests])


def test_with_the_clients_rate_limiter_the_poller_does_not_space_requests_again() -> None:
    """The limiter's `events` bucket is this endpoint's limit: the poller leaves the spacing to it."""
    store = EventStore(3)
    time = FakeTime()
    roomy = RateLimits(events=Limit(1_000.0, 100.0), token=Limit(1_000.0, 100.0))  # never makes a call wait
    with Pachca("bot-token", rate_limits=roomy, transport=httpx.MockTransport(store.handler), max_retries=0) as p:
        handled = EventPoller(p, stop_when_idle=True, clock=time.clock, sleep=time.sleep).run(lambda e: None)
        assert handled == 3 and store.events == []
        assert time.sleeps == [], "the poller paced requests the limiter already paces"
        unlimited = EventPoller(p.with_options(rate_limited=False), stop_when_idle=True, clock=time.clock,
                                sleep=time.sleep)  # fmt: skip
        store.events = EventStore(2).events
        assert unlimited.run(lambda e: None) == 2
    assert time.sleeps and all(wait <= MIN_REQUEST_INTERVAL for wait in time.sleeps), "without it, the poller paces"


def test_an_events_age_is_measured_on_pachcas_clock_not_this_hosts() -> None:
    store = EventStore(2)  # created at 10:00:00 and 10:00:01, by Pachca's clock
    store.date = "Sun, 17 May 2026 10:00:03 GMT"  # Pachca's clock when it answered; this host's may be anywhere
    time = FakeTime()
    with pachca_for(store) as pachca:
        ages = [
            time.now - e.happened
            for e in EventPoller(pachca, stop_when_idle=True, clock=time.clock, sleep=time.sleep)
            if e.happened is not None
        ]
    # `Date` cuts to whole seconds (+0.5); the second is handled after the first one's DELETE, 0.4 s later
    assert ages == pytest.approx([3.5, 2.5 + MIN_REQUEST_INTERVAL])
    store = EventStore(1)
    with pachca_for(store) as pachca:
        assert [e.happened for e in EventPoller(pachca, stop_when_idle=True)] == [None]  # no `Date`: unknown
