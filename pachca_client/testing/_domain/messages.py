"""Messages, reactions and threads: posting, editing, deleting, reacting, opening a thread."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from .._core import JSON, api_error, named_in_body, not_found

if TYPE_CHECKING:
    from .workspace import Workspace


URL = re.compile(r"https?://[^\s<>\"')\]]+")


MENTION = re.compile(r"<@(\d+)>")


def links_in(text: str) -> list[str]:
    return list(dict.fromkeys(match.rstrip(".,;:!?") for match in URL.findall(text or "")))


def _member(chat: JSON, actor: int) -> None:
    if actor not in chat["member_ids"]:
        raise api_error(403, "entity_id", "access_denied", "you are not a member of this chat", chat["id"])


def personal_chat(fake: Workspace, actor: int, other: int) -> JSON:
    fake.state.user(other)
    pair = {actor, other}
    found = [c for c in fake.state.chats.values() if c["personal"] and set(c["member_ids"]) == pair]
    if found:
        return found[0]
    return fake.add_chat("", [other], owner_id=actor, personal=True)


def _buttons(value: Any) -> list[list[JSON]]:
    """Rows of buttons (their request model checks types, rows and lengths): at most 100, each with a text
    and a url or data."""
    if value is None:
        return []
    if sum(len(row) for row in value) > 100:
        raise api_error(422, "buttons", "too_long", "at most 100 buttons", None)
    for row in value:
        for button in row:
            if not button.get("text"):
                raise api_error(422, "buttons", "blank", "a button needs a text", button)
            if not button.get("url") and not button.get("data"):
                raise api_error(422, "buttons", "blank", "a button needs a url or data", button)
    return [[{k: v for k, v in b.items() if k in ("text", "url", "data")} for b in row] for row in value]


def attached(fake: Workspace, attachment: JSON) -> JSON:
    key, name = attachment.get("key"), attachment.get("name")
    upload = fake.state.uploads.get(key) if isinstance(key, str) else None
    if upload is None or upload.get("pending") or not isinstance(key, str):
        raise api_error(422, "files", "invalid", "file key was not uploaded", key)
    if isinstance(name, str) and PurePosixPath(name).suffix.lower() != PurePosixPath(key).suffix.lower():
        raise api_error(422, "files", "wrong_params", "the name's extension differs from the key's", name)
    file_type = attachment.get("file_type", "file")
    if file_type == "voice" and not (attachment.get("duration_ms") and attachment.get("waveform")):
        raise api_error(422, "files", "blank", "a voice file needs duration_ms and waveform", key)
    file_id = fake.state.next_id()
    record = {
        "id": file_id,
        "key": key,
        "name": name if isinstance(name, str) else PurePosixPath(str(key)).name,
        "file_type": file_type,
        "url": f"{fake.storage.url}/{key}",
        "width": attachment.get("width"),
        "height": attachment.get("height"),
    }
    if attachment.get("duration_ms") is not None:
        record["duration_ms"] = attachment["duration_ms"]
    fake.state.files[file_id] = {**record, "waveform": attachment.get("waveform")}
    return record


def _mentions(fake: Workspace, content: str) -> str:
    def nickname(match: re.Match[str]) -> str:
        user = fake.state.users.get(int(match[1]))
        return f"@{user['nickname']}" if user else match[0]

    return MENTION.sub(nickname, content)


def target_chat(fake: Workspace, actor: int, entity_type: str, entity_id: int) -> JSON:
    if entity_type == "user":
        return personal_chat(fake, actor, entity_id)
    if entity_type == "thread":
        chat = fake.state.chat(fake.state.thread(entity_id)["chat_id"])
    else:
        chat = fake.state.chat(entity_id)
    _member(chat, actor)
    return chat


def create_message(fake: Workspace, actor: int, body: JSON, *, link_preview: bool = False) -> JSON:
    """Post a message as `actor` (what `POST /messages` and a simulated person's `posts` do)."""
    content = body.get("content")
    entity_type = body.get("entity_type") or "discussion"
    files = body.get("files") or []
    if not (isinstance(content, str) and content.strip()) and not files:
        raise api_error(422, "content", "blank", "content can't be blank", content)
    with named_in_body("message.entity_id"):
        chat = target_chat(fake, actor, entity_type, body["entity_id"])
    buttons = _buttons(body.get("buttons"))
    parent = body.get("parent_message_id")
    if parent is not None:
        parent_message = fake.state.messages.get(parent) if isinstance(parent, int) else None
        if parent_message is None or parent_message["chat_id"] != chat["id"]:
            raise api_error(422, "message.parent_message_id", "not_found", "message not found", parent)
    attachments = [attached(fake, f) for f in files]
    voice = next((fake.state.files[f["id"]] for f in attachments if f["file_type"] == "voice"), None)
    now = fake.clock.iso()
    message_id = fake.state.next_id()
    message: JSON = {
        "id": message_id,
        "entity_type": entity_type,
        "entity_id": body["entity_id"],
        "chat_id": chat["id"],
        "root_chat_id": root_chat_id(fake, chat["id"]),
        "content": _mentions(fake, content or ""),
        "user_id": actor,
        "created_at": now,
        "url": f"https://app.pachca.test/chats/{chat['id']}?message={message_id}",
        "files": attachments,
        "voice_content": (
            {"duration_ms": voice["duration_ms"], "waveform": voice["waveform"], "transcript": None} if voice else None
        ),
        "buttons": buttons,
        "thread": None,
        "forwarding": None,
        "parent_message_id": parent,
        "changed_at": None,
        "deleted_at": None,
    }
    if actor in fake.state.bots:
        for key in ("display_avatar_url", "display_name"):
            if isinstance(body.get(key), str):
                message[key] = body[key]
    fake.state.messages[message_id] = message
    chat["last_message_at"] = now
    thread = fake.state.thread_for_chat(chat["id"])
    if thread is not None:
        thread["updated_at"] = now
    fake.state.link_previews.pop(message_id, None)
    if link_preview:
        fake.state.link_previews[message_id] = {"requested": True}
    fake.audit("message_created", "Message", message_id, {"chat_id": chat["id"]}, actor=actor)
    fake.events.message("new", message)
    fake.events.links(message, links_in(message["content"]))
    return message


def root_chat_id(fake: Workspace, chat_id: int) -> int:
    thread = fake.state.thread_for_chat(chat_id)
    if thread is not None and thread["message_chat_id"] is not None:
        return int(thread["message_chat_id"])
    return chat_id


def update_message(fake: Workspace, actor: int, message: JSON, body: JSON) -> JSON:
    if message["deleted_at"] is not None:
        raise api_error(422, "id", "message_deleted", "the message was deleted", message["id"])
    if message["user_id"] != actor:
        raise api_error(403, "id", "forbidden", "only the author can edit a message", message["id"])
    if "content" in body:
        message["content"] = _mentions(fake, body["content"])
    if "buttons" in body:
        message["buttons"] = _buttons(body["buttons"])
    if "files" in body:
        message["files"] = [attached(fake, f) for f in body["files"] or []]
    message["changed_at"] = fake.clock.iso()
    fake.audit("message_updated", "Message", message["id"], {"chat_id": message["chat_id"]}, actor=actor)
    fake.events.message("update", message)
    return message


def delete_message(fake: Workspace, actor: int, message: JSON) -> None:
    if message["deleted_at"] is not None:
        raise not_found("message", message["id"])
    chat = fake.state.chats.get(message["chat_id"])
    admin = fake.state.users.get(actor, {}).get("role") == "admin" or (chat is not None and chat["owner_id"] == actor)
    if message["user_id"] != actor and not admin:
        raise api_error(403, "id", "forbidden", "only the author or an admin can delete a message", message["id"])
    message["deleted_at"] = fake.clock.iso()
    fake.audit("message_deleted", "Message", message["id"], {"chat_id": message["chat_id"]}, actor=actor)
    fake.events.message("delete", message)


def add_reaction(fake: Workspace, actor: int, message: JSON, code: str, name: str | None = None) -> JSON:
    if not code:
        raise api_error(400, "code", "blank", "code can't be blank", code)
    reactions = fake.state.reactions.setdefault(message["id"], [])
    mine = [r for r in reactions if r["user_id"] == actor]
    if any(r["code"] == code for r in mine):
        raise api_error(422, "code", "already_exists", "reaction already exists", code)
    if len({r["code"] for r in mine}) >= 20:
        raise api_error(422, "code", "user_limit", "at most 20 different reactions per user", code)
    if code not in {r["code"] for r in reactions} and len({r["code"] for r in reactions}) >= 30:
        raise api_error(422, "code", "unique_limit", "at most 30 different reactions per message", code)
    if len(reactions) >= 1000:
        raise api_error(422, "code", "general_limit", "at most 1000 reactions per message", code)
    reaction = {"user_id": actor, "created_at": fake.clock.iso(), "code": code, "name": name or code}
    reactions.append(reaction)
    fake.audit("reaction_created", "Message", message["id"], {"chat_id": message["chat_id"]}, actor=actor)
    fake.events.reaction("new", message, reaction)
    return reaction


def remove_reaction(fake: Workspace, actor: int, message: JSON, code: str | None) -> None:
    if not code:
        raise api_error(400, "code", "blank", "code can't be blank", code)
    reactions = fake.state.reactions.get(message["id"], [])
    gone = [r for r in reactions if r["user_id"] == actor and r["code"] == code]
    if not gone:
        raise not_found("reaction", code)
    fake.state.reactions[message["id"]] = [r for r in reactions if r not in gone]
    fake.audit("reaction_deleted", "Message", message["id"], {"chat_id": message["chat_id"]}, actor=actor)
    fake.events.reaction("delete", message, {**gone[0], "created_at": fake.clock.iso()})


def thread_of(fake: Workspace, message: JSON, actor: int) -> JSON:
    """The message's thread, made on first use (idempotent, as the API is)."""
    existing = next((t for t in fake.state.threads.values() if t["message_id"] == message["id"]), None)
    if existing is not None:
        return existing
    if message["deleted_at"] is not None:
        raise not_found("message", message["id"])
    if fake.state.thread_for_chat(message["chat_id"]) is not None:
        raise api_error(400, "id", "thread_message", "the message is already in a thread", message["id"])
    parent = fake.state.chat(message["chat_id"])
    thread_chat = fake.add_chat(f"Thread {message['id']}", parent["member_ids"], owner_id=parent["owner_id"])
    thread = {
        "id": fake.state.next_id(),
        "chat_id": thread_chat["id"],
        "message_id": message["id"],
        "message_chat_id": message["chat_id"],
        "updated_at": fake.clock.iso(),
    }
    fake.state.threads[thread["id"]] = thread
    message["thread"] = {"id": thread["id"], "chat_id": thread_chat["id"]}
    fake.audit("thread_created", "Thread", thread["id"], {"chat_id": thread_chat["id"]}, actor=actor)
    return thread
