"""Pachca's newer error answers, as FakePachca sends them on the wire (raw HTTP, not the client's mapping).

The shapes are those of Pachca's error and authorization pages: a per-second rate limit is refused before any
method runs, as plain text; the daily cap of messages in a chat is a JSON `rate_limit`; both carry `Retry-After`.
A search out of time is a 504 `timeout`; an unavailable service a 503 `service_unavailable`; a duplicate a 409
`already_exists` naming the conflicting field; a 403 names its reason in `WWW-Authenticate`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from spec_samples import load_project_spec
from spec_validation import validate_exchange

from pachca_client.testing import FakeClock, FakePachca
from pachca_client.testing._domain.bots import ADMIN_SCOPES, OWNER_SCOPES


def client(fake: FakePachca, token: str | None = None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token or fake.token}"}
    return httpx.Client(base_url=fake.base_url, headers=headers)


@pytest.fixture
def raw(fake_pachca: FakePachca) -> Iterator[httpx.Client]:
    with client(fake_pachca) as opened:
        yield opened


@pytest.fixture
def frozen() -> Iterator[FakePachca]:
    """A fake whose clock moves only with `clock.advance`."""
    with FakePachca(clock=FakeClock(frozen=True)) as fake:
        yield fake


def item(answer: httpx.Response) -> dict[str, Any]:
    (only,) = answer.json()["errors"]
    assert set(only) == {"key", "value", "message", "code", "payload"}
    found: dict[str, Any] = only
    return found


def assert_plain_429(answer: httpx.Response, retry_after: str) -> None:
    assert answer.status_code == 429
    assert answer.headers["content-type"].split(";")[0] == "text/plain"
    assert answer.headers["retry-after"] == retry_after
    assert answer.text.strip(), "a short text"
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.text)


def test_the_per_second_limit_is_a_plain_text_429_with_retry_after() -> None:
    with FakePachca(limits=True, clock=FakeClock(frozen=True)) as fake, client(fake) as raw:
        statuses = [raw.get("/profile").status_code for _ in range(fake.limits.per_second)]
        assert set(statuses) == {200}
        assert_plain_429(raw.get("/profile"), "1")
        chat = next(iter(fake.state.chats))
        fake.limits.enable(message_burst=1)
        body = {"message": {"entity_id": chat, "content": "hi"}}
        assert raw.post("/messages", json=body).status_code == 201
        assert_plain_429(raw.post("/messages", json=body), "1")  # messages too: refused before the method


def test_an_injected_rate_limit_has_the_same_shape(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    fake_pachca.faults.rate_limit(retry_after=7, method="GET", path="/chats")
    assert_plain_429(raw.get("/chats"), "7")
    assert raw.get("/chats").status_code == 200, "once"


def test_the_daily_cap_of_a_chat_is_a_json_rate_limit_with_retry_after(frozen: FakePachca) -> None:
    general, other = sorted(frozen.state.chats)[:2]
    frozen.limits.enable(messages_per_chat_per_day=2)
    with client(frozen) as raw:

        def post(chat: int) -> httpx.Response:
            return raw.post("/messages", json={"message": {"entity_id": chat, "content": "news"}})

        assert [post(general).status_code for _ in range(2)] == [201, 201]
        frozen.clock.advance(3600)
        refused = post(general)
        assert refused.status_code == 429
        assert refused.headers["content-type"].startswith("application/json")
        assert refused.headers["retry-after"] == str(86400 - 3600), "until the oldest message of the day ages out"
        assert (item(refused)["code"], item(refused)["key"], item(refused)["value"]) == (
            "rate_limit",
            "entity_id",
            str(general),
        )
        validate_exchange(frozen.exchanges[-1])  # POST /messages documents this 429 and its Retry-After
        assert post(other).status_code == 201, "per chat"
        frozen.clock.advance(86400 - 3600)
        assert post(general).status_code == 201


def test_an_injected_daily_cap_names_the_chat(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    chat = next(iter(fake_pachca.state.chats))
    fake_pachca.faults.daily_limit(retry_after=5400)
    assert raw.get("/chats").status_code == 200, "only POST /messages"
    refused = raw.post("/messages", json={"message": {"entity_id": chat, "content": "x"}})
    assert refused.status_code == 429 and refused.headers["retry-after"] == "5400"
    assert (item(refused)["code"], item(refused)["value"]) == ("rate_limit", str(chat))
    validate_exchange(fake_pachca.exchanges[-1])


def test_a_search_out_of_time_is_a_504_timeout(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    searches = [
        p for p, item in load_project_spec()["paths"].items() if "504" in item.get("get", {}).get("responses", {})
    ]
    assert "/users" in searches and any(p.startswith("/search/") for p in searches)
    for path in searches:
        fake_pachca.faults.search_timeout()
        if path == "/users":
            assert raw.get("/users").status_code == 200, "the user list times out only when it searches"
        answer = raw.get(path, params={"query": "vera"})
        assert answer.status_code == 504, path
        assert answer.headers["content-type"].startswith("application/json")
        assert (item(answer)["code"], item(answer)["key"], item(answer)["value"]) == ("timeout", "query", "vera")
        validate_exchange(fake_pachca.exchanges[-1])


def test_an_unavailable_service_is_a_503_service_unavailable(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    fake_pachca.faults.server_error(path="/views/")
    answer = raw.post("/views/1/submit_response", json={})
    assert answer.status_code == 503 and item(answer)["code"] == "service_unavailable"
    validate_exchange(fake_pachca.exchanges[-1])  # the one operation that documents its 503
    fake_pachca.faults.server_error(500)
    assert item(raw.get("/chats"))["code"] == "unhandled"


def test_one_export_per_workspace_every_90_seconds(frozen: FakePachca) -> None:
    body = {"start_at": "2026-01-01", "end_at": "2026-01-02"}
    with client(frozen) as raw:
        assert raw.post("/chats/exports", json=body).status_code == 204
        assert item(raw.post("/chats/exports", json=body))["code"] == "already_exists", "still being prepared"
        frozen.clock.advance(frozen.export_ready_after)
        refused = raw.post("/chats/exports", json=body)
        assert refused.status_code == 422
        assert (item(refused)["code"], item(refused)["key"]) == ("rate_limit", "export")
        validate_exchange(frozen.exchanges[-1])
        frozen.clock.advance(frozen.export_interval - frozen.export_ready_after - 1)
        assert raw.post("/chats/exports", json=body).status_code == 422, "by the fake's clock"
        frozen.clock.advance(1)
        assert raw.post("/chats/exports", json=body).status_code == 204


def test_a_missing_scope_is_named_in_www_authenticate(fake_pachca: FakePachca) -> None:
    with client(fake_pachca, fake_pachca.add_token(scopes=["profile:read"])) as weak:
        answer = weak.get("/chats")
    assert answer.status_code == 403
    assert answer.json() == {
        "error": "insufficient_scope",
        "error_description": "Insufficient scope. Required: chats:read",
    }
    assert answer.headers["www-authenticate"] == (
        'Bearer error="insufficient_scope", error_description="Insufficient scope. Required: chats:read", '
        'scope="chats:read"'
    )
    validate_exchange(fake_pachca.exchanges[-1])


def test_a_scope_the_owners_role_may_not_use_is_role_forbidden(fake_pachca: FakePachca) -> None:
    vera = fake_pachca.user("Vera")
    assert fake_pachca.state.user(vera.id)["role"] == "user"
    kept = fake_pachca.add_token(vera, scopes=["users:create", "profile:read"])  # as if granted before a downgrade
    with client(fake_pachca, kept) as raw:
        assert raw.get("/profile").status_code == 200
        answer = raw.post("/users", json={"user": {"email": "new@example.test"}})
    assert answer.status_code == 403 and answer.json()["error"] == "role_forbidden"
    challenge = answer.headers["www-authenticate"]
    assert challenge.startswith('Bearer error="role_forbidden", error_description="') and "scope=" not in challenge
    validate_exchange(fake_pachca.exchanges[-1])
    with client(fake_pachca, fake_pachca.add_token(vera)) as default:  # by default only what the role may hold
        assert (
            default.post("/users", json={"user": {"email": "x@example.test"}}).json()["error"] == "insufficient_scope"
        )


def test_a_downgraded_admin_keeps_the_token_but_not_the_right(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    boss = fake_pachca.add_user(first_name="Ira", role="admin")
    token = fake_pachca.add_token(boss)
    with client(fake_pachca, token) as as_boss:
        assert as_boss.post("/group_tags", json={"group_tag": {"name": "Ops"}}).status_code == 201
        assert raw.put(f"/users/{boss['id']}", json={"user": {"role": "user"}}).status_code == 200
        answer = as_boss.post("/group_tags", json={"group_tag": {"name": "Ops 2"}})
    assert answer.status_code == 403 and answer.json()["error"] == "role_forbidden"


def test_the_fakes_role_bound_scopes_are_openapi_yamls() -> None:
    scope = load_project_spec()["components"]["schemas"]["OAuthScope"]
    by_key = {value.replace(":", "_"): value for value in scope["enum"]}  # `x-scope-roles` keys: chats_read
    roles = {by_key[key]: set(value) for key, value in scope["x-scope-roles"].items()}
    assert OWNER_SCOPES == {s for s, r in roles.items() if r == {"owner"}}
    assert ADMIN_SCOPES == {s for s, r in roles.items() if r == {"owner", "admin"}}


def test_duplicates_are_409_already_exists_naming_the_field(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    chat = next(iter(fake_pachca.state.chats))
    taken = fake_pachca.user("Vera")
    email = fake_pachca.state.user(taken.id)["email"]
    message = raw.post("/messages", json={"message": {"entity_id": chat, "content": "pin me"}}).json()["data"]
    assert raw.post("/group_tags", json={"group_tag": {"name": "Design"}}).status_code == 201
    assert raw.post(f"/messages/{message['id']}/pin").status_code == 204
    draft = raw.post("/drafts", json={"draft": {"entity_type": "discussion", "entity_id": chat, "content": "later"}})
    assert draft.status_code == 201, draft.text
    cases = [
        (raw.post("/users", json={"user": {"email": email}}), "email", None),
        (raw.put(f"/users/{fake_pachca.user('Boris').id}", json={"user": {"email": email}}), "email", None),
        (raw.post("/group_tags", json={"group_tag": {"name": "Design"}}), "name", None),
        (raw.post(f"/messages/{message['id']}/pin"), "id", None),
        (
            raw.post("/drafts", json={"draft": {"entity_type": "discussion", "entity_id": chat, "content": "again"}}),
            "entity_id",
            draft,
        ),
    ]
    for answer, key, existing in cases:
        assert answer.status_code == 409, answer.text
        assert (item(answer)["code"], item(answer)["key"]) == ("already_exists", key)
        if existing is not None:
            assert item(answer)["payload"] == {"draft_id": existing.json()["data"]["id"]}
    for exchange in fake_pachca.exchanges[-len(cases) :]:
        validate_exchange(exchange)
