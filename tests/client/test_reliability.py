"""Reliability over real sockets against the fake: load, injected faults, bad input both ways, secrets.

Run with `-s` to see the figures each test reports (requests, faults injected, retries, duplicates).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from pachca_client import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    Pachca,
    RetryPolicy,
)
from pachca_client.testing import FakePachca, Reply

FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05)


@pytest.fixture
def fake() -> Iterator[FakePachca]:
    with FakePachca() as server:
        yield server


def report(name: str, **figures: Any) -> None:
    print(f"\n[reliability] {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


def created_messages(fake: FakePachca) -> int:
    return len(fake._state.messages)


# --- load ------------------------------------------------------------------------------------------


def test_1000_requests_through_one_sync_client(fake: FakePachca) -> None:
    chat_ids = [c["id"] for c in fake._state.chats.values()]
    gc.collect()  # what earlier tests left unclosed is theirs, not this client's: collected before counting
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        started = time.perf_counter()
        with fake.client(retry_policy=FAST_RETRIES) as pachca:
            for n in range(1000):
                if n % 10 == 0:
                    assert len(pachca.chats.list_chats(limit=2).data) == 2
                else:
                    assert pachca.chats.get_chat(chat_ids[n % len(chat_ids)]).id in chat_ids
            pool = pachca._http._transport.inner.transport._pool  # type: ignore[attr-defined]
            assert len(pool.connections) == 1
        elapsed = time.perf_counter() - started
        assert len(pool.connections) == 0, "closing the client closes its connections"
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert len(fake.api.requests) == 1000
    assert fake.api.connections == 1, "one keep-alive connection served every request"
    report("sync load", requests=1000, errors=0, connections=fake.api.connections, seconds=f"{elapsed:.2f}")


def test_1000_concurrent_requests_through_one_async_client(fake: FakePachca) -> None:
    chat_ids = [c["id"] for c in fake._state.chats.values()]

    async def scenario() -> tuple[list[int], float]:
        # 1,000 calls queue for 20 connections; on a loaded CI machine the last ones may wait longer
        # than the default 30 s pool timeout, which would be the test's doing, not the client's.
        timeout = httpx.Timeout(30.0, pool=180.0)
        async with fake.async_client(retry_policy=FAST_RETRIES, timeout=timeout) as pachca:
            started = time.perf_counter()
            chats = await asyncio.gather(*(pachca.chats.get_chat(chat_ids[n % len(chat_ids)]) for n in range(1000)))
            elapsed = time.perf_counter() - started
            pool = pachca._http._transport.inner.transport._pool  # type: ignore[attr-defined]
            assert len(pool.connections) <= 20
        assert len(pool.connections) == 0
        return [c.id for c in chats], elapsed

    gc.collect()  # what earlier tests left unclosed is theirs: collected before counting
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        ids, elapsed = asyncio.run(scenario())
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert len(ids) == 1000 and set(ids) <= set(chat_ids)
    assert len(fake.api.requests) == 1000
    assert fake.api.peak_connections <= 20, "never more connections open at once than the pool allows"
    assert fake.api.connections <= 30, "connections are reused, not opened per request"
    deadline = time.monotonic() + 5
    while fake.api.open_connections and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fake.api.open_connections == 0, "closing the client closed every connection"
    report(
        "async load",
        requests=1000,
        concurrent=1000,
        errors=0,
        connections_opened=fake.api.connections,
        peak_open=fake.api.peak_connections,
        seconds=f"{elapsed:.2f}",
    )


# --- faults ----------------------------------------------------------------------------------------

Outcome = type[Exception] | None  # None: the call succeeds after the allowed retries


FAULTS: list[tuple[str, Callable[[FakePachca, str, str], Any], str, Outcome, int]] = [
    # (name, inject(fake, method, path), method, expected outcome, requests the fake should receive)
    ("429 twice", lambda f, m, p: f.faults.rate_limit(0, times=2, method=m, path=p), "GET", None, 3),
    ("429 once on a write", lambda f, m, p: f.faults.rate_limit(0, method=m, path=p), "POST", None, 2),
    ("503 twice", lambda f, m, p: f.faults.server_error(503, times=2, method=m, path=p), "GET", None, 3),
    ("503 on a write", lambda f, m, p: f.faults.server_error(503, method=m, path=p), "POST", InternalServerError, 1),
    (
        "500 three times",
        lambda f, m, p: f.faults.server_error(500, times=3, method=m, path=p),
        "GET",
        InternalServerError,
        3,
    ),
    ("stall", lambda f, m, p: f.faults.slow(1.0, times=3, method=m, path=p), "GET", APITimeoutError, 3),
    ("stall on a write", lambda f, m, p: f.faults.slow(1.0, method=m, path=p), "POST", APITimeoutError, 1),
    ("dropped connection", lambda f, m, p: f.faults.drop(method=m, path=p), "GET", None, 2),
    ("dropped on a write", lambda f, m, p: f.faults.drop(method=m, path=p), "POST", APIConnectionError, 1),
    ("cut body", lambda f, m, p: f.faults.truncate(method=m, path=p), "GET", None, 2),
    ("cut body on a write", lambda f, m, p: f.faults.truncate(method=m, path=p), "POST", APIConnectionError, 1),
    ("502 HTML page", lambda f, m, p: f.faults.html(502, method=m, path=p), "GET", None, 2),
    ("502 HTML on a write", lambda f, m, p: f.faults.html(502, method=m, path=p), "POST", InternalServerError, 1),
    (
        "200 with an HTML body",
        lambda f, m, p: f.faults.inject(Reply(status=200, body=b"<html>maintenance</html>"), method=m, path=p),
        "GET",
        APIResponseValidationError,
        1,
    ),
]


@pytest.mark.parametrize(
    ("name", "inject", "method", "outcome", "expected_requests"), FAULTS, ids=[f[0] for f in FAULTS]
)
def test_injected_faults_end_in_success_or_the_right_error(
    fake: FakePachca,
    name: str,
    inject: Callable[[FakePachca, str, str], Any],
    method: str,
    outcome: Outcome,
    expected_requests: int,
) -> None:
    chat_id = next(iter(fake._state.chats))
    path = "/messages" if method == "POST" else f"/chats/{chat_id}"
    inject(fake, method, path)
    messages_before = created_messages(fake)
    started = time.perf_counter()
    with fake.client(retry_policy=FAST_RETRIES, timeout=0.25) as pachca:

        def call() -> Any:
            if method == "POST":
                return pachca.messages.create_message(body={"message": {"entity_id": chat_id, "content": "once"}})
            return pachca.chats.get_chat(chat_id)

        if outcome is None:
            call()
        else:
            with pytest.raises(outcome):
                call()
    elapsed = time.perf_counter() - started
    received = fake.received(method, path)
    assert received == expected_requests
    assert elapsed < 3.0, f"{name} took {elapsed:.2f} s: bounded by timeouts and retries, no hang"
    created = created_messages(fake) - messages_before
    if method == "POST":
        assert created == (1 if outcome is None else 0), "a write is applied at most once"
    report(
        f"fault {name}",
        requests=received,
        faults_injected=fake.faults.injected,
        retries=received - 1,
        duplicates=max(0, created - 1),
        outcome=outcome.__name__ if outcome else "success",
        seconds=f"{elapsed:.2f}",
    )


def test_a_mixed_fault_storm_never_duplicates_a_write(fake: FakePachca) -> None:
    """Many writes and reads while every kind of fault fires: each write lands at most once."""
    chat_id = next(iter(fake._state.chats))
    kinds = [
        lambda: fake.faults.rate_limit(0, method="POST", path="/messages"),
        lambda: fake.faults.server_error(503, method="POST", path="/messages"),
        lambda: fake.faults.drop(method="POST", path="/messages"),
        lambda: fake.faults.truncate(method="POST", path="/messages"),
        lambda: fake.faults.server_error(502, path="/chats"),
        lambda: fake.faults.drop(path="/chats"),
    ]
    succeeded = failed = 0
    with fake.client(retry_policy=FAST_RETRIES, timeout=1.0) as pachca:
        for n in range(60):
            kinds[n % len(kinds)]()
            try:
                pachca.messages.create_message(body={"message": {"entity_id": chat_id, "content": f"write {n}"}})
                succeeded += 1
            except (InternalServerError, APIConnectionError):
                failed += 1
            pachca.chats.get_chat(chat_id)
    contents = [m["content"] for m in fake._state.messages.values() if m["content"].startswith("write ")]
    assert len(contents) == len(set(contents)) == succeeded, "no write applied twice, none lost silently"
    posts = fake.received("POST", "/messages")
    report(
        "fault storm",
        writes=60,
        succeeded=succeeded,
        failed_loudly=failed,
        post_requests=posts,
        faults_injected=fake.faults.injected,
        duplicates=len(contents) - len(set(contents)),
    )


# --- bad input, both ways --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"data": {"id": "not-a-number"}},
        {"data": []},
        {"no_data": True},
        [1, 2, 3],
        None,
    ],
)
def test_malformed_answers_raise_a_typed_error(fake: FakePachca, body: Any) -> None:
    chat_id = next(iter(fake._state.chats))
    fake.faults.inject(Reply.json(body), path=f"/chats/{chat_id}")
    with fake.client() as pachca, pytest.raises(APIResponseValidationError) as caught:
        pachca.chats.get_chat(chat_id)
    assert caught.value.status_code == 200


def test_unknown_fields_and_enum_values_from_the_server_are_kept(fake: FakePachca) -> None:
    odd = fake.add_user(role="galactic_overlord", field_added_in_2027={"x": 1})
    with fake.client() as pachca:
        user = pachca.users.get_user(odd["id"])
        assert user.role == "galactic_overlord"
        assert user["field_added_in_2027"] == {"x": 1}
        assert odd["id"] in [u.id for u in pachca.users.list_users_iter()]


def test_a_huge_page_parses(fake: FakePachca) -> None:
    chat = next(iter(fake._state.chats.values()))
    page = {
        "data": [dict(chat, id=n) for n in range(20_000)],
        "meta": {"paginate": {"next_page": "x", "has_next": False}},
    }
    fake.faults.inject(Reply.json(page), path="/chats")
    with fake.client() as pachca:
        started = time.perf_counter()
        chats = list(pachca.chats.list_chats_iter())
        elapsed = time.perf_counter() - started
    assert len(chats) == 20_000 and chats[-1].id == 19_999
    report("huge page", items=20_000, seconds=f"{elapsed:.2f}")


def test_invalid_arguments_fail_before_anything_is_sent(fake: FakePachca) -> None:
    before = len(fake.api.requests)
    with fake.client() as pachca:
        with pytest.raises(TypeError):
            pachca.chats.get_chat("1")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            pachca.chats.list_chats(limit="50")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            pachca.chats.create_chat(body={"chat": {"member_ids": "nobody"}})
        with pytest.raises(TypeError):
            pachca.messages.create_message(body="hello")  # type: ignore[arg-type]
        with pytest.raises(FileNotFoundError):
            pachca.files.upload("/no/such/file.bin")
    assert len(fake.api.requests) == before


# --- secrets ---------------------------------------------------------------------------------------


def test_the_token_stays_with_the_api(fake: FakePachca, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[str] = []
    fake.faults.server_error(503, path="/profile")
    with fake.client(retry_policy=FAST_RETRIES) as pachca:
        pachca.profile.get_profile()
        uploaded = pachca.files.upload(b"x" * 1000, name="x.bin")
        chat_id = next(iter(fake._state.chats))
        pachca.messages.create_message(
            body={"message": {"entity_id": chat_id, "content": "f", "files": [uploaded.to_dict()]}}
        )
        for bad in (
            lambda: pachca.chats.get_chat(1),
            lambda: Pachca("wrong", base_url=fake.base_url).profile.get_profile(),
        ):
            try:
                bad()
            except Exception as error:  # collecting every error text
                errors.append(f"{error!s} {error!r}")
        texts = [repr(pachca), *errors, *(r.getMessage() for r in caplog.records)]
    assert not fake.storage_saw_token
    assert all("authorization" not in r.headers for r in fake.storage.requests)
    assert all(r.headers.get("authorization") == f"Bearer {fake.token}" for r in fake.api.requests[:-1])
    assert len(errors) == 2 and any("retrying GET" in t for t in texts)
    leaks = [t for t in texts if fake.token in t]
    assert leaks == []
    report("secrets", api_requests=len(fake.api.requests), storage_requests=len(fake.storage.requests), token_leaks=0)
