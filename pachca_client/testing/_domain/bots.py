"""Bots: creating one with its webhook settings and tokens, and which scopes a role may hold."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...generated.models.bot_create_request_webhook import BotCreateRequestWebhook
from ...generated.models.o_auth_scope import OAuthScope
from .._core import JSON, api_error, validated
from .._events import BOT_EVENT_NAMES
from .._state import BotRecord, Token, new_secret
from .fields import required_text

if TYPE_CHECKING:
    from .workspace import Workspace


ALL_SCOPES = tuple(scope.value for scope in OAuthScope)


NOT_FOR_BOTS = {
    "chat_exports:read",
    "chat_exports:write",
    "users:create",
    "users:update",
    "users:delete",
    "group_tags:write",
    "bots:read",
    "bots:write",
    "user_status:write",
    "user_avatar:write",
    "audit_events:read",
    "company_chats:read",
    "company_bots:read",
    "drafts:read",
    "drafts:write",
}


BOT_SCOPES = tuple(s for s in ALL_SCOPES if s not in NOT_FOR_BOTS)


OWNER_SCOPES = frozenset(
    {"chat_exports:read", "chat_exports:write", "audit_events:read", "company_chats:read", "company_bots:read"}
)


ADMIN_SCOPES = frozenset(
    {"users:create", "users:update", "users:delete", "group_tags:write", "user_status:write", "user_avatar:write"}
)


def role_allows(fake: Workspace, user: JSON, scope: str) -> bool:
    """Whether `user`'s role may use `scope`: owner scopes are the workspace owner's (the fake's profile),
    admin scopes the owner's and admins'."""
    if user["id"] == fake.me["id"]:
        return True
    if scope in OWNER_SCOPES:
        return False
    return scope not in ADMIN_SCOPES or user["role"] == "admin"


COPIED = ("trigger_on", "template_engine", "who_can_add", "kind", "template", "challenge_key")


def _bot_scopes(scopes: list[str]) -> list[str]:
    """Requested scopes without repeats; 400 for one a bot cannot have."""
    if any(s not in BOT_SCOPES for s in scopes):
        raise api_error(400, "scopes", "inclusion", "scopes are not available to bots", scopes)
    return list(dict.fromkeys(scopes))


def _promo(fake: Workspace, promo: JSON) -> JSON:
    """The bot's promo card from a `BotPromoRequest`."""
    images = [{"key": str(i), "url": f"{fake.storage.url}/{i}"} for i in promo.get("promo_images") or []]
    description = str(promo.get("description") or "")
    return {"description": description, "published": bool(promo.get("published")), "promo_images": images}


NICKNAME_LENGTH = 255  # a bot's @-handle, like every name of the API, is at most 255 characters


def _slug(name: str) -> str:
    """The handle's stem for a bot name: `_bot` is added, so it leaves room for that suffix."""
    slug = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_")[: NICKNAME_LENGTH - len("_bot")]
    return slug.rstrip("_") or "bot"


def _webhook_fields(body: JSON, current: JSON | None, *, refusal: int = 422) -> JSON:
    """Webhook settings from a create or update request checked against its model (merged over `current`).

    A broken rule answers `refusal`: 422 where the operation documents it, 400 for `POST /bots`, which does not.
    """
    merged = dict(current or WEBHOOK_DEFAULTS)
    for key in ("name", "nickname"):
        if key in body:
            merged[key] = required_text(body, key, status=400)
    url = body.get("outgoing_url")
    if "outgoing_url" in body:
        if url not in ("", None) and not re.match(r"https?://[^\s/]+", str(url)):
            raise api_error(refusal, "outgoing_url", "invalid_webhook_url", "outgoing_url is not an http(s) URL", url)
        merged["outgoing_url"] = url or None
    if "events" in body:
        merged["events"] = list(dict.fromkeys(body["events"]))
    if "scopes" in body:
        merged["scopes"] = _bot_scopes(body["scopes"])
    for key in ("can_edit", "commands", "unfurl_domains"):
        if key in body:
            merged[key] = list(body[key])
    for key in ("link_preview_enabled", "ignore_self_messages", "events_history_enabled", "single_chat", *COPIED):
        if key in body:
            merged[key] = body[key]
    if len(merged.get("unfurl_domains") or []) > 5:
        raise api_error(refusal, "unfurl_domains", "too_long", "an unfurl bot watches at most 5 domains")
    return merged


def _oauth_client(bot: BotRecord, request: Any) -> str:
    """Create or change the bot's OAuth client; returns a newly issued secret ("" when kept)."""
    secret = ""
    if bot.oauth_client is None:
        secret = new_secret("cs_", 24)
        bot.client_secret = secret
        bot.oauth_client = {
            "client_id": f"fake-client-{bot.id}",
            "client_secret_preview": secret[:6] + "…",
            "confidential": True,
            "redirect_uris": [],
            "scopes": [],
        }
    for key in ("confidential", "redirect_uris", "scopes"):
        if key in request:
            bot.oauth_client[key] = request[key]
    return secret


def new_bot(
    fake: Workspace,
    creator_id: int | None,
    webhook: JSON,
    *,
    oauth_client: Any = None,
    promo: Any = None,
    empty: bool = False,
    events_history_enabled: bool | None = None,
) -> tuple[BotRecord, Token | None]:
    name = required_text(validated(webhook, BotCreateRequestWebhook), "name", status=400)
    nickname = webhook.get("nickname") or f"{_slug(name)}_bot"
    # settings first: a refused one (POST /bots documents no 422, so 400) must leave no user behind
    fields = _webhook_fields(
        {"scopes": list(BOT_SCOPES), **webhook}, {**WEBHOOK_DEFAULTS, "nickname": nickname}, refusal=400
    )
    user = fake.add_user(
        first_name=name,
        last_name=None,
        nickname=fields["nickname"],
        email=None,
        bot=True,
        inviter_id=creator_id,
        time_zone=None,
    )
    if events_history_enabled is not None:
        fields["events_history_enabled"] = events_history_enabled
    bot = BotRecord(
        id=user["id"],
        creator_id=creator_id,
        created_at=fake.clock.iso(),
        webhook=fields,
        signing_secret=new_secret("whsec_", 24),
    )
    fake.state.bots[bot.id] = bot
    if oauth_client is not None:
        _oauth_client(bot, oauth_client)
    if isinstance(promo, dict):
        bot.promo = _promo(fake, promo)
    token = None if empty else issue_bot_token(fake, bot, primary=True)
    return bot, token


def issue_bot_token(
    fake: Workspace, bot: BotRecord, *, primary: bool = False, name: str | None = None, scopes: list[str] | None = None
) -> Token:
    token = Token(
        id=fake.state.next_id(),
        value=new_secret(f"bot{bot.id}_", 24),
        user_id=bot.id,
        scopes=list(bot.webhook["scopes"] if scopes is None else scopes),
        kind="bot",
        created_at=fake.clock.iso(),
        name=name,
        bot_id=bot.id,
        primary=primary,
    )
    fake.state.tokens[token.value] = token
    return token


WEBHOOK_DEFAULTS: JSON = {
    "outgoing_url": None,
    "events": list(BOT_EVENT_NAMES),
    "trigger_on": "all_messages",
    "commands": [],
    "template": None,
    "template_engine": "liquid",
    "challenge_key": None,
    "link_preview_enabled": True,
    "ignore_self_messages": False,
    "events_history_enabled": False,
    "single_chat": False,
    "can_edit": ["admin"],
    "who_can_add": "anyone",
    "kind": None,
    "unfurl_domains": [],
    "last_request_at": None,
}
