"""Chat membership: joining and leaving, with its audit records and events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core import JSON, api_error, not_found

if TYPE_CHECKING:
    from .workspace import Workspace


def add_members(fake: Workspace, chat: JSON, member_ids: list[int], actor: int) -> list[int]:
    """Add people (or bots) to a chat; returns those who were not members yet."""
    state = fake.state
    added = [m for m in dict.fromkeys(member_ids) if m not in chat["member_ids"]]
    for member in added:
        state.roles.setdefault((chat["id"], member), "member")
        fake.audit("user_chat_join", "User", member, {"chat_id": chat["id"]}, actor=actor)
    chat["member_ids"] = sorted({*chat["member_ids"], *added})
    if added:
        fake.events.chat_member("add", chat, added)
    return added


def remove_member(fake: Workspace, chat: JSON, user_id: int, actor: int, *, owner_status: int = 422) -> None:
    """Take `user_id` out of `chat`; the owner stays (`owner_status`: the status the operation documents for it)."""
    if user_id == chat["owner_id"]:
        raise api_error(owner_status, "user_id", "cannot_kick_owner", "the owner cannot leave or be removed", user_id)
    if user_id not in chat["member_ids"]:
        raise not_found("member", user_id)
    chat["member_ids"] = [m for m in chat["member_ids"] if m != user_id]
    fake.state.roles.pop((chat["id"], user_id), None)
    fake.audit("user_chat_leave", "User", user_id, {"chat_id": chat["id"]}, actor=actor)
    extra = (user_id,) if user_id in fake.state.bots else ()
    fake.events.chat_member("remove", chat, [user_id], extra_bots=extra)
