"""Canned API answers for the benchmarks, built from openapi.yaml with tests/spec_samples.py.

Shapes follow the spec exactly; values are made to look like the real API's: date-times in its
`2026-05-17T10:11:12.000Z` form, a different one per message (an unedited message's `changed_at`
repeats its `created_at`, as the API sends it), most messages plain text (no files, buttons, thread or
forward), every fourth one carrying everything the schema allows (and edited, deleted and forwarded,
each at its own time), so both the common and the heavy path are parsed. Every payload is valid for
openapi.yaml (tests/tooling/test_bench_inputs.py parses each one with the client's validation on).
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# tests/spec_samples.py imports scripts/normalize_spec.py: both folders, as tests/conftest.py sets them.
for _folder in ("tests", "scripts"):
    if str(ROOT / _folder) not in sys.path:
        sys.path.insert(0, str(ROOT / _folder))

from spec_samples import load_project_spec, sample  # noqa: E402

API_DATETIME = "2026-05-17T10:11:12.000Z"


def _api_dates(value: Any) -> Any:
    """Replace the samples' `+00:00` date-times with the API's `...Z` form."""
    if isinstance(value, dict):
        return {k: _api_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_api_dates(v) for v in value]
    if isinstance(value, str) and value.startswith("2026-05-17T"):
        return API_DATETIME
    return value


def _schema(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


_EPOCH = datetime.datetime(2026, 5, 17, 8, tzinfo=datetime.UTC)


def api_time(seconds: int) -> str:
    """A date-time in the API's form, `seconds` after 2026-05-17T08:00:00 UTC (milliseconds vary too)."""
    moment = _EPOCH + datetime.timedelta(seconds=seconds, milliseconds=seconds * 37 % 1000)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def message(i: int) -> dict[str, Any]:
    spec = load_project_spec()
    full = i % 4 == 0
    item: dict[str, Any] = _api_dates(sample(spec, _schema("Message"), nulls=not full))
    item.update(id=100_000 + i, entity_type="discussion", chat_id=5_000 + i % 7, root_chat_id=5_000 + i % 7)
    item.update(created_at=api_time(97 * i), changed_at=api_time(97 * i))
    if full:
        item.update(changed_at=api_time(97 * i + 45), deleted_at=api_time(97 * i + 80))
        item["forwarding"]["original_created_at"] = api_time(97 * i - 3_600)
    item["content"] = f"Message number {i}: the deploy is green, see the dashboard for details."
    item["url"] = f"https://app.pachca.com/chats/{item['chat_id']}?message={item['id']}"
    if not full:
        item["files"] = []
        for key in ("display_avatar_url", "display_name"):
            item.pop(key, None)
    return item


def chat(i: int) -> dict[str, Any]:
    item: dict[str, Any] = _api_dates(sample(load_project_spec(), _schema("Chat")))
    item.update(id=7_000 + i, name=f"Team chat {i}", member_ids=list(range(1, 12)), group_tag_ids=[3, 4])
    return item


def user(i: int) -> dict[str, Any]:
    item: dict[str, Any] = _api_dates(sample(load_project_spec(), _schema("User"), nulls=i % 2 == 1))
    item.update(id=20_000 + i, first_name=f"Name{i}", last_name=f"Surname{i}", email=f"user{i}@example.com")
    item.update(role="user", invite_status="confirmed", bot=False, suspended=False)
    return item


def list_meta(next_page: str = "eyJpZCI6MX0", has_next: bool = True) -> dict[str, Any]:
    return {"paginate": {"next_page": next_page, "prev_page": "eyJpZCI6MH0", "has_next": has_next, "has_prev": False}}


def encode(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


MESSAGE_BODY = encode({"data": message(1)})
CHAT_BODY = encode({"data": chat(1)})
MESSAGES_PAGE_BODY = encode({"data": [message(i) for i in range(50)], "meta": list_meta()})
CHATS_PAGE_BODY = encode({"data": [chat(i) for i in range(50)], "meta": list_meta()})
SEARCH_PAGE_BODY = encode(
    {"data": [message(i) for i in range(200)], "meta": {"total": 10_000, "paginate": {"next_page": "eyJwIjoyfQ"}}}
)
USERS_PAGE_BODY = encode({"data": [user(i) for i in range(50)], "meta": list_meta()})

# A page of 50 chats with a variable cursor, for the pagination benchmark (pages made on the fly).
CHAT_ITEMS_JSON = encode([chat(i) for i in range(50)])


def chats_page(page: int, last_page: int) -> bytes:
    """Page `page` (1-based) of `last_page`: the same 50 chats, a cursor naming the next page."""
    meta = list_meta(next_page=f"page-{page + 1}", has_next=page < last_page)
    return b'{"data":' + CHAT_ITEMS_JSON + b',"meta":' + encode(meta) + b"}"


def route(path: str) -> bytes | None:
    """The canned body for a request path (shared by MockTransport handlers and the loopback server)."""
    if path.endswith("/search/messages"):
        return SEARCH_PAGE_BODY
    if path.endswith("/messages"):
        return MESSAGES_PAGE_BODY
    if "/messages/" in path:
        return MESSAGE_BODY
    if path.endswith("/chats"):
        return CHATS_PAGE_BODY
    if "/chats/" in path:
        return CHAT_BODY
    if path.endswith("/users"):
        return USERS_PAGE_BODY
    return None
