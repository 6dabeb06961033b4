"""Bots: settings, tokens, scopes, OAuth client, avatars, the bot's own endpoints and its stored events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...generated.models.bot_create_request import BotCreateRequest
from ...generated.models.bot_token_create_request import BotTokenCreateRequest
from ...generated.models.bot_token_update_request import BotTokenUpdateRequest
from ...generated.models.bot_update_request import BotUpdateRequest
from ...generated.models.bot_webhook_self_update_request import BotWebhookSelfUpdateRequest
from .._core import JSON, api_error, list_page, matching, not_found
from .._domain.bots import (
    BOT_SCOPES,
    _bot_scopes,
    _oauth_client,
    _promo,
    _webhook_fields,
    issue_bot_token,
    new_bot,
)
from .._domain.chats import remove_member
from .._domain.fields import required_text
from .._router import Call, RouteTable
from .._server import Reply
from .._state import BotRecord, Token, new_secret
from ._common import stored_image

if TYPE_CHECKING:
    pass

routes = RouteTable()

# Scopes only some roles may hold (openapi.yaml's `x-scope-roles`; the others are everyone's): a token that holds
# one while its owner's role may not (after a downgrade, say) is refused 403 `role_forbidden`.


"""Webhook settings taken as they come (their request model has checked them)."""


def can_edit(call: Call, bot: BotRecord) -> bool:
    user = call.state.users.get(call.actor, {})
    return bot.creator_id == call.actor or (user.get("role") == "admin" and "admin" in bot.webhook["can_edit"])


def editable_bot(call: Call) -> BotRecord:
    bot = call.state.bot(call.id())
    if not can_edit(call, bot):
        raise api_error(403, "id", "permission_denied", "you cannot edit this bot", bot.id)
    return bot


def _revoke(call: Call, token: Token) -> None:
    token.revoked_at = call.now()
    call.state.tokens.pop(token.value, None)


def _token_details(token: Token, bot: BotRecord, actor: int | None = None, updated: bool = False) -> JSON:
    details: JSON = {"token_kind": "bot", "resource_owner_id": bot.id, "token_name": token.name, "bot_id": bot.id}
    if updated:
        return {**details, "current_scopes": list(token.scopes), "actor_id": actor}
    return {**details, "scopes": list(token.scopes)}


@routes("list_bots")
def list_bots(call: Call) -> JSON:
    bots = [
        b.response(can_edit=True) for b in sorted(call.state.bots.values(), key=lambda b: b.id) if can_edit(call, b)
    ]
    return list_page(call.request, matching(bots, call.query("query"), "name", "nickname"))


@routes("create_bot")
def create_bot(call: Call) -> Reply:
    body = call.body(BotCreateRequest)
    bot, token = new_bot(
        call.workspace,
        call.actor,
        body["webhook"],
        oauth_client=body.get("oauth_client"),
        promo=body.get("promo"),
        empty=bool(body.get("empty")),
    )
    extra: JSON = {} if token is None else {"access_token": token.value}
    if bot.client_secret:
        extra["client_secret"] = bot.client_secret
    call.workspace.audit(
        "bot_token_created", "Bot", bot.id, {"bot_id": bot.id, "actor_id": call.actor}, actor=call.actor
    )
    return Reply.json({"data": bot.response(extra=extra)}, status=201)


@routes("get_bot")
def get_bot(call: Call) -> JSON:
    bot = call.state.bot(call.id())
    return {"data": bot.response(can_edit=can_edit(call, bot))}


@routes("update_bot")
def update_bot(call: Call) -> JSON:
    bot = editable_bot(call)
    body = call.body(BotUpdateRequest)
    extra: JSON = {}
    if "webhook" in body:
        before = dict(bot.webhook)
        bot.webhook = _webhook_fields(body["webhook"], bot.webhook)
        added = [s for s in bot.webhook["scopes"] if s not in before["scopes"]]
        removed = [s for s in before["scopes"] if s not in bot.webhook["scopes"]]
        if added or removed:
            details = {"bot_id": bot.id, "actor_id": call.actor, "added_scopes": added, "removed_scopes": removed}
            call.workspace.audit("bot_scopes_updated", "Bot", bot.id, details, actor=call.actor)
            for token in call.state.bot_tokens(bot.id):
                if token.primary:
                    token.scopes = list(bot.webhook["scopes"])
        changes = {k: v for k, v in bot.webhook.items() if before.get(k) != v and k != "scopes"}
        if changes:
            details = {"bot_id": bot.id, "actor_id": call.actor, "changes": changes}
            call.workspace.audit("bot_webhook_settings_updated", "Bot", bot.id, details, actor=call.actor)
        user = call.state.users.get(bot.id)
        if user is not None:
            user["first_name"], user["nickname"] = bot.webhook["name"], bot.webhook["nickname"]
    if "oauth_client" in body:
        if body["oauth_client"] is None:
            if bot.oauth_client is not None:
                details = {
                    "bot_id": bot.id,
                    "actor_id": call.actor,
                    "client_id": bot.oauth_client["client_id"],
                    "deleted_access_tokens_count": 0,
                    "deleted_access_grants_count": 0,
                }
                call.workspace.audit("bot_oauth_client_disabled", "Bot", bot.id, details, actor=call.actor)
            bot.oauth_client, bot.client_secret = None, None
        else:
            secret = _oauth_client(bot, body["oauth_client"])
            assert bot.oauth_client is not None
            details = {
                "bot_id": bot.id,
                "actor_id": call.actor,
                "client_id": bot.oauth_client["client_id"],
                "changes": body["oauth_client"],
            }
            call.workspace.audit("bot_oauth_client_updated", "Bot", bot.id, details, actor=call.actor)
            if secret:
                extra["client_secret"] = secret
    if isinstance(body.get("promo"), dict):
        bot.promo = _promo(call.workspace, body["promo"])
    return {"data": bot.response(extra=extra)}


@routes("delete_bot")
def delete_bot(call: Call) -> None:
    bot = editable_bot(call)
    for chat in list(call.state.chats.values()):
        if bot.id in chat["member_ids"] and chat["owner_id"] != bot.id:
            remove_member(call.workspace, chat, bot.id, call.actor)
    for token in [t for t in call.state.tokens.values() if t.bot_id == bot.id]:
        _revoke(call, token)
    del call.state.bots[bot.id]
    call.state.users.pop(bot.id, None)
    call.workspace.audit("bot_deleted", "Bot", bot.id, {"bot_id": bot.id, "actor_id": call.actor}, actor=call.actor)


@routes("update_bot_avatar")
def update_bot_avatar(call: Call) -> JSON:
    bot = editable_bot(call)
    bot.avatar_url = stored_image(call, "bots", bot.id)
    if bot.id in call.state.users:
        call.state.users[bot.id]["image_url"] = bot.avatar_url
    return {"data": {"image_url": bot.avatar_url}}


@routes("delete_bot_avatar")
def delete_bot_avatar(call: Call) -> None:
    bot = editable_bot(call)
    bot.avatar_url = None
    if bot.id in call.state.users:
        call.state.users[bot.id]["image_url"] = None


def _recreate(call: Call, bot: BotRecord) -> Token:
    for token in call.state.bot_tokens(bot.id):
        if token.primary:
            _revoke(call, token)
    token = issue_bot_token(call.workspace, bot, primary=True)
    call.workspace.audit(
        "bot_token_recreated", "Bot", bot.id, {"bot_id": bot.id, "actor_id": call.actor}, actor=call.actor
    )
    return token


@routes("recreate_bot_token")
def recreate_bot_token(call: Call) -> JSON:
    bot = editable_bot(call)
    token = _recreate(call, bot)
    return {"data": bot.response(extra={"access_token": token.value})}


@routes("rotate_bot_client_secret")
def rotate_bot_client_secret(call: Call) -> JSON:
    bot = editable_bot(call)
    if bot.oauth_client is None:
        raise api_error(400, "oauth_client", "not_applicable", "the bot has no OAuth client", bot.id)
    secret = new_secret("cs_", 24)
    bot.client_secret = secret
    bot.oauth_client["client_secret_preview"] = secret[:6] + "…"
    details = {"bot_id": bot.id, "actor_id": call.actor, "client_id": bot.oauth_client["client_id"]}
    call.workspace.audit("bot_oauth_client_secret_rotated", "Bot", bot.id, details, actor=call.actor)
    return {"data": bot.response(extra={"client_secret": secret})}


@routes("get_bot_scopes")
def get_bot_scopes(call: Call) -> JSON:
    call.state.bot(call.id())
    groups = list(dict.fromkeys(scope.split(":")[0] for scope in BOT_SCOPES))
    read_only = [s for s in BOT_SCOPES if s.endswith(":read")]
    return {
        "scopes": [
            {
                "id": s,
                "title": s.replace(":", " ").replace("_", " ").capitalize(),
                "group": s.split(":")[0],
                "preset": ["read-only", "admin"] if s in read_only else ["admin"],
            }
            for s in BOT_SCOPES
        ],
        "groups": [
            {"id": g, "title": g.replace("_", " ").capitalize(), "description": f"Scopes of {g}"} for g in groups
        ],
        "presets": [{"id": "read-only", "title": "Read only"}, {"id": "admin", "title": "Full access"}],
    }


def _bot_token(call: Call, bot: BotRecord) -> Token:
    token_id = call.id("token_id")
    token = next((t for t in call.state.bot_tokens(bot.id) if t.id == token_id), None)
    if token is None:
        raise not_found("token", token_id)
    return token


def _token_scopes(body: JSON) -> list[str] | None:
    scopes = body.get("scopes")
    return None if scopes is None else _bot_scopes(scopes)


@routes("list_bot_tokens")
def list_bot_tokens(call: Call) -> JSON:
    bot = editable_bot(call)
    return list_page(call.request, [t.bot_access_token() for t in call.state.bot_tokens(bot.id)])


@routes("create_bot_token")
def create_bot_token(call: Call) -> Reply:
    bot = editable_bot(call)
    body = call.body(BotTokenCreateRequest)
    name = required_text(body, "name", status=400)
    token = issue_bot_token(call.workspace, bot, name=name, scopes=_token_scopes(body))
    call.workspace.audit("bot_token_created", "Bot", bot.id, _token_details(token, bot), actor=call.actor)
    return Reply.json({"data": token.bot_access_token(reveal=True)}, status=201)


@routes("update_bot_token")
def update_bot_token(call: Call) -> JSON:
    bot = editable_bot(call)
    token = _bot_token(call, bot)
    body = call.body(BotTokenUpdateRequest)
    if "name" in body:
        token.name = required_text(body, "name", status=400)
    scopes = _token_scopes(body)
    if scopes is not None:
        token.scopes = scopes
    call.workspace.audit(
        "bot_token_updated", "Bot", bot.id, _token_details(token, bot, call.actor, True), actor=call.actor
    )
    return {"data": token.bot_access_token()}


@routes("delete_bot_token")
def delete_bot_token(call: Call) -> None:
    bot = editable_bot(call)
    token = _bot_token(call, bot)
    _revoke(call, token)
    call.workspace.audit("bot_token_deleted", "Bot", bot.id, _token_details(token, bot), actor=call.actor)


@routes("reissue_bot_token")
def reissue_bot_token(call: Call) -> JSON:
    bot = editable_bot(call)
    token = _bot_token(call, bot)
    call.state.tokens.pop(token.value, None)
    token.value = new_secret(f"bot{bot.id}_", 24)
    call.state.tokens[token.value] = token
    call.workspace.audit("bot_token_reissued", "Bot", bot.id, _token_details(token, bot), actor=call.actor)
    return {"data": token.bot_access_token(reveal=True)}


@routes("self_recreate_bot_token")
def self_recreate_bot_token(call: Call) -> JSON:
    bot = call.bot
    assert bot is not None
    token = _recreate(call, bot)
    return {"data": bot.self_response(extra={"access_token": token.value})}


@routes("self_update_bot_webhook")
def self_update_bot_webhook(call: Call) -> JSON:
    bot = call.bot
    assert bot is not None
    webhook = call.body(BotWebhookSelfUpdateRequest)["webhook"]
    before = bot.webhook.get("outgoing_url")
    bot.webhook = _webhook_fields({"outgoing_url": webhook["outgoing_url"]}, bot.webhook)
    if before != bot.webhook["outgoing_url"]:
        details: JSON = {"bot_id": bot.id, "actor_id": bot.id, "changes": {"outgoing_url": bot.webhook["outgoing_url"]}}
        call.workspace.audit("bot_webhook_settings_updated", "Bot", bot.id, details, actor=bot.id)
    return {"data": bot.self_response()}


@routes("list_company_bots")
def list_company_bots(call: Call) -> JSON:
    query = (call.query("query") or "").casefold()
    bots: list[JSON] = []
    for bot in sorted(call.state.bots.values(), key=lambda b: b.id):
        response = bot.self_response()
        webhook = response["webhook"]
        if query in str(webhook["name"]).casefold() or query in str(webhook["nickname"]).casefold():
            bots.append(response)
    page = list_page(call.request, bots)
    call.workspace.audit("company_bots_accessed", "Company", 1, {}, actor=call.actor)
    return page


# --- the event history ---------------------------------------------------------------------------------


@routes("get_webhook_events")
def get_webhook_events(call: Call) -> JSON:
    bot = call.bot
    events = [] if bot is None else list(reversed(call.state.events.get(bot.id, [])))
    return list_page(call.request, events)


@routes("delete_webhook_event")
def delete_webhook_event(call: Call) -> None:
    bot = call.bot
    assert bot is not None
    events = call.state.events.get(bot.id, [])
    event_id = call.params["id"]
    kept = [e for e in events if e["id"] != event_id]
    if len(kept) == len(events):
        raise not_found("event", event_id)
    call.state.events[bot.id] = kept
