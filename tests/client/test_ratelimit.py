"""The proactive rate limiter: local under threads and tasks, shared through Redis across processes."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import random
import threading
import time
import uuid
from types import ModuleType
from typing import Any

import httpx
import pytest
from operation_calls import operations
from spec_samples import schema_sample
from webhook_samples import ManualClock

from pachca_client import APITimeoutError, AsyncPachca, Pachca, RetryPolicy
from pachca_client._ratelimit import (
    Limit,
    LocalRateLimiter,
    RateLimits,
    RateLimitWaitError,
    RedisRateLimiter,
    Reservation,
    classify,
)
from pachca_client._request_options import REQUEST_OPTIONS, RequestOptions, options_of
from pachca_client._requests import APIClient, build_api_request
from pachca_client.generated.api.bots import delete_webhook_event, get_webhook_events
from pachca_client.generated.api.chats import list_chats
from pachca_client.generated.api.messages import create_message, delete_message, list_chat_messages, update_message
from pachca_client.generated.api.reactions import add_reaction
from pachca_client.generated.api.search import search_messages
from pachca_client.generated.models import MessageCreateRequest, MessageUpdateRequest, ReactionRequest

TOKEN = "ratelimit-SECRET-token"
BASE = "https://api.pachca.test/api/shared/v1"


def api_request(endpoint: ModuleType, **arguments: Any) -> httpx.Request:
    """The request the client sends for a generated operation (its `_get_kwargs`, built as `_client` builds it)."""
    spec = endpoint._get_kwargs(**arguments)
    carried = RequestOptions(rate_limit=spec.pop("rate_limit", None))
    with APIClient(base_url=BASE) as client:
        return build_api_request(client, spec, httpx.Timeout(5.0), {REQUEST_OPTIONS: carried})


def message_request(chat_id: int, entity_type: str | None = None) -> httpx.Request:
    message: dict[str, Any] = {"entity_id": chat_id, "content": "hi"}
    if entity_type is not None:
        message["entity_type"] = entity_type
    return api_request(create_message, body=MessageCreateRequest.from_dict({"message": message}))


def bucket_names(request: httpx.Request) -> list[str]:
    return [name for name, _ in classify(request, RateLimits())]


def test_requests_fall_into_the_classes_openapi_yaml_gives_them() -> None:
    assert bucket_names(message_request(7)) == ["token", "messages:discussion-7"], "entity_type's default"
    assert bucket_names(message_request(7, "discussion")) == ["token", "messages:discussion-7"]
    assert bucket_names(message_request(7, "thread")) == ["token", "messages:thread-7"]
    update = MessageUpdateRequest.from_dict({"message": {"content": "edited"}})
    assert bucket_names(api_request(update_message, id=5, body=update)) == ["token", "messages:5"]
    assert bucket_names(api_request(delete_message, id=5)) == ["token", "messages:5"]
    assert bucket_names(api_request(list_chat_messages, chat_id=1)) == ["token", "reading"]
    assert bucket_names(api_request(search_messages, query="x")) == ["token", "reading"]
    assert bucket_names(api_request(get_webhook_events)) == ["token", "events"]
    # Only what the limits page names: deleting a stored event, reactions and chats count against the token alone.
    assert bucket_names(api_request(delete_webhook_event, id="01H")) == ["token"]
    reaction = ReactionRequest.from_dict({"code": "+1"})
    assert bucket_names(api_request(add_reaction, id=5, body=reaction)) == ["token"]
    assert bucket_names(api_request(list_chats)) == ["token"]
    assert bucket_names(httpx.Request("GET", f"{BASE}/messages")) == ["token"], "a request no operation built"


def test_every_class_in_openapi_yaml_is_a_limit_of_rate_limits(project_spec: dict[str, Any]) -> None:
    classes = {op["x-rate-limit"]["class"] for _, _, op in operations(project_spec) if "x-rate-limit" in op}
    assert classes == {"messages", "reading", "events"}
    assert all(isinstance(getattr(RateLimits(), name), Limit) for name in classes)


def test_a_facade_call_carries_its_class_and_takes_its_budget() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "meta": {"paginate": {"next_page": "cursor-2"}}})

    limits = RateLimits(reading=Limit(1.0, 1.0), headroom=1.0)
    with Pachca(TOKEN, base_url=BASE, transport=httpx.MockTransport(answer), rate_limits=limits) as pachca:
        pachca.messages.list_chat_messages(chat_id=1)
        assert pachca.limiter is not None
        assert pachca.limiter.reserve(classify(seen[-1], limits)[1:], None) > 0.5, "the call took the reading budget"
    assert [options_of(request).rate_limit for request in seen] == [("reading", ())]


def test_a_burst_then_the_rate_of_the_class() -> None:
    clock = ManualClock(100.0)
    limiter = LocalRateLimiter(RateLimits(messages=Limit(4.0, 4.0), headroom=1.0), clock=clock)
    buckets = classify(message_request(1), limiter.limits)
    waits = [limiter.reserve(buckets, None) for _ in range(10)]
    assert waits[:4] == [0.0, 0.0, 0.0, 0.0], "a burst of 4 goes at once"
    assert waits[4:] == pytest.approx([0.25, 0.5, 0.75, 1.0, 1.25, 1.5]), "then 4 a second"
    other_chat = classify(message_request(2), limiter.limits)
    assert limiter.reserve(other_chat, None) < 0.05, "another chat has its own budget (only the token's applies)"


def test_a_wait_past_the_deadline_is_refused_and_not_reserved() -> None:
    clock = ManualClock(100.0)
    limiter = LocalRateLimiter(RateLimits(events=Limit(2.5, 1.0), headroom=1.0), clock=clock)
    events = classify(api_request(get_webhook_events), limiter.limits)
    assert limiter.reserve(events, 1.0) == 0.0
    with pytest.raises(RateLimitWaitError):
        limiter.reserve(events, 0.1)
    assert limiter.reserve(events, 1.0) == pytest.approx(0.4), "the refused call took no slot"


def test_threads_share_one_budget() -> None:
    limiter = LocalRateLimiter(RateLimits(token=Limit(1000.0, 1.0), headroom=1.0))
    buckets = classify(httpx.Request("GET", f"{BASE}/chats"), limiter.limits)
    starts: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(25):
            begin = time.monotonic() + limiter.reserve(buckets, None)
            with lock:
                starts.append(begin)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(starts) == 200 and min(gaps) > 0.0009, "every slot is 1 ms apart whichever thread took it"


def recording_client(slept: list[float], **options: Any) -> Pachca:
    message = schema_sample("Message")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"data": message})

    policy = RetryPolicy(sleep=slept.append)
    return Pachca(TOKEN, base_url=BASE, transport=httpx.MockTransport(handler), retry_policy=policy, **options)


def test_the_client_spaces_message_writes_per_chat_by_default() -> None:
    slept: list[float] = []
    with recording_client(slept) as pachca:
        for _ in range(8):
            pachca.messages.create_message(body={"message": {"entity_id": 3, "content": "x"}})
    assert len(slept) == 4, "4 go at once (the burst), the next 4 wait"
    assert slept == sorted(slept) and slept[0] > 0.2


def test_limits_off_per_client_and_per_call() -> None:
    slept: list[float] = []
    with recording_client(slept, rate_limits=False) as pachca:
        for _ in range(20):
            pachca.messages.create_message(body={"message": {"entity_id": 3, "content": "x"}})
    assert slept == []
    with recording_client(slept) as pachca:
        view = pachca.with_options(rate_limited=False)
        for _ in range(20):
            view.messages.create_message(body={"message": {"entity_id": 3, "content": "x"}})
        assert slept == []
        pachca.messages.create_message(body={"message": {"entity_id": 3, "content": "x"}})
    assert slept == [], "the view's calls took no slots from the client"


def test_the_limiter_never_sleeps_past_the_deadline() -> None:
    answered: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        answered.append(1)
        return httpx.Response(200, json={"data": [], "meta": {"paginate": {"next_page": "end", "has_next": False}}})

    limits = RateLimits(events=Limit(0.5, 1.0), headroom=1.0)
    with Pachca(TOKEN, base_url=BASE, transport=httpx.MockTransport(handler), rate_limits=limits, deadline=1.0) as p:
        p.bots.get_webhook_events()
        with pytest.raises(APITimeoutError, match="rate limit"):
            p.bots.get_webhook_events()
    assert answered == [1], "the second call was refused before it was sent"


def test_async_tasks_share_the_budget() -> None:
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(time.monotonic())
        return httpx.Response(200, json={"data": {}})

    async def main() -> None:
        limits = RateLimits(token=Limit(200.0, 1.0), headroom=1.0)
        transport = httpx.MockTransport(handler)
        async with AsyncPachca(TOKEN, base_url=BASE, transport=transport, rate_limits=limits) as pachca:
            await asyncio.gather(*(pachca._http.get("/chats") for _ in range(60)))

    started = time.monotonic()
    asyncio.run(main())
    elapsed = time.monotonic() - started
    assert len(sent) == 60 and elapsed >= 59 / 200 * 0.9, f"60 calls at 200/s took only {elapsed:.3f} s"


# --- giving a slot back: a call that was not sent does not make later calls wait ---------------------------

ONE_A_SECOND = RateLimits(token=Limit(1.0, 1.0), headroom=1.0)
CHATS = httpx.Request("GET", f"{BASE}/chats")


def test_a_released_slot_is_given_back_when_nothing_was_charged_after_it() -> None:
    clock = ManualClock(100.0)
    limiter = LocalRateLimiter(ONE_A_SECOND, clock=clock)
    buckets = classify(CHATS, ONE_A_SECOND)
    assert limiter.reserve(buckets, None) == 0.0
    waiter = limiter.reserve(buckets, None)
    assert waiter == 1.0 and isinstance(waiter, Reservation)
    limiter.release(buckets, waiter)
    assert limiter.reserve(buckets, None) == 1.0, "the next call takes the slot given back"
    limiter.release(buckets, 1.0)  # a plain float (another limiter's) is no reservation of this one: ignored
    assert limiter.reserve(buckets, None) == 2.0


def test_a_slot_released_before_others_queued_behind_it_gives_nothing_back() -> None:
    """Calls queued one interval apart keep their times; the freed interval cannot go to a newcomer without
    putting two calls on one instant (a burst of 2 where 1 is allowed)."""
    clock = ManualClock(100.0)
    limiter = LocalRateLimiter(ONE_A_SECOND, clock=clock)
    buckets = classify(CHATS, ONE_A_SECOND)
    limiter.reserve(buckets, None)
    queued = [limiter.reserve(buckets, None) for _ in range(3)]
    assert queued == [1.0, 2.0, 3.0]
    limiter.release(buckets, queued[0])
    assert limiter.reserve(buckets, None) == 4.0, "the calls at 2 s and 3 s still go, so the next is at 4 s"
    clock.now = 100.5
    limiter.release(buckets, queued[1])
    limiter.release(buckets, queued[1])  # twice is once
    assert limiter.reserve(buckets, None) == 4.5


def test_every_waiter_cancelled_in_any_order_gives_the_bucket_back() -> None:
    clock = ManualClock(100.0)
    limiter = LocalRateLimiter(ONE_A_SECOND, clock=clock)
    buckets = classify(CHATS, ONE_A_SECOND)
    limiter.reserve(buckets, None)
    queued = [limiter.reserve(buckets, None) for _ in range(5)]
    for reservation in (queued[1], queued[0], queued[4], queued[2], queued[3]):
        limiter.release(buckets, reservation)
    assert limiter.reserve(buckets, None) == 1.0, "only the call that went counts"


def test_a_slot_released_from_a_burst_is_given_back() -> None:
    clock = ManualClock(100.0)
    limits = RateLimits(messages=Limit(4.0, 4.0), headroom=1.0)
    limiter = LocalRateLimiter(limits, clock=clock)
    chat = classify(message_request(1), limits)[1:]
    burst = [limiter.reserve(chat, None) for _ in range(4)]
    assert burst == [0.0] * 4
    limiter.release(chat, burst[0])  # its connection was refused: the three others went
    assert limiter.reserve(chat, None) == 0.0, "the burst has room for one more"
    assert limiter.reserve(chat, None) == 0.25


def conforms(sent: list[float], limit: Limit) -> bool:
    """Whether calls at these times stay within `limit` (GCRA on the sorted times)."""
    free = float("-inf")
    for at in sorted(sent):
        if at < free - limit.tolerance - 1e-9:
            return False
        free = max(free, at) + limit.interval
    return True


@pytest.mark.parametrize("burst", [1.0, 3.0])
def test_released_slots_never_let_more_calls_through_than_the_limit(burst: float) -> None:
    """Random reservations and releases: the calls still standing always fit the bucket's rate and burst."""
    limit = Limit(10.0, burst)
    limits = RateLimits(token=limit, headroom=1.0)
    buckets = classify(CHATS, limits)
    for seed in range(30):
        rng = random.Random(seed)
        clock = ManualClock(0.0)
        limiter = LocalRateLimiter(limits, clock=clock)
        standing: dict[int, float] = {}  # reservation number -> when its call goes
        reservations: list[Reservation] = []
        for _ in range(120):
            clock.now += rng.choice([0.0, 0.0, 0.01, 0.05, 0.2])
            if standing and rng.random() < 0.4:
                number = rng.choice(list(standing))
                limiter.release(buckets, reservations[number])
                del standing[number]
            else:
                wait = limiter.reserve(buckets, None)
                assert isinstance(wait, Reservation)
                standing[len(reservations)] = clock.now + wait
                reservations.append(wait)
            assert conforms(list(standing.values()), limit), f"seed {seed}"


class HangingSleep:
    """`async_sleep` / `sleep` for RetryPolicy: records each wait, then waits until cancelled (or interrupts)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.Event().wait()

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        raise KeyboardInterrupt


async def cancel_while_waiting(pachca: AsyncPachca, sleeps: HangingSleep) -> None:
    """One call that starts waiting for its slot, then is cancelled (as `asyncio.wait_for` does on a timeout)."""
    waiting = len(sleeps.waits)
    call = asyncio.ensure_future(pachca._http.get("/chats"))
    while len(sleeps.waits) == waiting:
        await asyncio.sleep(0.001)
    call.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await call


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": {}})


def test_a_cancelled_async_waiter_gives_its_slot_back() -> None:
    sleeps = HangingSleep()
    limiter = LocalRateLimiter(ONE_A_SECOND, clock=ManualClock(100.0))

    async def main() -> None:
        policy = RetryPolicy(async_sleep=sleeps.async_sleep)
        transport = httpx.MockTransport(ok)
        async with AsyncPachca(
            TOKEN, base_url=BASE, transport=transport, rate_limits=limiter, retry_policy=policy
        ) as p:
            await p._http.get("/chats")
            await cancel_while_waiting(p, sleeps)
            await cancel_while_waiting(p, sleeps)

    asyncio.run(main())
    assert sleeps.waits == [1.0, 1.0], "the second waiter waits for the first one's slot, not the one after it"


def outcome(pachca: Pachca, method: str, path: str) -> str:
    """How one raw call ended (a KeyboardInterrupt from the sleep is caught here, never left to end the run)."""
    try:
        pachca._http.request(method, path)
    except KeyboardInterrupt:
        return "interrupted"
    except httpx.TransportError as error:
        return type(error).__name__
    return "sent"


def test_an_interrupted_sync_wait_and_a_refused_connection_give_the_slot_back() -> None:
    sleeps = HangingSleep()
    limiter = LocalRateLimiter(ONE_A_SECOND, clock=ManualClock(100.0))
    refused = [httpx.ConnectError("refused")]

    def handler(request: httpx.Request) -> httpx.Response:
        if refused:
            raise refused.pop()
        return ok(request)

    policy = RetryPolicy(sleep=sleeps, max_retries=0)
    transport = httpx.MockTransport(handler)
    with Pachca(TOKEN, base_url=BASE, transport=transport, rate_limits=limiter, retry_policy=policy) as pachca:
        outcomes = [outcome(pachca, "GET", "/chats") for _ in range(4)]
    assert outcomes == ["ConnectError", "sent", "interrupted", "interrupted"], "the refused call took no slot"
    assert sleeps.waits == [1.0, 1.0], "the interrupted wait gave its slot back: the next waits as long"


def test_a_sent_request_keeps_its_slot() -> None:
    sleeps = HangingSleep()
    limiter = LocalRateLimiter(ONE_A_SECOND, clock=ManualClock(100.0))

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer")

    policy = RetryPolicy(sleep=sleeps, max_retries=0)
    transport = httpx.MockTransport(handler)
    with Pachca(TOKEN, base_url=BASE, transport=transport, rate_limits=limiter, retry_policy=policy) as pachca:
        outcomes = [outcome(pachca, "POST", "/messages"), outcome(pachca, "GET", "/chats")]
    assert outcomes == ["ReadTimeout", "interrupted"]
    assert sleeps.waits == [1.0], "the server may have acted on the POST: its slot is spent"


class PlainLimiter:
    """A user's limiter of the protocol as it was: `reserve` and `cool_down` only."""

    def __init__(self) -> None:
        self.limits = RateLimits()
        self.reserved = 0

    def reserve(self, buckets: list[tuple[str, Limit]], max_wait: float | None) -> float:
        self.reserved += 1
        return 0.0

    def cool_down(self, seconds: float) -> None:
        pass


def test_a_limiter_without_release_or_async_methods_still_works() -> None:
    limiter = PlainLimiter()
    refused = [httpx.ConnectError("refused")]

    def handler(request: httpx.Request) -> httpx.Response:
        if refused:
            raise refused.pop()
        return ok(request)

    async def main() -> None:
        transport = httpx.MockTransport(handler)
        async with AsyncPachca(TOKEN, base_url=BASE, transport=transport, rate_limits=limiter) as pachca:
            await pachca._http.get("/chats")

    asyncio.run(main())
    assert limiter.reserved == 2, "reserved once per attempt; the refused one is simply kept"


# --- Redis: one budget for many processes ----------------------------------------------------------------


def test_two_redis_limiters_share_one_budget(redis_url: str) -> None:
    import redis

    limits = RateLimits(messages=Limit(10.0, 1.0), headroom=1.0)
    first = RedisRateLimiter(redis.Redis.from_url(redis_url), namespace="shared-test", limits=limits)
    second = RedisRateLimiter(redis.Redis.from_url(redis_url), namespace="shared-test", limits=limits)
    buckets = classify(message_request(1), limits)[1:]  # the chat's bucket alone
    waits = [limiter.reserve(buckets, None) for limiter in (first, second, first, second)]
    assert waits[0] == 0
    assert [round(w, 1) for w in waits[1:]] == [0.1, 0.2, 0.3], "each process sees the other's reservations"
    with pytest.raises(RateLimitWaitError):
        second.reserve(buckets, 0.05)


def test_a_429_in_one_process_holds_back_the_others(redis_url: str) -> None:
    import redis

    limits = RateLimits(headroom=1.0)
    first = RedisRateLimiter(redis.Redis.from_url(redis_url), namespace="cooldown-test", limits=limits)
    second = RedisRateLimiter(redis.Redis.from_url(redis_url), namespace="cooldown-test", limits=limits)
    first.cool_down(0.5)
    wait = second.reserve(classify(httpx.Request("GET", f"{BASE}/chats"), limits), None)
    assert 0.3 < wait <= 0.5


def test_an_unreachable_redis_degrades_to_the_local_limiter(caplog: pytest.LogCaptureFixture) -> None:
    import redis

    unreachable = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2)
    limiter = RedisRateLimiter(unreachable, namespace="down")
    buckets = classify(message_request(1), limiter.limits)
    with caplog.at_level("WARNING", logger="pachca_client"):
        waits = [limiter.reserve(buckets, None) for _ in range(6)]
    assert "Redis unreachable" in caplog.text
    assert waits[:4] == [0.0] * 4 and waits[4] > 0, "the local limiter took over"


def test_a_released_slot_goes_back_to_the_redis_buckets(redis_url: str) -> None:
    import redis

    limits = RateLimits(messages=Limit(10.0, 1.0), headroom=1.0)
    limiter = RedisRateLimiter(redis.Redis.from_url(redis_url), namespace=f"release-{uuid.uuid4().hex}", limits=limits)
    chat = classify(message_request(1), limits)[1:]
    try:
        limiter.reserve(chat, None)
        waiter = limiter.reserve(chat, None)
        assert round(waiter, 1) == 0.1
        limiter.release(chat, waiter)
        assert round(limiter.reserve(chat, None), 1) == 0.1, "the slot given back is taken again"
        queued = [limiter.reserve(chat, None) for _ in range(2)]
        limiter.release(chat, queued[0])
        assert round(limiter.reserve(chat, None), 1) == 0.4, "a call queued behind it keeps its time: nothing back"
    finally:
        limiter.close()


def test_a_cancelled_async_waiter_gives_its_redis_slot_back(redis_url: str) -> None:
    sleeps = HangingSleep()
    limiter = RedisRateLimiter.from_url(redis_url, namespace=f"cancel-{uuid.uuid4().hex}", limits=ONE_A_SECOND)

    async def main() -> None:
        policy = RetryPolicy(async_sleep=sleeps.async_sleep)
        transport = httpx.MockTransport(ok)
        try:
            async with AsyncPachca(
                TOKEN, base_url=BASE, transport=transport, rate_limits=limiter, retry_policy=policy
            ) as pachca:
                await pachca._http.get("/chats")
                await cancel_while_waiting(pachca, sleeps)
                await cancel_while_waiting(pachca, sleeps)
        finally:
            await limiter.aclose()

    asyncio.run(main())
    assert len(sleeps.waits) == 2 and 0.5 < sleeps.waits[0] <= 1.0
    assert sleeps.waits[1] <= 1.0, f"the second waiter waited {sleeps.waits[1]:.2f} s: the first one's slot was kept"


def _send_through_shared_limiter(redis_url: str, count: int, times: Any) -> None:
    import redis

    limits = RateLimits(messages=Limit(20.0, 1.0), headroom=1.0)
    limiter = RedisRateLimiter(redis.Redis.from_url(redis_url), namespace="processes", limits=limits)
    buckets = classify(message_request(9), limits)[1:]
    for _ in range(count):
        time.sleep(limiter.reserve(buckets, None))
        times.put(time.time())


def test_processes_sharing_a_token_stay_under_one_rate(redis_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    times = context.Queue()
    workers = [context.Process(target=_send_through_shared_limiter, args=(redis_url, 10, times)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
        assert worker.exitcode == 0
    sent = sorted(times.get(timeout=5) for _ in range(40))
    # 40 sends at 20 a second: no window of 0.5 s holds more than 10 (+1 for the window's edge)
    assert max(sum(1 for t in sent if start <= t < start + 0.5) for start in sent) <= 11
    assert sent[-1] - sent[0] >= 39 / 20 * 0.9
