"""Validating reference parsers for the message pages: msgspec and pydantic v2 (bench venv only).

The same schema as openapi.yaml's `Message` (and what it contains) and the two page envelopes, written
out once below as plain annotated shapes and built for each library, so that its own validation (types,
required fields, nullables, date-times) can be timed against pachca_client's generated `from_dict`.
Enums are plain strings here, as the client keeps values it does not know; unknown keys are allowed,
as the client keeps them. Importing this module needs msgspec and pydantic; bench/run.py skips these
rows without them.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import msgspec
import pydantic

# --- the schema, once: annotations name other shapes; a class attribute is the default of an optional key


class File:
    id: int
    key: str
    name: str
    file_type: str
    url: str
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None


class Button:
    text: str
    url: str | None = None
    data: str | None = None


class VoiceContent:
    duration_ms: int
    waveform: str
    transcript: str | None


class Thread:
    id: int
    chat_id: int


class Forwarding:
    original_message_id: int
    original_chat_id: int
    author_id: int
    original_created_at: datetime.datetime
    original_thread_id: int | None
    original_thread_message_id: int | None
    original_thread_parent_chat_id: int | None


class Message:
    id: int
    entity_type: str
    entity_id: int
    chat_id: int
    root_chat_id: int
    content: str
    user_id: int
    created_at: datetime.datetime
    url: str
    files: list[File]
    voice_content: VoiceContent | None
    buttons: list[list[Button]] | None
    thread: Thread | None
    forwarding: Forwarding | None
    parent_message_id: int | None
    changed_at: datetime.datetime | None
    deleted_at: datetime.datetime | None
    display_avatar_url: str | None = None
    display_name: str | None = None


class SearchPaginate:
    next_page: str


class SearchMeta:
    total: int
    paginate: SearchPaginate


class SearchPage:
    data: list[Message]
    meta: SearchMeta


class Paginate:
    next_page: str
    prev_page: str | None = None
    has_next: bool | None = None
    has_prev: bool | None = None


class Meta:
    paginate: Paginate


class MessagesPage:
    data: list[Message]
    meta: Meta


SHAPES = [File, Button, VoiceContent, Thread, Forwarding, Message, SearchPaginate, SearchMeta, SearchPage,
          Paginate, Meta, MessagesPage]  # fmt: skip
REQUIRED = object()

Field = tuple[str, Any, Any]  # name, annotation (with the library's own classes), default or REQUIRED


def build(make: Callable[[str, list[Field]], Any]) -> dict[str, Any]:
    """Every shape made into a library's class by `make(name, fields)`, in order (a shape names earlier ones)."""
    built: dict[str, Any] = {}
    for shape in SHAPES:
        fields = [
            (name, eval(text, {"datetime": datetime}, built), vars(shape).get(name, REQUIRED))
            for name, text in shape.__annotations__.items()
        ]
        built[shape.__name__] = make(shape.__name__, fields)
    return built


def msgspec_struct(name: str, fields: list[Field]) -> Any:
    return msgspec.defstruct(
        f"Ms{name}", [(n, t) if default is REQUIRED else (n, t, default) for n, t, default in fields]
    )


def pydantic_model(name: str, fields: list[Field]) -> Any:
    """Strict types, as pachca_client checks them, except that a date-time comes as text."""

    def field(annotation: Any, default: Any) -> tuple[Any, Any]:
        strict = "datetime" not in str(annotation)
        return annotation, pydantic.Field(... if default is REQUIRED else default, strict=strict)

    config = pydantic.ConfigDict(strict=True, extra="allow")
    specs: dict[str, Any] = {n: field(t, default) for n, t, default in fields}
    return pydantic.create_model(f"Pd{name}", __config__=config, **specs)


MSGSPEC = build(msgspec_struct)
PYDANTIC = build(pydantic_model)
PAGES: dict[str, tuple[Any, Any]] = {
    "search": (MSGSPEC["SearchPage"], PYDANTIC["SearchPage"]),
    "messages": (MSGSPEC["MessagesPage"], PYDANTIC["MessagesPage"]),
}
