"""Scheduled drafts: when the next one is due, and sending what the clock has reached."""

from __future__ import annotations

import calendar
import datetime
from typing import TYPE_CHECKING

from .._core import JSON, ApiFailure, iso, parse_time
from .messages import create_message

if TYPE_CHECKING:
    from .workspace import Workspace


MONTHS = {
    "monthly": 1,
    "every_2_months": 2,
    "every_3_months": 3,
    "every_4_months": 4,
    "every_6_months": 6,
    "yearly": 12,
}


def public_draft(draft: JSON) -> JSON:
    return {k: v for k, v in draft.items() if not k.startswith("_")}


def _add_months(moment: datetime.datetime, months: int) -> datetime.datetime:
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def next_occurrence(moment: datetime.datetime, rule: JSON) -> datetime.datetime | None:
    interval = rule["interval"]
    if interval == "once":
        return None
    if interval == "daily":
        return moment + datetime.timedelta(days=1)
    if interval == "weekly":
        days = rule.get("days") or []
        if not days:
            return moment + datetime.timedelta(days=7)
        for step in range(1, 8):
            candidate = moment + datetime.timedelta(days=step)
            if candidate.isoweekday() in days:
                return candidate
    return _add_months(moment, MONTHS.get(interval, 1))


def send_due_drafts(fake: Workspace) -> None:
    """Send every scheduled draft the fake's clock has reached (each missed repetition once)."""
    now = fake.clock.now()
    for draft in sorted(fake.state.drafts.values(), key=lambda d: d["next_send_at"] or ""):
        for _ in range(1000):
            if draft["next_send_at"] is None or parse_time(draft["next_send_at"], "") > now:
                break
            body = {
                "entity_type": draft["entity_type"],
                "entity_id": draft["entity_id"],
                "content": draft["content"],
                "parent_message_id": draft["parent_message_id"],
                "files": draft["_files"],
            }
            try:
                message = create_message(fake, draft["_owner"], body)
            except ApiFailure as failure:
                fake.draft_failures.append(
                    {"draft": public_draft(draft), "status": failure.status, "error": failure.body}
                )
                fake.state.drafts.pop(draft["id"], None)
                break
            fake.sent_drafts.append({"draft_id": draft["id"], "message_id": message["id"]})
            schedule = draft["schedule"]
            following = next_occurrence(parse_time(draft["next_send_at"], ""), schedule["repetition"])
            end = parse_time(schedule["end_date"], "") if schedule["end_date"] else None
            if following is None or (end is not None and following > end):
                fake.state.drafts.pop(draft["id"], None)
                break
            draft["next_send_at"] = iso(following)
