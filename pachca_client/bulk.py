"""Many calls at once, each with its own outcome: broadcasts, adding many members, syncing a directory.

    from pachca_client.bulk import run_many, send_to_chats

    outcomes = send_to_chats(pachca, chat_ids, "Release 2.4 is out", progress=print)
    failed = [o for o in outcomes if not o.ok]          # each with its typed PachcaError

Calls run with bounded concurrency (threads for `Pachca`, tasks for `AsyncPachca`) and go through the
client, so its rate limiter spaces them: message writes per chat, everything per token. One failure
never stops the others, and no failure is silent: every item gets an `Outcome` with its value or its
`PachcaError`, in the order the items were given; a malformed item (a body that does not match openapi.yaml,
an argument of the wrong type) is a `ValidationError` or `InvalidArgumentError`, both `PachcaError`s, so it
fails alone too. An exception that is not a `PachcaError` (a bug in the
function) is not swallowed: no call starts after it, and it propagates once the calls already running
have finished (threads) or been cancelled (tasks), so nothing is still sending when the caller sees it.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Generator, Iterable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ._exceptions import PachcaError

if TYPE_CHECKING:
    from ._client import AsyncPachca, Pachca
    from .generated.bodies import MessageCreateRequestDict
    from .generated.models.message import Message

ItemT = TypeVar("ItemT")
ValueT = TypeVar("ValueT")

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class Outcome(Generic[ItemT, ValueT]):
    """What happened to one item: its value, or the typed error of its call."""

    item: ItemT
    value: ValueT | None = None
    error: PachcaError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Counter:
    """Progress of one run, and the bug that stops it (the first exception that is not a `PachcaError`)."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress
        self.bug: Exception | None = None
        self._lock = threading.Lock()

    def stop(self, bug: Exception) -> None:
        with self._lock:
            self.bug = self.bug or bug

    def raise_bug(self) -> None:
        if self.bug is not None:
            raise self.bug

    def tick(self) -> None:
        # Reported under the lock: callbacks from several threads see 1/n, 2/n, ... in order, never 2 before 1.
        with self._lock:
            self.done += 1
            if self.progress is not None:
                self.progress(self.done, self.total)


def _check(concurrency: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive integer, not {concurrency!r}")


def run_many(
    call: Callable[[ItemT], ValueT],
    items: Iterable[ItemT],
    *,
    concurrency: int = 4,
    progress: Progress | None = None,
) -> list[Outcome[ItemT, ValueT]]:
    """`call(item)` for every item on up to `concurrency` threads; one `Outcome` per item, in order."""
    _check(concurrency)
    work: Sequence[ItemT] = list(items)
    counter = _Counter(len(work), progress)

    def one(item: ItemT) -> Outcome[ItemT, ValueT] | None:
        if counter.bug is not None:
            return None  # not started: the run is stopping
        try:
            return Outcome(item, value=call(item))
        except PachcaError as error:
            return Outcome(item, error=error)
        except Exception as bug:
            counter.stop(bug)
            raise
        finally:
            counter.tick()

    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="pachca-bulk") as pool:
        futures = [pool.submit(one, item) for item in work]
        try:
            wait(futures, return_when=FIRST_EXCEPTION)
        finally:
            pool.shutdown(cancel_futures=True)  # waits for the calls running; those not started never start
    counter.raise_bug()
    return [cast("Outcome[ItemT, ValueT]", future.result()) for future in futures]


async def arun_many(
    call: Callable[[ItemT], Awaitable[ValueT]],
    items: Iterable[ItemT],
    *,
    concurrency: int = 8,
    progress: Progress | None = None,
) -> list[Outcome[ItemT, ValueT]]:
    """The async twin of `run_many`: up to `concurrency` calls in flight at once."""
    import asyncio

    _check(concurrency)
    work: Sequence[ItemT] = list(items)
    counter = _Counter(len(work), progress)
    gate = asyncio.Semaphore(concurrency)

    async def one(item: ItemT) -> Outcome[ItemT, ValueT] | None:
        async with gate:
            if counter.bug is not None:
                return None
            try:
                return Outcome(item, value=await call(item))
            except PachcaError as error:
                return Outcome(item, error=error)
            except Exception as bug:
                counter.stop(bug)
                raise
            finally:
                counter.tick()

    tasks = [asyncio.ensure_future(one(item)) for item in work]
    try:
        if tasks:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:  # also when this run is cancelled: its tasks end with it
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    counter.raise_bug()
    return [cast("Outcome[ItemT, ValueT]", task.result()) for task in tasks]


def _message(chat_id: int, content: str, fields: dict[str, Any]) -> MessageCreateRequestDict:
    return cast("MessageCreateRequestDict", {"message": {"entity_id": chat_id, "content": content, **fields}})


def send_to_chats(
    pachca: Pachca,
    chat_ids: Iterable[int],
    content: str,
    *,
    concurrency: int = 4,
    progress: Progress | None = None,
    **message_fields: Any,
) -> list[Outcome[int, Message]]:
    """Post the same message to many chats; each chat's outcome is the created `Message` or its error."""
    return run_many(
        lambda chat_id: pachca.messages.create_message(body=_message(chat_id, content, message_fields)),
        chat_ids,
        concurrency=concurrency,
        progress=progress,
    )


async def asend_to_chats(
    pachca: AsyncPachca,
    chat_ids: Iterable[int],
    content: str,
    *,
    concurrency: int = 8,
    progress: Progress | None = None,
    **message_fields: Any,
) -> list[Outcome[int, Message]]:
    """The async twin of `send_to_chats`."""

    async def send(chat_id: int) -> Message:
        return await pachca.messages.create_message(body=_message(chat_id, content, message_fields))

    return await arun_many(send, chat_ids, concurrency=concurrency, progress=progress)


def add_members(
    pachca: Pachca,
    chat_id: int,
    user_ids: Iterable[int],
    *,
    batch: int = 50,
    progress: Progress | None = None,
) -> list[Outcome[int, None]]:
    """Add many users to a chat, `batch` at a time; a batch the API refuses is retried user by user.

    So one unknown or blocked user costs its own `Outcome` with the error, not the whole batch.
    """
    plan = _membership_plan(list(user_ids), batch, progress)
    try:
        group = next(plan)  # none for no users
        while True:
            try:
                pachca.members.add_members(chat_id, body={"member_ids": group})
                group = plan.send(None)
            except PachcaError as error:
                group = plan.send(error)
    except StopIteration as done:
        return cast("list[Outcome[int, None]]", done.value)


async def aadd_members(
    pachca: AsyncPachca,
    chat_id: int,
    user_ids: Iterable[int],
    *,
    batch: int = 50,
    progress: Progress | None = None,
) -> list[Outcome[int, None]]:
    """The async twin of `add_members`."""
    plan = _membership_plan(list(user_ids), batch, progress)
    try:
        group = next(plan)  # none for no users
        while True:
            try:
                await pachca.members.add_members(chat_id, body={"member_ids": group})
                group = plan.send(None)
            except PachcaError as error:
                group = plan.send(error)
    except StopIteration as done:
        return cast("list[Outcome[int, None]]", done.value)


def _membership_plan(
    users: list[int], batch: int, progress: Progress | None
) -> Generator[list[int], PachcaError | None, list[Outcome[int, None]]]:
    """The groups `add_members` sends, one at a time: it is sent back each call's error (None when it worked)."""
    counter = _Counter(len(users), progress)
    size = max(1, batch)
    outcomes: list[Outcome[int, None]] = []
    for start in range(0, len(users), size):
        group = users[start : start + size]
        if (yield group) is None:
            results = [Outcome[int, None](user) for user in group]
        else:
            results = []
            for user in group:
                error = yield [user]
                results.append(Outcome(user, error=error))
        for result in results:
            outcomes.append(result)
            counter.tick()
    return outcomes
