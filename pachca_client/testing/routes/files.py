"""Uploads (the presigned form and the storage host behind it), file downloads, and chat exports."""

from __future__ import annotations

import base64
import math
import re
from typing import TYPE_CHECKING
from urllib.parse import quote

from ...generated.models.export_request import ExportRequest
from ...generated.models.file_target import FileTarget
from .._core import JSON, api_error, multipart, named_in_body, not_found, parse_date
from .._router import Call, RouteTable
from .._server import ReceivedRequest, Reply
from .._state import new_secret

if TYPE_CHECKING:
    from .._state import State

routes = RouteTable()


@routes("get_upload_params")
def get_upload_params(call: Call) -> Reply:
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
        "direct_url": call.workspace.storage.url + "/upload",
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


def storage(state: State, request: ReceivedRequest) -> Reply:
    """The storage host: the presigned upload form (`POST /upload`), and the files, avatars and exports it serves
    (the caller holds the fake's lock)."""
    if request.method == "POST" and request.path == "/upload":
        return _upload(state, request)
    if request.method not in ("GET", "HEAD"):
        return Reply(status=405)
    blob = state.blobs.get(request.path)
    if blob is not None:
        data, content_type, name = blob
        return _attachment(data, name, content_type)
    upload = state.uploads.get(request.path.lstrip("/"))
    if upload is not None and "data" in upload:
        return _attachment(upload["data"], upload["name"])
    return _xml_error(404, "NoSuchKey", "The specified key does not exist.")


def _upload(state: State, request: ReceivedRequest) -> Reply:
    parts = multipart(request.body, request.headers.get("content-type"))
    names = [part.name for part in parts]
    fields = {part.name: part for part in parts}
    file = fields.get("file")
    if "key" not in fields or file is None or names[-1] != "file" or file.filename is None:
        return _xml_error(400, "InvalidArgument", "key and a last file part are required")
    template = fields["key"].text
    pending = state.uploads.get(template)
    if pending is None or not pending.get("pending"):
        return _xml_error(403, "AccessDenied", "Request has expired")
    key = template.replace("${filename}", file.filename)
    state.uploads[key] = {
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
    since = [call.workspace.clock.elapsed() - e["requested_at"] for e in call.state.exports.values()]
    if since and min(since) < call.workspace.export_interval:  # one export per workspace per interval, by the clock
        wait = math.ceil(call.workspace.export_interval - min(since))
        raise api_error(
            422, "export", "rate_limit", f"one export every {call.workspace.export_interval:g} s: {wait} s to go"
        )
    export: JSON = {
        "id": call.state.next_id(),
        "start_at": start,
        "end_at": end,
        "chat_ids": chat_ids,
        "skip_chats_file": bool(body.get("skip_chats_file", False)),
        "webhook_url": webhook_url,
        "requested_by": call.actor,
        "requested_at": call.workspace.clock.elapsed(),
        "ready_at": call.workspace.clock.elapsed() + call.workspace.export_ready_after,
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
    location = f"{call.workspace.storage.url}/exports/{export['id']}/{export['secret']}/export-{export['id']}.zip"
    return Reply(status=302, headers={"Location": location})
