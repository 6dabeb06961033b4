"""Per-call settings are one frozen `CallOptions`; a request carries what they resolve to under one key.

`with_options()` is `CallOptions.replace`, checked as it is made; the auth, retry and rate-limit layers and
the error types read a request's `RequestOptions` and nothing else of the client's.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from typing import Any

import httpx
import pytest
from client_helpers import TOKEN, client, schema_sample

from pachca_client import AsyncPachca, CallOptions, Pachca
from pachca_client._options import ClientOptions
from pachca_client._request_options import ATTEMPTS, REQUEST_OPTIONS, RequestOptions, options_of

CHAT = {"data": schema_sample("Chat", id=7)}


def chats(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=CHAT)


def recorded(**options: Any) -> tuple[Pachca, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return chats(request)

    return client(answer, **options), seen


def test_call_options_are_frozen_and_a_view_holds_a_replaced_copy() -> None:
    pachca, _ = recorded(deadline=60)
    with pachca:
        with pytest.raises(dataclasses.FrozenInstanceError):
            pachca.options.deadline = 1.0  # type: ignore[misc]
        view = pachca.with_options(deadline=5, max_retries=0, rate_limited=False)
        assert view.options == dataclasses.replace(pachca.options, deadline=5.0, max_retries=0, rate_limited=False)
        assert pachca.options.deadline == 60.0 and pachca.options.max_retries == 2, "the parent is unchanged"
        assert (view.deadline, view.max_retries, view.rate_limited) == (5.0, 0, False)
        assert view.retry_policy.max_retries == 0 and pachca.retry_policy.max_retries == 2
        assert pachca.with_options().options is pachca.options, "nothing given, nothing copied"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"timeout": -1}, "timeout must be a positive number"),
        ({"max_retries": -1}, "max_retries must be a non-negative integer"),
        ({"max_retries": True}, "max_retries must be a non-negative integer"),
        ({"deadline": 0}, "deadline must be a positive number"),
        ({"max_response_bytes": 0}, "max_response_bytes must be a positive integer"),
    ],
)
def test_a_bad_setting_is_refused_where_it_is_made(change: dict[str, Any], message: str) -> None:
    pachca, seen = recorded()
    with pachca:
        with pytest.raises(ValueError, match=message):
            pachca.with_options(**change)
        with pytest.raises(ValueError, match=message):
            dataclasses.replace(pachca.options, **change)
        with pytest.raises(ValueError, match=message):
            Pachca(TOKEN, transport=httpx.MockTransport(chats), **change)
        pachca.chats.get_chat(7)
    assert len(seen) == 1, "the refused views sent nothing"
    assert options_of(seen[0])._replace(deadline_at=None) == pachca.options.for_request(operation="get_chat")._replace(
        deadline_at=None
    ), "the client's own settings are as they were"


def test_a_call_carries_its_view_settings_under_one_key() -> None:
    pachca, seen = recorded()
    with pachca:
        view = pachca.with_options(deadline=7, max_retries=1, max_response_bytes=4096, rate_limited=False)
        before = time.monotonic()
        view.chats.get_chat(7)
        pachca.chats.get_chat(7)
    ours = {key for request in seen for key in request.extensions if key.startswith("pachca_client")}
    assert ours == {REQUEST_OPTIONS, ATTEMPTS}, "settings under one key; the attempts are an outcome"
    carried = options_of(seen[0])
    assert isinstance(carried, RequestOptions)
    with pytest.raises(AttributeError):
        carried.max_retries = 5  # type: ignore[misc]
    assert (carried.max_retries, carried.deadline, carried.max_response_bytes, carried.rate_limited) == (
        1,
        7.0,
        4096,
        False,
    )
    assert carried.operation == "get_chat" and carried.stream is False and carried.authenticated is True
    assert carried.deadline_at is not None and before + 7 <= carried.deadline_at <= time.monotonic() + 7
    assert options_of(seen[1]).max_retries == 2 and options_of(seen[1]).rate_limited is True


def test_the_async_twin_sends_the_same_options() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return chats(request)

    async def scenario() -> None:
        async with AsyncPachca(TOKEN, transport=httpx.MockTransport(answer)) as pachca:
            await pachca.with_options(max_retries=0, strict=True).chats.get_chat(7)

    asyncio.run(scenario())
    assert options_of(seen[0]).max_retries == 0 and options_of(seen[0]).operation == "get_chat"


def test_client_options_never_show_the_token() -> None:
    options = ClientOptions(token=TOKEN, base_url="https://api.pachca.test/api/shared/v1")
    assert options.bearer == TOKEN and isinstance(options.call, CallOptions)
    assert TOKEN not in repr(options)
    with pytest.raises(ValueError, match="starts with 'Bearer '"):
        ClientOptions(token="Bearer " + TOKEN)
