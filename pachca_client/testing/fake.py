"""A fake Pachca: a stateful API server on 127.0.0.1 for demos, integration tests and users' own tests.

    with FakePachca() as fake:
        chat = fake.add_chat("Launch", [fake.user("Vera")])  # seeding: users, chats, bots, events
        bot = fake.add_bot("Echo", chats=[chat])        # a bot in that chat, with a token and a secret
        bot.attach(my_asgi_app)                         # its webhooks go to the app, in-process
        fake.user("Vera").posts(chat, "hi")             # Vera speaks; the app gets message/new first
        with fake.client() as pachca:                   # a Pachca pointed at the fake (owner's token)
            assert pachca.messages.list_chat_messages(chat_id=chat["id"]).data
        fake.clock.advance(5)                           # exports get ready, scheduled drafts are sent

Every operation of openapi.yaml is routed (`routes/`; one that has no route yet is answered from the
spec alone, marked `X-Fake-Generic: 1`: `coverage()` lists which), with the API's pagination, error bodies,
scopes (403 `insufficient_scope`), plan (402) and, opt-in, its rate limits (`limits`). A method and
path the fake does not know answer 501 `fake_not_implemented`, never a 404 that looks real. Uploads
and downloads use a second server as the storage host, so the two-host flows are real (and the fake
records whether the token ever reached the storage). Bots hear what happens in their chats: events
are stored for `GET /webhooks/events` and delivered, signed, to their webhook URL or to an app
mounted in-process (`webhooks`). `faults` makes the next requests fail on purpose. Every answer is
recorded with its request in `exchanges`, so tests can check them against openapi.yaml.
"""

from __future__ import annotations

import contextlib
import dataclasses
import inspect
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..generated.models.custom_property_data_type import CustomPropertyDataType
from ..generated.models.search_entity_type import SearchEntityType
from ._clock import FakeClock
from ._core import (
    API_PREFIX,
    JSON,
    ApiFailure,
    Refusal,
    api_error,
    id_of,
    is_number,
    method_not_allowed,
    not_implemented,
    oauth_error,
)
from ._domain import bots, drafts, exports
from ._events import Events, event_name
from ._faults import Fault, Faults, too_many_requests
from ._limits import Limits
from ._people import FakeBot, Person
from ._router import Call, Route, RouteTable
from ._server import LoopbackServer, ReceivedRequest, Reply
from ._state import BotRecord, State, Token, new_secret
from ._webhooks import Webhooks
from .routes import FAKE_ROUTES, files

if TYPE_CHECKING:
    from .._client import AsyncPachca, Pachca

__all__ = ["API_PREFIX", "Exchange", "FakePachca", "Fault", "Faults"]

Result = TypeVar("Result")


@dataclass
class Exchange:
    """One request and the answer the fake gave (faults included)."""

    request: ReceivedRequest
    status: int
    body: bytes
    injected: bool
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """The path after /api/shared/v1."""
        return self.request.path.removeprefix(API_PREFIX)


class FakePachca:
    """The fake API (and its storage host) on 127.0.0.1; see the module docstring.

    `token` is the workspace owner's token (every scope). `seed` adds three colleagues and three chats.
    `limits=True` turns on rate limits like the real API's; `plan` other than "corporation" makes the
    Corporation-only operations answer 402. `clock` drives everything timed (default: real time,
    shifted by `clock.advance()`); an export is ready `export_ready_after` seconds after it was asked for, and the
    workspace may ask for one every `export_interval` seconds (a sooner one answers 422 `rate_limit`).
    """

    def __init__(
        self,
        token: str = "fake-pachca-token",
        *,
        seed: bool = True,
        limits: bool = False,
        plan: str = "corporation",
        clock: FakeClock | None = None,
        export_ready_after: float = 5.0,
        export_interval: float = 90.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.token = token
        self.plan = plan
        self.export_ready_after = export_ready_after
        self.export_interval = export_interval
        self.clock = clock or FakeClock()
        self.state = State()
        self.faults = Faults()
        self.exchanges: list[Exchange] = []
        self.storage_saw_token = False
        self.sent_drafts: list[JSON] = []
        self.draft_failures: list[JSON] = []
        self.routes: RouteTable = FAKE_ROUTES
        self._lock = threading.RLock()
        self.webhooks = Webhooks(self.state, self.clock, self._lock, self._bot_record)
        self.events = Events(self.state, self.clock, self.webhooks)
        self.limits = Limits(self.clock, enabled=limits)
        self.api = LoopbackServer(self._handle_api, host, port, clock=self.clock.time)
        self.storage = LoopbackServer(self._handle_storage, host)
        self.me = self.add_user(first_name="Ada", last_name="Lovelace", nickname="ada", role="admin")
        self.state.tokens[token] = Token(
            id=1,
            value=token,
            user_id=self.me["id"],
            scopes=list(bots.ALL_SCOPES),
            kind="personal",
            created_at=self.clock.iso(),
            name="fake",
        )
        self.clock.on_advance(self._advanced)
        if seed:
            self._seed()

    @property
    def _state(self) -> State:
        """The state under its former name (tests written for earlier versions read `fake._state`)."""
        return self.state

    # -- lifecycle ---------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self.api.url + API_PREFIX

    def start(self) -> Self:
        self.api.start()
        self.storage.start()
        return self

    def stop(self) -> None:
        self.api.stop()
        self.storage.stop()
        self.webhooks.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def client(self, token: str | None = None, *, bot: Any = None, **options: Any) -> Pachca:
        """A `Pachca` client for this fake: the owner's token, `token`, or `bot`'s token (options passed on).

        Its own rate limiter is off (the fake answers at once, so pacing would only slow tests down, and
        the fake's `limits` should see what a client does); pass `rate_limits=True` to pace as usual.
        It reads strictly (`strict=True`): an answer that deviates from openapi.yaml fails the call, so a
        test suite catches drift that production, reading tolerantly, would only log.
        """
        from .._client import Pachca

        return Pachca(self._token_for(token, bot), base_url=self.base_url, **self._client_options(Pachca, options))

    def async_client(self, token: str | None = None, *, bot: Any = None, **options: Any) -> AsyncPachca:
        """An `AsyncPachca` client for this fake (see `client`)."""
        from .._client import AsyncPachca

        options = self._client_options(AsyncPachca, options)
        return AsyncPachca(self._token_for(token, bot), base_url=self.base_url, **options)

    @contextlib.contextmanager
    def serve(self, app: Any, bot: Any = None, *, via: str = "asgi", path: str = "/webhook") -> Iterator[FakeBot]:
        """Run a `pachca_client.bot.App` (your module's `app = App()`, as written) against this fake, as `bot`.

            with fake_pachca.serve(mybot.app) as bot:     # a new bot, member of every chat, unless `bot` is given
                fake_pachca.user("Vera").posts(chat, "hi")  # its webhooks reach the app in-process (`via`: asgi, wsgi)
                fake_pachca.webhooks.assert_delivered(bot)

        The app takes the bot's token and signing secret and this fake's URL (no environment needed), its clients
        unpaced and strict like `client()`; after the block, its own settings are back.
        """
        if bot is None:
            bot = self.add_bot("Bot under test", chats=list(self.state.chats.values()))
        bot = self.bot(bot)
        from .._client import Pachca

        settings = {"token": bot.token, "signing_secret": bot.signing_secret, "base_url": self.base_url}
        with app.connected(**settings, client_options=self._client_options(Pachca, {})):
            url = bot.attach(app.asgi() if via == "asgi" else app.wsgi(), path=path)
            try:
                yield bot
            finally:
                self.webhooks.wait(self.webhooks.timeout)
                self.webhooks.unmount(url)

    def _client_options(self, cls: type, options: dict[str, Any]) -> dict[str, Any]:
        if "rate_limits" not in options and "rate_limits" in inspect.signature(cls).parameters:
            options = {**options, "rate_limits": False}
        # Strict: a test suite should fail on an answer that deviates from openapi.yaml, not read past it.
        return {"strict": True, **options}

    def _token_for(self, token: str | None, bot: Any) -> str:
        if bot is not None:
            return self.bot(bot).token
        return token or self.token

    # -- what tests read ---------------------------------------------------------------------------

    def received(self, method: str, path: str) -> int:
        """How many requests with this method reached this path (after /api/shared/v1), faults included."""
        return sum(1 for r in self.api.requests if r.method == method and r.path == API_PREFIX + path)

    def reset_traffic(self) -> None:
        self.api.clear()
        self.storage.clear()
        with self._lock:
            self.exchanges.clear()

    @property
    def uploads(self) -> dict[str, JSON]:
        """Files received by the storage host, by key (with the file name substituted)."""
        return {k: v for k, v in self.state.uploads.items() if not v.get("pending")}

    def operations(self) -> list[tuple[str, str]]:
        """Every (method, path template) the fake routes."""
        return self.routes.operations()

    def coverage(self) -> dict[str, list[str]]:
        """The operations of openapi.yaml by how the fake serves them: `stateful` (a route of its own, with
        state) and `generic` (answered from the spec alone, marked `X-Fake-Generic: 1`: a new operation);
        `stale`, when there are any, names routes of operations openapi.yaml no longer has (not served)."""
        found: dict[str, list[str]] = {"stateful": [], "generic": []}
        for route in self.routes.routes:
            found["generic" if route.generic else "stateful"].append(route.name)
        if self.routes.stale:  # routes whose operation openapi.yaml no longer has: answered 501, to be removed
            found["stale"] = list(self.routes.stale)
        return {kind: sorted(names) for kind, names in found.items()}

    # -- seeding -----------------------------------------------------------------------------------

    def add_user(self, **fields: Any) -> JSON:
        """A user (as `GET /users/{id}` shows it); any field can be given."""
        with self._lock:
            user_id = self.state.next_id()
            user = {
                "id": user_id,
                "first_name": "User",
                "last_name": str(user_id),
                "nickname": f"user{user_id}",
                "email": f"user{user_id}@example.test",
                "phone_number": None,
                "department": None,
                "title": None,
                "role": "user",
                "suspended": False,
                "invite_status": "confirmed",
                "inviter_id": None,
                "list_tags": [],
                "custom_properties": [],
                "user_status": None,
                "bot": False,
                "sso": False,
                "created_at": self.clock.iso(),
                "last_activity_at": self.clock.iso(),
                "time_zone": "Europe/Moscow",
                "image_url": None,
                **fields,
            }
            self.state.users[user_id] = user
            return user

    def add_chat(self, name: str, member_ids: Iterable[Any] | None = None, **fields: Any) -> JSON:
        """A chat owned by the profile (or `owner_id`), with these members (ids, users, bots or people)."""
        with self._lock:
            chat_id = self.state.next_id()
            owner = fields.pop("owner_id", self.me["id"])
            members = sorted({owner, *(id_of(m) for m in member_ids or [])})
            chat = {
                "id": chat_id,
                "name": name,
                "created_at": self.clock.iso(),
                "owner_id": owner,
                "member_ids": members,
                "group_tag_ids": [],
                "channel": False,
                "archived": False,
                "personal": False,
                "public": False,
                "last_message_at": self.clock.iso(),
                "meet_room_url": f"https://meet.pachca.test/{chat_id}",
                "avatar_url": None,
                **fields,
            }
            self.state.chats[chat_id] = chat
            for member in members:
                self.state.roles[(chat_id, member)] = "admin" if member == owner else "member"
            return chat

    def add_bot(
        self,
        name: str = "Bot",
        *,
        chats: Iterable[Any] = (),
        creator: Any = None,
        outgoing_url: str | None = None,
        events: Iterable[str] | None = None,
        trigger_on: str = "all_messages",
        commands: Iterable[str] = (),
        events_history_enabled: bool = True,
        ignore_self_messages: bool = False,
        unfurl_domains: Iterable[str] = (),
        scopes: Iterable[str] | None = None,
        oauth_client: bool = False,
        **webhook: Any,
    ) -> FakeBot:
        """A bot (a user with `bot: true`, settings and a token), member of `chats`; no events are sent.

        Unlike `POST /bots`, the event history is on by default, so `GET /webhooks/events` has something
        to show; set `outgoing_url` (or `webhooks.attach`) for deliveries.
        """
        settings: JSON = {
            "name": name,
            "trigger_on": trigger_on,
            "commands": list(commands),
            "ignore_self_messages": ignore_self_messages,
            "unfurl_domains": list(unfurl_domains),
            **webhook,
        }
        if outgoing_url is not None:
            settings["outgoing_url"] = outgoing_url
        if events is not None:
            settings["events"] = list(events)
        if scopes is not None:
            settings["scopes"] = list(scopes)
        with self._lock:
            creator_id = self.me["id"] if creator is None else id_of(creator)
            record, _ = bots.new_bot(
                self,
                creator_id,
                settings,
                oauth_client={} if oauth_client else None,
                events_history_enabled=events_history_enabled,
            )
            for chat in chats:
                found = self.state.chat(id_of(chat))
                found["member_ids"] = sorted({*found["member_ids"], record.id})
                self.state.roles.setdefault((found["id"], record.id), "member")
        return FakeBot(self, record.id)

    def add_message(self, chat: Any, content: str = "", *, author: Any = None, **fields: Any) -> JSON:
        """A message already in `chat` (no webhooks, no audit record): history for a test to start from."""
        from ._domain.messages import create_message

        with self._lock, self.events.silently():
            body = {"entity_id": id_of(chat), "content": content, **fields}
            author_id = self.me["id"] if author is None else id_of(author)
            chat_record = self.state.chat(body["entity_id"])
            if author_id not in chat_record["member_ids"]:
                chat_record["member_ids"] = sorted({*chat_record["member_ids"], author_id})
            return create_message(self, author_id, body)

    def add_tag(self, name: str, users: Iterable[Any] = ()) -> JSON:
        with self._lock:
            tag: JSON = {"id": self.state.next_id(), "name": name, "users_count": 0}
            self.state.tags[tag["id"]] = tag
            for user in users:
                record = self.state.user(id_of(user))
                record["list_tags"] = [*record["list_tags"], name]
            tag["users_count"] = sum(1 for u in self.state.users.values() if name in u["list_tags"])
            return tag

    def add_custom_property(self, entity_type: str, name: str, data_type: str = "string") -> JSON:
        """A custom field definition for "User" or "Task" (`GET /custom_properties`)."""
        if entity_type not in {e.value for e in SearchEntityType} or data_type not in {
            t.value for t in CustomPropertyDataType
        }:
            raise ValueError("entity_type is User or Task; data_type is string, number, date or link")
        with self._lock:
            definition: JSON = {
                "id": self.state.next_id(),
                "name": name,
                "data_type": data_type,
                "entity_type": entity_type,
            }
            self.state.custom_properties[definition["id"]] = definition
            return {k: definition[k] for k in ("id", "name", "data_type")}

    def add_event(self, bot: Any, payload: JSON, *, event_type: str | None = None) -> JSON:
        """A stored event in `bot`'s history (`GET /webhooks/events`), as if it had happened; returns it."""
        with self._lock:
            record = self._bot_record(bot)
            stamped = {"webhook_timestamp": int(self.clock.time()), **payload}
            name = event_type or event_name(str(payload.get("type")), str(payload.get("event")))
            return self.events.store(record.id, name, stamped)

    def add_token(self, user: Any = None, *, scopes: Iterable[str] | None = None, name: str = "test token") -> str:
        """A personal token of `user` (the profile by default) with only these scopes: for 403 tests.

        By default it holds every scope the user's role may hold. Scopes given explicitly are kept even where the
        role may not use them (as after a downgrade): calls needing them answer 403 `role_forbidden`.
        """
        with self._lock:
            user_id = self.me["id"] if user is None else id_of(user)
            owner = self.state.user(user_id)
            if scopes is None:
                scopes = [s for s in bots.ALL_SCOPES if bots.role_allows(self, owner, s)]
            token = Token(
                id=self.state.next_id(),
                value=new_secret("personal_", 18),
                user_id=user_id,
                scopes=list(scopes),
                kind="personal",
                created_at=self.clock.iso(),
                name=name,
            )
            self.state.tokens[token.value] = token
            return token.value

    def authorize(
        self,
        bot: Any,
        user: Any = None,
        *,
        scopes: Iterable[str] = ("profile:read",),
        redirect_uri: str = "https://app.example.test/oauth/callback",
        code_challenge: str | None = None,
    ) -> str:
        """A person consents to `bot`'s OAuth app: returns the `code` to exchange at `POST /oauth/token`."""
        with self._lock:
            record = self._bot_record(bot)
            if record.oauth_client is None:
                raise ValueError(f"bot {record.id} has no OAuth client (add_bot(..., oauth_client=True))")
            code = new_secret("code_", 12)
            self.state.oauth_codes[code] = {
                "client_id": record.oauth_client["client_id"],
                "user_id": self.me["id"] if user is None else id_of(user),
                "scopes": list(scopes),
                "redirect_uri": redirect_uri,
                "code_challenge": code_challenge,
                "at": self.clock.elapsed(),
            }
            return code

    def seed(self, data: Mapping[str, Any]) -> None:
        """Add what `data` describes (also the shape of `python -m pachca_client.testing --seed-file`):

            {"users": [{"first_name": "Zoe", "department": "Ops"}],
             "chats": [{"name": "Ops", "members": ["Zoe", "Vera"]}],
             "bots": [{"name": "Echo", "chats": ["Ops"], "outgoing_url": "http://127.0.0.1:9000/hook"}],
             "messages": [{"chat": "Ops", "author": "Zoe", "content": "hi"}],
             "events": [{"bot": "Echo", "payload": {"type": "message", "event": "new", ...}}]}

        People are named as `user()` finds them (and made when missing), chats by name or id.
        """
        for user in data.get("users", []):
            self.add_user(**user)
        for chat in data.get("chats", []):
            fields = {k: v for k, v in chat.items() if k not in ("name", "members")}
            self.add_chat(chat["name"], [self.user(m) for m in chat.get("members", [])], **fields)
        for bot in data.get("bots", []):
            fields = {k: v for k, v in bot.items() if k != "chats"}
            self.add_bot(**fields, chats=[self._chat_named(c) for c in bot.get("chats", [])])
        for message in data.get("messages", []):
            author = self.user(message["author"]) if "author" in message else None
            fields = {k: v for k, v in message.items() if k not in ("chat", "author", "content")}
            self.add_message(self._chat_named(message["chat"]), message.get("content", ""), author=author, **fields)
        for event in data.get("events", []):
            self.add_event(event["bot"], event["payload"], event_type=event.get("event_type"))

    def _chat_named(self, chat: Any) -> JSON:
        if isinstance(chat, str):
            found = next((c for c in self.state.chats.values() if c["name"] == chat), None)
            if found is None:
                raise KeyError(f"no chat named {chat!r}")
            return found
        return self.state.chat(id_of(chat))

    def _seed(self) -> None:
        colleagues = [
            self.add_user(first_name=first, last_name=last, nickname=nick, department=dept)
            for first, last, nick, dept in [
                ("Boris", "Ivanov", "boris", "Engineering"),
                ("Vera", "Petrova", "vera", "Design"),
                ("Gleb", "Sidorov", "gleb", "Sales"),
            ]
        ]
        ids = [u["id"] for u in colleagues]
        self.add_chat("General", ids)
        self.add_chat("Engineering", ids[:1])
        self.add_chat("Design reviews", ids[1:2])

    # -- people and bots ------------------------------------------------------------------------------

    def user(self, who: Any) -> Person:
        """A simulated person: by id, first name, nickname or "First Last"; a new user if nobody matches."""
        with self._lock:
            if isinstance(who, Person):
                return who
            if isinstance(who, str):
                wanted = who.casefold().lstrip("@")
                for user in self.state.users.values():
                    names = {
                        str(user["first_name"] or "").casefold(),
                        str(user["nickname"]).casefold(),
                        f"{user['first_name'] or ''} {user['last_name'] or ''}".strip().casefold(),
                    }
                    if wanted in names and not user["bot"]:
                        return Person(self, user["id"])
                first, _, last = who.partition(" ")
                slug = "".join(c for c in who.lower() if c.isalnum())
                created = self.add_user(first_name=first, last_name=last or None, nickname=slug or None)
                return Person(self, created["id"])
            return Person(self, self.state.user(id_of(who))["id"])

    def bot(self, who: Any) -> FakeBot:
        """A bot by id, name or nickname (or the handle `add_bot` returned)."""
        return FakeBot(self, self._bot_record(who).id)

    def _bot_record(self, who: Any) -> BotRecord:
        if isinstance(who, BotRecord):
            return who
        if isinstance(who, str):
            wanted = who.casefold().lstrip("@")
            for record in self.state.bots.values():
                if wanted in (record.name.casefold(), str(record.webhook["nickname"]).casefold()):
                    return record
            raise KeyError(f"no bot named {who!r}")
        return self.state.bot(id_of(who))

    # -- records -------------------------------------------------------------------------------------

    def audit(self, event_key: str, entity_type: str, entity_id: Any, details: JSON, *, actor: int) -> None:
        """Add an audit log entry (`GET /audit_events`), as Pachca records what happened."""
        if self.events.silent:
            return
        bot = actor in self.state.bots
        self.state.audit.append(
            {
                "id": str(uuid.uuid4()),
                "created_at": self.clock.iso(),
                "event_key": event_key,
                "entity_id": str(entity_id),
                "entity_type": entity_type,
                "actor_id": str(actor),
                "actor_type": "Bot" if bot else "User",
                "details": details,
                "ip_address": "127.0.0.1",
                "user_agent": "FakePachca",
            }
        )

    # -- time ----------------------------------------------------------------------------------------

    def _tick(self) -> None:
        """Do what the clock has reached: exports get ready, scheduled drafts go out (under the lock)."""
        now = self.clock.elapsed()
        for export in list(self.state.exports.values()):
            if not export["ready"] and now >= export["ready_at"]:
                exports.finish_export(self, export)
        drafts.send_due_drafts(self)

    def _advanced(self) -> None:
        self._act(lambda: None)

    def _act(self, action: Callable[[], Result]) -> Result:
        """Run `action` under the lock as one event, then deliver what it caused and wait for the cascade."""
        with self._lock:
            self._tick()
            result = action()
        self.webhooks.send(self.events.outbox.take())
        self.webhooks.send_due()
        if not self.webhooks.sending_here():  # acting from a receiver: its own delivery is still under way
            self.webhooks.wait(self.webhooks.timeout * 2)
        return result

    # -- the API -------------------------------------------------------------------------------------

    def _handle_api(self, request: ReceivedRequest) -> Reply:
        path = request.path.removeprefix(API_PREFIX)
        with self._lock:
            fault = self.faults.take(request, path)
            if fault is not None:
                reply, injected = fault, True
            else:
                self._tick()
                reply, injected = self._dispatch(request, path), False
            self.exchanges.append(Exchange(request, reply.status, reply.body, injected, dict(reply.headers)))
        deliveries = self.events.outbox.take()
        if deliveries or self.webhooks.has_pending():

            def deliver() -> None:
                self.webhooks.send(deliveries)
                self.webhooks.send_due()

            reply = dataclasses.replace(reply, after=deliver)
        return reply

    def _dispatch(self, request: ReceivedRequest, path: str) -> Reply:
        route, params = self.routes.resolve(request.method, path)
        try:
            if route is None:
                allowed = self.routes.methods_at(path)
                if allowed:  # the path is openapi.yaml's, the method is not: HTTP's answer, not a guess
                    raise method_not_allowed(request.method, path, allowed)
                raise not_implemented(request.method, path)
            token = self._authorize(request, route) if route.auth else None
            result = route.handler(Call(self, request, params, token, route))
        except ApiFailure as failure:
            return Reply.json(failure.body, status=failure.status, headers=failure.headers)
        except Refusal as refusal:
            return refusal.reply
        except Exception as error:  # a bug of the fake: say so plainly
            body = {"error": "fake_server_bug", "error_description": f"{type(error).__name__}: {error}"}
            return Reply.json(body, status=500)
        if isinstance(result, Reply):
            return result
        return Reply.json(result) if result is not None else Reply(status=204)

    def _authorize(self, request: ReceivedRequest, route: Route) -> Token:
        header = request.headers.get("authorization")
        if not header:
            raise oauth_error(401, "invalid_token", "Access token is missing")
        value = header[7:].strip() if header.lower().startswith("bearer ") else ""
        token = self.state.tokens.get(value)
        if token is None or token.revoked_at is not None:
            raise oauth_error(401, "invalid_token", "Invalid token")
        user = self.state.users.get(token.user_id)
        if user is None or user["suspended"]:
            raise api_error(403, "token", "access_denied", "the token's owner is suspended or deleted")
        token.last_used_at = self.clock.iso()
        if token.bot_id is not None and token.bot_id in self.state.bots:
            self.state.bots[token.bot_id].last_used_at = token.last_used_at
        if route.who == "bot" and token.bot_id is None:
            raise api_error(403, "token", "access_denied", f"only a bot token may call {route.method} {route.template}")
        if route.who == "user" and token.bot_id is not None:
            raise api_error(403, "token", "access_denied", f"a bot token may not call {route.method} {route.template}")
        if route.scope is not None and route.scope not in token.scopes:
            described = f"Insufficient scope. Required: {route.scope}"
            raise oauth_error(403, "insufficient_scope", described, scope=route.scope)
        if route.scope is not None and token.bot_id is None and not bots.role_allows(self, user, route.scope):
            # the token holds the scope, its owner's role no longer does (a downgrade): a new token would not help
            raise oauth_error(403, "role_forbidden", f"The role {user['role']} may not use the scope {route.scope}")
        if route.plan is not None and self.plan != route.plan:
            raise api_error(
                402, "plan", "payment_required", f"{route.method} {route.template} needs the {route.plan} plan"
            )
        wait = self.limits.check(route.limit, token.value, self._limit_chat(request, route))
        if wait is not None:  # refused before any method runs: plain text, not an `ApiError`
            raise Refusal(too_many_requests(wait))
        return token

    def _limit_chat(self, request: ReceivedRequest, route: Route) -> int | None:
        """The chat a message write counts against (its limit is per token and chat)."""
        if route.limit != "messages":
            return None
        if request.method == "POST":
            try:
                body = request.json()
            except ValueError:
                return None
            message = body.get("message") if isinstance(body, dict) else None
            entity = message.get("entity_id") if isinstance(message, dict) else None
            return entity if isinstance(entity, int) else None
        message_id = request.path.rstrip("/").rsplit("/", 1)[-1]
        message = self.state.messages.get(int(message_id)) if is_number(message_id) else None
        return None if message is None else int(message["chat_id"])

    def _handle_storage(self, request: ReceivedRequest) -> Reply:
        if "authorization" in request.headers:
            self.storage_saw_token = True
        with self._lock:
            return files.storage(self.state, request)
