"""A tour of pachca_client in a few calls: `make demo` (or `python examples/quickstart.py`).

Without PACHCA_TOKEN it runs against a local fake Pachca on 127.0.0.1, so it needs no account.
With PACHCA_TOKEN it talks to the real API and only reads, unless PACHCA_DEMO_WRITE=1 is also set
(then it creates a chat and posts to it: real side effects in your workspace).
"""

from __future__ import annotations

import json
import os
import time
from contextlib import ExitStack

from pachca_client import InvalidSignatureError, NotFoundError, Pachca
from pachca_client.generated.bodies import ButtonDict
from pachca_client.testing import FakePachca
from pachca_client.webhooks import receive, sign


def step(text: str) -> None:
    print(f"  ✓ {text}")


def run(pachca: Pachca, *, write: bool) -> None:
    me = pachca.profile.get_profile()
    step(f"profile: {me.first_name} {me.last_name} (@{me.nickname}), {me.role}")

    if write:
        created = pachca.chats.create_chat(body={"chat": {"name": "pachca_client demo"}})
        chat = created.data  # created.meta.not_found_member_ids lists member ids that were not added
        step(f'created chat #{chat.id} "{chat.name}"')
        notes = b"Agenda: 1. Retries. 2. Pagination. 3. Webhooks.\n"
        uploaded = pachca.files.upload(notes, name="agenda.txt")
        step(f"uploaded {uploaded.name} ({uploaded.size} bytes) to the storage host, without the token")
        buttons: list[list[ButtonDict]] = [
            [{"text": "I'm in", "data": "rsvp:yes"}, {"text": "Docs", "url": "https://github.com"}]
        ]
        message = pachca.messages.create_message(
            body={
                "message": {
                    "entity_id": chat.id,
                    "content": "Demo at 10:00",
                    "files": [uploaded.to_message_file()],
                    "buttons": buttons,
                }
            }
        )
        button_count = sum(len(row) for row in message.buttons or [])
        step(f"sent message #{message.id} with {len(message.files)} file and {button_count} buttons")
    else:
        message = None
        step("read-only against the real API (set PACHCA_DEMO_WRITE=1 to create a chat and post)")

    names = [chat.name for chat in pachca.chats.list_chats_iter(limit=2)]
    step(f"chats, fetched lazily 2 per page: {', '.join(names) or '(none)'}")

    try:
        pachca.chats.get_chat(2_000_000_000)
    except NotFoundError as error:
        step(f"typed error: {type(error).__name__}: {error}")

    secret = "demo-signing-secret"
    payload = {
        "type": "message",
        "event": "new",
        "id": message.id if message else 1,
        "entity_type": "discussion",
        "entity_id": message.chat_id if message else 1,
        "chat_id": message.chat_id if message else 1,
        "content": "Demo at 10:00",
        "user_id": me.id,
        "created_at": "2026-11-24T10:00:00.000Z",
        "url": "https://app.pachca.com",
        "parent_message_id": None,
        "thread": None,
        "webhook_timestamp": int(time.time()),
    }
    body = json.dumps(payload).encode()
    event = receive(body, sign(body, secret), secret)
    try:
        receive(body.replace(b"10:00", b"11:00"), sign(body, secret), secret)
        tampered = "accepted (!)"
    except InvalidSignatureError:
        tampered = "rejected"
    step(f"webhook: signature verified, parsed {type(event).__name__}; a tampered copy was {tampered}")


def main() -> None:
    token = os.environ.get("PACHCA_TOKEN")
    with ExitStack() as stack:
        if token:
            print("pachca_client demo against the real Pachca API")
            pachca = stack.enter_context(Pachca(token))
            write = os.environ.get("PACHCA_DEMO_WRITE") == "1"
        else:
            fake = stack.enter_context(FakePachca())
            print(
                f"pachca_client demo against a local fake Pachca at {fake.base_url} (set PACHCA_TOKEN for the real API)"
            )
            pachca = stack.enter_context(fake.client())
            write = True
        run(pachca, write=write)
    print("done.")


if __name__ == "__main__":
    main()
