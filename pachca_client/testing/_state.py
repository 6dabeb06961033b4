"""Everything the fake remembers, as plain dicts shaped like the API's answers (plus a few records of its own)."""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._core import JSON, not_found

Row = TypeVar("Row")


def new_secret(prefix: str, length: int = 24) -> str:
    return f"{prefix}{secrets.token_urlsafe(length)}"


@dataclass
class Token:
    """An access token the fake accepts: a user's, a bot's, or one issued by the OAuth exchange."""

    id: int
    value: str
    user_id: int
    scopes: list[str]
    kind: str  # "personal" | "bot" | "oauth"
    created_at: str
    name: str | None = None
    bot_id: int | None = None
    primary: bool = False  # a bot's main token (the one `POST /bots` and `recreate_bot_token` show)
    revoked_at: str | None = None
    last_used_at: str | None = None
    authorized_at: str | None = None
    refresh_token: str | None = None
    client_id: str | None = None

    @property
    def masked(self) -> str:
        return self.value[:8] + "..." + self.value[-4:] if len(self.value) > 12 else "****"

    def info(self) -> JSON:
        """`AccessTokenInfo`, as `GET /oauth/token/info` shows it."""
        return {
            "id": self.id,
            "token": self.masked,
            "name": None if self.kind == "bot" else self.name,
            "user_id": self.user_id,
            "scopes": list(self.scopes),
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
            "expires_in": None,
            "last_used_at": self.last_used_at,
            "authorized_at": self.authorized_at,
        }

    def bot_access_token(self, *, reveal: bool = False) -> JSON:
        """`BotAccessToken`: the value in full only right after it was made or reissued."""
        return {
            "id": self.id,
            "token": self.value if reveal else self.masked,
            "name": self.name,
            "user_id": self.user_id,
            "scopes": list(self.scopes),
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
            "expires_in": None,
            "last_used_at": self.last_used_at,
            "authorized_at": self.authorized_at,
        }


@dataclass
class BotRecord:
    """A bot: its public settings (`BotResponse`) and what only Pachca's UI shows (the signing secret)."""

    id: int
    creator_id: int | None
    created_at: str
    webhook: JSON
    signing_secret: str
    oauth_client: JSON | None = None
    client_secret: str | None = None
    promo: JSON | None = None
    avatar_url: str | None = None
    last_used_at: str | None = None
    authorized_users_count: int = 0

    @property
    def name(self) -> str:
        return str(self.webhook["name"])

    def response(self, *, can_edit: bool = True, extra: JSON | None = None) -> JSON:
        """`BotResponse` (plus `extra`, e.g. `access_token` or `client_secret` shown once)."""
        webhook = {key: value for key, value in self.webhook.items() if not key.startswith("_")}
        data: JSON = {
            "id": self.id,
            "name": self.webhook["name"],
            "nickname": self.webhook["nickname"],
            "avatar_url": self.avatar_url,
            "creator_id": self.creator_id,
            "created_at": self.created_at,
            "authorized_users_count": self.authorized_users_count,
            "last_used_at": self.last_used_at,
            "webhook": webhook,
            "oauth_client_enabled": self.oauth_client is not None,
            "oauth_client": self.oauth_client,
            "promo": self.promo,
            "permissions": {"update_oauth_client": can_edit, "recreate_token": can_edit, "destroy": can_edit},
        }
        return {**data, **(extra or {})}

    SELF_FIELDS = (
        "name",
        "nickname",
        "outgoing_url",
        "events",
        "trigger_on",
        "commands",
        "scopes",
        "template",
        "template_engine",
        "challenge_key",
        "link_preview_enabled",
        "ignore_self_messages",
        "events_history_enabled",
        "single_chat",
        "can_edit",
        "who_can_add",
    )

    def self_response(self, extra: JSON | None = None) -> JSON:
        """`BotSelfResponse`: what a bot sees of itself."""
        webhook = {key: self.webhook[key] for key in self.SELF_FIELDS}
        return {"id": self.id, "oauth_client": self.oauth_client, "webhook": webhook, **(extra or {})}


@dataclass
class State:
    users: dict[int, JSON] = field(default_factory=dict)
    statuses: dict[int, JSON] = field(default_factory=dict)
    chats: dict[int, JSON] = field(default_factory=dict)
    roles: dict[tuple[int, int], str] = field(default_factory=dict)
    messages: dict[int, JSON] = field(default_factory=dict)
    reactions: dict[int, list[JSON]] = field(default_factory=dict)
    pins: set[int] = field(default_factory=set)
    readers: dict[int, list[int]] = field(default_factory=dict)
    threads: dict[int, JSON] = field(default_factory=dict)
    tags: dict[int, JSON] = field(default_factory=dict)
    tasks: dict[int, JSON] = field(default_factory=dict)
    # storage: upload key -> {key, size, fields, data, name, pending}; attachment id -> its file record
    uploads: dict[str, JSON] = field(default_factory=dict)
    files: dict[int, JSON] = field(default_factory=dict)
    blobs: dict[str, tuple[bytes, str, str]] = field(default_factory=dict)  # storage path -> data, type, name
    bots: dict[int, BotRecord] = field(default_factory=dict)
    tokens: dict[str, Token] = field(default_factory=dict)
    drafts: dict[int, JSON] = field(default_factory=dict)
    exports: dict[int, JSON] = field(default_factory=dict)
    events: dict[int, list[JSON]] = field(default_factory=dict)  # bot id -> stored webhook events
    audit: list[JSON] = field(default_factory=list)
    custom_properties: dict[int, JSON] = field(default_factory=dict)
    triggers: dict[str, JSON] = field(default_factory=dict)
    views: dict[str, JSON] = field(default_factory=dict)
    link_previews: dict[int, JSON] = field(default_factory=dict)
    unread: dict[tuple[int, int], int | None] = field(default_factory=dict)
    oauth_codes: dict[str, JSON] = field(default_factory=dict)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1001))

    def next_id(self) -> int:
        return next(self.ids)

    def _get(self, table: dict[Any, Row], key: Any, what: str) -> Row:
        found = table.get(key)
        if found is None:
            raise not_found(what, key)
        return found

    def user(self, user_id: int) -> JSON:
        return self._get(self.users, user_id, "user")

    def chat(self, chat_id: int) -> JSON:
        return self._get(self.chats, chat_id, "chat")

    def message(self, message_id: int) -> JSON:
        return self._get(self.messages, message_id, "message")

    def thread(self, thread_id: int) -> JSON:
        return self._get(self.threads, thread_id, "thread")

    def thread_for_chat(self, chat_id: int) -> JSON | None:
        """The thread whose own chat is `chat_id`, if that chat is a thread's."""
        return next((t for t in self.threads.values() if t["chat_id"] == chat_id), None)

    def tag(self, tag_id: int) -> JSON:
        return self._get(self.tags, tag_id, "group tag")

    def task(self, task_id: int) -> JSON:
        return self._get(self.tasks, task_id, "task")

    def draft(self, draft_id: int) -> JSON:
        return self._get(self.drafts, draft_id, "draft")

    def bot(self, bot_id: int) -> BotRecord:
        return self._get(self.bots, bot_id, "bot")

    def user_with_status(self, user_id: int) -> JSON:
        return {**self.user(user_id), "user_status": self.statuses.get(user_id)}

    def bot_tokens(self, bot_id: int) -> list[Token]:
        return [t for t in self.tokens.values() if t.bot_id == bot_id and t.kind == "bot" and t.revoked_at is None]
