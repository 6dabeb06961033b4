"""Messages, pins, link previews, reactions, read marks and threads."""

from __future__ import annotations

from ...generated.models.link_previews_request import LinkPreviewsRequest
from ...generated.models.message_create_request import MessageCreateRequest
from ...generated.models.message_sort_field import MessageSortField
from ...generated.models.message_update_request import MessageUpdateRequest
from ...generated.models.reaction_request import ReactionRequest
from ...generated.models.sort_order import SortOrder
from .._core import JSON, Refusal, api_error, is_number, list_page, named_in_body, not_found
from .._domain import messages as domain
from .._faults import daily_limit_reached
from .._router import Call, RouteTable
from .._server import Reply
from .chats import readable_chat

routes = RouteTable()


def readable_message(call: Call, message_id: int) -> JSON:
    message = call.state.message(message_id)
    readable_chat(call, message["chat_id"])
    return message


@routes("list_chat_messages")
def list_chat_messages(call: Call) -> JSON:
    chat_id = call.query("chat_id")
    if chat_id is None or not is_number(chat_id):
        raise api_error(400, "chat_id", "blank", "chat_id can't be blank", chat_id)
    chat = readable_chat(call, int(chat_id))
    call.choice("sort", MessageSortField, "id")
    order = call.choice("order", SortOrder, "desc")
    messages = [m for m in call.state.messages.values() if m["chat_id"] == chat["id"] and not m["deleted_at"]]
    messages.sort(key=lambda m: m["id"], reverse=order != "asc")
    return list_page(call.request, messages)


@routes("create_message")
def create_message(call: Call) -> Reply:
    body = call.entity("message", MessageCreateRequest)
    link_preview = call.body().get("link_preview", False)
    entity_type = body.get("entity_type") or "discussion"
    with named_in_body("message.entity_id"):
        chat = domain.target_chat(call.workspace, call.actor, entity_type, body["entity_id"])
    wait = call.workspace.limits.check_daily(chat["id"])
    if wait is not None:  # the daily cap of messages in one chat: the method's own refusal, as JSON
        raise Refusal(daily_limit_reached(body["entity_id"], wait))
    message = domain.create_message(call.workspace, call.actor, body, link_preview=bool(link_preview))
    return Reply.json({"data": message}, status=201)


@routes("get_message")
def get_message(call: Call) -> JSON:
    return {"data": readable_message(call, call.id())}


@routes("update_message")
def update_message(call: Call) -> JSON:
    message = readable_message(call, call.id())
    return {
        "data": domain.update_message(call.workspace, call.actor, message, call.entity("message", MessageUpdateRequest))
    }


@routes("delete_message")
def delete_message(call: Call) -> None:
    domain.delete_message(call.workspace, call.actor, readable_message(call, call.id()))


@routes("pin_message")
def pin_message(call: Call) -> None:
    message = readable_message(call, call.id())
    if message["id"] in call.state.pins:
        raise api_error(409, "id", "already_exists", "the message is already pinned", message["id"])
    call.state.pins.add(message["id"])


@routes("unpin_message")
def unpin_message(call: Call) -> None:
    message_id = readable_message(call, call.id())["id"]
    if message_id not in call.state.pins:
        raise not_found("pin", message_id)
    call.state.pins.discard(message_id)


@routes("unfurl")
def unfurl(call: Call) -> None:
    message = call.state.message(call.id())
    previews = call.body(LinkPreviewsRequest)["link_previews"]
    if not previews:
        raise api_error(400, "link_previews", "blank", "link_previews can't be blank")
    for url, preview in previews.items():
        if not domain.URL.fullmatch(url):
            raise api_error(422, "link_previews", "invalid", "a link preview has an invalid URL", url)
        image = preview.get("image")
        if isinstance(image, dict) and image.get("key") not in call.state.uploads:
            raise api_error(422, "link_previews", "invalid", "the preview image was not uploaded", image.get("key"))
    call.state.link_previews[message["id"]] = {url: dict(preview) for url, preview in previews.items()}


# --- reactions -----------------------------------------------------------------------------------------


@routes("list_reactions")
def list_reactions(call: Call) -> JSON:
    message = readable_message(call, call.id())
    return list_page(call.request, call.state.reactions.get(message["id"], []))


@routes("add_reaction")
def add_reaction(call: Call) -> Reply:
    message = readable_message(call, call.id())
    body = call.body(ReactionRequest)
    return Reply.json(
        domain.add_reaction(call.workspace, call.actor, message, body["code"], body.get("name")), status=201
    )


@routes("remove_reaction")
def remove_reaction(call: Call) -> None:
    domain.remove_reaction(call.workspace, call.actor, readable_message(call, call.id()), call.query("code"))


@routes("list_read_members")
def list_read_members(call: Call) -> JSON:
    message = readable_message(call, call.id())
    return list_page(call.request, call.state.readers.get(message["id"], []), 300)


# --- threads -------------------------------------------------------------------------------------------


@routes("create_thread")
def create_thread(call: Call) -> Reply:
    message = readable_message(call, call.id())
    return Reply.json({"data": domain.thread_of(call.workspace, message, call.actor)}, status=201)


@routes("create_standalone_thread")
def create_standalone_thread(call: Call) -> Reply:
    chat = call.workspace.add_chat("Thread", [], owner_id=call.actor)
    thread = {
        "id": call.state.next_id(),
        "chat_id": chat["id"],
        "message_id": None,
        "message_chat_id": None,
        "updated_at": call.now(),
    }
    call.state.threads[thread["id"]] = thread
    call.workspace.audit("thread_created", "Thread", thread["id"], {"chat_id": chat["id"]}, actor=call.actor)
    return Reply.json({"data": thread}, status=201)


@routes("list_threads")
def list_threads(call: Call) -> JSON:
    threads = [t for t in call.state.threads.values() if call.actor in call.state.chat(t["chat_id"])["member_ids"]]
    threads = call.within(threads, "updated_at", "last_message_at_after", "last_message_at_before")
    threads.sort(key=lambda t: (t["updated_at"], t["id"]), reverse=True)
    return list_page(call.request, threads)


@routes("get_thread")
def get_thread(call: Call) -> JSON:
    thread = call.state.thread(call.id())
    readable_chat(call, thread["chat_id"])
    return {"data": thread}
