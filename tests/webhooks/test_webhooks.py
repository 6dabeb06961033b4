"""Incoming webhooks: signatures, freshness, routing of every (type, event), dedup keys, form replies,
and the Starlette and Flask examples driven through their test clients (one test, both frameworks)."""

from __future__ import annotations

import asyncio
import copy
import importlib.util
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

import pytest
from webhook_samples import NOW, SECRET, encode, payload, signed

from pachca_client import (
    InvalidArgumentError,
    InvalidSignatureError,
    PachcaError,
    StaleWebhookError,
    WebhookError,
    WebhookParseError,
)
from pachca_client._reading import ValidationError
from pachca_client.models import (
    LinkSharedWebhookPayload,
    MessageWebhookPayload,
    ViewSubmitWebhookPayload,
    WebhookEvent,
    WebhookMessageThread,
)
from pachca_client.webhooks import (
    ROUTES,
    SIGNATURE_HEADER,
    ExportReadyEvent,
    ParsedWebhook,
    UnknownWebhookPayload,
    WebhookHandler,
    WebhookResult,
    check_timestamp,
    dedup_key,
    form_errors,
    parse,
    receive,
    sign,
    verify,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def message(**fields: Any) -> dict[str, Any]:
    return payload("message", "new", **fields)


# --- sign / verify -------------------------------------------------------------------------------------


def test_valid_signature_passes() -> None:
    body = encode(message())
    assert verify(body, sign(body, SECRET), SECRET)


def test_signature_tolerates_whitespace_and_hex_case() -> None:
    body = encode(message())
    assert verify(body, f"  {sign(body, SECRET).upper()}\n", SECRET)


def test_one_byte_change_fails() -> None:
    body = encode(message(content="hello"))
    signature = sign(body, SECRET)
    tampered = body.replace(b"hello", b"hellp")
    assert len(tampered) == len(body) and tampered != body
    assert not verify(tampered, signature, SECRET)


def test_wrong_secret_fails() -> None:
    body = encode(message())
    assert not verify(body, sign(body, "another-secret"), SECRET)


@pytest.mark.parametrize("signature", [None, "", "   ", "zz", "ä" * 64, "0" * 64, "sha256=abc"])
def test_missing_or_junk_signature_fails_without_raising(signature: str | None) -> None:
    assert not verify(encode(message()), signature, SECRET)


def test_empty_secret_never_verifies() -> None:
    body = encode(message())
    assert not verify(body, sign(body, ""), "")


def test_sign_is_hex_hmac_sha256() -> None:
    # RFC 4231 test case 2
    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert sign(b"what do ya want for nothing?", "Jefe") == expected


# --- check_timestamp -----------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [0, 59, -59, 60, -60])
def test_fresh_timestamp_passes(offset: int) -> None:
    assert check_timestamp({"webhook_timestamp": NOW + offset}, now=NOW)


@pytest.mark.parametrize("offset", [61, -61, 3600, -3600])
def test_stale_timestamp_fails_both_directions(offset: int) -> None:
    assert not check_timestamp({"webhook_timestamp": NOW + offset}, now=NOW)


def test_tolerance_is_configurable() -> None:
    assert check_timestamp({"webhook_timestamp": NOW - 290}, 300, now=NOW)
    assert not check_timestamp({"webhook_timestamp": NOW - 290}, now=NOW)


@pytest.mark.parametrize("stamp", [None, "1780000000", True, float("nan"), float("inf"), [NOW]])
def test_missing_or_non_numeric_timestamp_fails(stamp: Any) -> None:
    assert not check_timestamp({"webhook_timestamp": stamp}, now=NOW)
    assert not check_timestamp({}, now=NOW)


def test_timestamp_defaults_to_the_clock() -> None:
    assert check_timestamp({"webhook_timestamp": int(time.time())})


# --- parse ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("nulls", [False, True], ids=["filled", "nulls"])
@pytest.mark.parametrize("route", sorted(ROUTES), ids=lambda r: "/".join(r))
def test_every_route_parses_to_its_model(route: tuple[str, str], nulls: bool) -> None:
    body = payload(*route, nulls=nulls)
    event = parse(encode(body))
    assert type(event).__name__ == ROUTES[route][1]
    assert not isinstance(event, UnknownWebhookPayload)
    assert (str(event.type_), str(event.event)) == route
    assert event.to_dict() == body


def test_parsed_webhook_union_covers_every_route() -> None:
    routed = {name for _, name in ROUTES.values()}
    assert {cls.__name__ for cls in get_args(ParsedWebhook)} == routed | {"UnknownWebhookPayload"}
    assert ("export", "ready") in ROUTES, "the export notice is routed like any payload with type and event"
    assert isinstance(parse(message()), ParsedWebhook)


def test_former_names_are_gone() -> None:
    import pachca_client.webhooks as webhooks

    for former in ("WebhookEvent", "UnknownWebhookEvent"):
        assert not hasattr(webhooks, former), f"{former} was renamed without an alias"


def test_message_thread_null_and_object() -> None:
    without = parse(encode(message(thread=None)))
    assert isinstance(without, MessageWebhookPayload) and without.thread is None
    within = parse(encode(message(thread={"message_id": 7, "message_chat_id": 8})))
    assert isinstance(within, MessageWebhookPayload)
    assert isinstance(within.thread, WebhookMessageThread)
    assert (within.thread.message_id, within.thread.message_chat_id) == (7, 8)


def test_link_shared_is_not_a_message_event() -> None:
    event = parse(encode(payload("message", "link_shared")))
    assert isinstance(event, LinkSharedWebhookPayload)
    assert not isinstance(event, MessageWebhookPayload)


def test_parse_accepts_str_bytes_and_mappings() -> None:
    body = message()
    for form in (encode(body), json.dumps(body), body):
        assert isinstance(parse(form), MessageWebhookPayload)


@pytest.mark.parametrize(("kind", "event"), [("poll", "vote"), ("message", "pinned"), ("export", "failed")])
def test_unknown_event_is_kept_not_raised(kind: str, event: str) -> None:
    body = {"type": kind, "event": event, "poll_id": 5, "webhook_timestamp": int(NOW)}
    parsed = parse(encode(body))
    assert parsed == UnknownWebhookPayload.from_dict(body)
    assert isinstance(parsed, UnknownWebhookPayload) and parsed.to_dict() == body


def stored_event(body: Any) -> dict[str, Any]:
    """An entry of `GET /webhooks/events` carrying `body` as its payload."""
    return {"id": "01J9", "event_type": "x", "payload": body, "created_at": "2026-05-17T11:00:00.000Z"}


@pytest.mark.parametrize(("kind", "event"), [key for key in ROUTES if key[0] != "export"])
def test_a_stored_event_is_parsed_as_the_member_its_type_and_event_name(kind: str, event: str) -> None:
    parsed = WebhookEvent.from_dict(stored_event(payload(kind, event))).payload
    assert type(parsed).__name__ == ROUTES[(kind, event)][1]


@pytest.mark.parametrize(
    ("change", "path", "expected"),
    [
        ({"id": "oops"}, "payload.id", "integer"),
        ({"chat_id": None}, "payload.chat_id", "integer"),
        ({"created_at": "yesterday"}, "payload.created_at", "date-time"),
    ],
)
def test_a_stored_event_that_breaks_its_members_schema_is_an_error_not_an_unknown_event(
    change: dict[str, Any], path: str, expected: str
) -> None:
    body = payload("message", "new", **change)
    with pytest.raises(ValidationError) as caught:
        WebhookEvent.from_dict(stored_event(body))
    assert caught.value.path == path and caught.value.expected.startswith(expected)


@pytest.mark.parametrize("body", [[1], "text", {"type": {"nested": 1}, "event": "new"}, {"type": "message"}])
def test_a_stored_payload_without_a_readable_kind_is_an_error(body: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        WebhookEvent.from_dict(stored_event(body))
    assert caught.value.path.startswith("payload")


def test_a_stored_event_of_a_kind_this_version_does_not_know_is_kept() -> None:
    body = {"type": "message", "event": "pinned", "message_id": 5}
    parsed = WebhookEvent.from_dict(stored_event(body)).payload
    assert isinstance(parsed, UnknownWebhookPayload) and parsed.to_dict() == body


def test_export_ready_notification() -> None:
    body = {"type": "export", "event": "ready", "export_id": 22322, "created_at": "2025-03-20T12:33:58Z"}
    event = parse(encode(body))
    assert isinstance(event, ExportReadyEvent)
    assert (event.export_id, event.created_at) == (22322, datetime(2025, 3, 20, 12, 33, 58, tzinfo=UTC))


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'"message"',
        b"42",
        b"null",
        b'{"event": "new"}',
        b'{"type": 1, "event": "new"}',
        b'{"type": "export", "event": "ready", "export_id": 1, "created_at": "yesterday"}',
    ],
)
def test_unreadable_bodies_raise_parse_error(body: bytes) -> None:
    with pytest.raises(WebhookParseError):
        parse(body)


def test_known_event_with_missing_field_raises_parse_error() -> None:
    body = message()
    del body["id"]
    with pytest.raises(WebhookParseError, match="message/new.*'id'") as caught:
        parse(encode(body))
    assert isinstance(caught.value.__cause__, KeyError)


@pytest.mark.parametrize(
    "fields",
    [{"created_at": "yesterday"}, {"created_at": None}, {"entity_type": 5}],
    ids=["bad-date", "null-date", "bad-enum"],
)
def test_known_event_with_malformed_field_raises_parse_error(fields: dict[str, Any]) -> None:
    with pytest.raises(WebhookParseError, match="MessageWebhookPayload"):
        parse(encode(message(**fields)))


# --- receive -------------------------------------------------------------------------------------------


def test_receive_returns_the_typed_event() -> None:
    body = encode(message())
    event = receive(body, sign(body, SECRET), SECRET, now=NOW)
    assert isinstance(event, MessageWebhookPayload)


def test_receive_checks_signature_before_reading_the_body() -> None:
    with pytest.raises(InvalidSignatureError, match="missing"):
        receive(b"not json", None, SECRET, now=NOW)
    with pytest.raises(InvalidSignatureError, match="does not match"):
        receive(b"not json", "ab" * 32, SECRET, now=NOW)


def test_receive_rejects_a_signed_non_object() -> None:
    with pytest.raises(WebhookParseError):
        receive(b"not json", sign(b"not json", SECRET), SECRET, now=NOW)


@pytest.mark.parametrize("offset", [-120, 120])
def test_receive_rejects_stale_deliveries_before_parsing(offset: int) -> None:
    body = message()
    del body["id"]  # unparseable too: staleness must win
    raw = encode(body)
    with pytest.raises(StaleWebhookError):
        receive(raw, sign(raw, SECRET), SECRET, now=NOW + offset)
    fresh = encode(message())
    assert isinstance(
        receive(fresh, sign(fresh, SECRET), SECRET, tolerance=300, now=NOW + offset), MessageWebhookPayload
    )


def test_receive_without_timestamp_is_stale() -> None:
    body = message()
    del body["webhook_timestamp"]
    raw = encode(body)
    with pytest.raises(StaleWebhookError):
        receive(raw, sign(raw, SECRET), SECRET, now=NOW)


def test_receive_rejects_fresh_but_invalid_payload() -> None:
    raw = encode(message(created_at="yesterday"))
    with pytest.raises(WebhookParseError):
        receive(raw, sign(raw, SECRET), SECRET, now=NOW)


# --- dedup_key -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("route", sorted(ROUTES), ids=lambda r: "/".join(r))
def test_redelivery_has_the_same_key(route: tuple[str, str]) -> None:
    first = payload(*route)
    again = copy.deepcopy(first)
    again["webhook_timestamp"] += 30
    key = dedup_key(parse(first))
    assert key == dedup_key(parse(again))
    assert key.startswith(f"{route[0]}:{route[1]}:")


def test_message_keys_follow_the_docs_and_separate_edits() -> None:
    assert dedup_key(parse(message(id=10))) == "message:new:10"
    assert dedup_key(parse(message(id=10))) != dedup_key(parse(message(id=11)))
    assert dedup_key(parse(message(id=10))) != dedup_key(parse(payload("message", "delete", id=10)))
    first = payload("message", "update", id=10, changed_at="2026-05-17T10:00:00+00:00")
    second = payload("message", "update", id=10, changed_at="2026-05-17T10:05:00+00:00")
    assert dedup_key(parse(first)) != dedup_key(parse(second))


def test_distinct_events_without_ids_get_distinct_keys() -> None:
    a = payload("reaction", "new", message_id=1, user_id=2, code="👍")
    b = payload("reaction", "new", message_id=1, user_id=3, code="👍")
    assert dedup_key(parse(a)) != dedup_key(parse(b))
    form_a = payload("view", "submit", data={"title": "A"})
    form_b = payload("view", "submit", data={"title": "B"})
    assert dedup_key(parse(form_a)) != dedup_key(parse(form_b))
    join = payload("chat_member", "add", user_ids=[1])
    leave = payload("chat_member", "remove", user_ids=[1])
    assert dedup_key(parse(join)) != dedup_key(parse(leave))


def test_keys_for_unknown_and_export_events() -> None:
    unknown = {"type": "poll", "event": "vote", "poll_id": 5, "webhook_timestamp": 1}
    later = {**unknown, "webhook_timestamp": 99}
    assert dedup_key(parse(unknown)) == dedup_key(parse(later))
    assert dedup_key(parse(unknown)) != dedup_key(parse({**unknown, "poll_id": 6}))
    export = {"type": "export", "event": "ready", "export_id": 22322, "created_at": "2025-03-20T12:33:58Z"}
    assert dedup_key(parse(export)) == "export:ready:22322"


# --- form_errors ---------------------------------------------------------------------------------------


def test_form_errors_shape() -> None:
    status, body = form_errors({"title": "Required", "due": "x" * 2000})
    assert status == 400
    assert body == {"errors": {"title": "Required", "due": "x" * 2000}}
    assert json.loads(json.dumps(body)) == body


@pytest.mark.parametrize(
    ("errors", "message_part"),
    [({}, "at least one"), ({"": "Required"}, "name"), ({" ": "Required"}, "name"), ({"title": "x" * 2001}, "2000")],
)
def test_form_errors_validates(errors: dict[str, str], message_part: str) -> None:
    with pytest.raises(ValueError, match=message_part):
        form_errors(errors)


@pytest.mark.parametrize("errors", [{"title": 1}, {2: "Required"}, {"title": None}], ids=repr)
def test_form_errors_refuses_names_and_texts_that_are_not_strings(errors: dict[Any, Any]) -> None:
    with pytest.raises(InvalidArgumentError, match="must be strings") as refused:
        form_errors(errors)
    assert isinstance(refused.value, TypeError)


# --- WebhookHandler ------------------------------------------------------------------------------------


def test_handler_statuses() -> None:
    handler = WebhookHandler(SECRET)
    raw, headers = signed(message())
    accepted = handler.handle(raw, headers, now=NOW)
    assert accepted.status == 200 and isinstance(accepted.event, MessageWebhookPayload) and accepted.body is None
    assert handler.handle(raw, {}, now=NOW).status == 401
    assert handler.handle(raw + b" ", headers, now=NOW).status == 401
    assert handler.handle(*signed(message(), "wrong"), now=NOW).status == 401
    stale = handler.handle(raw, headers, now=NOW + 61)
    assert stale.status == 400 and isinstance(stale.error, StaleWebhookError)
    broken = handler.handle(*signed(message(created_at="yesterday")), now=NOW)
    assert broken.status == 400 and isinstance(broken.error, WebhookParseError)


def test_handler_header_lookup_ignores_case_and_accepts_pairs() -> None:
    handler = WebhookHandler(SECRET)
    raw = encode(message())
    for headers in ({"PACHCA-SIGNATURE": sign(raw, SECRET)}, [("Pachca-Signature", sign(raw, SECRET))]):
        assert handler.handle(raw, headers, now=NOW).status == 200


def test_handler_runs_the_most_specific_callback() -> None:
    handler = WebhookHandler(SECRET)
    seen: list[str] = []

    @handler.on("message", "new")
    def on_new(event: MessageWebhookPayload) -> None:
        seen.append(f"new:{event.id}")

    @handler.on("message")
    def on_message(event: Any) -> None:
        seen.append(f"message:{event.event}")

    @handler.on()
    def on_anything(event: Any) -> tuple[int, None]:
        seen.append("any")
        return 503, None

    assert handler.handle(*signed(message(id=1)), now=NOW).status == 200
    assert handler.handle(*signed(payload("message", "delete")), now=NOW).status == 200
    retry = handler.handle(*signed(payload("reaction", "new")), now=NOW)
    assert retry == WebhookResult(503, None, retry.event)
    assert seen == ["new:1", "message:delete", "any"]


def test_handler_returns_form_errors_from_a_callback() -> None:
    handler = WebhookHandler(SECRET)

    @handler.on("view", "submit")
    def on_submit(event: ViewSubmitWebhookPayload) -> tuple[int, dict[str, Any]] | None:
        return None if event.data.additional_properties.get("title") else form_errors({"title": "Required"})

    rejected = handler.handle(*signed(payload("view", "submit", data={"title": ""})), now=NOW)
    assert (rejected.status, rejected.body) == (400, {"errors": {"title": "Required"}})
    assert handler.handle(*signed(payload("view", "submit", data={"title": "Ok"})), now=NOW).status == 200


def test_an_async_callback_given_to_the_sync_handle_is_refused_and_left_for_the_retry() -> None:
    handler = WebhookHandler(SECRET)
    seen: list[int] = []

    @handler.on("message", "new")
    async def on_message(event: MessageWebhookPayload) -> None:
        seen.append(event.id)

    body = message()
    delivery = signed(body)
    with pytest.raises(InvalidArgumentError, match="ahandle") as refused:
        handler.handle(*delivery, now=NOW)
    assert isinstance(refused.value, TypeError)
    assert seen == []
    retried = asyncio.run(handler.ahandle(*delivery, now=NOW))
    assert (retried.status, retried.duplicate, seen) == (200, False, [body["id"]])


def test_handler_rejects_bad_configuration() -> None:
    with pytest.raises(ValueError, match="secret"):
        WebhookHandler("")
    handler = WebhookHandler(SECRET)
    handler.on("message", "new")(lambda event: None)
    with pytest.raises(ValueError, match="already"):
        handler.on("message", "new")(lambda event: None)
    with pytest.raises(ValueError, match="type"):
        handler.on(None, "new")
    assert SECRET not in repr(handler)


# --- hostile bodies: an answer, never an exception ------------------------------------------------------

DEPTH = 100_000


def stamped(extra: bytes, stamp: bytes = str(int(NOW)).encode()) -> bytes:
    return b'{"type": "message", "event": "new", "webhook_timestamp": ' + stamp + extra + b"}"


HOSTILE_BODIES = {
    "timestamp 10**400": json.dumps({"type": "message", "event": "new", "webhook_timestamp": 10**400}).encode(),
    "timestamp -10**400": json.dumps({"type": "x", "event": "y", "webhook_timestamp": -(10**400)}).encode(),
    "timestamp 1e400": stamped(b"", b"1e400"),
    "timestamp NaN": stamped(b"", b"NaN"),
    "int of 5000 digits": stamped(b"", b"9" * 5000),
    "100000 nested lists": b"[" * DEPTH + b"]" * DEPTH,
    "100000 nested objects": b'{"a":' * DEPTH + b"1" + b"}" * DEPTH,
    "deep field of a fresh event": stamped(b', "id": ' + b"[" * DEPTH + b"]" * DEPTH),
    "deep timestamp": stamped(b"", b"[" * DEPTH + b"]" * DEPTH),
    "huge id of a fresh event": stamped(b', "id": 1e400, "created_at": "2026-05-17T10:00:00Z"'),
    "date beyond year 9999": stamped(b', "id": 1, "created_at": "99999999-01-01T00:00:00Z"'),
    "lone surrogate": stamped(b', "id": 1, "content": "\\ud800"'),
}


@pytest.mark.parametrize("raw", HOSTILE_BODIES.values(), ids=HOSTILE_BODIES.keys())
def test_hostile_signed_bodies_get_an_answer_not_an_exception(raw: bytes) -> None:
    result = WebhookHandler(SECRET).handle(raw, {SIGNATURE_HEADER: sign(raw, SECRET)}, now=NOW)
    assert result.status == 400 and isinstance(result.error, StaleWebhookError | WebhookParseError)
    assert len(result.body["error"]) < 1000  # type: ignore[index]  # a bounded message, not the body back
    unsigned = WebhookHandler(SECRET).handle(raw, {SIGNATURE_HEADER: "0" * 64}, now=NOW)
    assert unsigned.status == 401


@pytest.mark.parametrize("raw", HOSTILE_BODIES.values(), ids=HOSTILE_BODIES.keys())
def test_hostile_bodies_raise_only_webhook_errors(raw: bytes) -> None:
    with pytest.raises(WebhookError):
        receive(raw, sign(raw, SECRET), SECRET, now=NOW)
    try:
        parse(raw)
    except WebhookError:
        pass  # every other exception fails the test


def test_huge_timestamps_are_not_fresh() -> None:
    for stamp in (10**400, -(10**400)):
        assert not check_timestamp({"webhook_timestamp": stamp}, now=NOW)


def test_a_payload_too_deep_to_hash_has_no_key_but_a_parse_error() -> None:
    deep: list[Any] = []
    for _ in range(DEPTH):  # built in Python, so it is never decoded: only hashing it can fail
        deep = [deep]
    event = parse({"type": "future", "event": "thing", "deep": deep})
    with pytest.raises(WebhookParseError, match="future/thing"):
        dedup_key(event)


def test_a_lone_surrogate_still_gets_a_key_and_is_accepted() -> None:
    raw = b'{"type": "future", "event": "thing", "text": "\\ud800", "webhook_timestamp": %d}' % int(NOW)
    assert dedup_key(parse(raw)).startswith("future:thing:")
    assert WebhookHandler(SECRET).handle(raw, {SIGNATURE_HEADER: sign(raw, SECRET)}, now=NOW).status == 200


# --- secrets as str or bytes ---------------------------------------------------------------------------


def test_a_bytes_secret_works_everywhere_a_secret_is_taken() -> None:
    raw = encode(message())
    signature = sign(raw, SECRET)
    assert sign(raw, SECRET.encode()) == signature
    assert verify(raw, signature, SECRET.encode())
    assert isinstance(receive(raw, signature, SECRET.encode(), now=NOW), MessageWebhookPayload)
    handler = WebhookHandler(SECRET.encode())
    assert handler.handle(raw, {SIGNATURE_HEADER: signature}, now=NOW).status == 200
    assert handler.handle(raw, {SIGNATURE_HEADER: sign(raw, "wrong")}, now=NOW).status == 401
    non_ascii = "ключ-🔑"
    assert verify(raw, sign(raw, non_ascii.encode("utf-8")), non_ascii)  # a str is its UTF-8 bytes


@pytest.mark.parametrize("secret", [123, None, bytearray(b"key"), ["key"]], ids=repr)
def test_a_secret_of_another_type_is_refused_clearly(secret: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="str or bytes") as refused:
        WebhookHandler(secret)
    assert isinstance(refused.value, PachcaError) and isinstance(refused.value, TypeError)
    raw = encode(message())
    with pytest.raises(InvalidArgumentError, match="str or bytes"):
        sign(raw, secret)
    with pytest.raises(InvalidArgumentError, match="str or bytes"):
        receive(raw, sign(raw, SECRET), secret, now=NOW)
    assert not verify(raw, sign(raw, SECRET), secret)  # verify never raises


def test_an_empty_bytes_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="secret"):
        WebhookHandler(b"")
    raw = encode(message())
    assert not verify(raw, sign(raw, b""), b"")


# --- examples ------------------------------------------------------------------------------------------


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def live(body: dict[str, Any]) -> dict[str, Any]:
    """The body stamped with the real clock: the examples do not inject `now`."""
    return {**body, "webhook_timestamp": int(time.time())}


EXAMPLE_CASES = [
    ("signed message", lambda: signed(live(message())), 200, None),
    ("bad signature", lambda: (encode(live(message())), {SIGNATURE_HEADER: "0" * 64}), 401, None),
    ("no signature", lambda: (encode(live(message())), {}), 401, None),
    (
        "form with errors",
        lambda: signed(live(payload("view", "submit", data={"title": ""}))),
        400,
        {"errors": {"title": "Give the task a title"}},
    ),
    ("valid form", lambda: signed(live(payload("view", "submit", data={"title": "Plan"}))), 200, None),
]


def post_to_starlette(raw: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    from starlette.testclient import TestClient

    with TestClient(load_example("webhook_starlette").create_app()) as client:
        response = client.post("/webhook", content=raw, headers=headers)
    return response.status_code, response.json() if response.content else None


def post_to_flask(raw: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    response = load_example("webhook_flask").create_app().test_client().post("/webhook", data=raw, headers=headers)
    return response.status_code, response.get_json(silent=True)


FRAMEWORKS: dict[str, Callable[[bytes, dict[str, str]], tuple[int, Any]]] = {
    "starlette": post_to_starlette,
    "flask": post_to_flask,
}


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient` is deprecated")
@pytest.mark.parametrize(("case", "make", "status", "expected"), EXAMPLE_CASES, ids=[c[0] for c in EXAMPLE_CASES])
@pytest.mark.parametrize("framework", sorted(FRAMEWORKS))
def test_webhook_example(
    monkeypatch: pytest.MonkeyPatch,
    framework: str,
    case: str,
    make: Any,
    status: int,
    expected: dict[str, Any] | None,
) -> None:
    monkeypatch.setenv("PACHCA_WEBHOOK_SECRET", SECRET)
    raw, headers = make()
    response_status, response_json = FRAMEWORKS[framework](raw, headers)
    assert response_status == status
    if expected is not None:
        assert response_json == expected


def test_examples_need_the_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PACHCA_WEBHOOK_SECRET", raising=False)
    for name in ("webhook_starlette", "webhook_flask"):
        with pytest.raises(KeyError, match="PACHCA_WEBHOOK_SECRET"):
            load_example(name).create_app()
