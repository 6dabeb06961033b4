"""Bulk helpers: bounded concurrency, one outcome per item, failures typed and never silent."""

from __future__ import annotations

import asyncio
import json
import threading

import httpx
import pytest
from spec_samples import schema_sample

from pachca_client import AsyncPachca, NotFoundError, Pachca, UnprocessableEntityError
from pachca_client.bulk import Outcome, aadd_members, add_members, arun_many, asend_to_chats, run_many, send_to_chats

TOKEN = "bulk-SECRET-token"
BASE = "https://api.pachca.test/api/shared/v1"
MISSING = {"errors": [{"key": "id", "value": "13", "message": "not found", "code": "not_found"}]}


def message_handler(calls: list[int]) -> httpx.MockTransport:
    message = schema_sample("Message")
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        chat_id = json.loads(request.content)["message"]["entity_id"]
        with lock:
            calls.append(chat_id)
        if chat_id == 13:
            return httpx.Response(404, json=MISSING)
        return httpx.Response(201, json={"data": {**message, "chat_id": chat_id}})

    return httpx.MockTransport(handler)


def test_send_to_chats_gives_one_outcome_per_chat_and_types_the_failure() -> None:
    calls: list[int] = []
    progress: list[tuple[int, int]] = []
    chats = [10, 11, 12, 13, 14, 15]
    with Pachca(TOKEN, base_url=BASE, transport=message_handler(calls), rate_limits=False) as pachca:
        outcomes = send_to_chats(pachca, chats, "release", concurrency=3, progress=lambda d, t: progress.append((d, t)))
    assert [o.item for o in outcomes] == chats, "outcomes keep the order of the items"
    failed = [o for o in outcomes if not o.ok]
    assert [o.item for o in failed] == [13] and isinstance(failed[0].error, NotFoundError)
    assert all(o.value is not None and o.value.chat_id == o.item for o in outcomes if o.ok)
    assert sorted(calls) == chats, "the failure did not stop the other sends"
    assert sorted(progress) == [(n, 6) for n in range(1, 7)]


def test_a_bug_in_the_call_is_not_swallowed() -> None:
    def call(item: int) -> int:
        if item == 2:
            raise ZeroDivisionError("bug")
        return item

    with pytest.raises(ZeroDivisionError):
        run_many(call, [1, 2, 3])
    with pytest.raises(ValueError, match="concurrency"):
        run_many(call, [1], concurrency=0)


def test_concurrency_is_bounded() -> None:
    active = peak = 0
    lock = threading.Lock()
    release = threading.Event()

    def call(item: int) -> int:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        release.wait(0.05)
        with lock:
            active -= 1
        return item

    assert [o.value for o in run_many(call, range(20), concurrency=3)] == list(range(20))
    assert peak == 3


def test_async_bulk_sends_through_the_async_client() -> None:
    calls: list[int] = []

    async def main() -> list[bool]:
        transport = message_handler(calls)
        async with AsyncPachca(TOKEN, base_url=BASE, transport=transport, rate_limits=False) as pachca:
            outcomes = await asend_to_chats(pachca, [1, 13, 2], "hello", concurrency=2)
        return [o.ok for o in outcomes]

    assert asyncio.run(main()) == [True, False, True]

    async def bounded() -> int:
        active = peak = 0

        async def call(item: int) -> int:
            nonlocal active, peak
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
            return item

        await arun_many(call, range(30), concurrency=4)
        return peak

    assert asyncio.run(bounded()) == 4


def refusing_666(batches: list[list[int]]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["member_ids"]
        batches.append(ids)
        if 666 in ids:
            body = {"errors": [{"key": "member_ids", "value": "666", "message": "blocked", "code": "invalid"}]}
            return httpx.Response(422, json=body)
        return httpx.Response(204)

    return httpx.MockTransport(handler)


def test_add_members_retries_a_refused_batch_user_by_user() -> None:
    batches: list[list[int]] = []
    progress: list[int] = []
    with Pachca(TOKEN, base_url=BASE, transport=refusing_666(batches), rate_limits=False) as pachca:
        outcomes = add_members(pachca, 5, [1, 2, 666, 3, 4], batch=3, progress=lambda done, _: progress.append(done))
    assert [(o.item, o.ok) for o in outcomes] == [(1, True), (2, True), (666, False), (3, True), (4, True)]
    assert isinstance(outcomes[2].error, UnprocessableEntityError)
    assert batches == [[1, 2, 666], [1], [2], [666], [3, 4]]
    assert progress == [1, 2, 3, 4, 5]


def test_aadd_members_is_the_async_twin() -> None:
    batches: list[list[int]] = []

    async def run() -> list[tuple[int, bool]]:
        async with AsyncPachca(TOKEN, base_url=BASE, transport=refusing_666(batches), rate_limits=False) as pachca:
            outcomes = await aadd_members(pachca, 5, [1, 2, 666, 3, 4], batch=3)
        assert isinstance(outcomes[2].error, UnprocessableEntityError)
        return [(o.item, o.ok) for o in outcomes]

    assert asyncio.run(run()) == [(1, True), (2, True), (666, False), (3, True), (4, True)]
    assert batches == [[1, 2, 666], [1], [2], [666], [3, 4]]


def test_adding_no_members_sends_nothing() -> None:
    batches: list[list[int]] = []

    async def run() -> list[Outcome[int, None]]:
        async with AsyncPachca(TOKEN, base_url=BASE, transport=refusing_666(batches), rate_limits=False) as pachca:
            return await aadd_members(pachca, 5, [])

    with Pachca(TOKEN, base_url=BASE, transport=refusing_666(batches), rate_limits=False) as pachca:
        assert add_members(pachca, 5, []) == []
    assert asyncio.run(run()) == []
    assert batches == []


def test_progress_is_reported_in_order_from_every_thread() -> None:
    """A slow progress callback on one thread does not let another report 2/4 before 1/4."""
    reported: list[int] = []
    first = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 1:
            first.set()
            threading.Event().wait(0.05)  # the slowest callback is the first one
        reported.append(done)

    def call(item: int) -> int:
        if item:
            first.wait(1)  # the others finish while the first report is still being written
        return item

    run_many(call, range(4), concurrency=4, progress=progress)
    assert reported == [1, 2, 3, 4]


def test_run_many_starts_no_call_after_a_bug_and_returns_once_the_running_ones_ended() -> None:
    started: list[tuple[int, bool]] = []  # (item, whether the bug had already happened)
    finished: list[int] = []
    bug = threading.Event()
    second_running = threading.Event()

    def call(item: int) -> int:
        started.append((item, bug.is_set()))
        if item == 0:
            second_running.wait(5)  # item 1 is running when the bug happens
            bug.set()
            raise TypeError("bug")
        if item == 1:
            second_running.set()
        threading.Event().wait(0.1)
        finished.append(item)
        return item

    with pytest.raises(TypeError):
        run_many(call, range(10), concurrency=2)
    assert [item for item, late in started if late] == [], "no call started after the bug"
    assert finished == [1], "the call running beside it finished before run_many raised"


def test_arun_many_cancels_the_other_calls_before_raising_a_bug() -> None:
    calls: list[int] = []

    async def main() -> tuple[int, int]:
        async with AsyncPachca(TOKEN, base_url=BASE, transport=message_handler(calls), rate_limits=False) as pachca:

            async def call(item: int) -> object:
                if item == 0:
                    await asyncio.sleep(0.01)
                    raise TypeError("bug")
                await asyncio.sleep(0.05 * item)
                return await pachca.messages.create_message(body={"message": {"entity_id": item, "content": "x"}})

            with pytest.raises(TypeError):
                await arun_many(call, range(6), concurrency=8)
            when_raised = len(calls)
            await asyncio.sleep(0.5)  # twice as long as the slowest call would have waited
            return when_raised, len(calls)

    when_raised, at_the_end = asyncio.run(main())
    assert when_raised == 0 and at_the_end == 0, f"{at_the_end - when_raised} requests were sent after arun_many raised"


def test_a_cancelled_arun_many_cancels_its_calls() -> None:
    calls: list[int] = []

    async def main() -> int:
        async with AsyncPachca(TOKEN, base_url=BASE, transport=message_handler(calls), rate_limits=False) as pachca:

            async def call(item: int) -> object:
                await asyncio.sleep(0.05 * item)
                return await pachca.messages.create_message(body={"message": {"entity_id": item, "content": "x"}})

            run = asyncio.ensure_future(arun_many(call, range(1, 6)))
            await asyncio.sleep(0.01)
            run.cancel()
            with pytest.raises(asyncio.CancelledError):
                await run
            await asyncio.sleep(0.5)
            return len(calls)

    assert asyncio.run(main()) == 0
