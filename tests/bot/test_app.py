"""The bot framework end to end: simulated colleagues in a fake Pachca, the bot's webhooks delivered in-process.

Every listener kind, the context's helpers (one API call each), middleware, the error handler, the 3 s rules
and deduplication, with sync and async listeners, over ASGI and WSGI.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from webhook_samples import ManualClock, signed

from pachca_client.bot import App, AsyncContext, Context, TriggerExpiredError
from pachca_client.models import (
    ButtonWebhookPayload,
    ChatMemberWebhookPayload,
    LinkSharedWebhookPayload,
    MessageWebhookPayload,
    ReactionWebhookPayload,
    ViewSubmitWebhookPayload,
)
from pachca_client.testing import FakeBot, FakePachca, Person

FORM = {"title": "Leave", "blocks": [{"type": "input", "name": "reason", "label": "Reason", "required": True}]}


@dataclass
class World:
    fake: FakePachca
    vera: Person
    chat: dict[str, Any]
    bot: FakeBot
    history: set[int] = field(default_factory=set)
    delay: float = 0.0

    def app(self, via: str = "asgi", **options: Any) -> App:
        """An app for the bot, receiving its webhooks in-process through `app.asgi()` or `app.wsgi()`."""
        app = App(self.bot.token, self.bot.signing_secret, base_url=self.fake.base_url, **options)
        self.bot.attach(app.asgi() if via == "asgi" else app.wsgi())
        return app

    def said(self, *, thread: bool | None = None) -> list[str]:
        """What the bot posted and still stands, oldest first (`thread`: only in threads, or only outside)."""
        return [
            m["content"]
            for m in self.fake.state.messages.values()
            if m["user_id"] == self.bot.id
            and m["id"] not in self.history
            and not m.get("deleted_at")
            and (thread is None or (m["entity_type"] == "thread") == thread)
        ]

    def bot_message(self, text: str, **fields: Any) -> dict[str, Any]:
        """A message of the bot in the chat (posted quietly, as history)."""
        message: dict[str, Any] = self.fake.add_message(self.chat, text, author=self.bot.id, **fields)
        self.history.add(message["id"])
        return message


@pytest.fixture
def world(fake_pachca: FakePachca) -> Iterator[World]:
    vera = fake_pachca.user("Vera")
    chat = fake_pachca.add_chat("Bot test", [vera])
    bot = fake_pachca.add_bot("Helper", chats=[chat], unfurl_domains=["example.com"])
    yield World(fake_pachca, vera, chat, bot)


VIAS = ["asgi", "wsgi"]


# --- listeners ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIAS)
def test_message_listeners_match_text_or_regex_and_never_hear_the_bot_itself(world: World, via: str) -> None:
    app = world.app(via)

    @app.message(re.compile(r"order #(\d+)"))
    def order(ctx: Context[MessageWebhookPayload]) -> None:
        assert ctx.match is not None
        ctx.reply(f"looking up order {ctx.match[1]}")

    @app.message("hello")
    async def hello(ctx: AsyncContext[MessageWebhookPayload]) -> None:
        await ctx.reply(f"hello to you too ({ctx.text})")

    world.vera.posts(world.chat, "Where is order #42?")
    world.vera.posts(world.chat, "HELLO bot")
    world.vera.posts(world.chat, "nothing for the bot")
    # the bot hears its own replies too (message/new), and ignores them: no reply to a reply
    assert world.said() == ["looking up order 42", "hello to you too (HELLO bot)"]
    assert len(world.bot.payloads(type="message", event="new")) == 5
    app.close()


@pytest.mark.parametrize("via", VIAS)
def test_commands_get_their_arguments_parsed(world: World, via: str) -> None:
    app = world.app(via)
    got: list[tuple[str | None, list[str], str]] = []

    @app.command("/remind")
    def remind(ctx: Context[MessageWebhookPayload]) -> None:
        got.append((ctx.command, ctx.args, ctx.text))

    world.vera.posts(world.chat, '/remind me "in 5 minutes" to stretch')
    world.vera.posts(world.chat, "/Remind@helper")
    world.vera.posts(world.chat, "/reminders are not this command")
    world.vera.posts(world.chat, 'say /remind "unclosed')
    world.vera.posts(world.chat, '/remind "unclosed quote')
    assert got == [
        ("/remind", ["me", "in 5 minutes", "to", "stretch"], 'me "in 5 minutes" to stretch'),
        ("/remind", [], ""),
        ("/remind", ['"unclosed', "quote"], '"unclosed quote'),
    ]
    app.close()


def test_the_first_listener_that_matches_runs(world: World) -> None:
    app = world.app()
    ran: list[str] = []
    app.command("/help")(lambda ctx: ran.append("command"))
    app.message()(lambda ctx: ran.append("any message"))
    app.command("/never")(lambda ctx: ran.append("unreachable"))
    world.vera.posts(world.chat, "/help")
    world.vera.posts(world.chat, "/never")
    assert ran == ["command", "any message"]
    app.close()


@pytest.mark.parametrize("via", VIAS)
def test_buttons_by_exact_data_or_regex_edit_delete_and_open_forms(world: World, via: str) -> None:
    app = world.app(via)

    @app.button("leave")
    def leave(ctx: Context[ButtonWebhookPayload]) -> None:
        ctx.open_form(FORM, callback_id="leave", metadata="from-button")

    @app.button(re.compile(r"^vote:(\w+)$"))
    async def vote(ctx: AsyncContext[ButtonWebhookPayload]) -> None:
        assert ctx.match is not None
        await ctx.edit(f"You voted {ctx.match[1]}", buttons=[])  # the bot's message with the buttons

    @app.button("dismiss")
    def dismiss(ctx: Context[ButtonWebhookPayload]) -> None:
        ctx.delete()

    buttons = [[{"text": "Leave", "data": "leave"}, {"text": "Yes", "data": "vote:yes"}]]
    poll = world.bot_message("Vote?", buttons=buttons)
    click = world.vera.clicks(poll, "leave")
    assert click.view is not None and click.view.title == "Leave" and click.view.callback_id == "leave"
    assert click.view.record["private_metadata"] == "from-button"
    world.vera.clicks(poll, "vote:yes")
    edited = world.fake.state.messages[poll["id"]]
    assert (edited["content"], edited["buttons"]) == ("You voted yes", [])
    note = world.bot_message("Heads up", buttons=[[{"text": "OK", "data": "dismiss"}]])
    world.vera.clicks(note, "dismiss")
    assert world.fake.state.messages[note["id"]].get("deleted_at")
    app.close()


@pytest.mark.parametrize("via", VIAS)
def test_forms_are_answered_by_their_listener(world: World, via: str) -> None:
    """Returned field errors keep the form open (400), `ctx.form_errors` does the same, anything else closes it."""
    app = world.app(via)
    app.button("leave")(lambda ctx: ctx.open_form(FORM, callback_id="leave"))
    app.button("strict")(lambda ctx: ctx.open_form(FORM, callback_id="strict"))

    @app.form("leave")
    def leave(ctx: Context[ViewSubmitWebhookPayload]) -> dict[str, str] | None:
        if len(ctx.values["reason"]) < 5:
            return {"reason": "Tell us a little more"}
        ctx.reply(f"Leave booked: {ctx.values['reason']}")  # the form's chat
        return None

    @app.form(re.compile("str.ct"))
    async def strict(ctx: AsyncContext[ViewSubmitWebhookPayload]) -> None:
        await ctx.form_errors({"reason": "Never good enough"})

    message = world.bot_message(
        "Book leave", buttons=[[{"text": "Go", "data": "leave"}, {"text": "S", "data": "strict"}]]
    )
    click = world.vera.clicks(message, "leave")
    short = world.vera.submits(click, {"reason": "rest"})
    assert short.errors == {"reason": "Tell us a little more"} and click.view is not None and click.view.is_open
    long = world.vera.submits(click, {"reason": "a week at the sea"})
    assert long.accepted and not click.view.is_open
    assert world.said() == ["Leave booked: a week at the sea"]
    strict_click = world.vera.clicks(message, "strict")
    assert world.vera.submits(strict_click, {"reason": "x"}).errors == {"reason": "Never good enough"}
    app.close()


@pytest.mark.parametrize("via", VIAS)
def test_reactions_by_emoji_added_or_removed(world: World, via: str) -> None:
    app = world.app(via)
    seen: list[str] = []

    @app.reaction("👍")
    def thumbs(ctx: Context[ReactionWebhookPayload]) -> None:
        seen.append(f"+{ctx.event.code} by {ctx.user_id}")
        ctx.react("🙏")  # on the same message

    @app.reaction(removed=True)
    async def removed(ctx: AsyncContext[ReactionWebhookPayload]) -> None:
        seen.append(f"-{ctx.event.code}")

    message = world.vera.posts(world.chat, "Ship it?")
    world.vera.reacts(message, "🎉")  # no listener for it
    world.vera.reacts(message, "👍")
    world.vera.unreacts(message, "👍")
    assert seen == [f"+👍 by {world.vera.id}", "-👍"]
    codes = [(r["user_id"], r["code"]) for r in world.fake.state.reactions[message["id"]]]
    assert (world.bot.id, "🙏") in codes  # and the bot's own reaction/new was ignored
    app.close()


@pytest.mark.parametrize("via", VIAS)
def test_members_joining_and_leaving(world: World, via: str) -> None:
    app = world.app(via)
    boris = world.fake.user("Boris")

    @app.member_joined()
    def welcome(ctx: Context[ChatMemberWebhookPayload]) -> None:
        ctx.reply(f"Welcome, {len(ctx.event.user_ids)} new!")

    @app.member_left()
    async def bye(ctx: AsyncContext[ChatMemberWebhookPayload]) -> None:
        await ctx.reply("Someone left")

    boris.joins(world.chat)
    boris.leaves(world.chat)
    assert world.said() == ["Welcome, 1 new!", "Someone left"]
    app.close()


@pytest.mark.parametrize("via", VIAS)
def test_link_shared_by_domain_and_unfurled(world: World, via: str) -> None:
    app = world.app(via)
    heard: list[list[str]] = []

    @app.link_shared("docs.example.com")
    def docs(ctx: Context[LinkSharedWebhookPayload]) -> None:
        heard.append([link.url for link in ctx.links])
        ctx.unfurl({link.url: {"title": "Docs", "description": link.url} for link in ctx.links})

    message = world.vera.posts(world.chat, "see https://app.docs.example.com/a and https://example.com/b")
    world.vera.posts(world.chat, "only https://example.com/c")  # not the listener's domain: no match
    assert heard == [["https://app.docs.example.com/a"]]
    assert world.fake.state.link_previews[message["id"]] == {
        "https://app.docs.example.com/a": {"title": "Docs", "description": "https://app.docs.example.com/a"}
    }
    app.close()


def test_any_event_by_type_and_name(world: World) -> None:
    app = world.app()
    seen: list[tuple[str, str]] = []
    app.event("message", "update")(lambda ctx: seen.append(ctx.kind))
    app.event("reaction")(lambda ctx: seen.append(ctx.kind))
    message = world.vera.posts(world.chat, "typo")
    world.vera.edits(message, "fixed")
    world.vera.reacts(message, "👀")
    assert seen == [("message", "update"), ("reaction", "new")]
    app.close()


# --- the context ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_user_and_chat_are_fetched_once_and_only_when_asked_for(world: World, kind: str) -> None:
    app = world.app()
    if kind == "sync":

        @app.message("who")
        def who(ctx: Context[MessageWebhookPayload]) -> None:
            ctx.reply(f"{ctx.user.first_name} in {ctx.chat.name} ({ctx.user.id}, {ctx.chat.id})")

    else:

        @app.message("who")
        async def who_async(ctx: AsyncContext[MessageWebhookPayload]) -> None:
            user, chat = await ctx.user, await ctx.chat
            again = await ctx.user
            await ctx.reply(f"{user.first_name} in {chat.name} ({again.id}, {(await ctx.chat).id})")

    app.message()(lambda ctx: None)
    world.vera.posts(world.chat, "who am I?")
    world.vera.posts(world.chat, "not asking")
    assert world.said() == [f"Vera in Bot test ({world.vera.id}, {world.chat['id']})"]
    assert world.fake.received("GET", f"/users/{world.vera.id}") == 1
    assert world.fake.received("GET", f"/chats/{world.chat['id']}") == 1
    app.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_reply_in_thread_opens_the_thread_once_and_stays_in_it(world: World, kind: str) -> None:
    app = world.app()
    if kind == "sync":

        @app.message()
        def answer(ctx: Context[MessageWebhookPayload]) -> None:
            ctx.reply_in_thread("first")
            ctx.reply_in_thread("second")

    else:

        @app.message()
        async def answer_async(ctx: AsyncContext[MessageWebhookPayload]) -> None:
            await ctx.reply_in_thread("first")
            await ctx.reply_in_thread("second")

    question = world.vera.posts(world.chat, "question")
    assert world.said(thread=True) == ["first", "second"]
    assert world.fake.received("POST", f"/messages/{question['id']}/thread") == 1
    world.vera.replies(question, "follow-up in the thread")  # a comment: the bot answers in the same thread
    assert world.said(thread=True) == ["first", "second", "first", "second"]
    assert len(world.fake.state.threads) == 1
    app.close()


def test_helpers_that_need_what_the_event_lacks_say_so(world: World) -> None:
    app = world.app()
    errors: list[str] = []
    app.error(lambda error, ctx: errors.append(f"{type(error).__name__}: {error}"))

    @app.member_joined()
    def joined(ctx: Context[ChatMemberWebhookPayload]) -> None:
        ctx.react("👋")

    @app.message()
    def message(ctx: Context[MessageWebhookPayload]) -> None:
        ctx.open_form(FORM)

    world.fake.user("Gleb").joins(world.chat)
    world.vera.posts(world.chat, "hi")
    assert errors == [
        "ValueError: a chat_member/add event has no message",
        "ValueError: open_form needs a button click: only its trigger_id can open a form",
    ]
    app.close()


# --- middleware and errors -------------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIAS)
def test_middleware_runs_before_and_after_and_can_stop_the_chain(world: World, via: str) -> None:
    app = world.app(via)
    trail: list[str] = []

    @app.middleware
    def log(ctx: Context[Any], next: Callable[[], None]) -> None:
        trail.append(f"before {'/'.join(ctx.kind)}")
        ctx.state["seen_by"] = "log"
        next()
        trail.append("after")

    @app.middleware
    async def only_vera(ctx: AsyncContext[Any], next: Callable[[], Any]) -> None:
        if ctx.user_id == world.vera.id:
            await next()
        else:
            trail.append("stopped")

    @app.message()
    async def listener(ctx: AsyncContext[MessageWebhookPayload]) -> None:
        trail.append(f"listener ({ctx.state['seen_by']})")

    world.vera.posts(world.chat, "hi")
    world.fake.user("Boris").joins(world.chat)  # chat_member: no user_id, stopped
    assert trail == ["before message/new", "listener (log)", "after", "before chat_member/add", "stopped", "after"]
    app.close()


@pytest.mark.parametrize("via", VIAS)
def test_errors_go_to_the_error_handler_and_the_delivery_is_accepted(world: World, via: str) -> None:
    app = world.app(via)
    handled: list[tuple[str, str]] = []

    @app.message()
    def broken(ctx: Context[MessageWebhookPayload]) -> None:
        raise KeyError("boom")

    @app.error
    async def on_error(error: Exception, ctx: AsyncContext[Any]) -> None:
        handled.append((repr(error), ctx.text))
        await ctx.reply("Sorry, something went wrong")

    world.vera.posts(world.chat, "hi")
    assert handled == [("KeyError('boom')", "hi")]
    assert world.said() == ["Sorry, something went wrong"]
    assert [d.status for d in world.fake.webhooks.deliveries][:1] == [200]
    app.close()


@pytest.mark.parametrize("via", VIAS)
def test_an_unhandled_error_answers_500_and_pachcas_retry_runs_again(
    world: World, via: str, caplog: pytest.LogCaptureFixture
) -> None:
    app = world.app(via)
    attempts: list[int] = []

    @app.message()
    def flaky(ctx: Context[MessageWebhookPayload]) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("database is down")
        ctx.reply("done on retry")

    with caplog.at_level(logging.ERROR, "pachca_client.bot"):
        world.vera.posts(world.chat, "hi")
    assert "the message/new listener failed" in caplog.text and "database is down" in caplog.text
    assert [d.status for d in world.fake.webhooks.deliveries] == [500]
    world.fake.clock.advance(world.fake.webhooks.retry_after)  # Pachca delivers again: not taken for a duplicate
    assert len(attempts) == 2 and world.said() == ["done on retry"]
    app.close()


def test_an_error_handler_that_raises_answers_500(world: World, caplog: pytest.LogCaptureFixture) -> None:
    app = world.app()
    app.message()(lambda ctx: 1 / 0)

    @app.error
    def on_error(error: Exception, ctx: Context[Any]) -> None:
        raise ValueError("the error handler broke too")

    with caplog.at_level(logging.ERROR, "pachca_client.bot"):
        world.vera.posts(world.chat, "hi")
    assert world.fake.webhooks.deliveries[0].status == 500 and "the error handler broke too" in caplog.text
    app.close()


# --- the 3 s rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIAS)
def test_a_slow_form_listener_is_warned_about(world: World, via: str, caplog: pytest.LogCaptureFixture) -> None:
    app = world.app(via, slow_answer=0.05)
    app.button("go")(lambda ctx: ctx.open_form(FORM, callback_id="f"))

    @app.form("f")
    def slow(ctx: Context[ViewSubmitWebhookPayload]) -> None:
        time.sleep(0.2)

    click = world.vera.clicks(world.bot_message("Go", buttons=[[{"text": "Go", "data": "go"}]]), "go")
    with caplog.at_level(logging.WARNING, "pachca_client.bot"):
        assert world.vera.submits(click, {"reason": "r"}).accepted
    assert "the view/submit listener has not answered after 0.1 s" in caplog.text
    assert "Pachca waits 3 s for a form's answer" in caplog.text
    app.close()


def test_a_quick_listener_is_not_warned_about(world: World, caplog: pytest.LogCaptureFixture) -> None:
    app = world.app(slow_answer=0.5)
    app.message()(lambda ctx: ctx.reply("quick"))
    with caplog.at_level(logging.WARNING, "pachca_client.bot"):
        world.vera.posts(world.chat, "hi")
        time.sleep(0.6)
    assert "has not answered" not in caplog.text
    app.close()


def _timed_asgi(app: App, body: bytes, headers: dict[str, str]) -> tuple[int, bytes, float]:
    """Call `app.asgi()` directly: the answer, and when it was sent (the app itself returns later)."""
    sent: dict[str, Any] = {}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            sent["status"], sent["at"] = message["status"], time.monotonic()
        elif message["type"] == "http.response.body":
            sent["body"] = message["body"]

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
    }
    asyncio.run(app.asgi()(scope, receive, send))  # type: ignore[arg-type]
    return sent["status"], sent["body"], sent["at"]


def _signed(secret: str, payload: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    """`payload` stamped now and signed with `secret`."""
    return signed({**payload, "webhook_timestamp": int(time.time())}, secret)


SUBMIT = {
    "type": "view",
    "event": "submit",
    "callback_id": "report",
    "private_metadata": None,
    "chat_id": None,
    "user_id": 7,
    "view_id": "view_1",
    "submit_id": "sub_1",
    "data": {"reason": "ok"},
}


@pytest.mark.parametrize("how", ["ack", "background"])
def test_a_long_form_listener_answers_first_then_goes_on(how: str) -> None:
    app = App("token", "secret", ignore_self=False)
    finished: list[float] = []

    if how == "ack":

        @app.form("report")
        def report(ctx: Context[ViewSubmitWebhookPayload]) -> None:
            ctx.ack()  # 200 now: the form closes
            time.sleep(0.3)  # e.g. building the report
            finished.append(time.monotonic())
            with pytest.raises(RuntimeError, match="already answered"):
                ctx.form_errors({"reason": "too late"})

    else:

        @app.form("report", background=True)
        async def report_async(ctx: AsyncContext[ViewSubmitWebhookPayload]) -> None:
            await asyncio.sleep(0.3)
            finished.append(time.monotonic())

    status, body, answered_at = _timed_asgi(app, *_signed("secret", SUBMIT))
    assert (status, body) == (200, b"")
    assert finished and finished[0] - answered_at > 0.25  # the answer went out before the listener ended


def test_wsgi_answers_before_the_listener_ends_and_waits_for_it_on_close() -> None:
    import io

    app = App("token", "secret", ignore_self=False)
    done = threading.Event()

    @app.form("report", background=True)
    def report(ctx: Context[ViewSubmitWebhookPayload]) -> None:
        time.sleep(0.2)
        done.set()

    body, headers = _signed("secret", SUBMIT)
    environ = {"REQUEST_METHOD": "POST", "CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body)}
    environ.update({"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items()})
    statuses: list[str] = []
    result = app.wsgi()(environ, lambda status, headers: statuses.append(status))
    assert statuses == ["200 OK"] and b"".join(result) == b"" and not done.is_set()
    result.close()  # type: ignore[attr-defined]  # the server calls it once the answer is sent
    assert done.is_set()
    app.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_trigger_id_opens_a_form_for_3_seconds(world: World, kind: str, caplog: pytest.LogCaptureFixture) -> None:
    clock = ManualClock(0.0)
    app = world.app(clock=clock)
    outcomes: list[str] = []
    app.error(lambda error, ctx: outcomes.append(type(error).__name__))

    if kind == "sync":

        @app.button("form")
        def open_form(ctx: Context[ButtonWebhookPayload]) -> None:
            clock.now += world.delay
            ctx.open_form(FORM)
            outcomes.append("opened")

    else:

        @app.button("form")
        async def open_form_async(ctx: AsyncContext[ButtonWebhookPayload]) -> None:
            clock.now += world.delay
            await ctx.open_form(FORM)
            outcomes.append("opened")

    message = world.bot_message("Form", buttons=[[{"text": "Form", "data": "form"}]])
    with caplog.at_level(logging.WARNING, "pachca_client.bot"):
        for delay in (1.0, 2.8, 3.2):
            world.delay = delay
            world.vera.clicks(message, "form")
    assert outcomes == ["opened", "opened", "TriggerExpiredError"]
    assert "opening a form 2.8 s after the click: its trigger_id lives 3 s" in caplog.text
    assert world.fake.received("POST", "/views/open") == 2  # the late one made no call
    app.close()


def test_trigger_expired_error_is_exported() -> None:
    assert issubclass(TriggerExpiredError, RuntimeError)


# --- at least once -------------------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIAS)
def test_redeliveries_are_dropped(world: World, via: str) -> None:
    app = world.app(via)
    app.message()(lambda ctx: ctx.reply(f"got {ctx.text}"))
    world.fake.webhooks.duplicate()  # the next delivery arrives twice, with a fresh webhook_timestamp
    world.vera.posts(world.chat, "once")
    assert world.said() == ["got once"]
    copies = [d for d in world.fake.webhooks.deliveries if d.payload.get("content") == "once"]
    assert [d.status for d in copies] == [200, 200] and copies[1].duplicate
    app.close()


def test_deduplication_can_be_turned_off(world: World) -> None:
    app = world.app(replay_store=False)
    app.message()(lambda ctx: ctx.reply(f"got {ctx.text}"))
    world.fake.webhooks.duplicate()
    world.vera.posts(world.chat, "twice")
    assert world.said() == ["got twice", "got twice"]
    app.close()


def test_the_bot_itself_is_heard_when_asked_to(world: World) -> None:
    app = world.app(ignore_self=False)
    heard: list[int] = []
    app.message()(lambda ctx: heard.append(ctx.user_id))
    world.vera.posts(world.chat, "hi")
    world.bot.posts(world.chat, "hello")
    assert heard == [world.vera.id, world.bot.id]
    assert world.fake.received("GET", "/profile") == 0
    app.close()


def test_a_replay_is_refused_for_as_long_as_its_timestamp_passes() -> None:
    from pachca_client.webhooks import MemoryReplayStore

    clock = ManualClock(0.0)
    app = App("token", "secret", tolerance=300, replay_store=MemoryReplayStore(clock=clock), ignore_self=False)
    heard: list[str] = []
    app.message()(lambda ctx: heard.append(ctx.text))
    message = {
        "type": "message",
        "event": "new",
        "id": 501,
        "entity_type": "discussion",
        "entity_id": 10,
        "content": "pay 100",
        "user_id": 7,
        "created_at": "2026-10-01T12:00:00.000Z",
        "url": "https://app.pachca.com/chats/10?message=501",
        "chat_id": 10,
        "thread": None,
    }
    captured = _signed("secret", message)
    assert _timed_asgi(app, *captured)[0] == 200
    clock.now += 200  # still within the 300 s tolerance: the captured delivery would pass the timestamp check
    assert _timed_asgi(app, *captured)[0] == 200
    assert heard == ["pay 100"]  # the replay was dropped
    assert app.replay_ttl == 600
    app.close()
