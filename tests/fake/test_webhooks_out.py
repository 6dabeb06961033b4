"""Webhooks of the fake: signed like Pachca's, delivered at least once, over HTTP or to in-process apps."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import ROOT
from spec_validation import validate_schema

from pachca_client import Pachca
from pachca_client.testing import FakeBot, FakePachca, LoopbackServer, ReceivedRequest, Reply
from pachca_client.webhooks import ROUTES, SIGNATURE_HEADER, dedup_key, receive

sys.path.insert(0, str(ROOT / "examples"))
from webhook_flask import create_app as flask_app
from webhook_starlette import create_app as starlette_app


class Inbox:
    """A plain in-process receiver: `app(body, headers)` keeping every delivery, answering `status`."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.bodies: list[bytes] = []
        self.headers: list[dict[str, str]] = []

    def __call__(self, body: bytes, headers: dict[str, str]) -> int:
        self.bodies.append(body)
        self.headers.append(headers)
        return self.statuses.pop(0) if self.statuses else 200


def schema_of(payload: dict[str, Any]) -> str:
    return ROUTES[(payload["type"], payload["event"])][1]


@pytest.fixture
def chat(fake_pachca: FakePachca) -> dict[str, Any]:
    return fake_pachca.add_chat("Bots welcome", [fake_pachca.user("Vera"), fake_pachca.user("Boris")])


@pytest.fixture
def bot(fake_pachca: FakePachca, chat: dict[str, Any]) -> FakeBot:
    return fake_pachca.add_bot("Listener", chats=[chat])


def test_deliveries_are_signed_stamped_and_match_openapi_yaml(
    fake_pachca: FakePachca, chat: dict[str, Any], bot: FakeBot
) -> None:
    inbox = Inbox()
    bot.attach(inbox)
    vera = fake_pachca.user("Vera")
    message = vera.posts(chat, "hi")
    vera.edits(message, "hi all")
    vera.reacts(message, "👍")
    vera.unreacts(message, "👍")
    fake_pachca.user("Gleb").joins(chat)
    fake_pachca.user("Gleb").leaves(chat)
    vera.deletes(message)
    kinds = [schema_of(d.payload) + ":" + d.payload["event"] for d in fake_pachca.webhooks.deliveries]
    assert kinds == [
        "MessageWebhookPayload:new",
        "MessageWebhookPayload:update",
        "ReactionWebhookPayload:new",
        "ReactionWebhookPayload:delete",
        "ChatMemberWebhookPayload:add",
        "ChatMemberWebhookPayload:remove",
        "MessageWebhookPayload:delete",
    ]
    for body, headers in zip(inbox.bodies, inbox.headers, strict=True):
        event = receive(body, headers[SIGNATURE_HEADER], bot.signing_secret, now=fake_pachca.clock.time())
        payload = event.to_dict()
        assert abs(payload["webhook_timestamp"] - fake_pachca.clock.time()) < 5
        validate_schema(payload, schema_of(payload))
    assert [e["event_type"] for e in bot.stored_events][:3] == ["message_new", "message_update", "reaction_new"]
    assert len({e["id"] for e in bot.stored_events}) == 7 and all(len(e["id"]) == 26 for e in bot.stored_events)


def test_calls_through_the_api_are_delivered_after_their_answer(
    fake_pachca: FakePachca, pachca: Pachca, chat: dict[str, Any], bot: FakeBot
) -> None:
    inbox = Inbox()
    bot.attach(inbox)
    created = pachca.messages.create_message(body={"message": {"entity_id": chat["id"], "content": "From the API"}})
    assert fake_pachca.webhooks.wait(2)
    assert [d.payload["id"] for d in fake_pachca.webhooks.deliveries] == [created.id]


def test_at_least_once_a_duplicate_a_delay_and_a_retry(
    fake_pachca: FakePachca, chat: dict[str, Any], bot: FakeBot
) -> None:
    inbox = Inbox(200, 200, 503, 200)
    bot.attach(inbox)
    vera = fake_pachca.user("Vera")
    fake_pachca.webhooks.duplicate()
    vera.posts(chat, "twice")
    first, second = fake_pachca.webhooks.deliveries
    assert second.duplicate and dedup_key(receive(first.body, first.headers[SIGNATURE_HEADER], bot.signing_secret)) == (
        dedup_key(receive(second.body, second.headers[SIGNATURE_HEADER], bot.signing_secret))
    )
    fake_pachca.webhooks.delay(30)
    vera.posts(chat, "late")
    assert len(inbox.bodies) == 2 and len(fake_pachca.webhooks.pending) == 1
    fake_pachca.clock.advance(30)
    assert b"late" in inbox.bodies[2], "delivered once the fake's clock got there"
    failed = fake_pachca.webhooks.deliveries[-1]
    assert failed.status == 503 and len(fake_pachca.webhooks.pending) == 1, "a 5xx is tried again"
    fake_pachca.clock.advance(fake_pachca.webhooks.retry_after)
    retried = fake_pachca.webhooks.deliveries[-1]
    assert retried.attempt == 2 and retried.ok and retried.payload["id"] == failed.payload["id"]
    assert [p["content"] for p in bot.payloads()] == ["twice", "twice", "late"]


def test_a_webhook_url_gets_a_real_http_post(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    received: list[ReceivedRequest] = []

    def receiver(request: ReceivedRequest) -> Reply:
        received.append(request)
        return Reply(status=200)

    with LoopbackServer(receiver) as server:
        bot = fake_pachca.add_bot("Remote", chats=[chat], outgoing_url=server.url + "/hook")
        fake_pachca.user("Boris").posts(chat, "over the wire")
    (request,) = received
    assert request.path == "/hook" and request.headers["content-type"] == "application/json"
    event = receive(request.body, request.headers["pachca-signature"], bot.signing_secret)
    assert event.to_dict()["content"] == "over the wire"


def test_asgi_and_wsgi_apps_in_process(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    asgi_bot = fake_pachca.add_bot("Starlette", chats=[chat])
    wsgi_bot = fake_pachca.add_bot("Flask", chats=[chat])
    asgi_bot.attach(starlette_app(asgi_bot.signing_secret))
    wsgi_bot.attach(flask_app(wsgi_bot.signing_secret))
    fake_pachca.user("Vera").posts(chat, "hello apps")
    by_bot = {d.bot_id: d.status for d in fake_pachca.webhooks.deliveries}
    assert by_bot == {asgi_bot.id: 200, wsgi_bot.id: 200}
    impostor = fake_pachca.add_bot("Impostor", chats=[chat])
    impostor.attach(starlette_app("not-its-secret"))
    fake_pachca.user("Vera").posts(chat, "who is there?")
    assert fake_pachca.webhooks.deliveries[-1].status == 401, "the app refuses a signature made with another secret"


def test_form_answers_from_a_webhook_app_close_or_keep_the_form(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    bot = fake_pachca.add_bot("Forms", chats=[chat])
    bot.attach(flask_app(bot.signing_secret))  # answers 400 {"errors": {"title": ...}} without a title
    with bot.client() as as_bot:
        asked = as_bot.messages.create_message(
            body={
                "message": {
                    "entity_id": chat["id"],
                    "content": "New task?",
                    "buttons": [[{"text": "+", "data": "new"}]],
                }
            }
        )
        click = fake_pachca.user("Vera").clicks(asked.id, "new")
        form = {"title": "Task", "blocks": [{"type": "input", "name": "title", "label": "Title"}]}
        as_bot.views.open_view(body={"type": "modal", "trigger_id": click.trigger_id, "view": form})
    assert click.view is not None
    rejected = fake_pachca.user("Vera").submits(click.view, {})
    assert rejected.errors == {"title": "Give the task a title"} and click.view.is_open
    accepted = fake_pachca.user("Vera").submits(click.view, {"title": "Ship it"})
    assert accepted.accepted and not click.view.is_open


def test_the_export_notice_goes_unsigned_to_its_webhook_url(fake_pachca: FakePachca, pachca: Pachca) -> None:
    inbox = Inbox()
    fake_pachca.webhooks.mount("https://hooks.example.test/export", inbox)
    today = fake_pachca.clock.now().date().isoformat()
    export = pachca.chats.request_export(
        body={"start_at": today, "end_at": today, "webhook_url": "https://hooks.example.test/export"}
    )
    assert export is not None and inbox.bodies == []
    fake_pachca.clock.advance(fake_pachca.export_ready_after)
    (delivery,) = fake_pachca.webhooks.deliveries
    assert SIGNATURE_HEADER not in delivery.headers
    assert delivery.payload == {
        "type": "export",
        "event": "ready",
        "export_id": export.id,
        "created_at": delivery.payload["created_at"],
    }
    validate_schema(delivery.payload, "ExportWebhookPayload")


def test_who_hears_what(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    everything = fake_pachca.add_bot("Everything", chats=[chat])
    commands = fake_pachca.add_bot("Commands", chats=[chat], trigger_on="commands", commands=["deploy"])
    reactions = fake_pachca.add_bot("Reactions", chats=[chat], events=["reaction_new"])
    outside = fake_pachca.add_bot("Outside")
    quiet = fake_pachca.add_bot("Quiet", chats=[chat], ignore_self_messages=True)
    vera = fake_pachca.user("Vera")
    vera.posts(chat, "just talking")
    command = vera.posts(chat, "/deploy now")
    vera.reacts(command, "🚀")
    with quiet.client() as as_quiet:
        as_quiet.messages.create_message(body={"message": {"entity_id": chat["id"], "content": "mine"}})
    fake_pachca.webhooks.wait(2)

    def heard(bot: FakeBot) -> list[str]:
        return [f"{e['event_type']}:{e['payload'].get('content', e['payload'].get('code'))}" for e in bot.stored_events]

    assert heard(everything) == [
        "message_new:just talking",
        "message_new:/deploy now",
        "reaction_new:🚀",
        "message_new:mine",
    ]
    assert heard(commands) == ["message_new:/deploy now", "reaction_new:🚀"]
    assert heard(reactions) == ["reaction_new:🚀"]
    assert heard(outside) == []
    assert heard(quiet) == ["message_new:just talking", "message_new:/deploy now", "reaction_new:🚀"]


@pytest.fixture
def company(fake_pachca: FakePachca) -> Iterator[FakeBot]:
    yield fake_pachca.add_bot(
        "HR", events=["company_member_invite", "company_member_suspend", "company_member_confirm"]
    )


def test_company_events_reach_bots_outside_any_chat(fake_pachca: FakePachca, pachca: Pachca, company: FakeBot) -> None:
    newcomer = pachca.users.create_user(body={"user": {"email": "zoe@example.test", "first_name": "Zoe"}})
    fake_pachca.user(newcomer.id).accepts_invite()
    pachca.users.update_user(newcomer.id, body={"user": {"suspended": True}})
    events = [(e["event_type"], e["payload"]["user_ids"]) for e in company.stored_events]
    assert events == [
        ("company_member_invite", [newcomer.id]),
        ("company_member_confirm", [newcomer.id]),
        ("company_member_suspend", [newcomer.id]),
    ]
    for event in company.stored_events:
        validate_schema(event["payload"], "CompanyMemberWebhookPayload")
