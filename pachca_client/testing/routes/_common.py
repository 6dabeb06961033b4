"""Helpers the route modules share: avatars on the storage host, audit records, field checks."""

from __future__ import annotations

from typing import Any

from .._core import JSON, api_error, looks_like_image, multipart
from .._router import Call


def stored_image(call: Call, kind: str, entity_id: int) -> str:
    """Keep the `image` part of an avatar upload on the storage host; returns its URL (422 if not an image)."""
    parts = {part.name: part for part in multipart(call.request.body, call.request.headers.get("content-type"))}
    image = parts.get("image")
    if image is None or not image.data:
        raise api_error(400, "image", "blank", "image can't be blank")
    if not looks_like_image(image.data):
        raise api_error(422, "image", "invalid", "image must be a PNG, JPEG, GIF, WebP or BMP picture")
    name = image.filename or "avatar"
    path = f"/avatars/{kind}/{entity_id}/{call.state.next_id()}/{name}"
    call.state.blobs[path] = (image.data, image.content_type or "application/octet-stream", name)
    return call.fake.storage.url + path


def text_field(body: JSON, key: str, *, maximum: int = 255, required: bool = False, status: int = 422) -> Any:
    value = body.get(key)
    if value is None:
        if required:
            raise api_error(status, key, "blank", f"{key} can't be blank")
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise api_error(status, key, "blank" if isinstance(value, str) else "invalid", f"{key} is invalid", value)
    if len(value) > maximum:
        raise api_error(422, key, "too_long", f"{key} is too long (at most {maximum})", value)
    return value


def int_list(body: JSON, key: str) -> list[int]:
    value = body.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise api_error(400, key, "invalid", f"{key} must be a list of integers", value)
    return list(value)
