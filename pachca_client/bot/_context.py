"""What a listener gets: the event, typed, and one-call helpers that act on it through the client."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from .._exceptions import PachcaError
from .._tolerance import readable
from ..webhooks import ParsedWebhook, form_errors

if TYPE_CHECKING:
    from .. import AsyncPachca, Pachca
    from .._replay import Claim
    from ..generated.models import Chat, Message, User, WebhookLink

E = TypeVar("E", bound=ParsedWebhook, covariant=True)
T = TypeVar("T")

TRIGGER_LIFETIME = 3.0
"""Seconds a button click's `trigger_id` can open a form."""
TRIGGER_MARGIN = 2.5
"""After this many seconds `open_form` warns: the call may arrive after the trigger expired."""


class TriggerExpiredError(PachcaError, RuntimeError):
    """`open_form` was called more than 3 s after the click: Pachca would answer 410, so no call is made.

    A `PachcaError` (and a `RuntimeError`, as before)."""


class Host(Protocol):
    """What a delivery's contexts use of their `App` (typed so, this module needs no import of it)."""

    clock: Callable[[], float]
    logger: logging.Logger

    @property
    def client(self) -> Pachca: ...

    @property
    def async_client(self) -> AsyncPachca: ...


class Delivery:
    """One event on its way through an app: what every context of it shares (internal)."""

    def __init__(
        self,
        app: Host,
        event: ParsedWebhook,
        respond: Callable[[int, Mapping[str, Any] | None], Awaitable[None]],
        *,
        born: float,
        claim: Claim,
        client: Pachca | None = None,
    ) -> None:
        self.app, self.event, self.born, self.claim = app, event, born, claim
        self.kind = (str(event.type_), str(event.event))
        self.loop = asyncio.get_running_loop()
        self.client = client  # the poller's client, else the app's
        self.respond = respond
        self.answered = False
        self.timer: asyncio.TimerHandle | None = None
        self.state: dict[str, Any] = {}
        self.cache: dict[str, Any] = {}
        self.extras: dict[str, Any] = {}
        self.later: list[asyncio.Future[None]] = []  # background listeners still running after the answer

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run `coroutine` on the delivery's loop from a worker thread (a sync listener's), and wait for it."""
        if threading.get_ident() == getattr(self.loop, "_thread_id", None):
            coroutine.close()
            raise RuntimeError("a sync Context was used on the app's event loop: use AsyncContext there")
        try:
            future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        except RuntimeError:  # the loop is closed: the server has gone
            coroutine.close()
            raise
        return future.result()

    async def answer(self, status: int, body: Mapping[str, Any] | None = None) -> None:
        """Give Pachca its answer (once): the HTTP response, or `submit_response` for a polled form."""
        if self.answered:
            raise RuntimeError(f"this {'/'.join(self.kind)} delivery was already answered")
        self.answered = True
        if self.timer is not None:
            self.timer.cancel()
        await self.claim.asettle(status)  # the key is kept for 2xx; otherwise a redelivery must run again
        await self.respond(status, body)


def _id(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class BaseContext(Generic[E]):
    """The parts of `Context` and `AsyncContext` that make no call."""

    def __init__(self, delivery: Delivery) -> None:
        self._d = delivery

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._d.kind)}>"

    @property
    def event(self) -> E:
        """The typed payload: `MessageWebhookPayload`, `ButtonWebhookPayload`, ..."""
        return cast(E, self._d.event)

    @property
    def kind(self) -> tuple[str, str]:
        """`(type, event)`, e.g. `("message", "new")`."""
        return self._d.kind

    @property
    def state(self) -> dict[str, Any]:
        """Scratch space shared by the middleware and the listener of one delivery."""
        return self._d.state

    @property
    def answered(self) -> bool:
        return self._d.answered

    @property
    def user_id(self) -> int | None:
        """Who acted: the author, reactor, clicker or form sender (None for member events)."""
        return _id(readable(self._d.event, "user_id"))

    @property
    def chat_id(self) -> int | None:
        return _id(readable(self._d.event, "chat_id"))

    @property
    def message_id(self) -> int | None:
        """The message the event is about (for a button click: the bot's message with the button)."""
        event = self._d.event
        return _id(readable(event, "id") if self._d.kind[0] == "message" else None) or _id(
            readable(event, "message_id")
        )

    @property
    def text(self) -> str:
        """A message's text; for a command, the text after the command's name."""
        return str(self._d.extras.get("text", getattr(self._d.event, "content", "")))

    @property
    def command(self) -> str | None:
        return self._d.extras.get("command")

    @property
    def args(self) -> list[str]:
        """A command's arguments, split like a shell does (quotes group words)."""
        return list(self._d.extras.get("args", []))

    @property
    def match(self) -> re.Match[str] | None:
        """The match of the listener's regular expression, if it had one."""
        return self._d.extras.get("match")

    @property
    def values(self) -> dict[str, Any]:
        """A submitted form's answers by block name."""
        data = readable(self._d.event, "data")
        return dict(getattr(data, "additional_properties", {}))

    @property
    def links(self) -> list[WebhookLink]:
        """A link_shared event's links to unfurl: those of the listener's domain, without `skip`."""
        return list(self._d.extras.get("links", []))

    # --- request bodies --------------------------------------------------------------------------

    def _need(self, value: int | None, what: str) -> int:
        if value is None:
            raise ValueError(f"a {'/'.join(self._d.kind)} event has no {what}")
        return value

    def _post(self, text: str, fields: Mapping[str, Any], thread_id: int | None = None) -> Any:
        where = (
            {"entity_type": "thread", "entity_id": thread_id}
            if thread_id is not None
            else {"entity_type": "discussion", "entity_id": self._need(self.chat_id, "chat")}
        )
        return {"message": {**where, "content": text, **fields}}

    def _own_thread(self) -> int | None:
        """The thread the event's message is in (a comment's own thread), or one made earlier."""
        event = self._d.event
        if readable(event, "entity_type") == "thread":
            return _id(readable(event, "entity_id"))
        return _id(self._d.cache.get("thread_id"))

    def _target(self, message: Any) -> int:
        return self._need(self.message_id if message is None else _id(getattr(message, "id", message)), "message")

    def _trigger(self) -> str:
        trigger_id = readable(self._d.event, "trigger_id")
        if not isinstance(trigger_id, str):
            raise ValueError("open_form needs a button click: only its trigger_id can open a form")
        age = self._d.app.clock() - self._d.born
        if age > TRIGGER_LIFETIME:
            raise TriggerExpiredError(f"the click's trigger_id is {age:.1f} s old; it opens a form for 3 s only")
        if age > TRIGGER_MARGIN:
            self._d.app.logger.warning("opening a form %.1f s after the click: its trigger_id lives 3 s", age)
        return trigger_id

    def _view(self, view: Mapping[str, Any], callback_id: str | None, metadata: str | None) -> Any:
        body: dict[str, Any] = {"type": "modal", "trigger_id": self._trigger(), "view": dict(view)}
        if callback_id is not None:
            body["callback_id"] = callback_id
        if metadata is not None:
            body["private_metadata"] = metadata
        return body

    def _errors(self, errors: Mapping[str, str]) -> tuple[int, dict[str, Any]]:
        if self._d.kind != ("view", "submit"):
            raise ValueError("form_errors answers a form submission (view/submit) only")
        return form_errors(errors)


class Context(BaseContext[E]):
    """The context of a sync listener or middleware: each helper is one call through the sync client."""

    @property
    def client(self) -> Pachca:
        return self._d.client or self._d.app.client

    def _once(self, key: str, fetch: Callable[[], T]) -> T:
        if key not in self._d.cache:
            self._d.cache[key] = fetch()
        return cast(T, self._d.cache[key])

    @property
    def user(self) -> User:
        """The acting user, fetched once (`GET /users/{id}`)."""
        user_id = self._need(self.user_id, "user")
        return self._once("user", lambda: self.client.users.get_user(user_id))

    @property
    def chat(self) -> Chat:
        """The event's chat, fetched once (`GET /chats/{id}`)."""
        chat_id = self._need(self.chat_id, "chat")
        return self._once("chat", lambda: self.client.chats.get_chat(chat_id))

    def reply(self, text: str, **fields: Any) -> Message:
        """Post `text` in the event's chat; `fields` are more message fields (`buttons`, `files`, ...)."""
        return self.client.messages.create_message(body=self._post(text, fields))

    def reply_in_thread(self, text: str, **fields: Any) -> Message:
        """Post in the thread of the event's message, opening it when there is none yet."""
        thread_id = self._own_thread()
        if thread_id is None:
            thread_id = self._d.cache["thread_id"] = self.client.threads.create_thread(self._target(None)).id
        return self.client.messages.create_message(body=self._post(text, fields, thread_id))

    def react(self, emoji: str, message: Any = None) -> None:
        self.client.reactions.add_reaction(self._target(message), body={"code": emoji})

    def unreact(self, emoji: str, message: Any = None) -> None:
        self.client.reactions.remove_reaction(self._target(message), code=emoji)

    def edit(self, text: str, message: Any = None, **fields: Any) -> Message:
        """Edit the event's message (for a click: the bot's message with the button), or `message`."""
        body: Any = {"message": {"content": text, **fields}}
        return self.client.messages.update_message(self._target(message), body=body)

    def delete(self, message: Any = None) -> None:
        self.client.messages.delete_message(self._target(message))

    def open_form(
        self, view: Mapping[str, Any], *, callback_id: str | None = None, metadata: str | None = None
    ) -> None:
        """Open a form for the user who clicked (within 3 s of the click); its submission comes to `@app.form`."""
        self.client.views.open_view(body=self._view(view, callback_id, metadata))

    def unfurl(self, previews: Mapping[str, Mapping[str, Any]]) -> None:
        """Attach link previews (`{url: {"title": ..., "description": ...}}`) to the event's message."""
        body: Any = {"link_previews": dict(previews)}
        self.client.messages.unfurl(self._target(None), body=body)

    def ack(self) -> None:
        """Answer Pachca now (a form closes) and go on working; the rest of the listener runs after."""
        self._d.run(self._d.answer(200))

    def form_errors(self, errors: Mapping[str, str]) -> None:
        """Keep the form open with these texts under its fields (block name -> text)."""
        self._d.run(self._d.answer(*self._errors(errors)))


class AsyncContext(BaseContext[E]):
    """The context of an async listener or middleware: the same helpers as `Context`, awaited."""

    @property
    def client(self) -> AsyncPachca:
        return self._d.app.async_client

    async def _once(self, key: str, fetch: Callable[[], Awaitable[T]]) -> T:
        if key not in self._d.cache:
            self._d.cache[key] = await fetch()
        result: T = self._d.cache[key]
        return result

    @property
    def user(self) -> Awaitable[User]:
        """The acting user, fetched once: `await ctx.user`."""
        user_id = self._need(self.user_id, "user")
        return self._once("user", lambda: self.client.users.get_user(user_id))

    @property
    def chat(self) -> Awaitable[Chat]:
        """The event's chat, fetched once: `await ctx.chat`."""
        chat_id = self._need(self.chat_id, "chat")
        return self._once("chat", lambda: self.client.chats.get_chat(chat_id))

    async def reply(self, text: str, **fields: Any) -> Message:
        return await self.client.messages.create_message(body=self._post(text, fields))

    async def reply_in_thread(self, text: str, **fields: Any) -> Message:
        thread_id = self._own_thread()
        if thread_id is None:
            thread_id = self._d.cache["thread_id"] = (await self.client.threads.create_thread(self._target(None))).id
        return await self.client.messages.create_message(body=self._post(text, fields, thread_id))

    async def react(self, emoji: str, message: Any = None) -> None:
        await self.client.reactions.add_reaction(self._target(message), body={"code": emoji})

    async def unreact(self, emoji: str, message: Any = None) -> None:
        await self.client.reactions.remove_reaction(self._target(message), code=emoji)

    async def edit(self, text: str, message: Any = None, **fields: Any) -> Message:
        body: Any = {"message": {"content": text, **fields}}
        return await self.client.messages.update_message(self._target(message), body=body)

    async def delete(self, message: Any = None) -> None:
        await self.client.messages.delete_message(self._target(message))

    async def open_form(
        self, view: Mapping[str, Any], *, callback_id: str | None = None, metadata: str | None = None
    ) -> None:
        await self.client.views.open_view(body=self._view(view, callback_id, metadata))

    async def unfurl(self, previews: Mapping[str, Mapping[str, Any]]) -> None:
        body: Any = {"link_previews": dict(previews)}
        await self.client.messages.unfurl(self._target(None), body=body)

    async def ack(self) -> None:
        await self._d.answer(200)

    async def form_errors(self, errors: Mapping[str, str]) -> None:
        await self._d.answer(*self._errors(errors))
