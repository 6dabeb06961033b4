"""Every option honoured everywhere (issue 24): `with_options()` views, the storage legs,
`without_token()`, unusable redirects, `with_raw_response`, logging and the messages of transport failures."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from client_helpers import TOKEN, Sleeps, async_client, client, schema_sample

from pachca_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncPachca,
    MissingTokenError,
    NotFoundError,
    Pachca,
    RawResponse,
    RedirectError,
    RetryPolicy,
)
from pachca_client import _logging as pachca_logging
from pachca_client._ratelimit import Limit, RateLimits
from pachca_client._request_options import options_of
from pachca_client.generated.bodies import OAuthRevokeRequestDict
from pachca_client.models import Chat, Message
from pachca_client.testing import LoopbackServer, ReceivedRequest, Reply

CHAT = {"data": schema_sample("Chat", id=7)}


def chats(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=CHAT, headers={"x-request-id": "req-7"})


def read_timeout(request: httpx.Request) -> float:
    """The read timeout the transport was told to keep for `request` (httpx's `timeout` extension)."""
    return float(request.extensions["timeout"]["read"])


# --- the storage legs keep the view's timeout -----------------------------------------------------------

UPLOAD_PARAMS = {
    "direct_url": "https://storage.example.invalid/upload",
    "key": "attaches/1/${filename}",
    "Content-Disposition": "attachment",
    "acl": "private",
    "policy": "p",
    "x-amz-credential": "c",
    "x-amz-algorithm": "AWS4-HMAC-SHA256",
    "x-amz-date": "20260101T000000Z",
    "x-amz-signature": "s",
}


def api_for_files(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/uploads"):
        return httpx.Response(201, json=UPLOAD_PARAMS)
    return httpx.Response(302, headers={"location": "https://storage.example.invalid/exports/1.zip"})


def test_uploads_and_redirected_downloads_keep_the_view_settings(tmp_path: Path) -> None:
    storage: list[httpx.Request] = []

    def store(request: httpx.Request) -> httpx.Response:
        storage.append(request)
        return httpx.Response(201) if request.method == "POST" else httpx.Response(200, content=b"PK")

    with Pachca(
        TOKEN, transport=httpx.MockTransport(api_for_files), storage_transport=httpx.MockTransport(store), timeout=30
    ) as pachca:
        pachca.files.upload(b"x", name="x.txt")  # the storage client is made here, with the parent's timeout
        view = pachca.with_options(timeout=3.5, deadline=9, max_retries=0)
        view.files.upload(b"x", name="x.txt")
        view.chats.save_export(1, tmp_path / "e.zip")
    assert [(request.method, read_timeout(request)) for request in storage] == [
        ("POST", 30.0),
        ("POST", 3.5),
        ("GET", 3.5),
    ]
    upload, download = (options_of(request) for request in storage[1:])
    assert (upload.stream, download.stream) == (False, True)
    assert {upload.deadline, download.deadline} == {9.0} and {upload.max_retries, download.max_retries} == {0}
    assert upload.operation is None and download.operation is None, "not API operations"
    assert options_of(storage[0]).max_retries == 2, "the parent's own upload keeps the parent's settings"


def test_async_uploads_and_downloads_keep_the_view_timeout(tmp_path: Path) -> None:
    storage: list[httpx.Request] = []

    async def store(request: httpx.Request) -> httpx.Response:
        await request.aread()
        storage.append(request)
        return httpx.Response(201) if request.method == "POST" else httpx.Response(200, content=b"PK")

    async def scenario() -> None:
        async with AsyncPachca(
            TOKEN, transport=httpx.MockTransport(api_for_files), storage_transport=httpx.MockTransport(store)
        ) as pachca:
            view = pachca.with_options(timeout=4.5)
            await view.files.upload(b"x", name="x.txt")
            await view.chats.save_export(1, tmp_path / "e.zip")

    asyncio.run(scenario())
    assert [read_timeout(request) for request in storage] == [4.5, 4.5]


# --- without_token() can revoke a token, as documented ---------------------------------------------------

REVOKE: OAuthRevokeRequestDict = {"token": "user-token-1", "client_id": "app-1", "client_secret": "app-secret"}


def test_a_client_without_a_token_revokes_with_the_app_credentials() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    with Pachca.without_token(transport=httpx.MockTransport(answer)) as anonymous:
        anonymous.oauth.revoke_token(body=REVOKE)
        with pytest.raises(MissingTokenError):  # everything else still needs the token
            anonymous.chats.get_chat(1)
    with Pachca(TOKEN, transport=httpx.MockTransport(answer)) as pachca:
        pachca.oauth.revoke_token(body={"token": "user-token-1"})  # a public client: its token as Bearer too
    assert [request.url.path for request in sent] == ["/api/shared/v1/oauth/revoke"] * 2
    assert "authorization" not in sent[0].headers
    assert b"client_secret=app-secret" in sent[0].content
    assert sent[1].headers["authorization"] == f"Bearer {TOKEN}"


def test_an_async_client_without_a_token_revokes_too() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    async def scenario() -> None:
        async with AsyncPachca.without_token(transport=httpx.MockTransport(answer)) as anonymous:
            await anonymous.oauth.revoke_token(body=REVOKE)

    asyncio.run(scenario())
    assert len(sent) == 1 and "authorization" not in sent[0].headers


# --- a redirect whose Location cannot be followed ------------------------------------------------------

UNUSABLE = [
    ("http://xn--zz-.example/x", "hyphen"),  # an IDNA label that does not decode
    ("ftp://files.example.invalid/x", "ftp"),
    ("mailto:someone@example.invalid", "mailto"),
    ("http://exa mple.invalid/x", "host"),
    ("https://files.example.invalid:70000/x", "port"),
]


@pytest.mark.parametrize(("location", "reason"), UNUSABLE)
def test_an_unusable_location_is_a_typed_error_naming_it(location: str, reason: str, tmp_path: Path) -> None:
    storage: list[httpx.Request] = []

    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": location})

    def store(request: httpx.Request) -> httpx.Response:
        storage.append(request)
        return httpx.Response(200)

    with client(redirect, storage_transport=httpx.MockTransport(store)) as pachca:
        for call in (
            lambda: pachca.chats.get_chat(1),
            lambda: pachca.files.download_file(1, tmp_path / "f"),
            lambda: pachca.chats.save_export(1, tmp_path),
        ):
            with pytest.raises(RedirectError) as caught:
                call()
            assert caught.value.location == location and location in str(caught.value)
            assert reason in str(caught.value).lower()
            assert caught.value.status_code == 302
    assert storage == [], "nothing was sent to an unusable location"
    assert list(tmp_path.iterdir()) == []


def test_a_storage_redirect_to_an_unusable_location_is_a_typed_error(tmp_path: Path) -> None:
    def store(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"location": "http://xn--a-.example/next"})

    def scenario_sync() -> None:
        with Pachca(
            TOKEN, transport=httpx.MockTransport(api_for_files), storage_transport=httpx.MockTransport(store)
        ) as pachca:
            with pytest.raises(RedirectError, match="xn--a-"):
                pachca.chats.save_export(1, tmp_path)
            with pytest.raises(RedirectError, match="xn--a-"):
                pachca.files.upload(b"x", name="x.txt")

    async def scenario_async() -> None:
        async with AsyncPachca(
            TOKEN, transport=httpx.MockTransport(api_for_files), storage_transport=httpx.MockTransport(store)
        ) as pachca:
            with pytest.raises(RedirectError, match="xn--a-"):
                await pachca.chats.save_export(1, tmp_path)

    scenario_sync()
    asyncio.run(scenario_async())
    assert list(tmp_path.iterdir()) == []


def test_a_relative_download_location_is_resolved_against_the_api(tmp_path: Path) -> None:
    storage: list[httpx.Request] = []

    def store(request: httpx.Request) -> httpx.Response:
        storage.append(request)
        return httpx.Response(200, content=b"PK")

    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/exports/1.zip"})

    with client(redirect, storage_transport=httpx.MockTransport(store)) as pachca:
        path = pachca.chats.save_export(1, tmp_path)
    assert str(storage[0].url) == "https://api.pachca.com/exports/1.zip" and path.read_bytes() == b"PK"


# --- with_raw_response ---------------------------------------------------------------------------------


def test_with_raw_response_gives_the_answer_and_the_parsed_value() -> None:
    message = schema_sample("Message", id=5)
    answers = iter([httpx.Response(503), httpx.Response(200, json={"data": message}, headers={"x-request-id": "r-9"})])

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(201, json={"data": message}, headers={"x-request-id": "r-1"})
        return next(answers)

    with client(answer) as pachca:
        created = pachca.with_raw_response.messages.create_message(body={"message": {"entity_id": 1, "content": "hi"}})
        fetched = pachca.with_raw_response.messages.get_message(5)
    assert isinstance(created, RawResponse)
    assert created.status_code == 201 and created.request_id == "r-1"
    assert created.headers["content-type"] == "application/json"
    assert created.http_request.method == "POST" and created.http_request.url.path.endswith("/messages")
    assert created.json() == {"data": message} and created.retries_taken == 0
    parsed = created.parse()
    assert isinstance(parsed, Message) and parsed.id == 5
    assert fetched.status_code == 200 and fetched.request_id == "r-9" and fetched.retries_taken == 1
    assert fetched.parse().id == 5
    assert TOKEN not in repr(created)


def test_with_raw_response_still_raises_typed_errors_and_downloads(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if "/files/" in request.url.path:
            return httpx.Response(
                200, content=b"bytes", headers={"content-disposition": 'attachment; filename="a.txt"'}
            )
        return httpx.Response(404, json={"errors": []})

    with client(answer) as pachca:
        with pytest.raises(NotFoundError):
            pachca.with_raw_response.chats.get_chat(1)
        raw = pachca.with_raw_response.files.download_file(3, tmp_path)
    assert raw.status_code == 200 and raw.parse() == tmp_path / "a.txt"
    assert (tmp_path / "a.txt").read_bytes() == b"bytes"


def test_with_raw_response_of_a_view_keeps_the_view_options() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return chats(request)

    with client(record) as pachca:
        pachca.with_raw_response.chats.get_chat(7)  # cached on the parent first
        raw = pachca.with_options(extra_headers={"X-Trace": "v"}).with_raw_response.chats.get_chat(7)
    assert "x-trace" not in sent[0].headers and sent[1].headers["x-trace"] == "v"
    assert isinstance(raw.parse(), Chat)


def test_async_with_raw_response() -> None:
    async def scenario() -> RawResponse[Chat]:
        async with async_client(chats) as pachca:
            return await pachca.with_raw_response.chats.get_chat(7)

    raw = asyncio.run(scenario())
    assert raw.status_code == 200 and raw.request_id == "req-7" and raw.parse().id == 7


def test_concurrent_raw_calls_keep_their_own_answers() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        chat_id = int(request.url.path.rsplit("/", 1)[1])
        return httpx.Response(
            200, json={"data": schema_sample("Chat", id=chat_id)}, headers={"x-request-id": str(chat_id)}
        )

    async def scenario() -> list[RawResponse[Chat]]:
        async with async_client(answer) as pachca:
            return list(await asyncio.gather(*(pachca.with_raw_response.chats.get_chat(i) for i in range(1, 6))))

    raws = asyncio.run(scenario())
    assert [(raw.request_id, raw.parse().id) for raw in raws] == [(str(i), i) for i in range(1, 6)]


# --- logging -------------------------------------------------------------------------------------------


@pytest.fixture
def pachca_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """PACHCA_LOG as set by a test, applied by the next client made; the logger restored afterwards."""
    logger = logging.getLogger("pachca_client")
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setattr(pachca_logging, "_configured", False)
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_pachca_log_info_logs_one_line_per_call(
    pachca_log: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PACHCA_LOG", "info")
    answers = iter([httpx.Response(503), httpx.Response(200, json=CHAT), httpx.Response(404, json={"errors": []})])
    with client(lambda request: next(answers)) as pachca:
        pachca.chats.get_chat(7)
        with pytest.raises(NotFoundError):
            pachca.chats.get_chat(8)
    lines = [line for line in capsys.readouterr().err.splitlines() if " -> " in line]
    assert len(lines) == 2, lines
    assert re.search(r"INFO GET /api/shared/v1/chats/7 -> 200 in \d+ ms \(1 retry\)", lines[0]), lines[0]
    assert re.search(r"INFO GET /api/shared/v1/chats/8 -> 404 in \d+ ms \(0 retries\)", lines[1]), lines[1]


def test_a_failed_call_is_logged_too(
    pachca_log: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PACHCA_LOG", "info")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with client(refuse, max_retries=1) as pachca, pytest.raises(APIConnectionError):
        pachca.chats.get_chat(7)
    err = capsys.readouterr().err
    assert re.search(r"GET /api/shared/v1/chats/7 -> failed: APIConnectionError in \d+ ms \(1 retry\)", err), err


def test_rate_limiter_waits_are_logged_at_debug_and_the_token_never(
    pachca_log: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PACHCA_LOG", "debug")
    sleeps = Sleeps()
    limits = RateLimits(token=Limit(1.0, 1.0), headroom=1.0)
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, jitter=(1.0, 1.0))
    with Pachca(TOKEN, transport=httpx.MockTransport(chats), retry_policy=policy, rate_limits=limits) as pachca:
        pachca.chats.get_chat(7)
        pachca.chats.get_chat(7)
    err = capsys.readouterr().err
    assert sleeps.waits and re.search(r"DEBUG GET /api/shared/v1/chats/7 waits [\d.]+ s for the rate limiter", err)
    assert "Authorization': '<redacted>'" in err
    assert TOKEN not in err


# --- messages that say what to do -----------------------------------------------------------------------


def failing(error: type[httpx.TransportError]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("boom", request=request)

    return handler


def test_a_connection_error_names_host_and_port() -> None:
    with client(failing(httpx.ConnectError), max_retries=0) as pachca, pytest.raises(APIConnectionError) as caught:
        pachca.chats.get_chat(1)
    assert "api.pachca.com:443" in str(caught.value)
    with LoopbackServer(lambda request: Reply()) as server:
        base = server.url
    with Pachca(TOKEN, base_url=base, max_retries=0) as pachca, pytest.raises(APIConnectionError) as caught:
        pachca.chats.get_chat(1)  # the server has stopped: the port refuses
    assert base.removeprefix("http://") in str(caught.value)


def test_a_read_timeout_of_a_post_says_it_may_have_reached_the_server() -> None:
    with client(failing(httpx.ReadTimeout), timeout=12) as pachca, pytest.raises(APITimeoutError) as caught:
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "hi"}})
    message = str(caught.value)
    assert "POST /api/shared/v1/messages" in message and "api.pachca.com:443" in message
    assert "read timeout of 12 s" in message and "1 attempt" in message
    assert "may have reached the server" in message


def test_a_connect_timeout_of_a_post_says_it_was_not_sent() -> None:
    with client(failing(httpx.ConnectTimeout), timeout=12, max_retries=2) as pachca:
        with pytest.raises(APITimeoutError) as caught:
            pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "hi"}})
    message = str(caught.value)
    assert "connect timeout of 10 s" in message and "3 attempts" in message and "not sent" in message


def test_a_get_timeout_names_path_limit_and_attempts_without_a_delivery_note() -> None:
    with client(failing(httpx.ReadTimeout), timeout=5, max_retries=1) as pachca:
        with pytest.raises(APITimeoutError) as caught:
            pachca.chats.get_chat(3)
    message = str(caught.value)
    assert "GET /api/shared/v1/chats/3" in message and "read timeout of 5 s" in message and "2 attempts" in message
    assert "reached" not in message and "not sent" not in message


def test_a_real_read_timeout_over_the_loopback() -> None:
    def slow(request: ReceivedRequest) -> Reply:
        return Reply.json({"data": schema_sample("Message")}, status=201, delay=1.0)

    with LoopbackServer(slow) as server, Pachca(TOKEN, base_url=server.url, timeout=0.2) as pachca:
        with pytest.raises(APITimeoutError) as caught:
            pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "hi"}})
        assert len(server.requests) == 1, "a POST is not resent after a read timeout"
    message = str(caught.value)
    assert "read timeout of 0.2 s" in message and "may have reached the server" in message


def test_a_deadline_message_names_the_attempts() -> None:
    def slow_then_timeout(request: httpx.Request) -> httpx.Response:
        time.sleep(0.1)  # past the deadline, which then names the call's end
        raise httpx.ReadTimeout("boom", request=request)

    with client(slow_then_timeout, deadline=0.05, rate_limits=False) as pachca:
        with pytest.raises(APITimeoutError) as caught:
            pachca.chats.get_chat(3)
    message = str(caught.value)
    assert "GET /api/shared/v1/chats/3" in message and "deadline of 0.05 s" in message
    assert "1 attempt, last error: ReadTimeout" in message
