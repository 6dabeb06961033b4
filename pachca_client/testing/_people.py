"""Simulated people: what colleagues do in Pachca, with the state and webhooks the real one would produce.

    vera = fake.user("Vera")
    vera.posts(chat, "hi")                     # message/new to the chat's bots
    click = vera.clicks(message, "approve")    # button/click (with a trigger_id) to the bot that posted it
    result = vera.submits(click.view, {"reason": "ok"})   # view/submit; result.accepted / result.errors
    vera.reacts(message, "👍")                  # reaction/new
    vera.joins(chat)                           # chat_member/add

Each action changes the fake's state as the API would, then delivers the webhooks it caused before it
returns (and whatever the bots' own API calls caused in turn), so a test can assert right after it.
A step the app would not allow (clicking a button that is not there) raises ValueError; one the API
refuses (posting to a chat you are not in) raises `ApiFailure` with the API's status and body.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ._core import JSON, id_of
from ._domain.chats import add_members, remove_member
from ._domain.messages import add_reaction, create_message, delete_message, remove_reaction, thread_of, update_message
from ._domain.workspace import Workspace
from ._state import new_secret
from ._webhooks import WebhookDelivery, Webhooks
from .routes.drafts_views import INPUT_BLOCKS, answer_submission

if TYPE_CHECKING:
    from .._client import AsyncPachca, Pachca
    from ._state import BotRecord

Result = TypeVar("Result")


class Stage(Workspace, Protocol):
    """What people need of the fake besides the domain's workspace: its webhooks and clients, its lock, and
    acting as one event (`_act`: under the lock, then delivering what the action caused). `FakePachca` is one."""

    webhooks: Webhooks

    @property
    def _lock(self) -> AbstractContextManager[Any]: ...

    def _act(self, action: Callable[[], Result]) -> Result: ...

    def client(self, token: str | None = None, **options: Any) -> Pachca: ...

    def async_client(self, token: str | None = None, **options: Any) -> AsyncPachca: ...


class View:
    """A form a bot opened for a person (`POST /views/open`)."""

    def __init__(self, fake: Stage, view_id: str) -> None:
        self._fake = fake
        self.id = view_id

    @property
    def record(self) -> JSON:
        return self._fake.state.views[self.id]

    @property
    def title(self) -> str:
        return str(self.record["view"]["title"])

    @property
    def blocks(self) -> list[JSON]:
        return list(self.record["view"]["blocks"])

    @property
    def callback_id(self) -> str | None:
        value = self.record["callback_id"]
        return None if value is None else str(value)

    @property
    def is_open(self) -> bool:
        return bool(self.record["status"] == "open")

    @property
    def errors(self) -> dict[str, str]:
        """The texts shown under fields after the bot rejected the last submission."""
        return dict(self.record["errors"])

    def __repr__(self) -> str:
        return f"<View {self.id} {self.title!r} {self.record['status']}>"


@dataclass
class Click:
    """A press of a data button: the `trigger_id` the bot got, and the form it opened with it (if any)."""

    fake: Stage
    message_id: int
    data: str
    trigger_id: str
    delivery: WebhookDelivery | None

    @property
    def view(self) -> View | None:
        for view_id, view in self.fake.state.views.items():
            if view["trigger_id"] == self.trigger_id:
                return View(self.fake, view_id)
        return None


@dataclass
class Submission:
    """One sending of a form: answered by the webhook reply, or later by `submit_response`."""

    fake: Stage
    view: View
    submit_id: str
    delivery: WebhookDelivery | None

    @property
    def record(self) -> JSON:
        return next(s for s in self.view.record["submissions"] if s["submit_id"] == self.submit_id)

    @property
    def answered(self) -> bool:
        return bool(self.record["answered"])

    @property
    def accepted(self) -> bool:
        """The bot accepted it: the form closed."""
        return self.answered and not self.record["errors"]

    @property
    def errors(self) -> dict[str, str]:
        """Texts the bot asked to show under fields (the form stays open)."""
        return dict(self.record["errors"])

    @property
    def failed(self) -> bool:
        """The bot's webhook did not answer 200 or 400: the person sees an error, the form keeps its values."""
        return bool(self.record.get("failed"))


class Person:
    """A colleague acting in the fake (see the module docstring)."""

    def __init__(self, fake: Stage, user_id: int) -> None:
        self._fake = fake
        self.id = user_id

    @property
    def record(self) -> JSON:
        return self._fake.state.users[self.id]

    @property
    def name(self) -> str:
        return " ".join(str(p) for p in (self.record["first_name"], self.record["last_name"]) if p)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id} {self.name!r}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Person) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)

    # -- messages ------------------------------------------------------------------------------------

    def posts(self, chat: Any, text: str, *, buttons: list[list[JSON]] | None = None, **fields: Any) -> JSON:
        """Write `text` in `chat` (a chat, or a person or bot for a direct message); returns the message."""
        if isinstance(chat, Person):
            body: JSON = {"entity_type": "user", "entity_id": chat.id}
        else:
            body = {"entity_id": id_of(chat)}
        body.update(content=text, buttons=buttons, **fields)
        message: JSON = self._fake._act(lambda: create_message(self._fake, self.id, body))
        return message

    def writes_to(self, other: Any, text: str, **fields: Any) -> JSON:
        """A direct message to a person or a bot (by handle or id)."""
        target = other if isinstance(other, Person) else Person(self._fake, id_of(other))
        return self.posts(target, text, **fields)

    def replies(self, message: Any, text: str, **fields: Any) -> JSON:
        """A comment in `message`'s thread (made on first use)."""

        def act() -> JSON:
            parent = self._fake.state.message(id_of(message))
            thread = thread_of(self._fake, parent, self.id)
            chat = self._fake.state.chat(thread["chat_id"])
            if self.id not in chat["member_ids"]:
                chat["member_ids"] = sorted({*chat["member_ids"], self.id})
            body = {"entity_type": "thread", "entity_id": thread["id"], "content": text, **fields}
            return create_message(self._fake, self.id, body)

        reply: JSON = self._fake._act(act)
        return reply

    def edits(self, message: Any, text: str) -> JSON:
        def act() -> JSON:
            return update_message(self._fake, self.id, self._message(message), {"content": text})

        edited: JSON = self._fake._act(act)
        return edited

    def deletes(self, message: Any) -> None:
        self._fake._act(lambda: delete_message(self._fake, self.id, self._message(message)))

    def reacts(self, message: Any, code: str, name: str | None = None) -> JSON:
        reaction: JSON = self._fake._act(lambda: add_reaction(self._fake, self.id, self._message(message), code, name))
        return reaction

    def unreacts(self, message: Any, code: str) -> None:
        self._fake._act(lambda: remove_reaction(self._fake, self.id, self._message(message), code))

    def reads(self, chat: Any) -> None:
        """Mark everything in `chat` read (`read_member_ids`)."""

        def act() -> None:
            chat_id = id_of(chat)
            self._fake.state.unread.pop((chat_id, self.id), None)
            for message in self._fake.state.messages.values():
                readers = self._fake.state.readers.setdefault(message["id"], [])
                if message["chat_id"] == chat_id and message["user_id"] != self.id and self.id not in readers:
                    readers.append(self.id)

        self._fake._act(act)

    def _message(self, message: Any) -> JSON:
        return self._fake.state.message(id_of(message))

    # -- chats ---------------------------------------------------------------------------------------

    def joins(self, chat: Any) -> None:
        """Join `chat` (chat_member/add to its bots, this one included when it is a bot)."""

        def act() -> None:
            found = self._fake.state.chat(id_of(chat))
            add_members(self._fake, found, [self.id], self.id)

        self._fake._act(act)

    def leaves(self, chat: Any) -> None:
        def act() -> None:
            remove_member(self._fake, self._fake.state.chat(id_of(chat)), self.id, self.id)

        self._fake._act(act)

    def accepts_invite(self) -> None:
        """An invited person signs up (`company_member/confirm`)."""

        def act() -> None:
            self.record["invite_status"] = "confirmed"
            self._fake.events.company_member("confirm", [self.id])

        self._fake._act(act)

    # -- buttons and forms ----------------------------------------------------------------------------

    def clicks(self, message: Any, data: str) -> Click:
        """Press the data button `data` of a bot's message: button/click with a fresh `trigger_id` (3 s)."""

        def act() -> Click:
            fake = self._fake
            found = self._message(message)
            bot = fake.state.bots.get(found["user_id"])
            if bot is None:
                raise ValueError(f"message {found['id']} was not posted by a bot: its buttons send no clicks")
            if not any(b.get("data") == data for row in found["buttons"] for b in row):
                raise ValueError(f"message {found['id']} has no button with data {data!r}")
            trigger_id = new_secret("trg_", 12)
            fake.state.triggers[trigger_id] = {
                "trigger_id": trigger_id,
                "bot_id": bot.id,
                "message_id": found["id"],
                "user_id": self.id,
                "chat_id": found["chat_id"],
                "at": fake.clock.elapsed(),
                "used": False,
            }
            payload = {
                "type": "button",
                "event": "click",
                "message_id": found["id"],
                "trigger_id": trigger_id,
                "data": data,
                "user_id": self.id,
                "chat_id": found["chat_id"],
            }
            delivery = fake.events.record(bot, "button_click", payload)
            return Click(fake, found["id"], data, trigger_id, delivery)

        click: Click = self._fake._act(act)
        return click

    def submits(self, view: Any, values: JSON | None = None) -> Submission:
        """Send the form `view` (a `View`, the `Click` that opened it, or a view id) with these answers."""
        fake = self._fake
        if isinstance(view, Click):
            opened = view.view
            if opened is None:
                raise ValueError("the bot opened no form for this click (no POST /views/open with its trigger_id)")
            view = opened
        handle = view if isinstance(view, View) else View(fake, str(view))
        answers = dict(values or {})

        def act() -> Submission:
            record = handle.record
            if record["user_id"] != self.id:
                raise ValueError(f"form {handle.id} was opened for user {record['user_id']}, not {self.id}")
            if record["status"] != "open":
                raise ValueError(f"form {handle.id} is closed")
            inputs = {b["name"]: b for b in record["view"]["blocks"] if b.get("type") in INPUT_BLOCKS}
            unknown = set(answers) - set(inputs)
            if unknown:
                raise ValueError(f"form {handle.id} has no fields named {sorted(unknown)}")
            missing = [n for n, b in inputs.items() if b.get("required") and answers.get(n) in (None, "", [])]
            if missing:
                raise ValueError(f"required fields left empty: {missing} (the app would not send the form)")
            data = {name: answers.get(name, _initial(block)) for name, block in inputs.items()}
            submit_id = new_secret("sub_", 12)
            record["submissions"].append(
                {"submit_id": submit_id, "data": data, "at": fake.clock.elapsed(), "answered": False, "errors": {}}
            )
            payload = {
                "type": "view",
                "event": "submit",
                "callback_id": record["callback_id"],
                "private_metadata": record["private_metadata"],
                "chat_id": record["chat_id"],
                "user_id": self.id,
                "view_id": handle.id,
                "submit_id": submit_id,
                "data": data,
            }
            bot = fake.state.bots[record["bot_id"]]
            delivery = fake.events.record(bot, "view_submit", payload)
            if delivery is not None:
                delivery.retry = False  # a form waits for one answer; the person sees an error otherwise

                def answered(attempt: WebhookDelivery) -> None:
                    with fake._lock:
                        submission = next(s for s in record["submissions"] if s["submit_id"] == submit_id)
                        if submission["answered"]:
                            return
                        body = attempt.response_json()
                        errors = body.get("errors") if isinstance(body, dict) else None
                        if attempt.status == 200:
                            answer_submission(record, submission, None)
                        elif attempt.status == 400 and isinstance(errors, dict) and errors:
                            answer_submission(record, submission, {str(k): str(v) for k, v in errors.items()})
                        else:
                            submission["failed"] = True

                delivery.on_answer = answered
            return Submission(fake, handle, submit_id, delivery)

        submission: Submission = fake._act(act)
        return submission


def _initial(block: JSON) -> Any:
    """What an untouched field sends: its initial value, the preselected options, or nothing."""
    kind = block.get("type")
    if kind == "input":
        return block.get("initial_value")
    if kind == "date":
        return block.get("initial_date")
    if kind == "time":
        return block.get("initial_time")
    if kind == "checkbox":
        return [o["value"] for o in block.get("options", []) if o.get("checked")]
    if kind in ("select", "radio"):
        chosen = [o["value"] for o in block.get("options", []) if o.get("selected") or o.get("checked")]
        return chosen[0] if chosen else None
    return None


class FakeBot(Person):
    """A bot of the fake: its token and signing secret, its events, and whatever a person can do."""

    @property
    def bot(self) -> BotRecord:
        return self._fake.state.bots[self.id]

    @property
    def token(self) -> str:
        """The bot's main token (what `POST /bots` showed)."""
        for token in self._fake.state.bot_tokens(self.id):
            if token.primary:
                return token.value
        raise LookupError(f"bot {self.id} has no main token")

    @property
    def signing_secret(self) -> str:
        """The secret its webhooks are signed with (Pachca shows it only in the UI)."""
        return self.bot.signing_secret

    @property
    def stored_events(self) -> list[JSON]:
        """Its event history, oldest first (`GET /webhooks/events` answers newest first)."""
        return list(self._fake.state.events.get(self.id, []))

    def payloads(self, *, type: str | None = None, event: str | None = None) -> list[JSON]:
        """Payloads delivered to its webhook (2xx), in order."""
        return self._fake.webhooks.payloads(self, type=type, event=event)

    def client(self, **options: Any) -> Pachca:
        return self._fake.client(self.token, **options)

    def async_client(self, **options: Any) -> AsyncPachca:
        return self._fake.async_client(self.token, **options)

    def attach(self, app: Any, *, path: str = "/webhook", kind: Any = "auto") -> str:
        """Deliver its webhooks to `app` in-process (ASGI, WSGI or `app(body, headers)`); returns the URL."""
        return self._fake.webhooks.attach(self, app, path=path, kind=kind)
