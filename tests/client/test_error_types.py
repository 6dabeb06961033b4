"""The error contract (issue 24): every error a call raises is a typed `PachcaError`, its message says what to
do, and Pachca's newer error documentation (two kinds of 429, a search's 504 `timeout`, the export interval,
`insufficient_scope` with `WWW-Authenticate`, `role_forbidden`, `already_exists`, `service_unavailable`)
maps to exceptions and to the right retry rule (`_exceptions.py`, `_retry.py`, `_reading.py`,
`_validation.py`)."""

from __future__ import annotations

import io
import json
import threading
from typing import Any

import httpx
import pytest
from client_helpers import TOKEN, Scripted, Sleeps, api_error, client
from spec_samples import schema_sample

import pachca_client
from pachca_client import (
    AlreadyExistsError,
    AuthenticationError,
    InsufficientScopeError,
    InternalServerError,
    InvalidArgumentError,
    OperationRateLimitError,
    Pachca,
    PachcaError,
    PermissionDeniedError,
    RateLimitError,
    RoleForbiddenError,
    SearchTimeoutError,
    ServiceUnavailableError,
    UnprocessableEntityError,
    ValidationError,
)
from pachca_client._exceptions import status_error
from pachca_client.bot import TriggerExpiredError
from pachca_client.bulk import run_many, send_to_chats
from pachca_client.generated.operations import OPERATIONS

DEEP = b"[" * 100_000 + b"]" * 100_000


# --- 1. every error is a PachcaError ---------------------------------------------------------------------


def test_a_malformed_item_of_send_to_chats_is_its_own_outcome_and_the_others_are_sent() -> None:
    message = schema_sample("Message")
    sent: list[Any] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        chat_id = json.loads(request.content)["message"]["entity_id"]
        with lock:
            sent.append(chat_id)
        return httpx.Response(201, json={"data": {**message, "chat_id": chat_id}})

    with client(handler, rate_limits=False) as pachca:
        outcomes = send_to_chats(pachca, [1, "two", 3], "release")  # type: ignore[list-item]
    assert [o.ok for o in outcomes] == [True, False, True]
    error = outcomes[1].error
    assert isinstance(error, ValidationError) and isinstance(error, PachcaError) and isinstance(error, ValueError)
    assert error.path == "body.message.entity_id", "the JSON path at fault"
    assert sorted(sent) == [1, 3]


def test_an_argument_of_the_wrong_type_is_an_outcome_of_run_many_too() -> None:
    chat = schema_sample("Chat")
    with client(lambda request: httpx.Response(200, json={"data": chat}), rate_limits=False) as pachca:
        outcomes = run_many(pachca.chats.get_chat, [1, "2"])  # type: ignore[list-item]
    assert outcomes[0].ok
    error = outcomes[1].error
    assert isinstance(error, InvalidArgumentError) and isinstance(error, TypeError)
    assert "get_chat" in str(error)


def test_the_type_errors_of_public_calls_are_pachca_errors(scripted: Scripted) -> None:
    script = scripted([])
    with client(script) as pachca:
        failures: list[Exception] = []
        for attempt in (
            lambda: pachca.chats.create_chat(body=["not", "a", "mapping"]),  # type: ignore[arg-type]
            lambda: pachca.files.upload(12345),  # type: ignore[arg-type]
            lambda: pachca.files.upload(io.StringIO("text")),  # type: ignore[arg-type]
            lambda: pachca.with_options(extra_body=5),  # type: ignore[arg-type]
            lambda: pachca.with_options(strict="yes"),  # type: ignore[arg-type]
            lambda: Pachca(12345),  # type: ignore[arg-type]
        ):
            with pytest.raises(TypeError) as caught:
                attempt()
            failures.append(caught.value)
    assert all(isinstance(failure, InvalidArgumentError) for failure in failures), failures
    assert script.requests == [], "nothing was sent"
    assert issubclass(TriggerExpiredError, PachcaError) and issubclass(TriggerExpiredError, RuntimeError)


@pytest.mark.parametrize("status", [400, 503])
def test_a_deeply_nested_error_body_is_a_typed_error_with_the_raw_start(status: int) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=DEEP, headers={"content-type": "application/json"})

    with client(handler, max_retries=0) as pachca:
        with pytest.raises(pachca_client.APIStatusError) as caught:
            pachca.chats.get_chat(1)
    assert caught.value.status_code == status and caught.value.body is None
    assert "body: '[[[[" in str(caught.value), "the message quotes the start of the raw body"
    assert len(str(caught.value)) < 1000


class GrowingFile(io.BytesIO):
    """A file that grows while it is being sent (a log still being written, a picture still being saved)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.grown = False

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        if chunk and not self.grown:
            self.grown = True
            position = self.tell()
            self.seek(0, io.SEEK_END)
            self.write(b"GROWN" * 20_000)
            self.seek(position)
        return chunk


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00\x00\x00\x10" * 2 + b"\x08\x02\x00\x00\x00" + b"p" * 4000


def _avatar_uploads(fake: Any) -> list[bytes]:
    return [r.body for r in fake.api.requests if r.method == "PUT" and r.path.endswith("/avatar")]


def test_an_avatar_from_a_file_that_grows_meanwhile_sends_what_was_measured(fake_pachca: Any, pachca: Pachca) -> None:
    growing = GrowingFile(PNG)
    growing.name = "me.png"
    avatar = pachca.profile.update_profile_avatar(body={"image": growing})
    assert avatar.image_url
    (sent,) = _avatar_uploads(fake_pachca)
    assert PNG in sent and b"GROWN" not in sent


def test_an_avatar_from_a_file_not_at_position_0_sends_the_rest_only(fake_pachca: Any, pachca: Pachca) -> None:
    source = io.BytesIO(b"SKIPPED" + PNG)
    source.seek(len(b"SKIPPED"))
    pachca.profile.update_profile_avatar(body={"image": source})
    (sent,) = _avatar_uploads(fake_pachca)
    assert PNG in sent and b"SKIPPED" not in sent


# --- 3. messages that say what to do --------------------------------------------------------------------


def _answer(status: int, request: httpx.Request, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=request, **kwargs)


def test_a_401_says_to_check_the_token(scripted: Scripted) -> None:
    oauth = {"error": "invalid_token", "error_description": "Access token is unknown"}
    with client(scripted([httpx.Response(401, json=oauth)])) as pachca:
        with pytest.raises(AuthenticationError, match="the token is wrong, revoked or expired"):
            pachca.profile.get_profile()


def test_a_pasted_bearer_prefix_is_named_at_construction_and_in_a_401() -> None:
    with pytest.raises(ValueError, match="starts with 'Bearer '"):
        Pachca(f"Bearer {TOKEN}")
    with pytest.raises(ValueError, match="starts with 'Bearer '"):
        Pachca(f"bearer {TOKEN}")
    sent = httpx.Request(
        "GET", "https://api.pachca.com/api/shared/v1/profile", headers={"authorization": "Bearer Bearer x1234567"}
    )
    error = status_error(_answer(401, sent, json={"error": "invalid_token", "error_description": "unknown"}))
    assert isinstance(error, AuthenticationError)
    assert "without its 'Bearer ' prefix" in str(error)


def test_insufficient_scope_names_the_scope_from_www_authenticate(scripted: Scripted) -> None:
    challenge = 'Bearer error="insufficient_scope", error_description="Insufficient scope. Required: x:y", scope="x:y"'
    answer = httpx.Response(
        403,
        json={"error": "insufficient_scope", "error_description": "Insufficient scope"},
        headers={"WWW-Authenticate": challenge},
    )
    with client(scripted([answer])) as pachca:
        with pytest.raises(InsufficientScopeError) as caught:
            pachca.profile.get_profile()
    error = caught.value
    assert isinstance(error, PermissionDeniedError)
    assert error.scope == "x:y" and error.www_authenticate["error"] == "insufficient_scope"
    assert "lacks the scope 'x:y'" in str(error)


def test_insufficient_scope_without_the_header_names_the_operations_scope(scripted: Scripted) -> None:
    needed = OPERATIONS["get_profile"].scope
    assert needed, "openapi.yaml gives get_profile a scope"
    answer = httpx.Response(403, json={"error": "insufficient_scope", "error_description": "Insufficient scope"})
    with client(scripted([answer])) as pachca:
        with pytest.raises(InsufficientScopeError) as caught:
            pachca.profile.get_profile()
    assert caught.value.scope == needed and repr(needed) in str(caught.value)


def test_role_forbidden_says_a_new_token_will_not_help(scripted: Scripted) -> None:
    answer = httpx.Response(403, json={"error": "role_forbidden", "error_description": "Role does not allow"})
    with client(scripted([answer])) as pachca:
        with pytest.raises(RoleForbiddenError, match="a new token will not help"):
            pachca.profile.get_profile()


# --- 4. Pachca's newer error documentation -----------------------------------------------------------------


def test_a_per_second_429_in_plain_text_is_retried_after_retry_after(scripted: Scripted) -> None:
    limited = httpx.Response(429, text="Too Many Requests", headers={"Retry-After": "1"})
    sleeps = Sleeps()
    chat = schema_sample("Chat")
    with client(scripted([limited, httpx.Response(200, json={"data": chat})]), sleeps, rate_limits=False) as pachca:
        pachca.chats.get_chat(1)
    assert 1.0 in sleeps.waits


def test_a_per_second_429_that_stays_is_a_rate_limit_error_saying_when(scripted: Scripted) -> None:
    limited = httpx.Response(429, text="Too Many Requests", headers={"Retry-After": "2", "content-type": "text/plain"})
    with client(scripted([limited]), max_retries=0, rate_limits=False) as pachca:
        with pytest.raises(RateLimitError) as caught:
            pachca.chats.get_chat(1)
    error = caught.value
    assert error.retry_after == 2.0 and error.body is None and not error.daily
    assert "retry in 2 s" in str(error) and "Too Many Requests" in str(error)


def _daily_cap(retry_after: str | None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(429, json=api_error("rate_limit", "daily limit", key="chat_id"), headers=headers)


def test_the_daily_message_cap_raises_at_once_and_does_not_hold_back_other_chats(scripted: Scripted) -> None:
    message = schema_sample("Message")
    sleeps = Sleeps()
    script = scripted([_daily_cap("36000"), httpx.Response(201, json={"data": message})])
    with client(script, sleeps, rate_limits=False) as pachca:
        with pytest.raises(RateLimitError) as caught:
            pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "hi"}})
        pachca.messages.create_message(body={"message": {"entity_id": 2, "content": "hi"}})
    error = caught.value
    assert error.daily and error.retry_after == 36000.0
    assert "daily message cap" in str(error) and "10 h" in str(error)
    assert sleeps.waits == [], "no retry slept for hours, and the other chat was not cooled down"
    assert len(script.requests) == 2


def test_the_daily_cap_without_a_wait_is_not_retried_and_with_a_short_one_is(scripted: Scripted) -> None:
    message = schema_sample("Message")
    sleeps = Sleeps()
    script = scripted([_daily_cap(None), _daily_cap("2"), httpx.Response(201, json={"data": message})])
    with client(script, sleeps, rate_limits=False) as pachca:
        with pytest.raises(RateLimitError):
            pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "hi"}})
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "hi"}})
    assert sleeps.waits == [2.0]


def test_a_search_timeout_is_its_own_error_and_is_not_retried(scripted: Scripted) -> None:
    timeout = httpx.Response(504, json=api_error("timeout", "search took too long", key="query"))
    script = scripted([timeout])
    with client(script) as pachca:
        with pytest.raises(SearchTimeoutError) as caught:
            pachca.search.search_messages(query="release")
    assert isinstance(caught.value, InternalServerError)
    assert "narrow it" in str(caught.value)
    assert len(script.requests) == 1, "the same query would time out again"


def test_a_plain_504_of_a_get_is_still_retried(scripted: Scripted) -> None:
    chat = schema_sample("Chat")
    script = scripted([504, httpx.Response(200, json={"data": chat})])
    with client(script) as pachca:
        pachca.chats.get_chat(1)
    assert len(script.requests) == 2


@pytest.mark.parametrize(("header", "wait"), [(None, 90.0), ("30", 30.0)])
def test_the_export_interval_is_a_rate_limit_error_with_the_wait(
    scripted: Scripted, header: str | None, wait: float
) -> None:
    headers = {"Retry-After": header} if header else {}
    answer = httpx.Response(422, json=api_error("rate_limit", "one export at a time", key="base"), headers=headers)
    script = scripted([answer])
    with client(script) as pachca:
        with pytest.raises(OperationRateLimitError) as caught:
            pachca.chats.request_export(body={"start_at": "2026-01-01", "end_at": "2026-01-02"})
    error = caught.value
    assert isinstance(error, RateLimitError) and isinstance(error, UnprocessableEntityError)
    assert error.status_code == 422 and error.retry_after == wait
    assert len(script.requests) == 1


def test_service_unavailable_and_already_exists_have_their_exceptions(scripted: Scripted) -> None:
    unavailable = httpx.Response(503, json=api_error("service_unavailable", "try again", key="base"))
    exists = httpx.Response(409, json=api_error("already_exists", "taken", key="email"))
    with client(scripted([unavailable, exists]), max_retries=0) as pachca:
        with pytest.raises(ServiceUnavailableError, match="repeat the call later"):
            pachca.chats.get_chat(1)
        with pytest.raises(AlreadyExistsError) as caught:
            pachca.users.create_user(body={"user": {"email": "a@b.c"}})
    assert caught.value.key == "email"
