"""The audit log, custom property definitions, and the OAuth token exchange and revocation."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qsl

from ...generated.models.search_entity_type import SearchEntityType
from .._core import JSON, api_error, list_page, oauth_error, parse_time
from .._router import Call, RouteTable
from .._server import Reply
from .._state import Token, new_secret

routes = RouteTable()
CODE_LIFETIME = 600.0


@routes("get_audit_events")
def get_audit_events(call: Call) -> JSON:
    events = list(reversed(call.state.audit))
    events = call.within(events, "created_at", "start_time", "end_time")
    start, end = call.query("start_time"), call.query("end_time")
    if start and end and parse_time(start, "start_time") > parse_time(end, "end_time"):
        raise api_error(422, "end_time", "invalid_date_range", "end_time is before start_time", end)
    for key in ("event_key", "actor_id", "actor_type", "entity_id", "entity_type"):
        wanted = call.query(key)
        if wanted:
            events = [e for e in events if e[key] == wanted]
    page = list_page(call.request, events)
    call.workspace.audit("audit_events_accessed", "Company", 1, {}, actor=call.actor)
    return page


@routes("list_properties")
def list_properties(call: Call) -> JSON:
    entity_type = call.choice("entity_type", SearchEntityType)
    if entity_type is None:
        raise api_error(400, "entity_type", "blank", "entity_type can't be blank")
    found = [p for p in call.state.custom_properties.values() if p["entity_type"] == entity_type]
    return {"data": [{k: p[k] for k in ("id", "name", "data_type")} for p in found]}


# --- OAuth ---------------------------------------------------------------------------------------------


def _form(call: Call) -> dict[str, str]:
    content_type = call.request.headers.get("content-type", "")
    if "application/x-www-form-urlencoded" not in content_type:
        raise oauth_error(400, "invalid_request", "the body must be application/x-www-form-urlencoded")
    return dict(parse_qsl(call.request.body.decode("utf-8", "replace"), keep_blank_values=True))


def _client(call: Call, form: dict[str, str]) -> str:
    """The authenticated OAuth client's id (from the form, or HTTP Basic), or 401 `invalid_client`."""
    client_id, secret = form.get("client_id"), form.get("client_secret")
    header = call.request.headers.get("authorization", "")
    if header.lower().startswith("basic "):
        try:
            client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            pass
    bot = next(
        (b for b in call.state.bots.values() if b.oauth_client and b.oauth_client["client_id"] == client_id), None
    )
    if bot is None or not secret or secret != bot.client_secret:
        raise oauth_error(401, "invalid_client", "client authentication failed")
    return str(client_id)


@routes("exchange_token")
def exchange_token(call: Call) -> JSON:
    form = _form(call)
    if form.get("grant_type") != "authorization_code":
        raise oauth_error(400, "unsupported_grant_type", "only authorization_code is supported")
    client_id = _client(call, form)
    grant = call.state.oauth_codes.pop(form.get("code", ""), None)
    if grant is None or grant["client_id"] != client_id:
        raise oauth_error(400, "invalid_grant", "the code is unknown, used or issued to another client")
    if call.workspace.clock.elapsed() - grant["at"] > CODE_LIFETIME:
        raise oauth_error(400, "invalid_grant", "the code has expired")
    if grant["redirect_uri"] != form.get("redirect_uri"):
        raise oauth_error(400, "invalid_grant", "redirect_uri does not match the authorization request")
    challenge = grant.get("code_challenge")
    if challenge:
        verifier = form.get("code_verifier", "")
        digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        if digest != challenge:
            raise oauth_error(400, "invalid_grant", "code_verifier does not match the code challenge")
    token = Token(
        id=call.state.next_id(),
        value=new_secret("oauth_", 24),
        user_id=grant["user_id"],
        scopes=list(grant["scopes"]),
        kind="oauth",
        created_at=call.now(),
        name=client_id,
        authorized_at=call.now(),
        refresh_token=new_secret("refresh_", 24),
        client_id=client_id,
    )
    call.state.tokens[token.value] = token
    details = {"client_id": client_id, "scopes": list(token.scopes)}
    call.workspace.audit("oauth_authorization_granted", "User", token.user_id, details, actor=token.user_id)
    return {
        "access_token": token.value,
        "token_type": "Bearer",
        "refresh_token": token.refresh_token,
        "scope": " ".join(token.scopes),
        "created_at": int(call.workspace.clock.time()),
    }


@routes("revoke_token", auth=False)
def revoke_token(call: Call) -> Reply:
    form = _form(call)
    value = form.get("token")
    if not value:
        raise oauth_error(400, "invalid_request", "token can't be blank")
    basic = call.request.headers.get("authorization", "").lower().startswith("basic ")
    client_id = _client(call, form) if form.get("client_id") or basic else None
    found = call.state.tokens.get(value) or next(
        (t for t in call.state.tokens.values() if t.refresh_token == value), None
    )
    if found is not None and (client_id is None or found.client_id in (None, client_id)):
        found.revoked_at = call.now()
        call.state.tokens.pop(found.value, None)
        details = {"client_id": found.client_id or "", "revoked_tokens_count": 1, "user_id": found.user_id}
        call.workspace.audit("oauth_token_revoked", "User", found.user_id, details, actor=found.user_id)
    return Reply(status=200)
