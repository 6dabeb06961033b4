"""The client against a hostile server, a flaky network and a careless caller, over real sockets.

Every call ends in success or a `PachcaError` subclass within its deadline; nothing is
overwritten, nothing is kept whole in memory that should not be, and settings reach storage too.
The raw servers here speak HTTP by hand so that they can misbehave in ways a framework will not.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_samples import schema_sample

from pachca_client import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncPachca,
    Pachca,
    PachcaError,
    PaginationError,
    ResponseTooLargeError,
    RetryPolicy,
)
from pachca_client._uploads import FileWindow

TOKEN = "hostile-SECRET-token"
NO_SLEEP = RetryPolicy(sleep=lambda seconds: None, initial_delay=0.0)

Conversation = Callable[[socket.socket, int], None]  # (connection, index of the request) -> writes an answer


@contextmanager
def raw_server(conversation: Conversation, bodies: list[bytes] | None = None) -> Iterator[str]:
    """A loopback server that reads each request head and lets `conversation` answer however it likes."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    counter = iter(range(10_000))

    def serve_connection(connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            buffer = b""
            try:
                while not stop.is_set():
                    while b"\r\n\r\n" not in buffer:
                        data = connection.recv(65536)
                        if not data:
                            return
                        buffer += data
                    head, _, buffer = buffer.partition(b"\r\n\r\n")
                    length = next(
                        (
                            int(line.split(b":")[1])
                            for line in head.split(b"\r\n")
                            if line.lower().startswith(b"content-length")
                        ),
                        0,
                    )
                    while len(buffer) < length:
                        buffer += connection.recv(65536)
                    if bodies is not None:
                        bodies.append(buffer[:length])
                    buffer = buffer[length:]
                    conversation(connection, next(counter))
            except OSError:
                return

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve_connection, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/api/shared/v1"
    finally:
        stop.set()
        listener.close()
        thread.join(2)


def answer(connection: socket.socket, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", *(f"{k}: {v}" for k, v in (headers or {}).items())]
    connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)


def chat_body(chat_id: int = 1) -> bytes:
    chat = schema_sample("Chat")
    chat["id"] = chat_id
    return json.dumps({"data": chat}).encode()


def client(url: str, **options: Any) -> Pachca:
    options.setdefault("retry_policy", NO_SLEEP)
    return Pachca(TOKEN, base_url=url, **options)


# --- 1. exceptions outside PachcaError --------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 404])
def test_a_body_labelled_gzip_that_is_not_is_retried_then_typed(status: int) -> None:
    def conversation(connection: socket.socket, index: int) -> None:
        if index == 0:
            answer(connection, status, b"definitely not gzip", {"Content-Encoding": "gzip"})
        else:
            answer(connection, 200, gzip.compress(chat_body(5)), {"Content-Encoding": "gzip"})

    with raw_server(conversation) as url, client(url) as pachca:
        assert pachca.chats.get_chat(5).id == 5, "a corrupt transfer of a GET is retried like a cut body"

    garbage: Conversation = lambda connection, index: answer(  # noqa: E731
        connection, status, b"not gzip", {"Content-Encoding": "gzip"}
    )
    with raw_server(garbage) as url, client(url) as pachca:
        with pytest.raises(APIConnectionError, match="undecodable"):
            pachca.chats.get_chat(5)


def test_deeply_nested_json_is_a_validation_error() -> None:
    nested = b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with raw_server(lambda connection, index: answer(connection, 200, nested)) as url, client(url) as pachca:
        with pytest.raises(APIResponseValidationError):
            pachca.chats.get_chat(1)


@pytest.mark.parametrize("body", [b'{"data": null}', b"[1, 2]", b'"x"', b"{}", b'{"data": [1]}'])
def test_malformed_status_answers_are_typed(body: bytes) -> None:
    with raw_server(lambda connection, index: answer(connection, 200, body)) as url, client(url) as pachca:
        try:
            result = pachca.profile.get_status()
        except PachcaError:
            return
        assert result is None, f"{body!r} gave {result!r} instead of None or a PachcaError"


@pytest.mark.parametrize(
    ("location", "expected"),
    [("/relative/path", APIConnectionError), ("http://127.0.0.1:9/closed", APIConnectionError)],
)
def test_storage_failures_are_typed(tmp_path: Path, location: str, expected: type[Exception]) -> None:
    redirect: Conversation = lambda connection, index: answer(connection, 302, b"", {"Location": location})  # noqa: E731
    with raw_server(redirect) as url, client(url) as pachca:
        with pytest.raises(expected):
            pachca.chats.save_export(1, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_download_cut_short_is_typed_and_leaves_nothing(tmp_path: Path) -> None:
    def cut(connection: socket.socket, index: int) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + b"x" * 10)
        connection.shutdown(socket.SHUT_WR)

    with raw_server(cut) as url, client(url) as pachca:
        with pytest.raises(APIConnectionError):
            pachca.files.download_file(3, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_300_character_server_file_name_is_shortened(tmp_path: Path) -> None:
    name = "a" * 300 + ".zip"
    disposition = f'attachment; filename="{name}"'
    ok: Conversation = lambda c, i: answer(c, 200, b"zip", {"Content-Disposition": disposition})  # noqa: E731
    with raw_server(ok) as url, client(url) as pachca:
        path = pachca.files.download_file(3, tmp_path)
    assert path.suffix == ".zip" and len(path.name.encode()) <= 200 and path.read_bytes() == b"zip"


# --- 3. a deadline per call --------------------------------------------------------------------------


def trickle(connection: socket.socket, index: int) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}":
        connection.sendall(bytes([byte]))
        time.sleep(0.3)


def test_a_trickling_server_is_cut_off_at_the_deadline() -> None:
    with raw_server(trickle) as url, client(url, timeout=2, deadline=1.0) as pachca:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline of 1 s"):
            pachca.chats.get_chat(1)
        assert time.monotonic() - started < 1.8


def test_the_deadline_holds_for_async_calls_and_per_call() -> None:
    async def main() -> float:
        with raw_server(trickle) as url:
            async with AsyncPachca(TOKEN, base_url=url, timeout=2, retry_policy=NO_SLEEP) as pachca:
                started = time.monotonic()
                with pytest.raises(APITimeoutError):
                    await pachca.with_options(deadline=0.8).chats.get_chat(1)
                return time.monotonic() - started

    assert asyncio.run(main()) < 1.6


def test_retries_and_backoff_never_outlast_the_deadline() -> None:
    slept: list[float] = []
    policy = RetryPolicy(sleep=slept.append, initial_delay=5.0, max_retries=5, jitter=(1.0, 1.0))
    busy: Conversation = lambda c, i: answer(c, 503, b'{"errors": []}')  # noqa: E731
    with raw_server(busy) as url, client(url, retry_policy=policy, deadline=3.0) as pachca:
        with pytest.raises(PachcaError):
            pachca.chats.get_chat(1)
    assert slept == [], "a 5 s backoff does not fit a 3 s deadline, so the 503 is given to the caller"


# --- 5. uploads from a file not at position 0, or growing -------------------------------------------


def test_a_window_sends_exactly_what_was_measured() -> None:
    source = io.BytesIO(b"HEADER" + b"payload")
    window = FileWindow(source, 6, 7)
    window.seek(0)
    assert window.read() == b"payload"
    source.seek(0, os.SEEK_END)
    source.write(b"grown later")
    window.seek(0)
    assert window.read() == b"payload", "bytes appended after measuring are not sent"
    assert window.seek(0, os.SEEK_END) == 7


def test_an_upload_from_a_file_not_at_position_0_sends_the_rest_only(fake_pachca: Any, pachca: Pachca) -> None:
    source = io.BytesIO(b"SKIP" + b"%PDF-1.7 the rest")
    source.seek(4)
    uploaded = pachca.files.upload(source, name="rest.pdf")
    assert uploaded.size == len(b"%PDF-1.7 the rest")
    (upload,) = [r for r in fake_pachca.storage.requests if r.method == "POST"]
    assert b"%PDF-1.7 the rest" in upload.body and b"SKIP" not in upload.body


# --- 9. with_options reaches storage; clones share it ----------------------------------------------


def test_with_options_max_retries_reaches_storage_and_close_closes_the_clones_storage() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.host)
        if request.url.host == "api.pachca.test":
            fields = {"key": "k/${filename}", "direct_url": "https://storage.pachca.test/up", "acl": "private"}
            return httpx.Response(
                201,
                json={
                    **dict.fromkeys(
                        ("policy", "x-amz-credential", "x-amz-algorithm", "x-amz-date", "x-amz-signature"), "v"
                    ),
                    **fields,
                    "Content-Disposition": "attachment",
                },
            )
        return httpx.Response(429, headers={"Retry-After": "0"})

    transport = httpx.MockTransport(handler)
    pachca = Pachca(TOKEN, base_url="https://api.pachca.test/api/shared/v1", transport=transport, retry_policy=NO_SLEEP)
    view = pachca.with_options(max_retries=0)
    with pytest.raises(PachcaError):
        view.files.upload(b"data", name="a.txt")
    assert calls.count("storage.pachca.test") == 1, "max_retries=0 holds at storage too"
    storage = view._storage
    assert storage is pachca._storage, "views share one storage client"
    pachca.close()
    assert storage.is_closed


# --- 12. answers larger than the cap -----------------------------------------------------------------


def test_an_answer_larger_than_the_cap_is_refused_without_reading_it_all() -> None:
    def huge(connection: socket.socket, index: int) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"x" * 65536
        try:
            for _ in range(8000):  # 500 MB if it were read to the end
                connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            return

    with raw_server(huge) as url, client(url, max_response_bytes=1 << 20) as pachca:
        started = time.monotonic()
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
            pachca.chats.get_chat(1)
        assert time.monotonic() - started < 5


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    def declared(connection: socket.socket, index: int) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 524288000\r\n\r\n{")

    with raw_server(declared) as url, client(url, max_response_bytes=1 << 20) as pachca:
        with pytest.raises(ResponseTooLargeError, match="declares"):
            pachca.chats.get_chat(1)


# --- 13. a 429 cools the whole client down -----------------------------------------------------------


def test_a_429_storm_costs_one_round_not_one_per_task() -> None:
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(time.monotonic())
        if len(sent) == 1:
            return httpx.Response(429, headers={"Retry-After": "0.3"})
        return httpx.Response(200, content=chat_body(1), headers={"Content-Type": "application/json"})

    async def main() -> None:
        transport = httpx.MockTransport(handler)
        async with AsyncPachca(
            TOKEN, base_url="https://api.pachca.test/api/shared/v1", transport=transport, rate_limits=False
        ) as p:
            await asyncio.gather(*(p.chats.get_chat(1) for _ in range(500)))

    started = time.monotonic()
    asyncio.run(main())
    assert len(sent) == 501, f"500 calls under one 429 sent {len(sent)} requests"
    assert all(moment - started >= 0.29 for moment in sent[1:]), "nobody sent during the cooldown"


# --- 14. proxies from the environment, proxy= and http_client= ----------------------------------------


def test_environment_proxies_are_honoured_and_no_proxy_too(monkeypatch: pytest.MonkeyPatch) -> None:
    def proxy(connection: socket.socket, index: int) -> None:
        answer(connection, 200, chat_body(9))

    with raw_server(proxy) as proxy_url:
        proxy_origin = proxy_url.rsplit("/api/", 1)[0]
        monkeypatch.setenv("HTTP_PROXY", proxy_origin)
        monkeypatch.delenv("NO_PROXY", raising=False)
        with Pachca(TOKEN, base_url="http://api.pachca.example/api/shared/v1", retry_policy=NO_SLEEP) as pachca:
            assert pachca.chats.get_chat(9).id == 9, "the request went through the proxy on 127.0.0.1"
        monkeypatch.setenv("NO_PROXY", "api.pachca.example")
        with Pachca(
            TOKEN, base_url="http://api.pachca.example/api/shared/v1", retry_policy=NO_SLEEP, max_retries=0
        ) as pachca:
            with pytest.raises(APIConnectionError):
                pachca.chats.get_chat(9)  # no proxy for this host: a direct connection to a name that does not resolve


def test_a_callers_own_http_client_is_used_with_our_auth_and_retries() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(503)
        return httpx.Response(200, content=chat_body(2), headers={"Content-Type": "application/json"})

    own = httpx.Client(transport=httpx.MockTransport(handler), headers={"X-Mine": "1"})
    with Pachca(TOKEN, base_url="https://api.pachca.test/api/shared/v1", http_client=own, retry_policy=NO_SLEEP) as p:
        assert p.chats.get_chat(2).id == 2
    assert len(calls) == 2 and calls[1].headers["authorization"] == f"Bearer {TOKEN}"
    assert not own.is_closed, "the caller's client is the caller's to close"
    own.close()


# --- 15. logging ---------------------------------------------------------------------------------------


def test_the_library_is_silent_without_pachca_log_and_redacts_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    library = logging.getLogger("pachca_client")
    assert any(isinstance(handler, logging.NullHandler) for handler in library.handlers)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=chat_body(1)))
    with caplog.at_level(logging.DEBUG, logger="pachca_client"):
        with Pachca(TOKEN, base_url="https://api.pachca.test/api/shared/v1", transport=transport) as pachca:
            pachca.chats.get_chat(1)
    text = caplog.text
    assert "'Authorization': 'Bearer <redacted>'" in text or "'authorization': '<redacted>'" in text.lower()
    assert TOKEN not in text


# --- 2. a retried multipart body from a non-seekable stream is the same body ------------------------


class OneWayStream(io.RawIOBase):
    """A pipe-like binary stream: readable once, not seekable."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_a_multipart_body_retried_after_a_503_is_sent_whole_again() -> None:
    avatar = b"\x89PNG\r\n\x1a\n" + b"pixels" * 1000
    bodies: list[bytes] = []

    def conversation(connection: socket.socket, index: int) -> None:
        if index == 0:
            answer(connection, 503, b'{"errors": []}')
        else:
            answer(connection, 200, json.dumps({"data": {"image_url": "https://x.test/a.png"}}).encode())

    with raw_server(conversation, bodies) as url, client(url) as pachca:
        pachca.profile.update_profile_avatar(body={"image": OneWayStream(avatar)})
    assert len(bodies) == 2
    assert avatar in bodies[0] and avatar in bodies[1], "the retry carried the same file, not an empty part"


# --- 6. cursors that loop over the wire ----------------------------------------------------------------


def test_a_listing_whose_cursors_loop_raises_instead_of_repeating_items() -> None:
    chat = schema_sample("Chat")

    def pages(connection: socket.socket, index: int) -> None:
        next_page = ["a", "b", "a"][index % 3]
        body = {"data": [{**chat, "id": index}], "meta": {"paginate": {"next_page": next_page, "has_next": True}}}
        answer(connection, 200, json.dumps(body).encode())

    with raw_server(pages) as url, client(url) as pachca:
        seen: list[int] = []
        with pytest.raises(PaginationError, match="loop"):
            for item in pachca.chats.list_chats_iter():
                seen.append(item.id)
        assert seen == [0, 1, 2] and len(set(seen)) == len(seen), "no item was yielded twice"
