"""Validating reference parsers for the message pages: msgspec and pydantic v2 (bench venv only).

The same schema as openapi.yaml's `Message` (and what it contains) and the two page envelopes, written
out for each library so that its own validation (types, required fields, nullables, date-times)
can be timed against pachca_client's generated `from_dict`. Enums are plain strings here, as the
client keeps values it does not know. Importing this module needs msgspec and pydantic; bench/run.py
skips these rows without them.
"""

from __future__ import annotations

import datetime
from typing import Any

import msgspec
import pydantic

# --- msgspec ---------------------------------------------------------------------------------------------


class MsFile(msgspec.Struct, forbid_unknown_fields=False):
    id: int
    key: str
    name: str
    file_type: str
    url: str
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None


class MsButton(msgspec.Struct):
    text: str
    url: str | None = None
    data: str | None = None


class MsVoiceContent(msgspec.Struct):
    duration_ms: int
    waveform: str
    transcript: str | None


class MsThread(msgspec.Struct):
    id: int
    chat_id: int


class MsForwarding(msgspec.Struct):
    original_message_id: int
    original_chat_id: int
    author_id: int
    original_created_at: datetime.datetime
    original_thread_id: int | None
    original_thread_message_id: int | None
    original_thread_parent_chat_id: int | None


class MsMessage(msgspec.Struct):
    id: int
    entity_type: str
    entity_id: int
    chat_id: int
    root_chat_id: int
    content: str
    user_id: int
    created_at: datetime.datetime
    url: str
    files: list[MsFile]
    voice_content: MsVoiceContent | None
    buttons: list[list[MsButton]] | None
    thread: MsThread | None
    forwarding: MsForwarding | None
    parent_message_id: int | None
    changed_at: datetime.datetime | None
    deleted_at: datetime.datetime | None
    display_avatar_url: str | None = None
    display_name: str | None = None


class MsSearchPaginate(msgspec.Struct):
    next_page: str


class MsSearchMeta(msgspec.Struct):
    total: int
    paginate: MsSearchPaginate


class MsSearchPage(msgspec.Struct):
    data: list[MsMessage]
    meta: MsSearchMeta


class MsPaginate(msgspec.Struct):
    next_page: str
    prev_page: str | None = None
    has_next: bool | None = None
    has_prev: bool | None = None


class MsMeta(msgspec.Struct):
    paginate: MsPaginate


class MsMessagesPage(msgspec.Struct):
    data: list[MsMessage]
    meta: MsMeta


# --- pydantic v2 -------------------------------------------------------------------------------------------


class PdFile(pydantic.BaseModel):
    id: int
    key: str
    name: str
    file_type: str
    url: str
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None


class PdButton(pydantic.BaseModel):
    text: str
    url: str | None = None
    data: str | None = None


class PdVoiceContent(pydantic.BaseModel):
    duration_ms: int
    waveform: str
    transcript: str | None


class PdThread(pydantic.BaseModel):
    id: int
    chat_id: int


class PdForwarding(pydantic.BaseModel):
    original_message_id: int
    original_chat_id: int
    author_id: int
    original_created_at: datetime.datetime
    original_thread_id: int | None
    original_thread_message_id: int | None
    original_thread_parent_chat_id: int | None


class PdMessage(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True, extra="allow")

    id: int
    entity_type: str
    entity_id: int
    chat_id: int
    root_chat_id: int
    content: str
    user_id: int
    created_at: datetime.datetime = pydantic.Field(strict=False)
    url: str
    files: list[PdFile]
    voice_content: PdVoiceContent | None
    buttons: list[list[PdButton]] | None
    thread: PdThread | None
    forwarding: PdForwarding | None
    parent_message_id: int | None
    changed_at: datetime.datetime | None = pydantic.Field(strict=False)
    deleted_at: datetime.datetime | None = pydantic.Field(strict=False)
    display_avatar_url: str | None = None
    display_name: str | None = None


class PdSearchPaginate(pydantic.BaseModel):
    next_page: str


class PdSearchMeta(pydantic.BaseModel):
    total: int
    paginate: PdSearchPaginate


class PdSearchPage(pydantic.BaseModel):
    data: list[PdMessage]
    meta: PdSearchMeta


class PdPaginate(pydantic.BaseModel):
    next_page: str
    prev_page: str | None = None
    has_next: bool | None = None
    has_prev: bool | None = None


class PdMeta(pydantic.BaseModel):
    paginate: PdPaginate


class PdMessagesPage(pydantic.BaseModel):
    data: list[PdMessage]
    meta: PdMeta


PAGES: dict[str, tuple[Any, Any]] = {
    "search": (MsSearchPage, PdSearchPage),
    "messages": (MsMessagesPage, PdMessagesPage),
}
