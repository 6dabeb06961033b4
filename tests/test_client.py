"""Pachca / AsyncPachca against httpx.MockTransport: unwrapping, errors, retries, pagination, secrets."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from normalize_spec import iter_operations
from spec_samples import load_project_spec, sample

import pachca_client
from pachca_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncPachca,
    ExportNotReadyError,
    InternalServerError,
    NotFoundError,
    Pachca,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
)
from pachca_client.generated.api.chats import get_chat
from pachca_client.models import Chat, ListChatsResponse, User

TOKEN = "tok-SECRET-7f3a9c"
Handler = Callable[[httpx.Request], httpx.Response]


def schema_sample(name: str, **overrides: Any) -> dict[str, Any]:
    spec = load_project_spec()
    data: dict[str, Any] = sample(spec, spec["components"]["schemas"][name])
    data.update(overrides)
    return data


class Sleeps:
    """A fake sleep that records waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


def client(handler: Handler, sleeps: Sleeps | None = None, **options: Any) -> Pachca:
    sleeps = sleeps or Sleeps()
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, jitter=(1.0, 1.0))
    return Pachca(TOKEN, transport=httpx.MockTransport(handler), retry_policy=policy, **options)


def async_client(handler: Handler, sleeps: Sleeps | None = None, **options: Any) -> AsyncPachca:
    sleeps = sleeps or Sleeps()
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, jitter=(1.0, 1.0))
    return AsyncPachca(TOKEN, transport=httpx.MockTransport(handler), retry_policy=policy, **options)


def api_error(code: str, message: str = "went wrong", key: str = "name") -> dict[str, Any]:
    return {"errors": [{"key": key, "value": None, "message": message, "code": code, "payload": None}]}


# --- the happy path -------------------------------------------------------------------------------


def test_get_unwraps_data_and_sends_the_token_to_the_api() -> None:
    chat = schema_sample("Chat", id=42)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": chat})

    with client(handler) as pachca:
        result = pachca.chats.get_chat(42)
    assert isinstance(result, Chat)
    assert result.id == 42 and result.to_dict() == chat
    assert str(seen[0].url) == "https://api.pachca.com/api/shared/v1/chats/42"
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert seen[0].headers["user-agent"].startswith("pachca-client/")


def test_list_returns_the_page_model_and_does_not_send_unset_defaults() -> None:
    page = {"data": [schema_sample("Chat")], "meta": {"paginate": {"next_page": "c2", "has_next": True}}}
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=page)

    with client(handler) as pachca:
        result = pachca.chats.list_chats()
        assert isinstance(result, ListChatsResponse)
        assert result.meta.paginate.next_page == "c2"
        pachca.chats.list_chats(limit=10, archived=True)
    assert seen[0].url.query == b""
    assert dict(seen[1].url.params) == {"limit": "10", "archived": "true"}


def test_bodies_are_accepted_as_models_or_mappings() -> None:
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json={"data": schema_sample("Message")})

    with client(handler) as pachca:
        pachca.messages.create_message(body={"message": {"entity_id": 5, "content": "hi"}})
        with pytest.raises(TypeError, match="MessageCreateRequest or a mapping, not int"):
            pachca.messages.create_message(body=5)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="not a valid MessageCreateRequest"):
            pachca.messages.create_message(body={"message": {"content": "no entity id"}})
    assert bodies == [{"message": {"entity_id": 5, "content": "hi"}}]


def test_no_content_operations_return_none_and_status_can_be_null() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(204)
        return httpx.Response(200, content=b"null", headers={"content-type": "application/json"})

    with client(handler) as pachca:
        assert pachca.messages.delete_message(1) is None
        assert pachca.profile.get_status() is None


def test_export_download_returns_the_redirect_location_without_following_it() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "https://storage.example.invalid/export.zip?sig=1"})

    with client(handler) as pachca:
        assert pachca.chats.download_export(7) == "https://storage.example.invalid/export.zip?sig=1"


def test_the_generated_functional_api_works_with_the_same_client() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        return httpx.Response(200, json={"data": schema_sample("Chat", id=9)})

    with client(handler) as pachca:
        response = get_chat.sync(9, client=pachca.generated_client)
    assert response is not None and response.data.id == 9  # type: ignore[union-attr]


# --- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "exception"),
    [
        (400, pachca_client.BadRequestError),
        (402, pachca_client.PaymentRequiredError),
        (403, pachca_client.PermissionDeniedError),
        (404, pachca_client.NotFoundError),
        (409, pachca_client.ConflictError),
        (410, pachca_client.GoneError),
        (422, pachca_client.UnprocessableEntityError),
        (418, pachca_client.APIStatusError),
    ],
)
def test_api_error_bodies_map_to_typed_exceptions(status: int, exception: type[APIStatusError]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, json=api_error("too_long", "Name is too long"), headers={"X-Request-Id": "req-77"}
        )

    with client(handler) as pachca, pytest.raises(exception) as caught:
        pachca.chats.get_chat(1)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.request_id == "req-77"
    assert [(e.key, e.code, e.message) for e in error.errors] == [("name", "too_long", "Name is too long")]
    assert error.codes == ["too_long"]
    assert error.response.status_code == status
    assert f"HTTP {status}" in str(error) and "Name is too long" in str(error) and "req-77" in str(error)


def test_401_and_403_oauth_bodies_expose_the_oauth_error() -> None:
    answers = iter(
        [
            httpx.Response(401, json={"error": "invalid_token", "error_description": "Access token is missing"}),
            httpx.Response(403, json={"error": "insufficient_scope", "error_description": "needs chats:read"}),
            httpx.Response(403, json=api_error("access_denied", "Guests cannot do this", key="user")),
        ]
    )
    with client(lambda request: next(answers)) as pachca:
        with pytest.raises(pachca_client.AuthenticationError) as unauthenticated:
            pachca.chats.get_chat(1)
        assert unauthenticated.value.error == "invalid_token"
        assert unauthenticated.value.error_description == "Access token is missing"
        assert unauthenticated.value.errors == []
        with pytest.raises(PermissionDeniedError) as scope:
            pachca.chats.get_chat(1)
        assert scope.value.codes == ["insufficient_scope"]
        with pytest.raises(PermissionDeniedError) as rule:
            pachca.chats.get_chat(1)
        assert rule.value.codes == ["access_denied"] and rule.value.error is None


def test_export_not_ready_is_its_own_not_found() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json=api_error("export_file_not_found", "not ready", key="id"))

    with client(handler) as pachca, pytest.raises(ExportNotReadyError) as caught:
        pachca.chats.download_export(3)
    assert isinstance(caught.value, NotFoundError)


@pytest.mark.parametrize("method_name", ["get", "post"])
def test_a_502_html_page_raises_a_typed_error_not_a_json_error(method_name: str) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text=page, headers={"content-type": "text/html"})

    with client(handler, max_retries=0) as pachca, pytest.raises(InternalServerError) as caught:
        if method_name == "get":
            pachca.chats.get_chat(1)
        else:
            pachca.chats.create_chat(body={"chat": {"name": "x"}})
    assert caught.value.status_code == 502
    assert caught.value.errors == [] and caught.value.body is None
    assert "502 Bad Gateway" in str(caught.value)


def test_a_success_that_is_not_json_raises_response_validation_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>maintenance</html>")

    with client(handler) as pachca, pytest.raises(APIResponseValidationError) as caught:
        pachca.chats.get_chat(1)
    assert caught.value.status_code == 200
    assert "maintenance" in caught.value.body_excerpt


def test_a_success_missing_a_required_field_names_the_field() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"id": 1}})

    with client(handler) as pachca, pytest.raises(APIResponseValidationError, match="'name' is missing"):
        pachca.chats.get_chat(1)


def test_transport_failures_become_connection_and_timeout_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with client(refuse, max_retries=0) as pachca, pytest.raises(APIConnectionError) as refused:
        pachca.chats.get_chat(1)
    assert not isinstance(refused.value, APITimeoutError)
    with client(slow, max_retries=0) as pachca, pytest.raises(APITimeoutError):
        pachca.chats.get_chat(1)


# --- retries ----------------------------------------------------------------------------------------


def test_429_waits_for_retry_after_then_succeeds() -> None:
    sleeps = Sleeps()
    answers = iter(
        [httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json={"data": schema_sample("Chat")})]
    )
    with client(lambda request: next(answers), sleeps) as pachca:
        pachca.chats.get_chat(1)
    assert sleeps.waits == [7.0]


def test_429_on_post_is_retried_because_the_server_did_not_act() -> None:
    sleeps = Sleeps()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            return httpx.Response(429, headers={"Retry-After": "1"})
        return httpx.Response(201, json={"data": schema_sample("Message")})

    with client(handler, sleeps) as pachca:
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "x"}})
    assert calls == ["POST", "POST"] and sleeps.waits == [1.0]


def test_retry_after_as_an_http_date() -> None:
    sleeps = Sleeps()
    now = 1_800_000_000.0
    when = email.utils.formatdate(now + 12, usegmt=True)
    answers = iter(
        [httpx.Response(429, headers={"Retry-After": when}), httpx.Response(200, json={"data": schema_sample("Chat")})]
    )
    policy = RetryPolicy(sleep=sleeps, clock=lambda: now)
    with Pachca(TOKEN, transport=httpx.MockTransport(lambda request: next(answers)), retry_policy=policy) as pachca:
        pachca.chats.get_chat(1)
    assert sleeps.waits == [12.0]


def test_a_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    sleeps = Sleeps()
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(429, headers={"Retry-After": "3600"})

    with client(handler, sleeps) as pachca, pytest.raises(RateLimitError) as caught:
        pachca.chats.get_chat(1)
    assert caught.value.retry_after == 3600.0
    assert len(calls) == 1 and sleeps.waits == []


def test_post_answered_503_is_sent_exactly_once() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json=api_error("unhandled"))

    with client(handler, max_retries=3) as pachca, pytest.raises(InternalServerError):
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "only once"}})
    assert len(calls) == 1


def test_get_answered_503_is_retried_up_to_the_bound_with_backoff() -> None:
    sleeps = Sleeps()
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503)

    with client(handler, sleeps, max_retries=3) as pachca, pytest.raises(InternalServerError):
        pachca.chats.get_chat(1)
    assert len(calls) == 4
    assert sleeps.waits == [0.5, 1.0, 2.0]


def test_get_recovers_after_a_503() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json={"data": schema_sample("Chat", id=5)})])
    with client(lambda request: next(answers)) as pachca:
        assert pachca.chats.get_chat(5).id == 5


def test_post_is_retried_after_a_connect_error_but_not_after_a_read_timeout() -> None:
    attempts: list[str] = []

    def connect_then_ok(request: httpx.Request) -> httpx.Response:
        attempts.append("connect")
        if len(attempts) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(201, json={"data": schema_sample("Message")})

    with client(connect_then_ok) as pachca:
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "x"}})
    assert len(attempts) == 2

    reads: list[str] = []

    def read_timeout(request: httpx.Request) -> httpx.Response:
        reads.append("read")
        raise httpx.ReadTimeout("slow", request=request)

    with client(read_timeout) as pachca, pytest.raises(APITimeoutError):
        pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "x"}})
    assert len(reads) == 1


def test_max_retries_per_client_and_per_call() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(500)

    with client(handler, max_retries=1) as pachca:
        with pytest.raises(InternalServerError):
            pachca.chats.get_chat(1)
        assert len(calls) == 2
        calls.clear()
        with pytest.raises(InternalServerError):
            pachca.with_options(max_retries=0).chats.get_chat(1)
        assert len(calls) == 1
        calls.clear()
        with pytest.raises(InternalServerError):
            pachca.chats.get_chat(1)
        assert len(calls) == 2, "with_options must not change the original client"


def test_timeout_per_client_and_per_call() -> None:
    timeouts: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json={"data": schema_sample("Chat")})

    with client(handler, timeout=12.5) as pachca:
        pachca.chats.get_chat(1)
        pachca.with_options(timeout=httpx.Timeout(90.0)).chats.get_chat(1)
    assert timeouts[0]["read"] == 12.5
    assert timeouts[1]["read"] == 90.0


def test_the_default_timeout_is_not_httpx_five_seconds() -> None:
    with client(lambda request: httpx.Response(204)) as pachca:
        assert pachca.timeout.read == 30.0 and pachca.timeout.connect == 10.0


def test_async_retries_share_the_policy() -> None:
    sleeps = Sleeps()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if request.method == "POST":
            return httpx.Response(503)
        if len(calls) < 3:
            return httpx.Response(429, headers={"Retry-After": "2"})
        return httpx.Response(200, json={"data": schema_sample("Chat", id=3)})

    async def scenario() -> int:
        async with async_client(handler, sleeps) as pachca:
            with pytest.raises(InternalServerError):
                await pachca.messages.create_message(body={"message": {"entity_id": 1, "content": "x"}})
            chat = await pachca.chats.get_chat(3)
            return chat.id

    assert asyncio.run(scenario()) == 3
    assert calls == ["POST", "GET", "GET"]
    assert sleeps.waits == [2.0]


# --- pagination -------------------------------------------------------------------------------------


def list_pages(count: int, per_page: int, requests: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        index = int(request.url.params.get("cursor", "p0")[1:])
        users = [schema_sample("User", id=index * 100 + i) for i in range(per_page)]
        last = index == count - 1
        meta = {
            "paginate": {
                "next_page": f"p{index + 1}",
                "prev_page": f"p{index}",
                "has_next": not last,
                "has_prev": index > 0,
            }
        }
        return httpx.Response(200, json={"data": users, "meta": meta})

    return handler


def test_three_pages_are_fetched_lazily_one_by_one() -> None:
    requests: list[httpx.Request] = []
    with client(list_pages(3, 2, requests)) as pachca:
        iterator = iter(pachca.users.list_users_iter(limit=2))
        assert requests == [], "nothing is fetched before iteration starts"
        first = next(iterator)
        assert isinstance(first, User) and first.id == 0
        assert len(requests) == 1
        next(iterator)
        assert len(requests) == 1
        assert next(iterator).id == 100
        assert len(requests) == 2
        rest = list(iterator)
    assert [u.id for u in rest] == [101, 200, 201]
    assert len(requests) == 3
    assert [r.url.params.get("cursor") for r in requests] == [None, "p1", "p2"]
    assert all(r.url.params["limit"] == "2" for r in requests)


def test_pages_can_be_iterated_whole() -> None:
    requests: list[httpx.Request] = []
    with client(list_pages(3, 2, requests)) as pachca:
        pages = list(pachca.users.list_users_iter().pages())
    assert [len(p.data) for p in pages] == [2, 2, 2]
    assert pages[-1].meta.paginate.has_next is False


def test_a_short_page_is_not_the_end_of_a_list() -> None:
    sizes = iter([1, 0, 2])
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        n = next(sizes)
        has_next = len(requests) < 2
        data = [schema_sample("Chat", id=len(requests) * 10 + i) for i in range(n)]
        return httpx.Response(
            200, json={"data": data, "meta": {"paginate": {"next_page": f"c{len(requests)}", "has_next": has_next}}}
        )

    with client(handler) as pachca:
        ids = [c.id for c in pachca.chats.list_chats_iter(limit=50)]
    assert ids == [10] and len(requests) == 2, "has_next=false after an empty page ends it"


def test_search_stops_at_total_lazily() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        index = len(requests)
        data = [schema_sample("Message", id=index * 10 + i) for i in range(2)]
        return httpx.Response(200, json={"data": data, "meta": {"total": 5, "paginate": {"next_page": f"s{index}"}}})

    with client(handler) as pachca:
        iterator = iter(pachca.search.search_messages_iter(query="hello", chat_ids=[1, 2]))
        next(iterator)
        assert len(requests) == 1
        ids = [m.id for m in iterator]
    assert len(requests) == 3, "5 results at 2 per page: three pages, then total is reached"
    assert len(ids) == 5
    assert requests[0].url.params.get_list("chat_ids[]") == ["1", "2"]


def test_search_stops_on_an_empty_page_and_on_a_repeated_cursor() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(
            200, json={"data": [schema_sample("Chat")], "meta": {"total": 100, "paginate": {"next_page": "same"}}}
        )

    with client(handler) as pachca:
        assert len(list(pachca.search.search_chats_iter(query="x"))) == 2
    assert len(requests) == 2


def test_async_iteration_is_lazy_too() -> None:
    requests: list[httpx.Request] = []

    async def scenario() -> list[int]:
        async with async_client(list_pages(3, 2, requests)) as pachca:
            seen = []
            async for user in pachca.users.list_users_iter():
                seen.append(user.id)
                assert len(requests) == (len(seen) + 1) // 2
            pages = [page async for page in pachca.users.list_users_iter().pages()]
            assert len(pages) == 3
            return seen

    assert asyncio.run(scenario()) == [0, 1, 100, 101, 200, 201]


# --- secrets and bad input ----------------------------------------------------------------------------


def test_the_token_is_never_in_reprs_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    answers = iter(
        [httpx.Response(503), httpx.Response(401, json={"error": "invalid_token", "error_description": "bad"})]
    )
    with client(lambda request: next(answers)) as pachca:
        with pytest.raises(pachca_client.AuthenticationError) as caught:
            pachca.chats.get_chat(1)
        texts = [repr(pachca), str(pachca), repr(pachca.generated_client), repr(pachca.chats), repr(pachca._auth)]
    texts += [str(caught.value), repr(caught.value), repr(caught.value.request), repr(caught.value.response)]
    texts += [record.getMessage() for record in caplog.records]
    assert any("retrying GET" in t for t in texts), "the retry is logged"
    assert any("<redacted>" in t for t in texts), "headers are logged redacted at debug level"
    for text in texts:
        assert TOKEN not in text


def test_the_token_goes_only_to_the_api_origin() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    with client(handler) as pachca:
        pachca._http.get("https://storage.example.invalid/upload")
        pachca._http.get("http://api.pachca.com/api/shared/v1/chats")
        pachca._http.get("/chats")
    assert "authorization" not in seen[0].headers
    assert "authorization" not in seen[1].headers, "another scheme is another origin"
    assert seen[2].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"token": ""}, ValueError, "token is empty"),
        ({"token": "   "}, ValueError, "token is empty"),
        ({"token": "abc\ndef"}, ValueError, "whitespace or control"),
        ({"token": 12345}, TypeError, "token must be a str"),
        ({"token": "t", "base_url": "api.pachca.com"}, ValueError, "absolute http"),
        ({"token": "t", "base_url": "ftp://x/y"}, ValueError, "absolute http"),
        ({"token": "t", "base_url": 5}, TypeError, "base_url must be a str"),
        ({"token": "t", "timeout": -1}, ValueError, "timeout must be"),
        ({"token": "t", "max_retries": -1}, ValueError, "max_retries must be"),
    ],
)
def test_bad_settings_fail_at_construction(arguments: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        Pachca(**arguments)


def test_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PACHCA_TOKEN", raising=False)
    with pytest.raises(ValueError, match="PACHCA_TOKEN"):
        Pachca()
    monkeypatch.setenv("PACHCA_TOKEN", "from-env")
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(204)

    with Pachca(transport=httpx.MockTransport(handler)) as pachca:
        pachca.messages.delete_message(1)
    assert seen == ["Bearer from-env"]


def test_every_tag_is_an_attribute_with_every_operation(project_spec: dict[str, Any]) -> None:
    from openapi_python_client.strings import snake_case

    with client(lambda request: httpx.Response(204)) as pachca:
        count = 0
        for item in project_spec["paths"].values():
            for operation in item.values():
                if not isinstance(operation, dict) or "x-external-url" in operation:
                    continue
                resource = getattr(pachca, snake_case(operation["tags"][0]))
                assert callable(getattr(resource, snake_case(operation["operationId"])))
                if operation.get("x-paginated"):
                    assert callable(getattr(resource, snake_case(operation["operationId"]) + "_iter"))
                    count += 1
        assert count == sum(1 for _, _, op in iter_operations(project_spec) if op.get("x-paginated")) > 0
        for tag in project_spec["tags"]:
            assert hasattr(pachca, snake_case(tag["name"]))


def test_wrong_argument_types_fail_at_the_call_site_with_the_operation_named() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": [], "meta": {"paginate": {"next_page": "x", "has_next": False}}})

    with client(handler) as pachca:
        with pytest.raises(TypeError, match=r"get_chat\(\): argument 'id' must be int, not str"):
            pachca.chats.get_chat("abc")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="argument 'limit' must be int, not bool"):
            pachca.chats.list_chats(limit=True)
        with pytest.raises(TypeError, match="argument 'chat_ids' must be a list, not int"):
            pachca.search.search_messages(chat_ids=5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="argument 'order' must be SortOrder or one of 'asc', 'desc'"):
            pachca.chats.list_chats(order=1)  # type: ignore[arg-type]
        assert sent == [], "nothing is sent when an argument is wrong"
        pachca.chats.list_chats(order="asc", sort="last_message_at")  # type: ignore[arg-type]
    assert dict(sent[0].url.params) == {"order": "asc", "sort": "last_message_at"}
