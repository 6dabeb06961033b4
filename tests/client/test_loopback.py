"""The client over real sockets: a server on 127.0.0.1 started by the test answers, stalls, drops."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator

import pytest
from spec_samples import load_project_spec, sample

from pachca_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncPachca,
    InternalServerError,
    Pachca,
    RetryPolicy,
)
from pachca_client.testing import LoopbackServer, ReceivedRequest, Reply

TOKEN = "loopback-secret-token"
MESSAGE = {"message": {"entity_id": 1, "content": "sent once"}}


def chat_reply(chat_id: int = 1) -> Reply:
    spec = load_project_spec()
    chat = sample(spec, spec["components"]["schemas"]["Chat"])
    chat["id"] = chat_id
    return Reply.json({"data": chat})


def scripted(*replies: Reply) -> Iterator[Reply]:
    """Answers in order; the last one repeats."""
    yield from replies[:-1]
    while True:
        yield replies[-1]


def serve(*replies: Reply) -> LoopbackServer:
    answers = scripted(*replies)
    return LoopbackServer(lambda request: next(answers))


def pachca_for(server: LoopbackServer, **options: object) -> Pachca:
    policy = RetryPolicy(sleep=lambda seconds: None, initial_delay=0.01)
    return Pachca(TOKEN, base_url=server.url + "/api/shared/v1", retry_policy=policy, **options)  # type: ignore[arg-type]


def test_post_answered_503_reaches_the_server_exactly_once() -> None:
    with serve(Reply.json({"errors": []}, status=503)) as server, pachca_for(server, max_retries=3) as pachca:
        with pytest.raises(InternalServerError):
            pachca.messages.create_message(body=MESSAGE)
        assert [r.method for r in server.requests] == ["POST"]


def test_get_answered_503_twice_then_200_succeeds_on_the_third_request() -> None:
    failing = Reply.json({"errors": []}, status=503)
    with serve(failing, failing, chat_reply(8)) as server, pachca_for(server) as pachca:
        assert pachca.chats.get_chat(8).id == 8
        assert len(server.requests) == 3
        assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in server.requests)
        assert server.requests[0].path == "/api/shared/v1/chats/8"


def test_a_stalled_answer_times_out_within_the_configured_bound() -> None:
    with serve(Reply(delay=1.5)) as server, pachca_for(server, timeout=0.2, max_retries=1) as pachca:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            pachca.chats.get_chat(1)
        elapsed = time.monotonic() - started
        assert elapsed < 1.2, f"two attempts of 0.2 s should not take {elapsed:.2f} s"
        assert len(server.requests) == 2


def test_a_dropped_connection_is_retried_for_get_but_not_for_post() -> None:
    with serve(Reply(misbehave="drop"), chat_reply(4)) as server, pachca_for(server) as pachca:
        assert pachca.chats.get_chat(4).id == 4
        assert len(server.requests) == 2
    with serve(Reply(misbehave="drop")) as server, pachca_for(server) as pachca:
        with pytest.raises(APIConnectionError):
            pachca.messages.create_message(body=MESSAGE)
        assert len(server.requests) == 1


def test_a_truncated_body_is_retried_for_get() -> None:
    with (
        serve(Reply.json({"data": {"id": 1}}, misbehave="truncate"), chat_reply(2)) as server,
        pachca_for(server) as pachca,
    ):
        assert pachca.chats.get_chat(2).id == 2
        assert len(server.requests) == 2


def test_a_closed_port_raises_a_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = RetryPolicy(sleep=lambda seconds: None)
    with Pachca(TOKEN, base_url=f"http://127.0.0.1:{port}", retry_policy=policy) as pachca:
        with pytest.raises(APIConnectionError) as caught:
            pachca.messages.create_message(body=MESSAGE)
    assert not isinstance(caught.value, APITimeoutError)
    assert TOKEN not in str(caught.value)


def test_429_with_retry_after_is_honoured_over_the_wire() -> None:
    waits: list[float] = []
    policy = RetryPolicy(sleep=waits.append)
    replies = serve(Reply.json({}, status=429, headers={"Retry-After": "3"}), chat_reply(5))
    with replies as server, Pachca(TOKEN, base_url=server.url, retry_policy=policy) as pachca:
        assert pachca.chats.get_chat(5).id == 5
    assert waits == [3.0]


def test_a_502_html_page_over_the_wire_is_a_typed_error() -> None:
    page = Reply(
        status=502, body=b"<html><body><h1>502 Bad Gateway</h1></body></html>", headers={"Content-Type": "text/html"}
    )
    with serve(page) as server, pachca_for(server, max_retries=0) as pachca:
        with pytest.raises(InternalServerError, match="502 Bad Gateway"):
            pachca.chats.get_chat(1)


def test_async_client_over_the_wire() -> None:
    def app(request: ReceivedRequest) -> Reply:
        if request.method == "POST":
            return Reply.json({"errors": []}, status=503)
        return chat_reply(int(request.path.rsplit("/", 1)[-1]))

    async def scenario(server: LoopbackServer) -> list[int]:
        policy = RetryPolicy(async_sleep=lambda seconds: asyncio.sleep(0))
        async with AsyncPachca(TOKEN, base_url=server.url, retry_policy=policy) as pachca:
            with pytest.raises(InternalServerError):
                await pachca.messages.create_message(body=MESSAGE)
            chats = await asyncio.gather(*(pachca.chats.get_chat(i) for i in range(1, 21)))
            return [c.id for c in chats]

    with LoopbackServer(app) as server:
        assert asyncio.run(scenario(server)) == list(range(1, 21))
        assert [r.method for r in server.requests].count("POST") == 1
