"""Drafts (scheduled ones are sent when the fake's clock reaches them) and forms (views)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...generated.models.draft_create_request import DraftCreateRequest
from ...generated.models.draft_type import DraftType
from ...generated.models.draft_update_request import DraftUpdateRequest
from ...generated.models.message_entity_type import MessageEntityType
from ...generated.models.open_view_request import OpenViewRequest
from ...generated.models.submit_view_response_request import SubmitViewResponseRequest
from ...webhooks import form_errors
from .._core import JSON, api_error, iso, list_page, not_found, parse_time
from .._domain.drafts import public_draft
from .._domain.messages import attached, target_chat
from .._router import Call, RouteTable
from .._server import Reply
from .._state import new_secret

if TYPE_CHECKING:
    pass

routes = RouteTable()

TRIGGER_LIFETIME = 3.0
SUBMIT_LIFETIME = 5.0


# --- drafts ----------------------------------------------------------------------------------------------


def _schedule(call: Call, value: Any) -> JSON | None:
    """A schedule of a draft body already checked against its request model."""
    if value is None:
        return None
    start = parse_time(value["start_date"], "schedule.start_date")
    end = parse_time(value["end_date"], "schedule.end_date") if value.get("end_date") else None
    repetition = value["repetition"]
    days = repetition.get("days") or []
    if not all(1 <= d <= 7 for d in days):
        raise api_error(422, "schedule", "schedule_invalid", "repetition.days are weekdays 1 (Monday) to 7", days)
    nth_day = repetition.get("nth_day")
    if start <= call.workspace.clock.now():
        raise api_error(
            422, "schedule", "next_send_at_invalid", "start_date must be in the future", value.get("start_date")
        )
    if end is not None and end < start:
        raise api_error(
            422, "schedule", "schedule_end_date_invalid", "end_date is before start_date", value["end_date"]
        )
    rule: JSON = {"interval": repetition["interval"], "days": sorted(set(days)), "nth_day": nth_day}
    return {"start_date": iso(start), "end_date": iso(end) if end else None, "repetition": rule}


def _files(call: Call, value: Any) -> tuple[list[JSON], list[JSON]]:
    if value is None:
        return [], []
    return [attached(call.workspace, f) for f in value], list(value)


def _owned(call: Call) -> JSON:
    draft = call.state.draft(call.id())
    if draft["_owner"] != call.actor:
        raise not_found("draft", draft["id"])
    return draft


@routes("list_drafts")
def list_drafts(call: Call) -> JSON:
    kind = call.choice("type", DraftType, "regular")
    entity_type = call.choice("entity_type", MessageEntityType)
    entity_id = call.int_query("entity_id")
    drafts = [
        public_draft(d)
        for d in sorted(call.state.drafts.values(), key=lambda d: d["id"], reverse=True)
        if d["_owner"] == call.actor
        and (kind == "all" or (d["schedule"] is not None) == (kind == "scheduled"))
        and (entity_type is None or d["entity_type"] == entity_type)
        and (entity_id is None or d["entity_id"] == entity_id)
    ]
    return list_page(call.request, drafts)


@routes("create_draft")
def create_draft(call: Call) -> Reply:
    body = call.entity("draft", DraftCreateRequest)
    entity_type = body["entity_type"]
    chat = target_chat(call.workspace, call.actor, entity_type, body["entity_id"])
    schedule = _schedule(call, body.get("schedule"))
    content = body.get("content") or ""
    files, requested = _files(call, body.get("files"))
    if schedule is not None and not content.strip() and not files:
        raise api_error(422, "content", "blank", "a scheduled message needs content or files", content)
    parent = body.get("parent_message_id")
    if parent is not None and (parent not in call.state.messages):
        raise not_found("message", parent)
    existing = next(
        (
            d
            for d in call.state.drafts.values()
            if schedule is None
            and d["_owner"] == call.actor
            and d["schedule"] is None
            and (d["entity_type"], d["entity_id"], d["parent_message_id"]) == (entity_type, body["entity_id"], parent)
        ),
        None,
    )
    if existing is not None:  # the one already there is named, so a client can edit it instead
        raise api_error(
            409,
            "entity_id",
            "already_exists",
            "a draft for this chat already exists",
            body["entity_id"],
            {"draft_id": existing["id"]},
        )
    if schedule is not None and sum(1 for d in call.state.drafts.values() if d["schedule"]) >= 100:
        raise api_error(422, "schedule", "scheduled_messages_limit", "too many scheduled messages")
    now = call.now()
    draft: JSON = {
        "id": call.state.next_id(),
        "entity_type": entity_type,
        "entity_id": body["entity_id"],
        "chat_id": chat["id"],
        "content": content,
        "parent_message_id": parent,
        "files": files,
        "voice_content": None,
        "schedule": schedule,
        "next_send_at": schedule["start_date"] if schedule else None,
        "created_at": now,
        "updated_at": now,
        "_owner": call.actor,
        "_files": requested,
    }
    call.state.drafts[draft["id"]] = draft
    return Reply.json({"data": public_draft(draft)}, status=201)


@routes("get_draft")
def get_draft(call: Call) -> JSON:
    return {"data": public_draft(_owned(call))}


@routes("update_draft")
def update_draft(call: Call) -> JSON:
    draft = _owned(call)
    body = call.entity("draft", DraftUpdateRequest)
    if "schedule" in body:
        schedule = _schedule(call, body["schedule"])
        if (schedule is None) != (draft["schedule"] is None):
            raise api_error(
                422, "schedule", "draft_type_change_forbidden", "a draft cannot switch between regular and scheduled"
            )
        draft["schedule"] = schedule
        draft["next_send_at"] = schedule["start_date"] if schedule else None
    if "content" in body:
        draft["content"] = body["content"]
    if "files" in body:
        draft["files"], draft["_files"] = _files(call, body["files"])
    if "parent_message_id" in body:
        parent = body["parent_message_id"]
        if parent is not None and parent not in call.state.messages:
            raise not_found("message", parent)
        draft["parent_message_id"] = parent
    draft["updated_at"] = call.now()
    return {"data": public_draft(draft)}


@routes("delete_draft")
def delete_draft(call: Call) -> None:
    del call.state.drafts[_owned(call)["id"]]


# --- views (forms) ---------------------------------------------------------------------------------------

INPUT_BLOCKS = ("input", "select", "radio", "checkbox", "date", "time", "file_input")


def _check_view(body: JSON) -> JSON:
    """The view of an `OpenViewRequest` body already checked against its model: no blank title or names."""
    if not body["trigger_id"]:
        raise api_error(400, "trigger_id", "blank", "trigger_id can't be blank")
    view: JSON = body["view"]
    title = view["title"]
    if not title.strip():
        raise api_error(422, "view.title", "blank", "title can't be blank", title)
    names = []
    for block in view["blocks"]:
        kind = block["type"]
        if kind in INPUT_BLOCKS:
            if not block.get("name") or not block.get("label"):
                raise api_error(
                    422, "view.blocks", "blank", f"a {kind} block needs a name and a label", block.get("name")
                )
            names.append(block["name"])
    if len(names) != len(set(names)):
        raise api_error(422, "view.blocks", "taken", "block names must be unique")
    return view


@routes("open_view")
def open_view(call: Call) -> Reply:
    body = call.body(OpenViewRequest)
    view = _check_view(body)
    trigger = call.state.triggers.get(body["trigger_id"])
    bot = call.bot
    if trigger is None or bot is None or trigger["bot_id"] != bot.id or trigger["used"]:
        raise api_error(
            410, "trigger_id", "trigger_not_found", "trigger_id is unknown or already used", body["trigger_id"]
        )
    if call.workspace.clock.elapsed() - trigger["at"] > TRIGGER_LIFETIME:
        raise api_error(
            410, "trigger_id", "trigger_expired", "trigger_id expired (it lives 3 seconds)", body["trigger_id"]
        )
    trigger["used"] = True
    view_id = new_secret("view_", 12)
    call.state.views[view_id] = {
        "view_id": view_id,
        "bot_id": bot.id,
        "user_id": trigger["user_id"],
        "chat_id": trigger["chat_id"],
        "trigger_id": trigger["trigger_id"],
        "callback_id": body.get("callback_id"),
        "private_metadata": body.get("private_metadata"),
        "view": view,
        "opened_at": call.workspace.clock.elapsed(),
        "status": "open",
        "errors": {},
        "submissions": [],
    }
    return Reply(status=201)


def answer_submission(view: JSON, submission: JSON, errors: dict[str, str] | None) -> None:
    submission["answered"] = True
    submission["errors"] = dict(errors or {})
    view["errors"] = dict(errors or {})
    view["status"] = "open" if errors else "closed"


@routes("submit_view_response")
def submit_view_response(call: Call) -> JSON:
    view = call.state.views.get(call.params["view_id"])
    if view is None or call.bot is None or view["bot_id"] != call.bot.id:
        raise api_error(404, "view_id", "view_not_found", "no such view", call.params["view_id"])
    body = call.body(SubmitViewResponseRequest)
    submit_id = body["submit_id"]
    if not submit_id:
        raise api_error(400, "submit_id", "blank", "submit_id can't be blank")
    submission = next((s for s in view["submissions"] if s["submit_id"] == submit_id), None)
    if submission is None:
        raise api_error(404, "submit_id", "view_not_found", "no such submission", submit_id)
    if submission["answered"] or call.workspace.clock.elapsed() - submission["at"] > SUBMIT_LIFETIME:
        raise api_error(410, "submit_id", "submit_expired", "the submission was answered or expired", submit_id)
    errors = body.get("errors")
    if errors is not None:
        try:
            form_errors(errors)  # what a bot may answer: the same rules as for a webhook's answer
        except (TypeError, ValueError) as error:
            raise api_error(422, "errors", "invalid", str(error), errors) from None
    answer_submission(view, submission, errors)
    return {"success": True}
