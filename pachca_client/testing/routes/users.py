"""Profile, token info, users, statuses and avatars of people."""

from __future__ import annotations

from typing import Any

from ...generated.models.status_update_request import StatusUpdateRequest
from ...generated.models.user_create_request import UserCreateRequest
from ...generated.models.user_update_request import UserUpdateRequest
from .._core import JSON, api_error, list_page, matching, named_in_body, search_page
from .._router import Call, RouteTable
from .._server import Reply
from ._common import stored_image

routes = RouteTable()

USER_FIELDS = ("first_name", "last_name", "nickname", "email", "phone_number", "department", "title")


@routes("get_token_info")
def get_token_info(call: Call) -> JSON:
    assert call.token is not None
    return {"data": call.token.info()}


@routes("get_profile")
def get_profile(call: Call) -> JSON:
    return {"data": call.state.user_with_status(call.actor)}


def _status_reply(call: Call, user_id: int) -> Reply:
    status = call.state.statuses.get(user_id)
    return Reply.json({"data": status}) if status is not None else Reply.json(None)


def _put_status(call: Call, user_id: int) -> JSON:
    body = call.entity("status", StatusUpdateRequest)
    emoji, title = body.get("emoji"), body.get("title")
    for key, value in (("emoji", emoji), ("title", title)):
        if not value:
            raise api_error(422, key, "blank", f"{key} can't be blank")
    away = body.get("away_message")
    status = {
        "emoji": emoji,
        "title": title,
        "expires_at": body.get("expires_at"),
        "is_away": bool(body.get("is_away", False)),
        "away_message": {"text": away} if away else None,
    }
    call.state.statuses[user_id] = status
    return {"data": status}


@routes("get_status")
def get_status(call: Call) -> Reply:
    return _status_reply(call, call.actor)


@routes("update_status")
def update_status(call: Call) -> JSON:
    return _put_status(call, call.actor)


@routes("delete_status")
def delete_status(call: Call) -> None:
    call.state.statuses.pop(call.actor, None)


@routes("update_profile_avatar")
def update_profile_avatar(call: Call) -> JSON:
    url = stored_image(call, "users", call.actor)
    call.state.user(call.actor)["image_url"] = url
    _bot_avatar(call, call.actor, url)
    return {"data": {"image_url": url}}


@routes("delete_profile_avatar")
def delete_profile_avatar(call: Call) -> None:
    call.state.user(call.actor)["image_url"] = None
    _bot_avatar(call, call.actor, None)


def _bot_avatar(call: Call, user_id: int, url: str | None) -> None:
    bot = call.state.bots.get(user_id)
    if bot is not None:
        bot.avatar_url = url


# --- users ---------------------------------------------------------------------------------------------


def people(call: Call) -> list[JSON]:
    """Every employee (bots are users too, but the user lists leave them out)."""
    return [call.state.user_with_status(u) for u in sorted(call.state.users) if not call.state.users[u]["bot"]]


@routes("list_users")
def list_users(call: Call) -> JSON:
    query = call.query("query")
    if query:
        found = matching(people(call), query, "first_name", "last_name", "nickname", "email")
        return search_page(call.request, found, 50)
    return list_page(call.request, people(call))


def custom_values(call: Call, body: JSON, entity_type: str) -> list[JSON] | None:
    """The custom field values of a body already checked against its schema (422 for an unknown field)."""
    values = body.get("custom_properties")
    if values is None:
        return None
    result = []
    for item in values:
        property_id = item.get("id") if isinstance(item, dict) else None
        definition = call.state.custom_properties.get(property_id) if isinstance(property_id, int) else None
        if definition is None or definition["entity_type"] != entity_type:
            raise api_error(422, "custom_properties", "not_found", "no such custom property", item, {"id": item})
        value = item.get("value")
        public = {k: definition[k] for k in ("id", "name", "data_type")}
        result.append({**public, "value": None if value is None else str(value)})
    return result


def _set_tags(call: Call, user: JSON, names: Any) -> None:
    if names is None:
        return
    user["list_tags"] = list(names)
    for tag in call.state.tags.values():
        tag["users_count"] = sum(1 for u in call.state.users.values() if tag["name"] in u["list_tags"])


@routes("create_user")
def create_user(call: Call) -> Reply:
    body = call.entity("user", UserCreateRequest)
    email = body.get("email")
    if not isinstance(email, str) or "@" not in email:
        raise api_error(422, "email", "invalid", "email is invalid", email)
    if any(u["email"] == email for u in call.state.users.values()):
        raise api_error(409, "email", "already_exists", "a user with this email already exists", email)
    role = body.get("role", "user")
    chat_ids = body.get("chat_ids") or []
    for chat_id in chat_ids:
        with named_in_body("user.chat_ids"):  # POST /users documents no 404
            call.state.chat(chat_id)
    fields = {k: body[k] for k in USER_FIELDS if k in body}
    properties = custom_values(call, body, "User")
    user = call.workspace.add_user(
        **{**fields, "email": email},
        invite_status="sent",
        role=role,
        inviter_id=call.actor,
        suspended=bool(body.get("suspended", False)),
        custom_properties=properties or [],
    )
    _set_tags(call, user, body.get("list_tags"))
    for chat_id in chat_ids:
        chat = call.state.chat(chat_id)
        chat["member_ids"] = sorted({*chat["member_ids"], user["id"]})
        call.state.roles.setdefault((chat_id, user["id"]), "member")
    call.workspace.audit("user_created", "User", user["id"], {"inviter_id": call.actor}, actor=call.actor)
    call.workspace.events.company_member("invite", [user["id"]])
    return Reply.json({"data": call.state.user_with_status(user["id"])}, status=201)


@routes("get_user")
def get_user(call: Call) -> JSON:
    return {"data": call.state.user_with_status(call.id())}


@routes("update_user")
def update_user(call: Call) -> JSON:
    user = call.state.user(call.id())
    body = call.entity("user", UserUpdateRequest)
    email = body.get("email")
    if email is not None and any(u["email"] == email and u["id"] != user["id"] for u in call.state.users.values()):
        raise api_error(409, "email", "already_exists", "a user with this email already exists", email)
    changed = [key for key in USER_FIELDS if key in body and body[key] != user.get(key)]
    for key in USER_FIELDS:
        if key in body:
            user[key] = body[key]
    if "role" in body and body["role"] != user["role"]:
        details = {"new_company_role": body["role"], "previous_company_role": user["role"], "initiator_id": call.actor}
        user["role"] = body["role"]
        call.workspace.audit("user_role_changed", "User", user["id"], details, actor=call.actor)
    properties = custom_values(call, body, "User")
    if properties is not None:
        user["custom_properties"] = properties
        changed.append("custom_properties")
    _set_tags(call, user, body.get("list_tags"))
    event = "update"
    if "suspended" in body and bool(body["suspended"]) != user["suspended"]:
        user["suspended"] = bool(body["suspended"])
        event = "suspend" if user["suspended"] else "activate"
        changed.append("suspended")
    if changed:
        call.workspace.audit("user_updated", "User", user["id"], {"changed_attrs": changed}, actor=call.actor)
    call.workspace.events.company_member(event, [user["id"]])
    return {"data": call.state.user_with_status(user["id"])}


@routes("delete_user")
def delete_user(call: Call) -> None:
    user = call.state.user(call.id())
    if user["id"] == call.workspace.me["id"] or user["id"] == call.actor:
        raise api_error(403, "user", "self_update", "you cannot delete yourself")
    del call.state.users[user["id"]]
    call.state.statuses.pop(user["id"], None)
    for chat in call.state.chats.values():
        if user["id"] in chat["member_ids"]:
            chat["member_ids"] = [m for m in chat["member_ids"] if m != user["id"]]
    call.workspace.audit("user_deleted", "User", user["id"], {}, actor=call.actor)
    call.workspace.events.company_member("delete", [user["id"]])


@routes("get_user_status")
def get_user_status(call: Call) -> Reply:
    return _status_reply(call, call.state.user(call.id("user_id"))["id"])


@routes("update_user_status")
def update_user_status(call: Call) -> JSON:
    return _put_status(call, call.state.user(call.id("user_id"))["id"])


@routes("delete_user_status")
def delete_user_status(call: Call) -> None:
    call.state.statuses.pop(call.state.user(call.id("user_id"))["id"], None)


@routes("update_user_avatar")
def update_user_avatar(call: Call) -> JSON:
    user = call.state.user(call.id("user_id"))
    url = stored_image(call, "users", user["id"])
    user["image_url"] = url
    return {"data": {"image_url": url}}


@routes("delete_user_avatar")
def delete_user_avatar(call: Call) -> None:
    call.state.user(call.id("user_id"))["image_url"] = None
