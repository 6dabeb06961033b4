"""Read a bot's webhook history: a port of the event-history example of Pachca's official SDK examples.

With "event history" on, Pachca keeps what it would have sent to the bot's webhook; `GET
/webhooks/events` lists it (newest first, 50 a page) and `DELETE /webhooks/events/{id}` removes an
entry. This lists every stored event through the paginator, summarises them by type, shows the
latest few, and with `--clear` deletes what it listed.

    PACHCA_TOKEN=<bot token> python examples/sdk_webhook_history.py [--clear]

Without PACHCA_TOKEN it runs against a local fake Pachca with a little history to read.
"""

from __future__ import annotations

import collections
import os
import sys

from pachca_client import Pachca
from pachca_client.models import WebhookEvent
from pachca_client.webhooks import dedup_key, parse


def history(pachca: Pachca) -> list[WebhookEvent]:
    """Every stored event, oldest first (the API pages newest first)."""
    events = list(pachca.bots.get_webhook_events_iter(limit=50))
    return sorted(events, key=lambda e: (e.created_at, e.id))


def describe(event: WebhookEvent) -> str:
    payload = parse(event.payload.to_dict())  # typed by the same router as webhook deliveries
    return f"{event.created_at:%Y-%m-%d %H:%M:%S} {event.event_type:<16} {dedup_key(payload)}"


def report(pachca: Pachca, *, clear: bool = False, latest: int = 5) -> collections.Counter[str]:
    events = history(pachca)
    counts = collections.Counter(e.event_type for e in events)
    print(f"{len(events)} stored events: " + ", ".join(f"{n} {kind}" for kind, n in counts.most_common()))
    for event in events[-latest:]:
        print("  " + describe(event))
    if clear:
        for event in events:
            pachca.bots.delete_webhook_event(event.id)
        print(f"deleted {len(events)} events")
    return counts


def demo() -> collections.Counter[str]:
    from pachca_client.testing import FakePachca

    with FakePachca() as fake:
        chat = fake.add_chat("Support", [fake.user("Gleb")])
        bot = fake.add_bot("Archivist", chats=[chat])
        question = fake.user("Gleb").posts(chat, "Is the VPN down?")
        fake.user("Ada").reacts(question, "👀")
        fake.user("Vera").joins(chat)
        with bot.client() as pachca:
            counts = report(pachca, clear=True)
            assert not pachca.bots.get_webhook_events().data
    return counts


if __name__ == "__main__":
    token = os.environ.get("PACHCA_TOKEN")
    if token:
        with Pachca(token) as client:
            report(client, clear="--clear" in sys.argv[1:])
    else:
        demo()
