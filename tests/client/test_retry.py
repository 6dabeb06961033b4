"""Retries, backoff, Retry-After, max_retries and timeouts (`_retry.py`), each test on a `scripted` transport."""

from __future__ import annotations

import asyncio
import email.utils

import httpx
import pytest
from client_helpers import TOKEN, Scripted, Sleeps, api_error, async_client, client, schema_sample

from pachca_client import APITimeoutError, InternalServerError, Pachca, RateLimitError, RetryPolicy

# --- retries ----------------------------------------------------------------------------------------


def test_429_waits_for_retry_after_then_succeeds(scripted: Scripted) -> None:
    sleeps = Sleeps()
    script = scripted(
        [httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json={"data": schema_sample("Chat")})]
    )
    with client(script, sleeps) as pachca:
        pachca.chats.get_chat(1)
    assert sleeps.waits == [7.0]


def test_429_on_post_is_retried_because_the_server_did_not_act(scripted: Scripted) -> None:
    sleeps = Sleeps()
    script = scripted(
        [
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(201, json={"data": schema_sample("Message")}),
        ]
    )
    with client(script, sleeps) as pachca:
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "x"}})
    assert script.methods == ["POST", "POST"] and sleeps.waits == [1.0]


def test_retry_after_as_an_http_date(scripted: Scripted) -> None:
    sleeps = Sleeps()
    now = 1_800_000_000.0
    when = email.utils.formatdate(now + 12, usegmt=True)
    script = scripted(
        [httpx.Response(429, headers={"Retry-After": when}), httpx.Response(200, json={"data": schema_sample("Chat")})]
    )
    policy = RetryPolicy(sleep=sleeps, clock=lambda: now)
    with Pachca(TOKEN, transport=httpx.MockTransport(script), retry_policy=policy) as pachca:
        pachca.chats.get_chat(1)
    assert sleeps.waits == [12.0]


def test_a_retry_after_beyond_the_cap_is_not_waited_for(scripted: Scripted) -> None:
    sleeps = Sleeps()
    script = scripted([httpx.Response(429, headers={"Retry-After": "3600"})])
    with client(script, sleeps) as pachca, pytest.raises(RateLimitError) as caught:
        pachca.chats.get_chat(1)
    assert caught.value.retry_after == 3600.0
    assert len(script.requests) == 1 and sleeps.waits == []


def test_post_answered_503_is_sent_exactly_once(scripted: Scripted) -> None:
    script = scripted([httpx.Response(503, json=api_error("unhandled"))])
    with client(script, max_retries=3) as pachca, pytest.raises(InternalServerError):
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "only once"}})
    assert len(script.requests) == 1


def test_get_answered_503_is_retried_up_to_the_bound_with_backoff(scripted: Scripted) -> None:
    sleeps = Sleeps()
    script = scripted([503] * 4)
    with client(script, sleeps, max_retries=3) as pachca, pytest.raises(InternalServerError):
        pachca.chats.get_chat(1)
    assert len(script.requests) == 4
    assert sleeps.waits == [0.5, 1.0, 2.0]


def test_get_recovers_after_a_503(scripted: Scripted) -> None:
    script = scripted([503, httpx.Response(200, json={"data": schema_sample("Chat", id=5)})])
    with client(script) as pachca:
        assert pachca.chats.get_chat(5).id == 5


def test_post_is_retried_after_a_connect_error_but_not_after_a_read_timeout(scripted: Scripted) -> None:
    connect_then_ok = scripted(
        [httpx.ConnectError("refused"), httpx.Response(201, json={"data": schema_sample("Message")})]
    )
    with client(connect_then_ok) as pachca:
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "x"}})
    assert len(connect_then_ok.requests) == 2

    read_timeout = scripted([httpx.ReadTimeout("slow")])
    with client(read_timeout) as pachca, pytest.raises(APITimeoutError):
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "x"}})
    assert len(read_timeout.requests) == 1


def test_max_retries_per_client_and_per_call(scripted: Scripted) -> None:
    script = scripted([500] * 5)
    with client(script, max_retries=1) as pachca:
        with pytest.raises(InternalServerError):
            pachca.chats.get_chat(1)
        assert len(script.requests) == 2
        script.requests.clear()
        with pytest.raises(InternalServerError):
            pachca.with_options(max_retries=0).chats.get_chat(1)
        assert len(script.requests) == 1
        script.requests.clear()
        with pytest.raises(InternalServerError):
            pachca.chats.get_chat(1)
        assert len(script.requests) == 2, "with_options must not change the original client"


# --- timeouts ---------------------------------------------------------------------------------------


def test_timeout_per_client_and_per_call(scripted: Scripted) -> None:
    script = scripted([httpx.Response(200, json={"data": schema_sample("Chat")}) for _ in range(2)])
    with client(script, timeout=12.5) as pachca:
        pachca.chats.get_chat(1)
        pachca.with_options(timeout=httpx.Timeout(90.0)).chats.get_chat(1)
    timeouts: list[dict[str, float | None]] = [request.extensions["timeout"] for request in script.requests]
    assert timeouts[0]["read"] == 12.5
    assert timeouts[1]["read"] == 90.0


def test_the_default_timeout_is_not_httpx_five_seconds(scripted: Scripted) -> None:
    with client(scripted([])) as pachca:
        assert pachca.timeout.read == 30.0 and pachca.timeout.connect == 10.0


# --- async --------------------------------------------------------------------------------------------


def test_async_retries_share_the_policy(scripted: Scripted) -> None:
    sleeps = Sleeps()
    script = scripted(
        [
            503,  # the POST: not retried
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, json={"data": schema_sample("Chat", id=3)}),
        ]
    )

    async def scenario() -> int:
        async with async_client(script, sleeps) as pachca:
            with pytest.raises(InternalServerError):
                await pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "x"}})
            chat = await pachca.chats.get_chat(3)
            return chat.id

    assert asyncio.run(scenario()) == 3
    assert script.methods == ["POST", "GET", "GET"]
    assert sleeps.waits == [2.0]
