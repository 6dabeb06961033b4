"""Helpers the route modules share: avatars on the storage host."""

from __future__ import annotations

from .._core import api_error, looks_like_image, multipart
from .._router import Call


def stored_image(call: Call, kind: str, entity_id: int) -> str:
    """Keep the `image` part of an avatar upload on the storage host; returns its URL.

    A missing or non-image part is a 422: the one refusal the avatar operations document (no 400).
    """
    parts = {part.name: part for part in multipart(call.request.body, call.request.headers.get("content-type"))}
    image = parts.get("image")
    if image is None or not image.data:
        raise api_error(422, "image", "blank", "image can't be blank")
    if not looks_like_image(image.data):
        raise api_error(422, "image", "invalid", "image must be a PNG, JPEG, GIF, WebP or BMP picture")
    name = image.filename or "avatar"
    path = f"/avatars/{kind}/{entity_id}/{call.state.next_id()}/{name}"
    call.state.blobs[path] = (image.data, image.content_type or "application/octet-stream", name)
    return call.workspace.storage.url + path
