"""Serve a fake Pachca until Ctrl+C: `python -m pachca_client.testing --port 8080`.

Prints the base URL and the token to use (PACHCA_BASE_URL / PACHCA_TOKEN), so a bot or a script can
be tried against it without an account. `--seed-file` adds users, chats, bots and stored events from
a JSON file (see `FakePachca.seed`); bots' tokens and signing secrets are printed too.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .fake import FakePachca


def main(argv: Sequence[str] | None = None, *, stop: threading.Event | None = None, out: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pachca_client.testing", description="Serve a fake Pachca API.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port of the API (0: any free port; default 8080)")
    parser.add_argument("--token", default="fake-pachca-token", help="the owner's token (default fake-pachca-token)")
    parser.add_argument("--no-seed", action="store_true", help="start empty: no colleagues, no chats")
    parser.add_argument("--seed-file", type=Path, help="JSON with users, chats, bots and events to add")
    parser.add_argument("--limits", action="store_true", help="rate limits like the real API's (429)")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    stop = stop or threading.Event()
    fake = FakePachca(args.token, seed=not args.no_seed, limits=args.limits, host=args.host, port=args.port)
    with fake:
        if args.seed_file:
            fake.seed(json.loads(args.seed_file.read_text(encoding="utf-8")))
        print(f"FakePachca: the Pachca API at {fake.base_url}", file=out)
        print(f"  PACHCA_BASE_URL={fake.base_url}", file=out)
        print(f"  PACHCA_TOKEN={fake.token}", file=out)
        print(f"  storage host: {fake.storage.url}", file=out)
        for bot in fake.state.bots.values():
            handle = fake.bot(bot.id)
            print(
                f"  bot {bot.name!r} (id {bot.id}): token {handle.token}, signing secret {bot.signing_secret}", file=out
            )
        print("Ctrl+C stops it.", file=out, flush=True)
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    print("stopped.", file=out, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
