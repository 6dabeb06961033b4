"""Replay protection in WebhookHandler: a delivery accepted once is acknowledged again (200, duplicate) but not
passed to the callback, whether an attacker replays the captured body or Pachca delivers the event again;
remembered for twice the tolerance, bounded, thread-safe, pluggable (ReplayStore), and able to be turned off."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from webhook_samples import NOW, SECRET, ManualClock, payload, signed

from pachca_client import InvalidArgumentError
from pachca_client.models import MessageWebhookPayload
from pachca_client.webhooks import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    MemoryReplayStore,
    ReplayStore,
    WebhookHandler,
    dedup_key,
    parse,
)


def message(message_id: int = 1, stamp: float = NOW) -> dict[str, Any]:
    return payload("message", "new", stamp=stamp, id=message_id)


def listening(handler: WebhookHandler) -> list[int]:
    """Register a callback for new messages; the ids it was called with."""
    delivered: list[int] = []

    @handler.on("message", "new")
    def on_message(event: MessageWebhookPayload) -> None:
        delivered.append(event.id)

    return delivered


def test_the_same_body_twice_is_acknowledged_but_delivered_once() -> None:
    handler = WebhookHandler(SECRET)
    delivered = listening(handler)
    raw, headers = signed(message(7))
    first = handler.handle(raw, headers, now=NOW)
    replay = handler.handle(raw, headers, now=NOW + 30)  # inside the 60 s tolerance
    assert (first.status, first.duplicate) == (200, False)
    assert (replay.status, replay.duplicate, replay.body, replay.error) == (200, True, None, None)
    assert isinstance(replay.event, MessageWebhookPayload) and replay.event.id == 7
    assert delivered == [7]


def test_a_redelivery_by_pachca_with_a_new_timestamp_is_a_duplicate() -> None:
    handler = WebhookHandler(SECRET)
    delivered = listening(handler)
    assert not handler.handle(*signed(message(7)), now=NOW).duplicate
    again = handler.handle(*signed(message(7, stamp=NOW + 20)), now=NOW + 20)  # other bytes, same event
    assert again.status == 200 and again.duplicate
    assert delivered == [7]


def test_distinct_events_are_all_delivered() -> None:
    handler = WebhookHandler(SECRET)
    delivered = listening(handler)
    for message_id in range(5):
        result = handler.handle(*signed(message(message_id)), now=NOW)
        assert result.status == 200 and not result.duplicate
    assert delivered == list(range(5))


def test_a_key_is_remembered_for_twice_the_tolerance_then_accepted_again() -> None:
    clock = ManualClock(500.0)
    handler = WebhookHandler(SECRET, replay_store=MemoryReplayStore(clock=clock))
    assert handler.replay_ttl == 2 * DEFAULT_TOLERANCE
    delivered = listening(handler)
    raw, headers = signed(message(7))
    assert not handler.handle(raw, headers, now=NOW).duplicate
    clock.now += 2 * DEFAULT_TOLERANCE - 1
    assert handler.handle(raw, headers, now=NOW).duplicate
    clock.now += 2
    assert not handler.handle(raw, headers, now=NOW).duplicate  # expired: remembered again from here
    assert handler.handle(raw, headers, now=NOW).duplicate
    assert delivered == [7, 7]


def test_replay_ttl_follows_the_tolerance_and_can_be_set() -> None:
    assert WebhookHandler(SECRET, tolerance=300).replay_ttl == 600
    assert WebhookHandler(SECRET, replay_ttl=3600).replay_ttl == 3600
    for ttl in (0, -1, float("inf"), float("nan")):
        with pytest.raises(ValueError, match="replay_ttl"):
            WebhookHandler(SECRET, replay_ttl=ttl)


def test_the_memory_store_is_bounded_and_forgets_the_oldest_first() -> None:
    store = MemoryReplayStore(max_keys=3)
    assert [store.seen(key, 60) for key in ("a", "b", "c", "d")] == [False] * 4
    assert len(store) == 3
    assert store.seen("d", 60) and store.seen("b", 60)
    assert not store.seen("a", 60), "the oldest was evicted"
    assert len(store) == 3


def test_the_bound_holds_through_the_handler() -> None:
    store = MemoryReplayStore(max_keys=100)
    handler = WebhookHandler(SECRET, replay_store=store)
    for message_id in range(1000):
        assert not handler.handle(*signed(message(message_id)), now=NOW).duplicate
    assert len(store) == 100
    assert handler.handle(*signed(message(999)), now=NOW).duplicate
    assert not handler.handle(*signed(message(0)), now=NOW).duplicate, "evicted long ago"


def test_expired_keys_are_dropped_as_new_ones_arrive() -> None:
    clock = ManualClock(500.0)
    store = MemoryReplayStore(clock=clock)
    for n in range(50):
        store.seen(f"k{n}", 10)
    clock.now += 11
    store.seen("fresh", 10)
    assert len(store) == 1


def test_the_memory_store_is_thread_safe() -> None:
    store = MemoryReplayStore()
    threads = 16
    barrier = threading.Barrier(threads)
    answers: list[bool] = []

    def check() -> None:
        barrier.wait()
        for n in range(200):
            answers.append(store.seen(f"key{n}", 60))

    workers = [threading.Thread(target=check) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert answers.count(False) == 200, "each key is new to exactly one caller"
    assert len(answers) == threads * 200


def test_concurrent_deliveries_of_one_event_reach_the_callback_once() -> None:
    handler = WebhookHandler(SECRET)
    delivered = listening(handler)
    raw, headers = signed(message(7))
    threads = 8
    barrier = threading.Barrier(threads)
    results = []

    def post() -> None:
        barrier.wait()
        results.append(handler.handle(raw, headers, now=NOW))

    workers = [threading.Thread(target=post) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert delivered == [7]
    assert sorted(result.duplicate for result in results) == [False] + [True] * (threads - 1)
    assert {result.status for result in results} == {200}


def test_a_delivery_not_accepted_is_processed_when_pachca_retries() -> None:
    handler = WebhookHandler(SECRET)
    calls: list[int] = []
    replies: list[Exception | tuple[int, None] | None] = [RuntimeError("database down"), (503, None), None]

    @handler.on("message", "new")
    def on_message(event: MessageWebhookPayload) -> tuple[int, None] | None:
        calls.append(event.id)
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    raw, headers = signed(message(7))
    with pytest.raises(RuntimeError, match="database down"):
        handler.handle(raw, headers, now=NOW)
    assert handler.handle(raw, headers, now=NOW).status == 503
    accepted = handler.handle(raw, headers, now=NOW)
    assert (accepted.status, accepted.duplicate) == (200, False)
    assert handler.handle(raw, headers, now=NOW).duplicate
    assert calls == [7, 7, 7]


def test_refused_and_stale_deliveries_are_not_remembered() -> None:
    store = MemoryReplayStore()
    handler = WebhookHandler(SECRET, replay_store=store)
    raw, headers = signed(message(7))
    assert handler.handle(raw, {SIGNATURE_HEADER: "0" * 64}, now=NOW).status == 401
    assert handler.handle(raw, headers, now=NOW + 61).status == 400
    assert len(store) == 0
    assert not handler.handle(raw, headers, now=NOW).duplicate


def test_replay_protection_can_be_turned_off() -> None:
    handler = WebhookHandler(SECRET, replay_store=False)
    assert handler.replay_store is None
    delivered = listening(handler)
    raw, headers = signed(message(7))
    assert [handler.handle(raw, headers, now=NOW).duplicate for _ in range(2)] == [False, False]
    assert delivered == [7, 7]


class DictStore:
    """A ReplayStore as a shared store (Redis, say) would be: a plain mapping with an expiry per key."""

    def __init__(self) -> None:
        self.keys: dict[str, float] = {}
        self.calls: list[tuple[str, str, float | None]] = []

    def seen(self, key: str, ttl: float) -> bool:
        self.calls.append(("seen", key, ttl))
        if key in self.keys:
            return True
        self.keys[key] = ttl
        return False

    def forget(self, key: str) -> None:
        self.calls.append(("forget", key, None))
        self.keys.pop(key, None)


def test_a_custom_store_is_used_with_namespaced_event_keys() -> None:
    store = DictStore()
    typed: ReplayStore = store  # it satisfies the protocol
    handler = WebhookHandler(SECRET, replay_store=typed, replay_ttl=300)
    body = message(7)
    handler.handle(*signed(body), now=NOW)
    ((call, key, ttl),) = store.calls
    namespace, _, event_key = key.partition(":")
    assert (call, ttl, event_key) == ("seen", 300, dedup_key(parse(body)))
    assert len(namespace) == 16 and SECRET not in key


def test_bots_sharing_a_store_do_not_take_each_others_events_for_replays() -> None:
    store = DictStore()
    first = WebhookHandler(SECRET, replay_store=store)
    second = WebhookHandler("another-bot-secret", replay_store=store)
    body = message(7)  # both bots are in the chat: both get message 7
    assert not first.handle(*signed(body), now=NOW).duplicate
    assert not second.handle(*signed(body, "another-bot-secret"), now=NOW).duplicate
    assert first.handle(*signed(body), now=NOW).duplicate


def test_bad_replay_store_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="replay_store"):
        WebhookHandler(SECRET, replay_store=object())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_keys"):
        MemoryReplayStore(max_keys=0)


def test_repr_shows_the_replay_setting_not_the_secret() -> None:
    assert "MemoryReplayStore, 120 s" in repr(WebhookHandler(SECRET))
    assert "replay=off" in repr(WebhookHandler(SECRET, replay_store=False))
    assert SECRET not in repr(WebhookHandler(SECRET))


class FlakyStore(DictStore):
    """A shared store that answers, then fails (`down`) or hangs (`hang` seconds) on every call."""

    def __init__(self) -> None:
        super().__init__()
        self.down = False
        self.hang = 0.0

    def seen(self, key: str, ttl: float) -> bool:
        if self.down:
            raise ConnectionError("store unreachable")
        return super().seen(key, ttl)

    async def aseen(self, key: str, ttl: float) -> bool:
        if self.hang:
            await asyncio.sleep(self.hang)
        return self.seen(key, ttl)

    async def aforget(self, key: str) -> None:
        self.forget(key)


def test_a_failing_store_does_not_fail_deliveries_and_still_refuses_what_it_accepted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = FlakyStore()
    handler = WebhookHandler(SECRET, replay_store=store)
    delivered = listening(handler)
    first = signed(message(1))
    assert handler.handle(*first, now=NOW).status == 200
    store.down = True  # Redis goes away after it accepted message 1
    answers = [handler.handle(*first, now=NOW), handler.handle(*signed(message(2)), now=NOW)]
    assert [(answer.status, answer.duplicate) for answer in answers] == [(200, True), (200, False)]
    assert delivered == [1, 2], "the redelivery of 1 was refused in-process, 2 was handled"
    assert sum("replay store FlakyStore failed" in r.getMessage() for r in caplog.records) == 1


def test_a_hung_store_is_waited_for_within_its_bound_by_async_servers(caplog: pytest.LogCaptureFixture) -> None:
    store = FlakyStore()
    handler = WebhookHandler(SECRET, replay_store=store)
    delivered = listening(handler)

    async def scenario() -> list[tuple[int, bool]]:
        first = signed(message(1))
        answers = [await handler.ahandle(*first, now=NOW)]
        store.hang = 30.0  # the store stops answering
        answers += await asyncio.gather(*(handler.ahandle(*signed(message(n)), now=NOW) for n in (1, 2, 3)))
        return [(answer.status, answer.duplicate) for answer in answers]

    started = time.monotonic()
    assert asyncio.run(scenario()) == [(200, False), (200, True), (200, False), (200, False)]
    assert time.monotonic() - started < 5, "answered within the store's bound (0.5 s), not after 30 s"
    assert delivered == [1, 2, 3]
    assert sum("replay store FlakyStore failed" in r.getMessage() for r in caplog.records) == 1
