"""Chat exports: the archive Pachca builds, and the notice when it is ready."""

from __future__ import annotations

import datetime
import io
import json
import re
import zipfile
from typing import TYPE_CHECKING

from .._core import JSON

if TYPE_CHECKING:
    from .workspace import Workspace


def finish_export(fake: Workspace, export: JSON) -> None:
    """Build the archive (as of now) and tell the export's `webhook_url`."""
    data = build_archive(fake, export)
    path = f"/exports/{export['id']}/{export['secret']}/export-{export['id']}.zip"
    fake.state.blobs[path] = (data, "application/zip", f"export-{export['id']}.zip")
    export["ready"] = True
    if export["webhook_url"]:
        notice = {"type": "export", "event": "ready", "export_id": export["id"], "created_at": fake.clock.iso()}
        fake.events.notify(export["webhook_url"], notice)


def _day(timestamp: str) -> datetime.date:
    return datetime.datetime.fromisoformat(timestamp.replace("Z", "+00:00")).date()


def build_archive(fake: Workspace, export: JSON) -> bytes:
    """A zip like Pachca's: `chats.json`, then `<Chat name>_<id>/<YYYY-MM-DD>.json` with the day's messages."""
    state = fake.state
    thread_chats = {t["chat_id"]: t for t in state.threads.values()}
    wanted = export["chat_ids"]
    chats = [
        c
        for c in state.chats.values()
        if (wanted is None or c["id"] in wanted)
        and not (
            c["id"] in thread_chats
            and state.chats.get(thread_chats[c["id"]]["message_chat_id"] or 0, {}).get("personal")
        )
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if not export["skip_chats_file"]:
            listing = [
                {
                    "id": c["id"],
                    "personal": c["personal"],
                    "name": c["name"],
                    "owner_id": c["owner_id"],
                    "members": [
                        {"id": m, "role": "owner" if m == c["owner_id"] else state.roles.get((c["id"], m), "member")}
                        for m in c["member_ids"]
                    ],
                    "created_at": c["created_at"],
                    "updated_at": c["last_message_at"],
                }
                for c in chats
            ]
            archive.writestr("chats.json", json.dumps(listing, ensure_ascii=False, indent=2))
        for chat in chats:
            days: dict[datetime.date, list[JSON]] = {}
            for message in sorted(state.messages.values(), key=lambda m: m["id"]):
                day = _day(message["created_at"])
                if message["chat_id"] != chat["id"] or not export["start_at"] <= day <= export["end_at"]:
                    continue
                days.setdefault(day, []).append(_archived_message(fake, chat, message, thread_chats))
            folder = re.sub(r"[\\/:*?\"<>|]", "_", chat["name"] or "personal") + f"_{chat['id']}"
            for day, records in sorted(days.items()):
                archive.writestr(f"{folder}/{day.isoformat()}.json", json.dumps(records, ensure_ascii=False, indent=2))
    return buffer.getvalue()


def _archived_message(fake: Workspace, chat: JSON, message: JSON, thread_chats: dict[int, JSON]) -> JSON:
    state = fake.state
    author = state.users.get(message["user_id"], {})
    thread = message.get("thread")
    own_thread = thread_chats.get(chat["id"])
    return {
        "id": message["id"],
        "created_at": message["created_at"],
        "deleted_at": message["deleted_at"],
        "content": None if chat["personal"] else message["content"],
        "thread_id": own_thread["id"] if own_thread else None,
        "reactions": [
            {"user_id": r["user_id"], "created_at": r["created_at"], "code": r["code"]}
            for r in state.reactions.get(message["id"], [])
        ],
        "user": {
            "id": message["user_id"],
            "role": "bot" if author.get("bot") else "member",
            "name": author.get("first_name"),
            "last_name": author.get("last_name"),
            "email": author.get("email"),
            "tags": author.get("list_tags", []),
        },
        "chat": {
            "id": chat["id"],
            "name": chat["name"],
            "personal": chat["personal"],
            "owner": chat["owner_id"],
            "tags": [state.tags[t]["name"] for t in chat["group_tag_ids"] if t in state.tags],
        },
        "thread": (
            {"id": thread["id"], "message_id": message["id"], "message_chat_id": str(message["chat_id"])}
            if thread
            else None
        ),
    }
