"""Uploads (the presigned form and the storage host behind it), file downloads, and chat exports."""

from __future__ import annotations

import base64
import datetime
import io
import json
import math
import re
import zipfile
from typing import TYPE_CHECKING
from urllib.parse import quote

from ...generated.models.export_request import ExportRequest
from ...generated.models.file_target import FileTarget
from .._core import JSON, api_error, multipart, named_in_body, not_found, parse_date
from .._router import Call, RouteTable
from .._server import ReceivedRequest, Reply
from .._state import new_secret

if TYPE_CHECKING:
    from ..fake import FakePachca

routes = RouteTable()


@routes("get_upload_params")
def upload_params(call: Call) -> Reply:
    key = f"attaches/files/{call.state.next_id()}/${{filename}}"
    call.state.uploads[key] = {"key": key, "pending": True}
    params = {
        "Content-Disposition": "attachment",
        "acl": "private",
        "policy": base64.b64encode(b'{"expiration":"2099-01-01T00:00:00Z"}').decode(),
        "x-amz-credential": "FAKEKEY/20260101/ru-central1/s3/aws4_request",
        "x-amz-algorithm": "AWS4-HMAC-SHA256",
        "x-amz-date": "20260101T000000Z",
        "x-amz-signature": "fake-signature",
        "key": key,
        "bucket": None,
        "direct_url": call.fake.storage.url + "/upload",
    }
    return Reply.json(params, status=201)


def _attachment(data: bytes, name: str, content_type: str = "application/octet-stream") -> Reply:
    disposition = f"attachment; filename*=UTF-8''{quote(name)}"
    return Reply(status=200, body=data, headers={"Content-Type": content_type, "Content-Disposition": disposition})


@routes("download_file")
def download_file(call: Call) -> Reply:
    call.choice("target", FileTarget)
    record = call.state.files.get(call.id())
    upload = call.state.uploads.get(record["key"]) if record else None
    if record is None or upload is None or "data" not in upload:
        raise not_found("file", call.params["id"])
    return _attachment(upload["data"], record["name"])


def _xml_error(status: int, code: str, message: str) -> Reply:
    body = f"<Error><Code>{code}</Code><Message>{message}</Message></Error>".encode()
    return Reply(status=status, body=body, headers={"Content-Type": "application/xml"})


def storage(fake: FakePachca, request: ReceivedRequest) -> Reply:
    """The storage host: the presigned upload form (`POST /upload`), and the files, avatars and exports it serves."""
    if "authorization" in request.headers:
        fake.storage_saw_token = True
    if request.method == "POST" and request.path == "/upload":
        return _upload(fake, request)
    if request.method not in ("GET", "HEAD"):
        return Reply(status=405)
    with fake._lock:
        path = request.path
        blob = fake.state.blobs.get(path)
        if blob is not None:
            data, content_type, name = blob
            return _attachment(data, name, content_type)
        upload = fake.state.uploads.get(path.lstrip("/"))
        if upload is not None and "data" in upload:
            return _attachment(upload["data"], upload["name"])
    return _xml_error(404, "NoSuchKey", "The specified key does not exist.")


def _upload(fake: FakePachca, request: ReceivedRequest) -> Reply:
    parts = multipart(request.body, request.headers.get("content-type"))
    names = [part.name for part in parts]
    fields = {part.name: part for part in parts}
    file = fields.get("file")
    if "key" not in fields or file is None or names[-1] != "file" or file.filename is None:
        return _xml_error(400, "InvalidArgument", "key and a last file part are required")
    template = fields["key"].text
    with fake._lock:
        pending = fake.state.uploads.get(template)
        if pending is None or not pending.get("pending"):
            return _xml_error(403, "AccessDenied", "Request has expired")
        key = template.replace("${filename}", file.filename)
        fake.state.uploads[key] = {
            "key": key,
            "name": file.filename,
            "size": request.body_size,
            "fields": names,
            "data": file.data,
            "content_type": file.content_type,
        }
    return Reply(status=204)


# --- exports -------------------------------------------------------------------------------------------


@routes("request_export")
def request_export(call: Call) -> Reply | None:
    body = call.body(ExportRequest)
    start, end = parse_date(body.get("start_at"), "start_at"), parse_date(body.get("end_at"), "end_at")
    chat_ids = body.get("chat_ids")
    if end < start:
        raise api_error(422, "end_at", "invalid_date_range", "end_at is before start_at", body.get("end_at"))
    limit = 366 if chat_ids else 45
    if (end - start).days + 1 > limit:
        raise api_error(
            422, "end_at", "invalid_date_range", f"an export spans at most {limit} days", body.get("end_at")
        )
    if chat_ids is not None:
        if not isinstance(chat_ids, list) or len(chat_ids) > 50:
            raise api_error(422, "chat_ids", "too_long", "at most 50 chats", chat_ids)
        for chat_id in chat_ids:
            with named_in_body("chat_ids"):
                call.state.chat(chat_id)
    webhook_url = body.get("webhook_url")
    if webhook_url is not None and not re.match(r"https?://", str(webhook_url)):
        raise api_error(422, "webhook_url", "invalid_webhook_url", "webhook_url is not an http(s) URL", webhook_url)
    if any(not e["ready"] for e in call.state.exports.values()):
        raise api_error(422, "chat_ids", "already_exists", "an export is already being prepared")
    since = [call.fake.clock.elapsed() - e["requested_at"] for e in call.state.exports.values()]
    if since and min(since) < call.fake.export_interval:  # one export per workspace per interval, by the clock
        wait = math.ceil(call.fake.export_interval - min(since))
        raise api_error(
            422, "export", "rate_limit", f"one export every {call.fake.export_interval:g} s: {wait} s to go"
        )
    export: JSON = {
        "id": call.state.next_id(),
        "start_at": start,
        "end_at": end,
        "chat_ids": chat_ids,
        "skip_chats_file": bool(body.get("skip_chats_file", False)),
        "webhook_url": webhook_url,
        "requested_by": call.actor,
        "requested_at": call.fake.clock.elapsed(),
        "ready_at": call.fake.clock.elapsed() + call.fake.export_ready_after,
        "ready": False,
        "secret": new_secret("", 12),
        "archive": None,
    }
    call.state.exports[export["id"]] = export
    if "return=representation" in (call.request.headers.get("prefer") or ""):
        return Reply.json({"data": {"id": export["id"]}}, status=202)
    return None


@routes("download_export")
def download_export(call: Call) -> Reply:
    export = call.state.exports.get(call.id())
    if export is None:
        raise not_found("export", call.params["id"])
    if not export["ready"]:
        raise api_error(404, "id", "export_file_not_found", "the export is not ready yet", export["id"])
    location = f"{call.fake.storage.url}/exports/{export['id']}/{export['secret']}/export-{export['id']}.zip"
    return Reply(status=302, headers={"Location": location})


def finish_export(fake: FakePachca, export: JSON) -> None:
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


def build_archive(fake: FakePachca, export: JSON) -> bytes:
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


def _archived_message(fake: FakePachca, chat: JSON, message: JSON, thread_chats: dict[int, JSON]) -> JSON:
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
