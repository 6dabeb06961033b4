"""`App`: listeners, middleware and one error handler for a Pachca bot, run the same way for every way in.

Every way in (`_adapters`: ASGI, WSGI, polling) hands the app a `WebhookRequest` through `dispatch` or
`adispatch` and gets a `WebhookResponse`; replays are refused with `_replay.Replays`, as `WebhookHandler` does.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import os
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, Literal, TypeVar

from .. import AsyncPachca, Pachca
from .._polling import AsyncEventPoller, EventPoller
from .._replay import Replays, ReplayStore, key_namespace
from .._tolerance import readable, reading_mode
from ..generated.models import ViewSubmitWebhookPayload
from ..webhooks import DEFAULT_TOLERANCE, ParsedWebhook, WebhookHandler, form_errors
from . import _adapters as ways_in
from . import _listeners as match
from ._adapters import ASGIApp, WSGIApp
from ._context import AsyncContext, Context, Delivery
from ._listeners import Listener, Pattern
from ._request import WebhookRequest, WebhookResponse
from ._threads import LoopThread, Workers

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
Respond = Callable[[int, Mapping[str, Any] | None], Awaitable[None]]
SLOW_ANSWER = 2.5
"""Seconds after which a delivery still unanswered is logged: a form must be answered within 3 s."""
IDENTITY_WAIT = 1.0
"""Seconds a message or reaction event waits for the bot's own id (`GET /profile`) before it is answered 503."""


class BotIdentityUnknown(Exception):
    """The bot's own id could not be learnt in time: a message event is answered 503, to come again."""


class App:
    """A Pachca bot: register listeners with decorators, then serve `asgi()`, `wsgi()` or `poll()`.

    `token` and `signing_secret` default to PACHCA_TOKEN and PACHCA_SIGNING_SECRET; `client` is a `Pachca`
    or `AsyncPachca` to use instead of one made from the token (`async_client` for the other kind).
    Deliveries and polled events are read as strictly as that client reads answers (`strict` overrides):
    tolerantly by default, so a delivery that deviates from openapi.yaml still reaches its listener.
    `replay_store` drops redeliveries (default `MemoryReplayStore`; `RedisStore` for replicas; False: off),
    keeping each key `replay_ttl` seconds (default twice `tolerance`), exactly as `WebhookHandler` does (both use
    `_replay.Replays`).
    The bot's own messages and reactions are ignored unless `ignore_self=False`: its id is fetched
    (`GET /profile`) in the background from the first delivery on; a message or reaction event waits for it at
    most `identity_wait` seconds, else it is answered 503 (Pachca delivers it again; a polled one stays stored).
    No other event ever waits for it.
    Sync listeners and middleware run in the app's own threads: `workers` for work an answer waits for,
    `background_workers` for `background=True` listeners, so slow background work cannot delay a form.
    Nothing is read from the environment before it is needed: `App()` at a module's top needs no variables,
    and `connect()` points it at another Pachca (a fake in tests: `FakePachca.serve(app)`).
    Servers reach it through `dispatch(WebhookRequest) -> WebhookResponse` (`adispatch` on an event loop):
    `asgi()`, `wsgi()` and `poll()` are adapters doing only that, and another server's needs no more.
    """

    def __init__(
        self,
        token: str | None = None,
        signing_secret: str | None = None,
        *,
        client: Pachca | AsyncPachca | None = None,
        async_client: AsyncPachca | None = None,
        base_url: str | None = None,
        replay_store: ReplayStore | Literal[False] | None = None,
        replay_ttl: float | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        ignore_self: bool = True,
        slow_answer: float = SLOW_ANSWER,
        clock: Callable[[], float] = time.monotonic,
        logger: logging.Logger | None = None,
        strict: bool | None = None,
        identity_wait: float = IDENTITY_WAIT,
        workers: int = 32,
        background_workers: int = 16,
    ) -> None:
        self._token, self._secret, self._base_url = token, signing_secret, base_url
        self._client_options: dict[str, Any] = {}  # for the clients the app makes (connect's client_options)
        given = client if client is not None else async_client
        # Deliveries are read as strictly as answers: the given client's mode unless `strict` says otherwise.
        self.strict = given.strict if strict is None and given is not None else reading_mode(strict)
        self._client = client if isinstance(client, Pachca) else None
        self._made: Pachca | None = None  # the sync client the app made (and closes)
        self._aclient = client if isinstance(client, AsyncPachca) else async_client
        self._aclients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncPachca] = weakref.WeakKeyDictionary()
        self.tolerance, self.ignore_self = tolerance, ignore_self
        self.slow_answer, self.clock = slow_answer, clock
        self.logger = logger or logging.getLogger("pachca_client.bot")
        self.listeners: list[Listener] = []
        self.middlewares: list[Callable[..., Any]] = []
        self._on_error: Callable[..., Any] | None = None
        self._bot_id: int | None = None
        self.identity_wait = identity_wait
        self._identity: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Task[int]] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()
        self._loop = LoopThread()
        self._workers = Workers(workers, background_workers)
        # a hung or failing store (Redis) neither blocks the loop nor fails deliveries: see _replay.ReplayGuard
        ttl = 2 * tolerance if replay_ttl is None else replay_ttl
        self._replays = Replays(replay_store, ttl=ttl, run_sync=self._workers.run)
        self._verifying: tuple[tuple[str, float, bool], WebhookHandler] | None = None
        self._poller: EventPoller | AsyncEventPoller | None = None

    # --- clients -----------------------------------------------------------------------------------

    @property
    def client(self) -> Pachca:
        """The sync client (made from the token on first use): sync listeners' helpers call through it."""
        with self._lock:
            if self._client is None:
                self._client = self._made = Pachca(self._token, **self._made_options())
            return self._client

    @property
    def async_client(self) -> AsyncPachca:
        """The async client: the one given, else one per event loop (an httpx client is bound to its loop)."""
        if self._aclient is not None:
            return self._aclient
        loop = asyncio.get_running_loop()
        if loop not in self._aclients:
            self._aclients[loop] = AsyncPachca(self._token, **self._made_options())
        return self._aclients[loop]

    async def _api(self, call: Callable[[Any], Any], client: Pachca | AsyncPachca | None = None) -> Any:
        """One call of the framework's own (the bot's id, a polled form's answer) with the client at hand."""
        client = client or (self._client if self._aclient is None and self._client is not None else None)
        if isinstance(client, Pachca):
            return await self._workers.run(call, client)
        return await call(client or self.async_client)

    def _made_options(self) -> dict[str, Any]:
        return {"base_url": self._base_url, "strict": self.strict, **self._client_options}

    def connect(
        self,
        *,
        token: str | None = None,
        signing_secret: str | None = None,
        base_url: str | None = None,
        client: Pachca | None = None,
        async_client: AsyncPachca | None = None,
        client_options: Mapping[str, Any] | None = None,
    ) -> None:
        """Point the app at another Pachca (a fake one in tests): what is given replaces the constructor's
        settings and the environment; `client_options` go to the clients the app makes from the token
        (`{"rate_limits": False}`, `strict`). Clients the app made are closed; the bot's id is learnt again."""
        self._settle(
            token if token is not None else self._token,
            signing_secret if signing_secret is not None else self._secret,
            base_url if base_url is not None else self._base_url,
            client,
            async_client,
            self._client_options if client_options is None else dict(client_options),
        )
        if client_options is not None and "strict" in client_options:
            self.strict = reading_mode(client_options["strict"])

    def _settle(self, *settings: Any) -> None:
        """Close what the app made, take these settings, and learn the bot's id again."""
        self.close()
        self._token, self._secret, self._base_url, self._client, self._aclient, self._client_options = settings
        self._made, self._bot_id = None, None
        self._identity.clear()

    @contextlib.contextmanager
    def connected(self, **settings: Any) -> Iterator[App]:
        """`connect(**settings)` for a `with` block; the app's earlier settings are back after it."""
        given = None if self._client is self._made else self._client  # one the app made is closed: made again
        saved = (self._token, self._secret, self._base_url, given, self._aclient, self._client_options)
        strict = self.strict
        self.connect(**settings)
        try:
            yield self
        finally:
            self._settle(*saved)
            self.strict = strict

    @property
    def signing_secret(self) -> str:
        secret = self._secret or os.environ.get("PACHCA_SIGNING_SECRET")
        if not secret:
            raise ValueError("webhooks are verified: pass signing_secret= or set PACHCA_SIGNING_SECRET")
        return secret

    @property
    def replay_store(self) -> ReplayStore | None:
        """Where handled deliveries are remembered; None when deduplication is off."""
        return self._replays.store

    @property
    def replay_ttl(self) -> float:
        """Seconds a delivery's key is kept: as given, else twice `tolerance` (as `WebhookHandler.replay_ttl`)."""
        return self._replays.ttl

    @replay_ttl.setter
    def replay_ttl(self, value: float) -> None:
        self._replays.ttl = value

    async def startup(self) -> None:
        """A server's start on its event loop (an ASGI lifespan's): the bot's own id starts being learnt now, so
        the first delivery need not wait for it."""
        if self.ignore_self and self._bot_id is None:
            self._learn_identity(None)

    async def shutdown(self) -> None:
        """A server's end on its event loop (an ASGI lifespan's): close what the app made for this loop, its
        client and the store's."""
        loop = asyncio.get_running_loop()
        task = self._identity.pop(loop, None)
        if task is not None and not task.done():
            task.cancel()
        client = self._aclients.pop(loop, None)
        if client is not None:
            await client.close()
        aclose = getattr(self.replay_store, "aclose", None)
        if aclose is not None:
            await aclose()

    def close(self) -> None:
        """Close the clients the app made and stop its own event loop and threads."""
        if self._made is not None:
            self._made.close()
            self._client = self._made = None
        for loop, client in list(self._aclients.items()):
            if loop.is_running() and getattr(loop, "_thread_id", None) != threading.get_ident():
                with contextlib.suppress(Exception):
                    asyncio.run_coroutine_threadsafe(client.close(), loop).result(5)
        self._aclients.clear()
        self._loop.close()
        self._workers.close()

    # --- registering -------------------------------------------------------------------------------

    def _add(self, type: str, events: tuple[str, ...] | None, test: match.Test, background: bool) -> Callable[[F], F]:
        def register(fn: F) -> F:
            self.listeners.append(Listener(type, events, fn, test, background))
            return fn

        return register

    def message(self, pattern: Pattern = None, *, background: bool = False) -> Callable[[F], F]:
        """New messages whose text contains `pattern` (a str, any case) or where a regex is found (`ctx.match`)."""
        return self._add("message", ("new",), match.field("content", pattern, exact=False), background)

    def command(self, name: str, *, background: bool = False) -> Callable[[F], F]:
        """Slash commands: new messages starting with `/name` (`ctx.args`, `ctx.text` hold what follows)."""
        return self._add("message", ("new",), match.command(name), background)

    def button(self, data: Pattern = None, *, background: bool = False) -> Callable[[F], F]:
        """Clicks of data buttons whose `data` equals `data` (or matches a regex)."""
        return self._add("button", ("click",), match.field("data", data), background)

    def form(self, callback_id: Pattern = None, *, background: bool = False) -> Callable[[F], F]:
        """Form submissions, answered by the listener within 3 s: return (or `ctx.form_errors`) field errors to
        keep the form open, anything else closes it. `background=True` closes it first, then runs the listener."""
        return self._add("view", ("submit",), match.field("callback_id", callback_id), background)

    def reaction(
        self, emoji: str | None = None, *, removed: bool = False, background: bool = False
    ) -> Callable[[F], F]:
        """Reactions added (or, `removed=True`, taken away), of `emoji` (code or name) when given."""
        return self._add("reaction", ("delete",) if removed else ("new",), match.reaction(emoji), background)

    def member_joined(self, *, background: bool = False) -> Callable[[F], F]:
        return self._add("chat_member", ("add",), match.anything, background)

    def member_left(self, *, background: bool = False) -> Callable[[F], F]:
        return self._add("chat_member", ("remove",), match.anything, background)

    def link_shared(self, domain: str | None = None, *, background: bool = False) -> Callable[[F], F]:
        """Links of an unfurl bot's domains (`domain` and its subdomains when given): `ctx.links`, `ctx.unfurl`."""
        return self._add("message", ("link_shared",), match.domain(domain), background)

    def event(self, type: str, event: str | None = None, *, background: bool = False) -> Callable[[F], F]:
        """Any event by `type` (and `event`), e.g. `("company_member", "invite")` or `("video_call", None)`."""
        return self._add(type, None if event is None else (event,), match.anything, background)

    def middleware(self, fn: F) -> F:
        """`def mw(ctx, next)`: runs before the listener; code after `next()` runs after it; no `next()` stops."""
        self.middlewares.append(fn)
        return fn

    def error(self, fn: F) -> F:
        """`def on_error(error, ctx)`: what a listener or middleware raised. Once it returns, the delivery is
        answered 200; without it (or when it raises) 500, so that Pachca delivers again."""
        self._on_error = fn
        return fn

    # --- running one delivery ------------------------------------------------------------------------

    def dispatch(self, request: WebhookRequest) -> WebhookResponse:
        """`adispatch` for a sync server (WSGI, `poll()`): run on the app's own event loop thread, returning as soon
        as the delivery is answered; `response.finish()` then waits for its listener to end."""
        return self._loop.run(self.adispatch(request))

    async def adispatch(self, request: WebhookRequest) -> WebhookResponse:
        """Run one delivery on the running event loop; the answer comes back as soon as there is one.

        A webhook is checked first (its signature and `webhook_timestamp`: 401 or 400, and nothing runs); a
        redelivery is answered 200 and dropped; otherwise its listener runs, and its answer is the response,
        200 when it returns, 400 with field errors for a form, 503 while the bot's id is unknown, 500 after a
        failure. The listener may still be running (`response.rest`): wait with `await response.afinish()`.
        A polled event (`request.polled`) is answered the same way; a form's answer goes to `submit_response`.
        """
        polled = request.polled
        if polled is None:
            result = self._verifier().handle(request.body, request.headers)  # never raises for what it carries
            if result.event is None:
                self.logger.warning("refused a webhook (%s): %s", result.status, result.error)
                return WebhookResponse.json(result.status, result.body)
            event, born = result.event, self.clock()
        else:
            # Pachca's clock ages the event (the poller measured it), not this host's: a skew cannot expire a click
            event, born = polled.payload, self.clock() if polled.happened is None else polled.happened
        answer: asyncio.Future[tuple[int, Mapping[str, Any] | None]] = asyncio.get_running_loop().create_future()

        async def respond(status: int, reply: Mapping[str, Any] | None) -> None:
            answer.set_result((status, reply))
            if polled is not None:
                await self._answer_polled(event, status, reply, request.client)

        client = request.client if isinstance(request.client, Pachca) else None
        try:
            task = await self._start(event, respond, born=born, web=polled is None, client=client)
        except Exception:  # e.g. no key for a payload nested too deeply: Pachca delivers again
            self.logger.exception("could not start %s/%s", event.type_, event.event)
            return WebhookResponse(500)
        if task is None:
            return WebhookResponse(200)  # a redelivery
        task.add_done_callback(lambda _: None if answer.done() else answer.set_result((500, None)))
        status, reply = await answer
        return WebhookResponse.json(status, reply, task)

    def _verifier(self) -> WebhookHandler:
        """The signature and timestamp check for the app's settings now (the replay check is the app's own)."""
        settings = (self.signing_secret, self.tolerance, self.strict)
        made = self._verifying
        if made is None or made[0] != settings:
            handler = WebhookHandler(settings[0], tolerance=self.tolerance, replay_store=False, strict=self.strict)
            made = self._verifying = (settings, handler)
        return made[1]

    async def _answer_polled(
        self, event: ParsedWebhook, status: int, reply: Mapping[str, Any] | None, client: Pachca | AsyncPachca | None
    ) -> None:
        """A polled form's answer, through `submit_response`: 200 closes it, 400 shows the field errors."""
        if not isinstance(event, ViewSubmitWebhookPayload) or status not in (200, 400):
            return  # nothing to answer; a failed form is left to expire (the person sees an error)
        body: dict[str, Any] = {"submit_id": event.submit_id}
        if status == 400 and reply is not None:
            body["errors"] = reply["errors"]
        await self._api(lambda c: c.views.submit_view_response(event.view_id, body=body), client)

    async def _start(
        self, event: ParsedWebhook, respond: Respond, *, born: float, web: bool, client: Pachca | None = None
    ) -> asyncio.Task[None] | None:
        """Drop a redelivery, else start running the event; the task answers through `respond` exactly once."""
        key = self._replays.key(event, self._namespace())
        claim = await self._replays.aclaim(key)
        if claim.duplicate:
            self.logger.debug("dropped a redelivery of %s", key)
            return None
        delivery = Delivery(self, event, respond, born=born, claim=claim, client=client)
        if self.ignore_self and self._bot_id is None:
            self._learn_identity(client)  # in the background: only the bot's own kinds of event wait for it
        if web or delivery.kind == ("view", "submit"):
            delivery.timer = delivery.loop.call_later(self.slow_answer, self._slow, delivery)
        return asyncio.create_task(self._run(delivery))

    def _namespace(self) -> str:
        seed = self._secret or os.environ.get("PACHCA_SIGNING_SECRET") or self._token or ""
        return "bot:" + key_namespace(seed.encode("utf-8"))

    def _slow(self, delivery: Delivery) -> None:
        what = "/".join(delivery.kind)
        if delivery.kind == ("view", "submit"):
            self.logger.warning(
                "the %s listener has not answered after %.1f s: Pachca waits 3 s for a form's answer. "
                "Validate first, then ctx.ack() and go on, or use @app.form(..., background=True)",
                what,
                self.slow_answer,
            )
        else:
            self.logger.warning(
                "the %s listener has not answered after %.1f s: ctx.ack() first or background=True, "
                "or Pachca may deliver it again",
                what,
                self.slow_answer,
            )

    async def _run(self, delivery: Delivery) -> None:
        status = 200
        try:
            if not (self.ignore_self and await self._from_self(delivery)):
                await self._through(delivery, 0)
            while delivery.later:  # background listeners the sync chain started (it answered already)
                await delivery.later.pop(0)
        except BotIdentityUnknown as error:
            self.logger.warning("answered %s 503: %s", "/".join(delivery.kind), error)
            status = 503
        except Exception as error:
            status = await self._failed(delivery, error)
        if not delivery.answered:
            try:
                await delivery.answer(status)
            except Exception:
                self.logger.exception("could not answer %s", "/".join(delivery.kind))

    async def _from_self(self, delivery: Delivery) -> bool:
        """Whether the bot's own message or reaction caused the event; only those kinds wait for its id."""
        if delivery.kind[0] not in ("message", "reaction"):
            return False
        if self._bot_id is None:
            task = self._learn_identity(delivery.client)
            await asyncio.wait([task], timeout=self.identity_wait)  # the fetch goes on if this gives up
            if not task.done() or task.cancelled() or task.exception() is not None:
                why = "took longer than" if not task.done() else f"failed ({task.exception()!r}) within"
                raise BotIdentityUnknown(f"learning the bot's own id (GET /profile) {why} {self.identity_wait} s")
        return bool(readable(delivery.event, "user_id") == self._bot_id)

    def _learn_identity(self, client: Pachca | None) -> asyncio.Task[int]:
        """The fetch of the bot's id on this loop: started once, and again after it failed."""
        loop = asyncio.get_running_loop()
        task = self._identity.get(loop)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = self._identity[loop] = loop.create_task(self._fetch_identity(client))
            task.add_done_callback(self._identity_fetched)
        return task

    async def _fetch_identity(self, client: Pachca | None) -> int:
        bot_id: int = (await self._api(lambda c: c.profile.get_profile(), client)).id
        self._bot_id = bot_id
        return bot_id

    def _identity_fetched(self, task: asyncio.Task[int]) -> None:
        if not task.cancelled() and task.exception() is not None:
            self.logger.warning("could not learn the bot's own id (GET /profile): %r", task.exception())

    async def _through(self, delivery: Delivery, index: int) -> None:
        """Middleware `index` and the ones after it, then the listener (on the loop; sync ones in a thread)."""
        if index == len(self.middlewares):
            return await self._dispatch(delivery)
        middleware = self.middlewares[index]
        if not inspect.iscoroutinefunction(middleware):
            return await self._workers.run(self._through_sync, delivery, index)
        await middleware(AsyncContext(delivery), lambda: self._through(delivery, index + 1))

    def _through_sync(self, delivery: Delivery, index: int) -> None:
        """`_through` in a worker thread: the sync pieces that follow run in this same thread, never waiting
        for another one (which a busy thread pool might never give)."""
        if index == len(self.middlewares):
            return self._dispatch_sync(delivery, self._pick(delivery))
        middleware = self.middlewares[index]
        if inspect.iscoroutinefunction(middleware):
            return delivery.run(self._through(delivery, index))
        middleware(Context(delivery), lambda: self._through_sync(delivery, index + 1))

    def _pick(self, delivery: Delivery) -> Listener | None:
        """The first listener that matches, in the order they were registered."""
        for listener in self.listeners:
            extras = listener.match(delivery.kind, delivery.event)
            if extras is not None:
                delivery.extras = extras
                return listener
        self.logger.debug("no listener for %s", "/".join(delivery.kind))
        return None

    async def _dispatch(self, delivery: Delivery) -> None:
        listener = self._pick(delivery)
        if listener is None:
            return
        if inspect.iscoroutinefunction(listener.fn):
            return await self._listen(delivery, listener)
        if listener.background:
            await self._background(delivery, listener)
            return await delivery.later.pop()
        await self._workers.run(self._dispatch_sync, delivery, listener)

    async def _listen(self, delivery: Delivery, listener: Listener) -> None:
        if listener.background and not delivery.answered:
            await delivery.answer(200)  # answer first: a 200 closes a form
        await self._returned(delivery, await listener.fn(AsyncContext(delivery)))

    async def _background(self, delivery: Delivery, listener: Listener) -> None:
        """Answer, then start a sync background listener in a background thread (`delivery.later`)."""
        if not delivery.answered:
            await delivery.answer(200)
        delivery.later.append(self._workers.start(self._listen_sync, delivery, listener, background=True))

    def _dispatch_sync(self, delivery: Delivery, listener: Listener | None) -> None:
        if listener is None:
            return
        if inspect.iscoroutinefunction(listener.fn):
            return delivery.run(self._listen(delivery, listener))
        if listener.background:  # this thread waits for no slow work: the rest runs in a background thread
            return delivery.run(self._background(delivery, listener))
        self._listen_sync(delivery, listener)

    def _listen_sync(self, delivery: Delivery, listener: Listener) -> None:
        delivery.run(self._returned(delivery, listener.fn(Context(delivery))))

    async def _returned(self, delivery: Delivery, result: Any) -> None:
        """A form listener's return value: field errors keep the form open (400)."""
        if delivery.kind == ("view", "submit") and isinstance(result, Mapping) and result:
            await delivery.answer(*form_errors(result))

    async def _call(self, fn: Callable[..., Any], delivery: Delivery, *before: Any) -> Any:
        """Call a listener or error handler with the context it takes: async ones on the loop, sync in a thread."""
        if inspect.iscoroutinefunction(fn):
            return await fn(*before, AsyncContext(delivery))
        return await self._workers.run(fn, *before, Context(delivery))

    async def _failed(self, delivery: Delivery, error: Exception) -> int:
        if self._on_error is not None:
            try:
                await self._call(self._on_error, delivery, error)
                return 200
            except Exception as again:
                error = again
        self.logger.error("the %s listener failed", "/".join(delivery.kind), exc_info=error)
        return 500

    # --- ways in (see _adapters): each turns its server's request into `dispatch` --------------------------

    def asgi(self) -> ASGIApp:
        """An ASGI app answering POSTs with Pachca's webhooks (mount it in Starlette or FastAPI, or serve it)."""
        self._verifier()  # webhooks are verified: a missing secret is said now, not at the first delivery
        return ways_in.asgi(self)

    def wsgi(self) -> WSGIApp:
        """A WSGI app answering POSTs with Pachca's webhooks (mount it in Flask with DispatcherMiddleware)."""
        self._verifier()
        return ways_in.wsgi(self)

    def poll(self, pachca: Pachca | None = None, **options: Any) -> int:
        """Read the bot's event history with `EventPoller` until `stop()`; returns how many events it handled.

        For a bot without a public URL (its forms are answered with `submit_response`). `options` go to
        `EventPoller`, e.g. `stop_when_idle=True`.
        """
        client = pachca or self.client
        poller = self._poller = EventPoller(client, **self._poller_options(options))
        return poller.run(ways_in.polled(self, client), on_error=ways_in.left_stored(self))

    async def apoll(self, pachca: AsyncPachca | None = None, **options: Any) -> int:
        """`poll` with `AsyncEventPoller`, on the running event loop."""
        client = pachca or self.async_client
        if self._aclient is None:
            self._aclient = client  # async listeners' helpers call through it
        poller = self._poller = AsyncEventPoller(client, **self._poller_options(options))
        return await poller.run(ways_in.apolled(self, client), on_error=ways_in.left_stored(self))

    def _poller_options(self, options: dict[str, Any]) -> dict[str, Any]:
        return {"clock": self.clock, **options}  # `happened` must be on the clock the app ages clicks by

    def stop(self) -> None:
        """Stop `poll()` at its next step (safe from another thread or a signal handler)."""
        if self._poller is not None:
            self._poller.stop()
