"""Tolerant reading (the default of Pachca/AsyncPachca) and strict reading (tests, `strict=True`).

Each deviation kind is tried on both: tolerant reading returns the model, fences off what deviates
(`DeviationError` on reading it), reports it once and lists it in `deviations()`; strict reading fails as
before. The deviations are those Pachca's own published examples show (scripts/published_examples.py),
written here with the project's own values.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import httpx
import pytest
from client_helpers import client, schema_sample
from webhook_samples import NOW, SECRET, payload, signed

from pachca_client import (
    MISSING,
    APIResponseValidationError,
    AsyncPachca,
    DeviationError,
    Pachca,
    PachcaError,
    UnknownFieldError,
    WebhookParseError,
    deviations,
)
from pachca_client._polling import EventPoller
from pachca_client._tolerance import _REPORTED
from pachca_client.bot import App
from pachca_client.models import BotResponse, Chat, LinkSharedWebhookPayload, ViewSubmitWebhookPayload
from pachca_client.testing import FakePachca
from pachca_client.webhooks import WebhookHandler, parse

REQUEST_ID = "req-7781"


def answering(body: Any, status: int = 200) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"x-request-id": REQUEST_ID})

    return handler


def bot_answer(**changes: Any) -> dict[str, Any]:
    bot = schema_sample("BotResponse")
    for key, value in changes.items():
        if value is MISSING:
            del bot[key]
        else:
            bot[key] = value
    return {"data": bot}


@pytest.fixture(autouse=True)
def fresh_reports() -> None:
    """Deviations are logged once per process: each test starts as a fresh process would."""
    _REPORTED.clear()


@pytest.fixture
def tolerant_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment a user's production has: PACHCA_STRICT unset (the project's tests set it)."""
    monkeypatch.delenv("PACHCA_STRICT", raising=False)


# --- the modes -------------------------------------------------------------------------------------------


def test_clients_read_tolerantly_by_default_and_strictly_when_asked(tolerant_by_default: None) -> None:
    with Pachca("t") as default, Pachca("t", strict=True) as strict:
        assert default.strict is False and strict.strict is True
        assert default.with_options(strict=True).strict is True
    assert asyncio.run(_async_strict()) is False
    with pytest.raises(TypeError, match="strict"):
        Pachca("t", strict="yes")  # type: ignore[arg-type]


async def _async_strict() -> bool:
    async with AsyncPachca("t") as pachca:
        return pachca.strict


def test_pachca_strict_in_the_environment_makes_strict_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACHCA_STRICT", "1")
    with Pachca("t") as strict, Pachca("t", strict=False) as tolerant:
        assert strict.strict is True
        assert tolerant.strict is False, "an explicit argument wins"


def test_fake_clients_and_fixtures_are_strict(tolerant_by_default: None, pachca: Pachca) -> None:
    assert pachca.strict is True
    with FakePachca() as fake:
        with fake.client() as strict, fake.client(strict=False) as tolerant:
            assert strict.strict is True and tolerant.strict is False
        assert asyncio.run(_fake_async_strict(fake)) is True


async def _fake_async_strict(fake: FakePachca) -> bool:
    async with fake.async_client() as pachca:
        return pachca.strict


# --- responses --------------------------------------------------------------------------------------------


def test_a_missing_required_field_is_fenced_off_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    body = bot_answer(name=MISSING)
    with client(answering(body), strict=False) as pachca:
        bot = pachca.bots.get_bot(7)
    assert isinstance(bot, BotResponse)
    assert bot.nickname == body["data"]["nickname"], "the rest stays usable"
    with pytest.raises(DeviationError) as caught:
        bot.name  # noqa: B018 - reading is what raises
    error = caught.value
    assert isinstance(error, PachcaError)
    assert (error.model, error.field, error.path, error.operation, error.request_id) == (
        "BotResponse",
        "name",
        "data.name",
        "get_bot",
        REQUEST_ID,
    )
    assert error.raw is MISSING
    assert "data.name" in str(error) and "get_bot" in str(error) and REQUEST_ID in str(error)
    assert [(d.path, d.found) for d in deviations(bot)] == [("data.name", "nothing")]
    assert "deviates" in repr(bot)
    assert any("data.name" in record.getMessage() for record in caplog.records if record.levelno == logging.WARNING)


def test_strict_reading_refuses_the_same_answer() -> None:
    with client(answering(bot_answer(name=MISSING)), strict=True) as pachca:
        with pytest.raises(APIResponseValidationError, match="name"):
            pachca.bots.get_bot(7)
    with client(answering(bot_answer(name=MISSING)), strict=False) as pachca:
        with pytest.raises(APIResponseValidationError):
            pachca.with_options(strict=True).bots.get_bot(7)


@pytest.mark.parametrize(
    ("changes", "path", "expected", "found", "raw"),
    [
        ({"nickname": None}, "data.nickname", "string", "null", None),
        ({"authorized_users_count": "12"}, "data.authorized_users_count", "integer", "string", "12"),
        ({"created_at": "yesterday"}, "data.created_at", "date-time", "string", "yesterday"),
        ({"webhook": [1]}, "data.webhook", "object", "array", [1]),
    ],
)
def test_nulls_and_other_json_types_are_fenced_off(
    changes: dict[str, Any], path: str, expected: str, found: str, raw: Any
) -> None:
    with client(answering(bot_answer(**changes)), strict=False) as pachca:
        bot = pachca.bots.get_bot(7)
    (deviation,) = deviations(bot)
    assert deviation.path == path and expected in deviation.expected and found in deviation.found
    assert deviation.raw == raw
    field = path.split(".")[-1]
    with pytest.raises(DeviationError, match=path.replace(".", r"\.")):
        getattr(bot, field)


def test_a_deviating_model_writes_back_the_json_it_was_read_from() -> None:
    body = bot_answer(name=MISSING, authorized_users_count="many")
    with client(answering(body), strict=False) as pachca:
        bot = pachca.bots.get_bot(7)
    assert bot.to_dict() == body["data"]
    assert bot == bot and bot != BotResponse.from_dict(schema_sample("BotResponse"))


def test_unknown_enum_values_and_extra_fields_are_no_deviation() -> None:
    body = bot_answer(brand_new_field={"x": 1})
    body["data"]["webhook"]["kind"] = "carrier_pigeon"
    with client(answering(body), strict=False) as pachca:
        bot = pachca.bots.get_bot(7)
    assert deviations(bot) == []
    assert bot["brand_new_field"] == {"x": 1} and str(bot.webhook.kind) == "carrier_pigeon"


def test_a_union_that_matches_no_member_is_fenced_off() -> None:
    event = schema_sample("AuditEvent")
    event["details"] = None  # Pachca's audit page shows this; the spec has an object for every event
    body = {"data": [event], "meta": {"paginate": {"next_page": None, "has_next": False}}}
    with client(answering(body), strict=False) as pachca:
        (read,) = pachca.security.get_audit_events().data
    assert [d.path for d in deviations(read)] == ["data[0].details"]
    with pytest.raises(DeviationError):
        read.details  # noqa: B018
    assert read.id == event["id"]


def test_deviations_deep_in_a_page_name_their_path() -> None:
    message = schema_sample("Message")
    message["buttons"] = [[{"text": None, "data": "vote"}]]
    page = {"data": [schema_sample("Message"), message], "meta": {"paginate": {"next_page": None, "has_next": False}}}
    with client(answering(page), strict=False) as pachca:
        messages = pachca.messages.list_chat_messages(chat_id=1).data
    assert [d.path for d in deviations(messages)] == ["data[1].buttons[0][0].text"]
    assert messages[0].id == page["data"][0]["id"]


def test_an_answer_without_its_data_raises_a_typed_error_naming_it() -> None:
    with client(answering({"meta": {}}), strict=False) as pachca:
        with pytest.raises(DeviationError, match=r"data") as caught:
            pachca.chats.get_chat(1)
    assert caught.value.operation == "get_chat"


def test_a_create_chat_answer_without_meta_is_read() -> None:
    body = {"data": schema_sample("Chat")}
    with client(answering(body, 201), strict=False) as pachca:
        created = pachca.chats.create_chat(body={"chat": {"name": "Launch"}})
    assert isinstance(created.data, Chat) and created.data.name == body["data"]["name"]
    assert [d.path for d in deviations(created)] == ["meta"]


def test_each_deviation_is_logged_once_per_operation_and_path(caplog: pytest.LogCaptureFixture) -> None:
    body = bot_answer(oauth_client=MISSING, last_used_at="soon")
    caplog.set_level(logging.WARNING, logger="pachca_client")
    with client(answering(body), strict=False) as pachca:
        for _ in range(3):
            pachca.bots.get_bot(7)
    logged = [r.getMessage() for r in caplog.records if "data.oauth_client " in r.getMessage()]
    assert len(logged) == 1


def test_async_clients_read_the_same_way() -> None:
    async def scenario() -> BotResponse:
        transport = httpx.MockTransport(answering(bot_answer(name=MISSING)))
        async with AsyncPachca("t", transport=transport, strict=False) as pachca:
            return await pachca.bots.get_bot(7)

    bot = asyncio.run(scenario())
    assert [d.path for d in deviations(bot)] == ["data.name"]


# --- paginated walks -----------------------------------------------------------------------------------


def test_a_null_next_page_ends_the_walk_in_both_modes() -> None:
    users = [schema_sample("User") for _ in range(2)]
    page = {"data": users, "meta": {"paginate": {"next_page": None, "has_next": True}}}
    for strict in (True, False):
        calls: list[httpx.Request] = []

        def handler(request: httpx.Request, calls: list[httpx.Request] = calls) -> httpx.Response:
            calls.append(request)
            return httpx.Response(200, json=page)

        with client(handler, strict=strict) as pachca:
            assert len(list(pachca.users.list_users_iter())) == 2
        assert len(calls) == 1


def test_search_pages_without_a_total_are_walked_to_the_end() -> None:
    hits = [schema_sample("Message") for _ in range(3)]
    pages = iter(
        [
            {"data": hits[:2], "meta": {"paginate": {"next_page": "c2"}}},
            {"data": hits[2:], "meta": {"paginate": {"next_page": "c3"}}},
            {"data": [], "meta": {"paginate": {"next_page": "c3"}}},
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=next(pages))

    with client(handler, strict=False) as pachca:
        assert len(list(pachca.search.search_messages_iter(query="x"))) == 3
    with client(answering({"data": hits, "meta": {"paginate": {"next_page": "c2"}}}), strict=True) as pachca:
        with pytest.raises(APIResponseValidationError, match="total"):
            list(pachca.search.search_messages_iter(query="x"))


# --- webhooks, the bot and the poller ---------------------------------------------------------------------


def view_submit(**missing: Any) -> dict[str, Any]:
    body = payload("view", "submit")
    for key in missing:
        del body[key]
    return body


def test_a_signed_delivery_that_deviates_reaches_its_callback(tolerant_by_default: None) -> None:
    handler = WebhookHandler(SECRET)
    seen: list[Any] = []
    handler.on("view", "submit")(seen.append)
    raw, headers = signed(view_submit(view_id=None, chat_id=None))
    result = handler.handle(raw, headers, now=NOW)
    assert result.status == 200
    (event,) = seen
    assert isinstance(event, ViewSubmitWebhookPayload)
    assert sorted(d.path for d in deviations(event)) == ["chat_id", "view_id"]
    with pytest.raises(DeviationError, match="webhook view/submit"):
        event.view_id  # noqa: B018


def test_a_strict_handler_keeps_refusing_it() -> None:
    raw, headers = signed(view_submit(view_id=None))
    result = WebhookHandler(SECRET, strict=True).handle(raw, headers, now=NOW)
    assert result.status == 400 and "view_id" in result.body["error"]


def test_parse_follows_the_mode(tolerant_by_default: None) -> None:
    body = payload("message", "link_shared")
    del body["entity_type"]
    event = parse(body)
    assert isinstance(event, LinkSharedWebhookPayload)
    assert [d.path for d in deviations(event)] == ["entity_type"]
    with pytest.raises(WebhookParseError, match="entity_type"):
        parse(body, strict=True)


def bot_app() -> App:
    """A bot whose own calls (its profile) are answered by a MockTransport; tolerant, as its client is."""
    answers = httpx.MockTransport(answering({"data": schema_sample("User")}))
    return App("bot-token", SECRET, client=AsyncPachca("bot-token", transport=answers))


async def deliver(app: App, body: dict[str, Any], heard: list[Any]) -> int:
    """Post one signed delivery to the app's ASGI adapter; wait (bounded) until a listener heard something."""
    raw, headers = signed(body)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app.asgi()), base_url="http://bot") as http:
        answer = await http.post("/", content=raw, headers=headers)
    for _ in range(100):
        if heard:
            break
        await asyncio.sleep(0.01)
    await app.async_client.close()
    return answer.status_code


def test_the_bot_hears_a_deviating_form_submission(tolerant_by_default: None) -> None:
    async def scenario() -> tuple[int, list[Any]]:
        heard: list[Any] = []
        app = bot_app()
        assert app.strict is False

        @app.form()
        async def on_form(ctx: Any) -> None:
            heard.append(ctx.event)

        body = view_submit(view_id=None)
        body["webhook_timestamp"] = int(time.time())
        return await deliver(app, body, heard), heard

    status, heard = asyncio.run(scenario())
    assert status == 200
    assert len(heard) == 1 and [d.path for d in deviations(heard[0])] == ["view_id"]


def test_the_bot_steers_around_a_deviating_field(tolerant_by_default: None) -> None:
    """A message without `content`: a text listener does not match (and does not crash), a catch-all hears it."""

    async def scenario() -> tuple[int, list[str]]:
        heard: list[str] = []
        app = bot_app()

        @app.message("hello")
        async def greeted(ctx: Any) -> None:
            heard.append("greeted")

        @app.event("message", "new")
        async def anything(ctx: Any) -> None:
            heard.append(f"message {ctx.event.id}")

        body = payload("message", "new", id=42, user_id=5, stamp=time.time())
        del body["content"]
        return await deliver(app, body, heard), heard

    assert asyncio.run(scenario()) == (200, ["message 42"])


def stored(event_id: str, body: dict[str, Any], second: int) -> dict[str, Any]:
    return {
        "id": event_id,
        "event_type": "message_new",
        "payload": body,
        "created_at": f"2026-05-17T10:00:{second:02d}Z",
    }


def test_the_poller_handles_a_deviating_event_and_the_ones_around_it() -> None:
    good = [payload("message", "new", id=n) for n in (1, 3)]
    broken = payload("message", "new", id=2)
    del broken["content"]
    events = [stored("e1", good[0], 1), stored("e2", broken, 2), stored("e3", good[1], 3)]
    deleted: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            deleted.append(request.url.path.rsplit("/", 1)[-1])
            return httpx.Response(204)
        left = [e for e in reversed(events) if e["id"] not in deleted]
        return httpx.Response(200, json={"data": left, "meta": {"paginate": {"next_page": None, "has_next": False}}})

    handled: list[Any] = []
    with client(handler, strict=False, rate_limits=False) as pachca:
        EventPoller(pachca, stop_when_idle=True, sleep=lambda s: None).run(handled.append)
    assert [event.id for event in handled] == ["e1", "e2", "e3"]
    assert [d.path for d in deviations(handled[1].payload)] == ["data[1].payload.content"]
    assert deleted == ["e1", "e2", "e3"]


# --- requests ---------------------------------------------------------------------------------------------


class Recorder:
    def __init__(self, answer: Any, status: int = 201) -> None:
        self.requests: list[httpx.Request] = []
        self.answer, self.status = answer, status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.answer)


def test_requests_stay_checked_in_tolerant_mode() -> None:
    recorder = Recorder({"data": schema_sample("Message")})
    with client(recorder, strict=False) as pachca:
        with pytest.raises(UnknownFieldError, match="content"):
            pachca.messages.create_message(body={"message": {"entity_id": 1, "contnet": "hi"}})  # type: ignore[typeddict-unknown-key]
    assert recorder.requests == []


def test_extra_body_query_and_headers_send_what_the_spec_does_not_know() -> None:
    recorder = Recorder({"data": schema_sample("Message")})
    with client(recorder, strict=False) as pachca:
        pachca.messages.create_message(
            body={"message": {"entity_id": 1, "content": "hi"}},
            extra_body={"message": {"display_name": "Release bot"}, "link_preview": False},
            extra_query={"trace": 1},
            extra_headers={"X-Feature": "on"},
        )
    (sent,) = recorder.requests
    assert json.loads(sent.content) == {
        "message": {"entity_id": 1, "content": "hi", "display_name": "Release bot"},
        "link_preview": False,
    }
    assert sent.url.params["trace"] == "1" and sent.headers["x-feature"] == "on"


def test_extras_on_a_view_join_every_call_and_those_of_the_call() -> None:
    recorder = Recorder({"data": schema_sample("Chat")}, status=200)
    with client(recorder, strict=False) as pachca:
        view = pachca.with_options(extra_headers={"X-Team": "a"}, extra_query={"v": "2"})
        view.chats.get_chat(5, extra_headers={"X-Call": "b"})
        pachca.chats.get_chat(5)
    first, second = recorder.requests
    assert (first.headers["x-team"], first.headers["x-call"], first.url.params["v"]) == ("a", "b", "2")
    assert "x-team" not in second.headers and "v" not in second.url.params
    with pytest.raises(TypeError, match="extra_body"):
        pachca.with_options(extra_body=["not", "a", "mapping"])  # type: ignore[arg-type]


def test_webhook_handler_awaits_async_callbacks_in_ahandle_and_refuses_them_in_handle() -> None:
    handler = WebhookHandler(SECRET, replay_store=None)
    heard: list[Any] = []

    @handler.on("message", "new")
    async def on_message(event: Any) -> tuple[int, dict[str, Any]]:
        heard.append(event.id)
        return 202, {"ok": True}

    raw, headers = signed(payload("message", "new", id=7))
    result = asyncio.run(handler.ahandle(raw, headers, now=NOW))
    assert (result.status, result.body, heard) == (202, {"ok": True}, [7])
    raw, headers = signed(payload("message", "new", id=8))
    with pytest.raises(TypeError, match="ahandle"):
        handler.handle(raw, headers, now=NOW)
    again = asyncio.run(handler.ahandle(raw, headers, now=NOW))
    assert again.status == 202 and not again.duplicate, "a delivery whose callback failed is not kept as seen"
