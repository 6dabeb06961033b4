"""A small typed program against the client; `make lint` checks it with mypy --strict.

Every name below is typed end to end: a typo in a field or a wrong argument type fails the check.
"""

from __future__ import annotations

import asyncio

from pachca_client import AsyncPachca, NotFoundError, Pachca, RateLimitError
from pachca_client.models import Chat, ListChatsResponse, Message, User


def newest_chat_names(pachca: Pachca, limit: int = 5) -> list[str]:
    page: ListChatsResponse = pachca.chats.list_chats(limit=limit)
    return [chat.name for chat in page.data]


def find_chat(pachca: Pachca, chat_id: int) -> Chat | None:
    try:
        return pachca.chats.get_chat(chat_id)
    except NotFoundError:
        return None


def post(pachca: Pachca, chat_id: int, text: str) -> Message:
    try:
        return pachca.messages.create_message(body={"message": {"entity_id": chat_id, "content": text}})
    except RateLimitError as error:
        raise SystemExit(f"slow down: retry in {error.retry_after} s") from error


def count_users(pachca: Pachca) -> int:
    me: User = pachca.profile.get_profile()
    total = sum(1 for _ in pachca.users.list_users_iter(limit=50))
    return total if me.id else 0


async def all_user_ids(token: str) -> list[int]:
    async with AsyncPachca(token) as pachca:
        return [user.id async for user in pachca.users.list_users_iter()]


if __name__ == "__main__":
    asyncio.run(all_user_ids("token"))
