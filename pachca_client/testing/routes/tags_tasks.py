"""Group tags, tasks and search."""

from __future__ import annotations

from ...generated.models.chat_subtype import ChatSubtype
from ...generated.models.group_tag_request import GroupTagRequest
from ...generated.models.message_search_sort import MessageSearchSort
from ...generated.models.search_sort_order import SearchSortOrder
from ...generated.models.sort_order import SortOrder
from ...generated.models.task_create_request import TaskCreateRequest
from ...generated.models.task_status import TaskStatus
from ...generated.models.task_update_request import TaskUpdateRequest
from ...generated.models.user_role import UserRole
from .._core import JSON, api_error, list_page, matching, search_page
from .._domain.fields import required_text
from .._router import Call, RouteTable
from .._server import Reply
from .chats import visible
from .users import custom_values, people

routes = RouteTable()


# --- group tags ----------------------------------------------------------------------------------------


@routes("list_tags")
def list_tags(call: Call) -> JSON:
    names = call.queries("names")
    tags = [t for t in call.state.tags.values() if not names or t["name"] in names]
    return list_page(call.request, tags)


def _tag_name(call: Call, tag_id: int | None) -> str:
    name = required_text(call.entity("group_tag", GroupTagRequest), "name")
    if any(t["name"] == name and t["id"] != tag_id for t in call.state.tags.values()):
        raise api_error(409, "name", "already_exists", "a tag with this name already exists", name)
    return name


@routes("create_tag")
def create_tag(call: Call) -> Reply:
    name = _tag_name(call, None)
    tag = call.workspace.add_tag(name)
    call.workspace.audit("tag_created", "Tag", tag["id"], {"name": name}, actor=call.actor)
    return Reply.json({"data": tag}, status=201)


@routes("get_tag")
def get_tag(call: Call) -> JSON:
    return {"data": call.state.tag(call.id())}


@routes("update_tag")
def update_tag(call: Call) -> JSON:
    tag = call.state.tag(call.id())
    name = _tag_name(call, tag["id"])
    for user in call.state.users.values():
        user["list_tags"] = [name if t == tag["name"] else t for t in user["list_tags"]]
    tag["name"] = name
    return {"data": tag}


@routes("delete_tag")
def delete_tag(call: Call) -> None:
    tag = call.state.tag(call.id())
    del call.state.tags[tag["id"]]
    for chat in call.state.chats.values():
        chat["group_tag_ids"] = [t for t in chat["group_tag_ids"] if t != tag["id"]]
    call.workspace.audit("tag_deleted", "Tag", tag["id"], {"name": tag["name"]}, actor=call.actor)


@routes("get_tag_users")
def get_tag_users(call: Call) -> JSON:
    tag = call.state.tag(call.id())
    return list_page(call.request, [u for u in people(call) if tag["name"] in u["list_tags"]])


# --- tasks ---------------------------------------------------------------------------------------------


def _task_fields(call: Call, task: JSON, body: JSON) -> None:
    """Apply a task body already checked against its request model (404 for an unknown performer)."""
    for performer in body.get("performer_ids") or []:
        call.state.user(performer)
    for key in ("kind", "content", "due_at", "priority", "performer_ids", "status", "all_day"):
        if key in body:
            task[key] = body[key]
    properties = custom_values(call, body, "Task")
    if properties is not None:
        task["custom_properties"] = properties


@routes("list_tasks")
def list_tasks(call: Call) -> JSON:
    status = call.choice("status", TaskStatus)
    chat_ids, performers = call.int_queries("chat_ids"), call.int_queries("performer_ids")
    author = call.int_query("author_id")
    tasks = [
        t
        for t in call.state.tasks.values()
        if (status is None or t["status"] == status)
        and (not chat_ids or t["chat_id"] in chat_ids)
        and (not performers or set(performers) & set(t["performer_ids"]))
        and (author is None or t["user_id"] == author)
    ]
    return list_page(call.request, tasks)


@routes("create_task")
def create_task(call: Call) -> Reply:
    body = call.entity("task", TaskCreateRequest)
    if body.get("chat_id") is not None:
        call.state.chat(body["chat_id"])
    task: JSON = {
        "id": call.state.next_id(),
        "kind": body["kind"],
        "content": body.get("content") or str(body["kind"]).capitalize(),
        "due_at": None,
        "priority": 1,
        "user_id": call.actor,
        "chat_id": body.get("chat_id"),
        "status": "undone",
        "created_at": call.now(),
        "performer_ids": [call.actor],
        "all_day": False,
        "custom_properties": [],
    }
    _task_fields(call, task, {k: v for k, v in body.items() if k != "chat_id"})
    task["all_day"] = bool(task["all_day"])
    call.state.tasks[task["id"]] = task
    return Reply.json({"data": task}, status=201)


@routes("get_task")
def get_task(call: Call) -> JSON:
    return {"data": call.state.task(call.id())}


@routes("update_task")
def update_task(call: Call) -> JSON:
    task = call.state.task(call.id())
    _task_fields(call, task, call.entity("task", TaskUpdateRequest))
    return {"data": task}


@routes("delete_task")
def delete_task(call: Call) -> None:
    del call.state.tasks[call.state.task(call.id())["id"]]


# --- search --------------------------------------------------------------------------------------------


def _created_between(call: Call, items: list[JSON]) -> list[JSON]:
    return call.within(items, "created_at", "created_from", "created_to")


def _search_audit(call: Call, kind: str, filters: JSON) -> None:
    details = {
        "search_type": kind,
        "query_present": bool(call.query("query")),
        "cursor_present": bool(call.query("cursor")),
        "limit": call.int_query("limit") or 0,
        "filters": filters,
    }
    call.workspace.audit(f"search_{kind}_api", "Search", 0, details, actor=call.actor)


def _ordered(call: Call, items: list[JSON]) -> list[JSON]:
    order = call.choice("order", SortOrder, "desc")
    return sorted(items, key=lambda i: (i["created_at"], i["id"]), reverse=order != "asc")


@routes("search_messages")
def search_messages(call: Call) -> JSON:
    chat_ids, user_ids = set(call.int_queries("chat_ids")), set(call.int_queries("user_ids"))
    call.choice("sort", MessageSearchSort)
    messages = [
        m
        for m in call.state.messages.values()
        if m["deleted_at"] is None
        and (not chat_ids or m["chat_id"] in chat_ids)
        and (not user_ids or m["user_id"] in user_ids)
        and visible(call, call.state.chat(m["chat_id"]))
    ]
    found = _ordered(call, _created_between(call, matching(messages, call.query("query"), "content")))
    page = search_page(call.request, found, 200)
    _search_audit(call, "messages", {"chat_ids": sorted(chat_ids), "user_ids": sorted(user_ids)})
    return page


@routes("search_chats")
def search_chats(call: Call) -> JSON:
    subtype = call.choice("chat_subtype", ChatSubtype)
    personal, active = call.bool_query("personal"), call.bool_query("active")
    thread_chats = {t["chat_id"] for t in call.state.threads.values()}
    chats = [
        c
        for c in call.state.chats.values()
        if visible(call, c)
        and (personal is None or c["personal"] == personal)
        and (active is None or c["archived"] != active)
        and (subtype is None or (c["id"] in thread_chats) == (subtype == "thread"))
    ]
    found = _ordered(call, _created_between(call, matching(chats, call.query("query"), "name")))
    page = search_page(call.request, found, 100)
    _search_audit(call, "chats", {})
    return page


@routes("search_users")
def search_users(call: Call) -> JSON:
    roles = set(call.queries("company_roles"))
    if roles - {role.value for role in UserRole}:
        raise api_error(400, "company_roles", "inclusion", "company_roles is not included in the list", sorted(roles))
    users = [u for u in people(call) if not roles or u["role"] in roles]
    found = _created_between(call, matching(users, call.query("query"), "first_name", "last_name", "nickname"))
    sort = call.choice("sort", SearchSortOrder, "by_score")
    call.choice("order", SortOrder, "desc")  # checked whatever the sort: a bad value is a 400 either way
    if sort == "alphabetical":
        found.sort(key=lambda u: (str(u["first_name"] or ""), str(u["last_name"] or "")))
    elif sort == "creation":
        found = _ordered(call, found)
    page = search_page(call.request, found, 200)
    _search_audit(call, "users", {"company_roles": sorted(roles)})
    return page
