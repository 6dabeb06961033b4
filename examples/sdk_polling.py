"""Polling bot: reads its events from the stored event log (`GET /webhooks/events`) instead of a webhook.

A port of the polling example of Pachca's official SDK examples to this client: no public URL is
needed, only a bot with "event history" on and the scopes `webhooks:events:read` and
`webhooks:events:delete`. Each event is handled once, oldest first, and deleted after it was handled;
requests are spaced to the event log's limit (5 per 2 s). Here the bot answers `/ping` with "pong"
and counts everything else.

    PACHCA_TOKEN=<bot token> python examples/sdk_polling.py      # until Ctrl+C

Without PACHCA_TOKEN it runs against a local fake Pachca, where colleagues post first.
"""

from __future__ import annotations

import collections
import os
import signal
from collections.abc import Callable
from typing import Any

from pachca_client import EventPoller, Pachca, PolledEvent
from pachca_client.models import MessageWebhookPayload


def handle(pachca: Pachca, event: PolledEvent, seen: collections.Counter[str]) -> None:
    """One stored event: answer `/ping`, count the rest (an exception here leaves it stored)."""
    seen[event.event_type] += 1
    payload = event.payload
    if isinstance(payload, MessageWebhookPayload) and payload.content.strip() == "/ping":
        pachca.messages.create_message(
            body={"message": {"entity_id": payload.chat_id, "content": "pong", "parent_message_id": payload.id}}
        )


def run(
    pachca: Pachca, *, stop_when_idle: bool = False, sleep: Callable[[float], Any] | None = None
) -> collections.Counter[str]:
    """Poll until stopped (or until nothing is left, with `stop_when_idle`); returns events seen by type.

    `sleep` replaces the pauses between requests (tests pass a no-op; the real API wants them).
    """
    seen: collections.Counter[str] = collections.Counter()
    poller = EventPoller(pachca, stop_when_idle=stop_when_idle, sleep=sleep)
    if not stop_when_idle:
        signal.signal(signal.SIGINT, lambda *_: poller.stop())  # Ctrl+C ends the loop between events
    poller.run(lambda event: handle(pachca, event, seen))
    return seen


def demo(sleep: Callable[[float], Any] | None = None) -> collections.Counter[str]:
    """The poller against a local fake Pachca."""
    from pachca_client.testing import FakePachca

    with FakePachca() as fake:
        chat = fake.add_chat("Ops", [fake.user("Boris"), fake.user("Vera")])
        bot = fake.add_bot("Pinger", chats=[chat])  # event history on, no webhook URL
        fake.user("Boris").posts(chat, "/ping")
        fake.user("Vera").reacts(fake.user("Vera").posts(chat, "deploy done"), "🎉")
        with bot.client() as pachca:
            seen = run(pachca, stop_when_idle=True, sleep=sleep)
            left = pachca.bots.get_webhook_events().data
        answers = [m["content"] for m in fake.state.messages.values() if m["user_id"] == bot.id]
    print(f"handled {sum(seen.values())} events: {dict(sorted(seen.items()))}; answered {answers}; {len(left)} left")
    return seen


if __name__ == "__main__":
    token = os.environ.get("PACHCA_TOKEN")
    if token:
        with Pachca(token) as client:
            run(client)
    else:
        demo()
