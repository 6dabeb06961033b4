"""Which bot hears what: the fake's outgoing events, stored in each bot's event history and/or delivered.

Rules (as Pachca documents them):
- message, reaction and chat member events go to bots that are members of the chat and subscribed
  (`webhook.events`); `trigger_on: commands` passes only `/command` messages, `unfurl` none;
  `ignore_self_messages` drops the bot's own messages;
- a button click goes to the bot that posted the message, a form submission to the bot that
  opened the form (whatever they subscribed to);
- `message/link_shared` goes to unfurl bots watching the link's domain (subdomains included), in
  every chat; `company_member` events go to every subscribed bot, chat or no chat.
Each event is stored (`GET /webhooks/events`) when the bot has `events_history_enabled`, and delivered
when it has an `outgoing_url`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..generated.models.bot_event_name import BotEventName
from ._core import JSON, UlidFactory
from ._webhooks import WebhookDelivery, Webhooks, bot_url

if TYPE_CHECKING:
    from ._clock import FakeClock
    from ._state import BotRecord, State

BOT_EVENT_NAMES = tuple(name.value for name in BotEventName)
MAX_STORED_EVENTS = 10_000


class Outbox(threading.local):
    """Deliveries made by the current thread's action, sent once it has let go of the fake's lock."""

    def __init__(self) -> None:
        self.items: list[WebhookDelivery] = []

    def take(self) -> list[WebhookDelivery]:
        items, self.items = self.items, []
        return items


def event_name(kind: str, event: str) -> str:
    """The history's `event_type` (and subscription name) of a payload: `message_new`, `view_submit`, ..."""
    if (kind, event) == ("message", "link_shared"):
        return "message_link_shared"
    return f"{kind}_{event}"


def _domain_matches(host: str, domain: str) -> bool:
    host, domain = host.lower().rstrip("."), domain.lower().strip().lstrip("*.").rstrip(".")
    return bool(domain) and (host == domain or host.endswith("." + domain))


class Events:
    """Makes payloads reach bots: history and deliveries (see the module docstring)."""

    def __init__(self, state: State, clock: FakeClock, webhooks: Webhooks) -> None:
        self._state = state
        self._clock = clock
        self._webhooks = webhooks
        self._ulid = UlidFactory()
        self._quiet = threading.local()
        self.outbox = Outbox()

    @property
    def silent(self) -> bool:
        """Whether this thread is seeding state (`silently()`): no events, no audit records."""
        return bool(getattr(self._quiet, "on", False))

    @contextlib.contextmanager
    def silently(self) -> Iterator[None]:
        """Seed state in this thread without events (and, as the fake asks `silent`, without audit records)."""
        self._quiet.on = True
        try:
            yield
        finally:
            self._quiet.on = False
            self.outbox.take()

    # -- who hears it ---------------------------------------------------------------------------------

    def _subscribed(self, bot: BotRecord, name: str) -> bool:
        return name in (bot.webhook.get("events") or ())

    def chat_bots(self, chat_id: int) -> list[BotRecord]:
        chat = self._state.chats.get(chat_id)
        if chat is None:
            return []
        bots = self._state.bots
        return [bots[member] for member in chat["member_ids"] if member in bots]

    def _hears_message(self, bot: BotRecord, name: str, message: JSON) -> bool:
        if not self._subscribed(bot, name):
            return False
        if bot.webhook.get("ignore_self_messages") and message.get("user_id") == bot.id:
            return False
        if name != "message_new":
            return True
        trigger = bot.webhook.get("trigger_on") or "all_messages"
        if trigger == "unfurl":
            return False
        if trigger == "commands":
            content = str(message.get("content") or "").strip()
            if not content.startswith("/"):
                return False
            commands = [str(c).lstrip("/") for c in bot.webhook.get("commands") or []]
            word = content[1:].split()[0] if len(content) > 1 else ""
            return not commands or word.split("@")[0] in commands
        return True

    # -- emitting -------------------------------------------------------------------------------------

    def message(self, event: str, message: JSON) -> None:
        """`message/new|update|delete` to the chat's bots."""
        name = f"message_{event}"
        payload = self.message_payload(event, message)
        for bot in self.chat_bots(message["chat_id"]):
            if self._hears_message(bot, name, message):
                self.record(bot, name, payload)

    def message_payload(self, event: str, message: JSON) -> JSON:
        thread = self._containing_thread(message["chat_id"])
        return {
            "type": "message",
            "id": message["id"],
            "event": event,
            "entity_type": message["entity_type"],
            "entity_id": message["entity_id"],
            "content": message["content"],
            "user_id": message["user_id"],
            "created_at": message["created_at"],
            "changed_at": message.get("changed_at"),
            "url": message["url"],
            "chat_id": message["chat_id"],
            "parent_message_id": message.get("parent_message_id"),
            "thread": thread,
        }

    def _containing_thread(self, chat_id: int) -> JSON | None:
        thread = self._state.thread_for_chat(chat_id)
        if thread is None:
            return None
        return {"message_id": thread["message_id"], "message_chat_id": thread["message_chat_id"]}

    def links(self, message: JSON, urls: list[str]) -> None:
        """`message/link_shared` to unfurl bots watching a domain of these links."""
        if not urls:
            return
        for bot in list(self._state.bots.values()):
            domains = bot.webhook.get("unfurl_domains") or []
            if not domains or not self._subscribed(bot, "message_link_shared"):
                continue
            links = []
            for url in urls:
                host = urlsplit(url).hostname or ""
                matched = next((d for d in domains if _domain_matches(host, d)), None)
                if matched is not None:
                    links.append({"url": url, "domain": host, "skip": False})
            if links:
                thread = self._containing_thread(message["chat_id"])
                payload = {
                    "type": "message",
                    "event": "link_shared",
                    "chat_id": message["chat_id"],
                    "message_id": message["id"],
                    "links": links,
                    "user_id": message["user_id"],
                    "entity_type": message["entity_type"],
                    "entity_id": message["entity_id"],
                    "thread": thread,
                    "created_at": message["created_at"],
                }
                self.record(bot, "message_link_shared", payload)

    def reaction(self, event: str, message: JSON, reaction: JSON) -> None:
        name = f"reaction_{event}"
        payload = {
            "type": "reaction",
            "event": event,
            "chat_id": message["chat_id"],
            "message_id": message["id"],
            "code": reaction["code"],
            "name": reaction["name"],
            "user_id": reaction["user_id"],
            "created_at": reaction["created_at"],
        }
        for bot in self.chat_bots(message["chat_id"]):
            if self._subscribed(bot, name):
                self.record(bot, name, payload)

    def chat_member(self, event: str, chat: JSON, user_ids: list[int], *, extra_bots: tuple[int, ...] = ()) -> None:
        name = f"chat_member_{event}"
        thread = self._state.thread_for_chat(chat["id"])
        payload = {
            "type": "chat_member",
            "event": event,
            "chat_id": chat["id"],
            "thread_id": thread["id"] if thread else None,
            "user_ids": list(user_ids),
            "created_at": self._clock.iso(),
        }
        hearing = {bot.id: bot for bot in self.chat_bots(chat["id"])}
        for bot_id in extra_bots:  # a bot just removed is told too
            if bot_id in self._state.bots:
                hearing[bot_id] = self._state.bots[bot_id]
        for bot in hearing.values():
            if self._subscribed(bot, name):
                self.record(bot, name, payload)

    def company_member(self, event: str, user_ids: list[int]) -> None:
        name = f"company_member_{event}"
        payload = {
            "type": "company_member",
            "event": event,
            "user_ids": list(user_ids),
            "created_at": self._clock.iso(),
        }
        for bot in list(self._state.bots.values()):
            if self._subscribed(bot, name):
                self.record(bot, name, payload)

    def record(self, bot: BotRecord, name: str, payload: JSON) -> WebhookDelivery | None:
        """Store the event in the bot's history (when enabled) and queue its delivery (when it has a URL),
        whatever the bot subscribed to (the subscription is the caller's to check)."""
        if self.silent:
            return None
        stamped = {**payload, "webhook_timestamp": int(self._clock.time())}
        if bot.webhook.get("events_history_enabled"):
            self.store(bot.id, name, stamped)
        url = bot_url(bot)
        if url is None:
            return None
        delivery = self._webhooks.prepare(url, stamped, bot_id=bot.id)
        self.outbox.items.append(delivery)
        return delivery

    def store(self, bot_id: int, name: str, payload: JSON) -> JSON:
        """Keep a stamped event in the bot's history (`GET /webhooks/events`; the newest MAX_STORED_EVENTS)."""
        event = {
            "id": self._ulid(self._clock.time()),
            "event_type": name,
            "payload": payload,
            "created_at": self._clock.iso(),
        }
        stored = self._state.events.setdefault(bot_id, [])
        stored.append(event)
        del stored[:-MAX_STORED_EVENTS]
        return event

    def notify(self, url: str, payload: JSON) -> WebhookDelivery | None:
        """An unsigned notice (the export's `webhook_url`)."""
        if self.silent:
            return None
        delivery = self._webhooks.prepare(url, payload, signed=False)
        self.outbox.items.append(delivery)
        return delivery
