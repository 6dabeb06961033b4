"""Simulated people: stories told with `fake.user(...)`, seen by a bot through the same webhooks and state."""

from __future__ import annotations

from typing import Any

import pytest
from spec_validation import validate_schema
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from pachca_client import AsyncPachca, GoneError
from pachca_client.models import (
    ButtonWebhookPayload,
    LinkSharedWebhookPayload,
    MessageWebhookPayload,
    ViewSubmitWebhookPayload,
)
from pachca_client.testing import ApiFailure, FakePachca
from pachca_client.webhooks import WebhookHandler, form_errors


def leave_bot(client: AsyncPachca, secret: str) -> Starlette:
    """A bot that books leave: `/leave` -> a button -> a form -> a confirmation (or field errors)."""
    handler = WebhookHandler(secret)

    async def webhook(request: Request) -> Response:
        result = handler.handle(await request.body(), request.headers)
        event = result.event
        if isinstance(event, MessageWebhookPayload) and event.content == "/leave":
            button = [[{"text": "Book leave", "data": "leave"}]]
            message = {"entity_id": event.chat_id, "content": "Book your leave:", "buttons": button}
            await client.messages.create_message(body={"message": message})
        elif isinstance(event, ButtonWebhookPayload):
            blocks = [
                {"type": "date", "name": "from", "label": "From", "required": True},
                {"type": "input", "name": "reason", "label": "Reason", "initial_value": "rest"},
            ]
            view = {"title": "Leave", "blocks": blocks}
            body = {"type": "modal", "trigger_id": event.trigger_id, "callback_id": "leave", "view": view}
            await client.views.open_view(body=body)
        elif isinstance(event, ViewSubmitWebhookPayload):
            answers = event.data.additional_properties
            if answers["from"] < "2026-01-01":
                status, errors = form_errors({"from": "Pick a date in the future"})
                return JSONResponse(errors, status_code=status)
            text = f"Leave from {answers['from']} booked ({answers['reason']})"
            await client.messages.create_message(body={"message": {"entity_id": event.chat_id, "content": text}})
        elif isinstance(event, LinkSharedWebhookPayload):
            previews = {link.url: {"title": "Ticket", "description": link.domain} for link in event.links}
            await client.messages.unfurl(event.message_id, body={"link_previews": previews})
        return Response(status_code=result.status)

    return Starlette(routes=[Route("/webhook", webhook, methods=["POST"])])


def contents(fake: FakePachca, chat: dict[str, Any]) -> list[str]:
    return [m["content"] for m in fake.state.messages.values() if m["chat_id"] == chat["id"]]


def test_a_story_posts_clicks_submits_reacts_joins(fake_pachca: FakePachca) -> None:
    fake = fake_pachca
    chat = fake.add_chat("Team", [fake.user("Vera")])
    bot = fake.add_bot("Leave", chats=[chat], unfurl_domains=["tracker.example.test"])
    client = bot.async_client()
    bot.attach(leave_bot(client, bot.signing_secret))
    vera = fake.user("Vera")

    vera.posts(chat, "/leave")
    offer = next(m for m in fake.state.messages.values() if m["user_id"] == bot.id)
    assert offer["buttons"][0][0]["data"] == "leave"

    click = vera.clicks(offer, "leave")
    assert click.delivery is not None and click.delivery.ok
    assert click.view is not None and click.view.title == "Leave" and click.view.is_open
    with pytest.raises(ValueError, match="required"):
        vera.submits(click.view, {"reason": "flu"})  # the app would not send the form without a date
    refused = vera.submits(click.view, {"from": "2025-12-01"})
    assert refused.errors == {"from": "Pick a date in the future"} and click.view.is_open
    booked = vera.submits(click.view, {"from": "2026-12-01"})
    assert booked.accepted and not click.view.is_open
    assert contents(fake, chat)[-1] == "Leave from 2026-12-01 booked (rest)", (
        "an untouched field sends its initial value"
    )

    vera.reacts(offer, "👍")
    assert fake.state.reactions[offer["id"]][0]["user_id"] == vera.id
    gleb = fake.user("Gleb")
    gleb.joins(chat)
    assert gleb.id in fake.state.chats[chat["id"]]["member_ids"]
    link = gleb.posts(chat, "see https://tracker.example.test/T-1 and https://elsewhere.test/x")
    assert fake.state.link_previews[link["id"]] == {
        "https://tracker.example.test/T-1": {"title": "Ticket", "description": "tracker.example.test"}
    }
    fake.webhooks.run(client.close())

    kinds = [(d.payload["type"], d.payload["event"]) for d in fake.webhooks.deliveries]
    assert kinds == [
        ("message", "new"),  # /leave
        ("message", "new"),  # its own offer
        ("button", "click"),
        ("view", "submit"),
        ("view", "submit"),
        ("message", "new"),  # its own confirmation
        ("reaction", "new"),
        ("chat_member", "add"),
        ("message", "new"),
        ("message", "link_shared"),
    ]
    for delivery in fake.webhooks.deliveries:
        from pachca_client.webhooks import ROUTES

        validate_schema(delivery.payload, ROUTES[delivery.kind][1])
    shared = fake.webhooks.deliveries[-1].payload
    assert shared["links"] == [
        {"url": "https://tracker.example.test/T-1", "domain": "tracker.example.test", "skip": False}
    ]


def test_direct_messages_threads_and_what_the_app_would_not_allow(fake_pachca: FakePachca) -> None:
    fake = fake_pachca
    bot = fake.add_bot("Helpdesk")
    boris = fake.user("Boris")
    direct = boris.writes_to(bot, "help me")
    assert fake.state.chats[direct["chat_id"]]["personal"] is True
    assert [e["payload"]["content"] for e in bot.stored_events] == ["help me"], "a bot hears its direct messages"
    general = next(c for c in fake.state.chats.values() if c["name"] == "General")
    question = boris.posts(general, "lunch?")
    answer = fake.user("Vera").replies(question, "yes")
    assert answer["entity_type"] == "thread" and answer["root_chat_id"] == general["id"]
    with pytest.raises(ValueError, match="not posted by a bot"):
        fake.user("Vera").clicks(question, "anything")
    secret_room = fake.add_chat("Secret", [], owner_id=boris.id)
    with pytest.raises(ApiFailure) as refused:
        fake.user("Gleb").posts(secret_room, "let me in")
    assert refused.value.status == 403
    newcomer = fake.user("Zoe Quinn")
    assert newcomer.record["first_name"] == "Zoe" and fake.user("zoe quinn") == newcomer


def test_a_history_only_bot_answers_a_form_within_five_seconds(fake_pachca: FakePachca) -> None:
    fake = fake_pachca
    chat = fake.add_chat("Polls", [fake.user("Vera")])
    bot = fake.add_bot("Poller", chats=[chat])  # no webhook URL: it reads its event history
    with bot.client() as as_bot:
        asked = as_bot.messages.create_message(
            body={"message": {"entity_id": chat["id"], "content": "Vote", "buttons": [[{"text": "Vote", "data": "v"}]]}}
        )
        click = fake.user("Vera").clicks(asked.id, "v")
        form = {"title": "Vote", "blocks": [{"type": "radio", "name": "choice", "label": "Choice", "options": []}]}
        as_bot.views.open_view(body={"type": "modal", "trigger_id": click.trigger_id, "view": form})
        assert click.view is not None
        sent = fake.user("Vera").submits(click.view, {"choice": "b"})
        assert not sent.answered
        fake.clock.advance(6)
        with pytest.raises(GoneError) as late:
            as_bot.views.submit_view_response(click.view.id, body={"submit_id": sent.submit_id})
        assert late.value.codes == ["submit_expired"]
        again = fake.user("Vera").submits(click.view, {"choice": "a"})
        result = as_bot.views.submit_view_response(
            click.view.id, body={"submit_id": again.submit_id, "errors": {"choice": "Polls are closed"}}
        )
        assert result.success and again.errors == {"choice": "Polls are closed"} and click.view.is_open
