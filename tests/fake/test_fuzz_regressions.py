"""What schemathesis (`make fuzz`, scripts/fuzz_fake.py) found wrong with FakePachca, one test per fix.

Each answer is checked the way the fuzzer checks it: the status is one openapi.yaml documents for the operation
(`validate_exchange`), the body matches it, and nothing is a 5xx from a bug of the fake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from normalize_spec import listing_bad_requests
from spec_samples import load_project_spec
from spec_validation import validate_exchange

from pachca_client.generated.models.validation_error_code import ValidationErrorCode
from pachca_client.generated.operations import OPERATIONS
from pachca_client.testing import Exchange, FakePachca

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


@pytest.fixture
def raw(fake_pachca: FakePachca) -> Iterator[httpx.Client]:
    """A plain HTTP client with the owner's token: the fake's answers as they are sent."""
    headers = {"Authorization": f"Bearer {fake_pachca.token}"}
    with httpx.Client(base_url=fake_pachca.base_url, headers=headers) as client:
        yield client


def last(fake: FakePachca) -> Exchange:
    """The fake's last answer, once openapi.yaml is seen to allow it."""
    exchange = fake.exchanges[-1]
    validate_exchange(exchange)
    return exchange


def error_items(response: httpx.Response) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = response.json()["errors"]
    return items


# Paginated listings whose path names nothing, so any cursor reaches the pagination.
LISTINGS = sorted(
    op.path
    for op in OPERATIONS.values()
    if op.paginated and op.method == "GET" and "{" not in op.path and op.token != "bot"
)


@pytest.mark.parametrize("path", LISTINGS)
@pytest.mark.parametrize("cursor", ["ø¥", "\u00b2", "\x1b"])
def test_a_cursor_that_is_not_ascii_is_a_400_not_a_bug(
    fake_pachca: FakePachca, raw: httpx.Client, path: str, cursor: str
) -> None:
    params = {"cursor": cursor}
    if path == "/messages":  # the one listing that needs a chat
        params["chat_id"] = str(next(iter(fake_pachca.state.chats)))
    answer = raw.get(path, params=params)
    assert answer.status_code == 400, answer.text
    assert [(e["key"], e["code"]) for e in error_items(answer)] == [("cursor", "invalid")]
    last(fake_pachca)


@pytest.mark.parametrize("digits", ["\u00b2", "\u0663", "--5", "٣٤"])
def test_numbers_in_other_scripts_are_refused_not_parsed(
    fake_pachca: FakePachca, raw: httpx.Client, digits: str
) -> None:
    # `"²".isdigit()` is true, yet `int("²")` fails: every number the fake reads is ASCII digits or a 400
    for path, params in (
        ("/chats", {"limit": digits}),
        ("/tasks", {"author_id": digits}),
        ("/messages", {"chat_id": digits}),
    ):
        answer = raw.get(path, params=params)
        assert answer.status_code == 400, (path, answer.text)
        last(fake_pachca)


def test_a_bound_broken_in_a_body_has_a_code_of_the_api(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    chat = next(iter(fake_pachca.state.chats))
    known = {code.value for code in ValidationErrorCode}
    for body in ({"message_id": -5}, {"message_id": 0}):
        answer = raw.put(f"/chats/{chat}/unread", json=body)
        assert answer.status_code == 400
        assert [e["code"] for e in error_items(answer)] == ["invalid"], "a number's bound, not `too_short`"
        assert {e["code"] for e in error_items(answer)} <= known
        last(fake_pachca)


def test_a_bot_named_at_the_longest_gets_a_handle_within_its_limit(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    answer = raw.post("/bots", json={"webhook": {"name": "0" * 255}})
    assert answer.status_code == 201, answer.text
    last(fake_pachca)  # BotWebhook.nickname is at most 255 characters
    nickname = answer.json()["data"]["nickname"]
    assert nickname.endswith("_bot") and len(nickname) <= 255


def test_a_method_a_path_of_openapi_yaml_lacks_is_a_405_with_allow(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    spec = load_project_spec()
    methods = {"GET", "POST", "PUT", "PATCH", "DELETE"}
    for path, method in (("/chats/exports", "PUT"), ("/profile", "TRACE"), ("/chats/1", "OPTIONS")):
        template = next(t for t in spec["paths"] if re.fullmatch(re.sub(r"\{\w+\}", r"[^/]+", t), path))
        allowed = {m.upper() for m in spec["paths"][template]} & methods
        answer = raw.request(method, path)
        assert answer.status_code == 405, (method, path, answer.text)
        assert set(answer.headers["allow"].split(", ")) == allowed, "the literal path's methods, not /chats/{id}'s"
        assert answer.headers["content-type"].startswith("application/json")
        assert [e["code"] for e in error_items(answer)] == ["fake_method_not_allowed"]
    assert raw.request("TRACE", "/no/such/path").status_code == 501, "a path openapi.yaml lacks stays a 501"


def test_removing_the_chat_owner_is_refused_with_a_documented_status(
    fake_pachca: FakePachca, raw: httpx.Client
) -> None:
    chat = next(iter(fake_pachca.state.chats.values()))
    answer = raw.delete(f"/chats/{chat['id']}/members/{chat['owner_id']}")
    assert answer.status_code == 403  # DELETE .../members/{user_id} documents no 422
    assert [e["code"] for e in error_items(answer)] == ["cannot_kick_owner"]
    last(fake_pachca)


def test_an_avatar_without_an_image_is_a_documented_422(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    user = next(u for u in fake_pachca.state.users.values() if u["id"] != fake_pachca.me["id"])
    for path in ("/profile/avatar", f"/users/{user['id']}/avatar"):
        answer = raw.put(path, files={"other": ("a.png", PNG, "image/png")})
        assert answer.status_code == 422, answer.text
        assert [(e["key"], e["code"]) for e in error_items(answer)] == [("image", "blank")]
        last(fake_pachca)


def test_a_body_naming_something_missing_is_a_422_where_no_404_is_documented(
    fake_pachca: FakePachca, raw: httpx.Client
) -> None:
    missing = 2_147_483_000
    cases = [
        ("POST", "/messages", {"message": {"entity_id": missing, "content": "hi"}}, "message.entity_id"),
        (
            "POST",
            "/chats/exports",
            {"start_at": "2026-01-01", "end_at": "2026-01-01", "chat_ids": [missing]},
            "chat_ids",
        ),
        ("POST", "/chats", {"chat": {"name": "Tagged", "group_tag_ids": [missing]}}, "chat.group_tag_ids"),
        ("POST", "/users", {"user": {"email": "nina@example.test", "chat_ids": [missing]}}, "user.chat_ids"),
    ]
    for method, path, body, key in cases:
        answer = raw.request(method, path, json=body)
        assert answer.status_code == 422, (path, answer.text)
        assert [(e["key"], e["code"]) for e in error_items(answer)] == [(key, "not_found")]
        last(fake_pachca)
    assert not any(u["email"] == "nina@example.test" for u in fake_pachca.state.users.values())


def test_an_export_body_of_the_wrong_types_is_a_400(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    answer = raw.post("/chats/exports", json={"start_at": "2026-01-01", "end_at": "2026-01-01", "chat_ids": [{}]})
    assert answer.status_code == 400, answer.text
    assert error_items(answer)[0]["key"].startswith("chat_ids")
    last(fake_pachca)


def test_a_bot_whose_settings_break_a_rule_is_a_400_and_is_not_created(
    fake_pachca: FakePachca, raw: httpx.Client
) -> None:
    before = len(fake_pachca.state.users)
    domains = [f"d{n}.example.test" for n in range(6)]
    answer = raw.post("/bots", json={"webhook": {"name": "Unfurler", "unfurl_domains": domains}})
    assert answer.status_code == 400, answer.text  # POST /bots documents no 422
    assert [e["code"] for e in error_items(answer)] == ["too_long"]
    last(fake_pachca)
    assert len(fake_pachca.state.users) == before, "no bot user is left behind"


def test_a_user_search_checks_its_order_and_roles(fake_pachca: FakePachca, raw: httpx.Client) -> None:
    for params in ({"order": "AAA"}, {"company_roles[]": "emperor"}):
        answer = raw.get("/search/users", params=params)
        assert answer.status_code == 400, (params, answer.text)
        last(fake_pachca)
    assert raw.get("/search/users", params={"order": "asc", "company_roles[]": "user"}).status_code == 200


def test_every_listing_documents_its_400_and_the_normaliser_adds_it() -> None:
    listings = [
        (path, method, operation)
        for path, item in load_project_spec()["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("x-paginated")
    ]
    assert listings and all("400" in op["responses"] for _, _, op in listings)
    bare = {"paths": {"/bots": {"get": {"x-paginated": True, "responses": {"200": {}, "401": {}}}}}}
    listing_bad_requests(bare)
    responses = bare["paths"]["/bots"]["get"]["responses"]
    assert list(responses) == ["200", "400", "401"]
    assert responses["400"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ApiError"}
    assert responses["400"]["x-unverified"] == ["statuses"], "inferred from the other listings: a guess, marked"


def test_get_bots_with_a_limit_beyond_its_maximum_is_a_documented_400(
    fake_pachca: FakePachca, raw: httpx.Client
) -> None:
    maximum = next(
        p["schema"]["maximum"]
        for p in load_project_spec()["paths"]["/bots"]["get"]["parameters"]
        if p["name"] == "limit"
    )
    answer = raw.get("/bots", params={"limit": maximum + 1})
    assert answer.status_code == 400
    last(fake_pachca)
