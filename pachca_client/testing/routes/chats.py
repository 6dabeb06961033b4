"""Chats, their members and group tags, avatars, unread marks and the company-wide listing."""

from __future__ import annotations

from ...generated.models.add_members_request import AddMembersRequest
from ...generated.models.add_tags_request import AddTagsRequest
from ...generated.models.chat_activity import ChatActivity
from ...generated.models.chat_availability import ChatAvailability
from ...generated.models.chat_create_request import ChatCreateRequest
from ...generated.models.chat_member_role_filter import ChatMemberRoleFilter
from ...generated.models.chat_sort_field import ChatSortField
from ...generated.models.chat_update_request import ChatUpdateRequest
from ...generated.models.mark_chat_unread_request import MarkChatUnreadRequest
from ...generated.models.sort_order import SortOrder
from ...generated.models.update_member_role_request import UpdateMemberRoleRequest
from .._core import JSON, api_error, list_page, named_in_body, not_found
from .._domain import chats as domain
from .._domain.fields import required_text
from .._router import Call, RouteTable
from .._server import Reply
from ._common import stored_image

routes = RouteTable()


def visible(call: Call, chat: JSON) -> bool:
    return call.actor in chat["member_ids"] or bool(chat["public"])


def readable_chat(call: Call, chat_id: int) -> JSON:
    """The chat, or 403 when it exists but the caller may not see it (the API does not say 404 then)."""
    chat = call.state.chat(chat_id)
    if not visible(call, chat):
        raise api_error(403, "chat_id", "access_denied", "you are not a member of this chat", chat_id)
    return chat


def _single_chat_check(call: Call, chat_id: int | None, member_ids: list[int]) -> None:
    for member in member_ids:
        bot = call.state.bots.get(member)
        if bot is None or not bot.webhook.get("single_chat"):
            continue
        elsewhere = [c["id"] for c in call.state.chats.values() if member in c["member_ids"] and c["id"] != chat_id]
        if elsewhere:
            raise api_error(409, "member_ids", "single_chat_bot_occupied", "this bot already works in a chat", member)


@routes("list_chats")
def list_chats(call: Call) -> JSON:
    archived = call.bool_query("archived") or False
    availability = call.choice("availability", ChatAvailability, "is_member")
    personal = call.bool_query("personal")
    chats = [c for c in call.state.chats.values() if c["archived"] == archived]
    if availability == "public":
        chats = [c for c in chats if c["public"]]
    else:
        chats = [c for c in chats if call.actor in c["member_ids"]]
    if personal is not None:
        chats = [c for c in chats if c["personal"] == personal]
    chats = call.within(chats, "last_message_at", "last_message_at_after", "last_message_at_before")
    sort = call.choice("sort", ChatSortField, "id") or "id"
    order = call.choice("order", SortOrder, "desc")
    chats.sort(key=lambda c: (c[sort], c["id"]), reverse=order != "asc")
    return list_page(call.request, chats)


@routes("create_chat")
def create_chat(call: Call) -> Reply:
    body = call.entity("chat", ChatCreateRequest)
    name = required_text(body, "name")
    requested: list[int] = body.get("member_ids") or []
    members = [member for member in requested if member in call.state.users]
    missing = [member for member in requested if member not in call.state.users]
    tag_ids: list[int] = body.get("group_tag_ids") or []
    for tag_id in tag_ids:
        with named_in_body("chat.group_tag_ids"):  # POST /chats documents no 404
            call.state.tag(tag_id)
    _single_chat_check(call, None, members)
    chat = call.workspace.add_chat(
        name,
        members,
        owner_id=call.actor,
        channel=bool(body.get("channel")),
        public=bool(body.get("public")),
        group_tag_ids=sorted(set(tag_ids)),
    )
    call.workspace.audit("chat_created", "Chat", chat["id"], {}, actor=call.actor)
    others = [m for m in chat["member_ids"] if m != call.actor]
    if others:
        call.workspace.events.chat_member("add", chat, others)
    return Reply.json({"data": chat, "meta": {"not_found_member_ids": missing}}, status=201)


@routes("get_chat")
def get_chat(call: Call) -> JSON:
    return {"data": readable_chat(call, call.id())}


@routes("update_chat")
def update_chat(call: Call) -> JSON:
    chat = readable_chat(call, call.id())
    body = call.entity("chat", ChatUpdateRequest)
    if "name" in body:
        name = required_text(body, "name")
        if name != chat["name"]:
            details = {"old_name": chat["name"], "new_name": name}
            call.workspace.audit("chat_renamed", "Chat", chat["id"], details, actor=call.actor)
        chat["name"] = name
    if "public" in body and bool(body["public"]) != chat["public"]:
        chat["public"] = bool(body["public"])
        details = {"public_access": chat["public"]}
        call.workspace.audit("chat_permission_changed", "Chat", chat["id"], details, actor=call.actor)
    return {"data": chat}


@routes("archive_chat")
def archive_chat(call: Call) -> None:
    readable_chat(call, call.id())["archived"] = True


@routes("unarchive_chat")
def unarchive_chat(call: Call) -> None:
    readable_chat(call, call.id())["archived"] = False


@routes("update_chat_avatar")
def update_chat_avatar(call: Call) -> JSON:
    chat = readable_chat(call, call.id())
    chat["avatar_url"] = stored_image(call, "chats", chat["id"])
    return {"data": {"image_url": chat["avatar_url"]}}


@routes("delete_chat_avatar")
def delete_chat_avatar(call: Call) -> None:
    readable_chat(call, call.id())["avatar_url"] = None


@routes("mark_chat_unread")
def mark_chat_unread(call: Call) -> None:
    chat = readable_chat(call, call.id())
    body = call.body(MarkChatUnreadRequest) if call.request.body else {}
    message_id = body.get("message_id")
    if message_id is not None:
        message = call.state.messages.get(message_id)
        if message is None or message["chat_id"] != chat["id"]:
            raise not_found("message", message_id)
    call.state.unread[(chat["id"], call.actor)] = message_id
    for message in call.state.messages.values():
        if message["chat_id"] == chat["id"] and (message_id is None or message["id"] >= message_id):
            readers = call.state.readers.get(message["id"], [])
            if call.actor in readers:
                readers.remove(call.actor)


@routes("list_company_chats")
def list_company_chats(call: Call) -> JSON:
    activity = call.choice("activity", ChatActivity)
    chats = [c for c in call.state.chats.values() if not c["personal"]]
    if activity is not None:
        chats = [c for c in chats if c["archived"] == (activity == "archived")]
    chats.sort(key=lambda c: c["id"], reverse=True)
    page = list_page(call.request, chats)
    call.workspace.audit("company_chats_accessed", "Company", 1, {}, actor=call.actor)
    return page


# --- members -----------------------------------------------------------------------------------------


def role_of(call: Call, chat: JSON, user_id: int) -> str:
    if user_id == chat["owner_id"]:
        return "owner"
    return call.state.roles.get((chat["id"], user_id), "member")


@routes("list_members")
def list_members(call: Call) -> JSON:
    chat = readable_chat(call, call.id())
    role = call.choice("role", ChatMemberRoleFilter, "all")
    members = [m for m in chat["member_ids"] if m in call.state.users]
    if role != "all":
        members = [m for m in members if role_of(call, chat, m) == role]
    return list_page(call.request, [call.state.user_with_status(m) for m in members])


@routes("add_members")
def add_members(call: Call) -> None:
    chat = readable_chat(call, call.id())
    members = call.body(AddMembersRequest)["member_ids"]
    if not members:
        raise api_error(400, "member_ids", "blank", "member_ids can't be blank")
    for member in members:
        call.state.user(member)
    _single_chat_check(call, chat["id"], members)
    domain.add_members(call.workspace, chat, members, call.actor)


@routes("remove_member")
def remove_member(call: Call) -> None:
    # removing someone documents no 422: the API's refusal of a business rule there is a 403 `ApiError`
    domain.remove_member(
        call.workspace, readable_chat(call, call.id()), call.id("user_id"), call.actor, owner_status=403
    )


@routes("leave_chat")
def leave_chat(call: Call) -> None:
    domain.remove_member(call.workspace, call.state.chat(call.id()), call.actor, call.actor)


@routes("update_member_role")
def update_member_role(call: Call) -> None:
    chat, user_id = readable_chat(call, call.id()), call.id("user_id")
    role = call.body(UpdateMemberRoleRequest)["role"]
    if user_id not in chat["member_ids"]:
        raise not_found("member", user_id)
    if user_id == chat["owner_id"]:
        raise api_error(422, "user_id", "owner_protected", "the owner's role cannot change", user_id)
    call.state.roles[(chat["id"], user_id)] = role


@routes("add_tags")
def add_tags(call: Call) -> None:
    chat = readable_chat(call, call.id())
    tag_ids = call.body(AddTagsRequest)["group_tag_ids"]
    if not tag_ids:
        raise api_error(400, "group_tag_ids", "blank", "group_tag_ids can't be blank")
    for tag_id in tag_ids:
        tag = call.state.tag(tag_id)
        if tag_id not in chat["group_tag_ids"]:
            details = {"chat_id": chat["id"], "tag_name": tag["name"]}
            call.workspace.audit("tag_added_to_chat", "Tag", tag_id, details, actor=call.actor)
    chat["group_tag_ids"] = sorted({*chat["group_tag_ids"], *tag_ids})


@routes("remove_tag")
def remove_tag(call: Call) -> None:
    chat = readable_chat(call, call.id())
    tag_id = call.id("tag_id")
    tag = call.state.tag(tag_id)
    if tag_id not in chat["group_tag_ids"]:
        raise not_found("group tag", tag_id)
    chat["group_tag_ids"] = [t for t in chat["group_tag_ids"] if t != tag_id]
    call.workspace.audit(
        "tag_removed_from_chat", "Tag", tag_id, {"chat_id": chat["id"], "tag_name": tag["name"]}, actor=call.actor
    )
