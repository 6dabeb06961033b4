"""Rate limits measured against FakePachca with its real-style limits on (`make bench-ratelimit`).

Two jobs, each run with the client's limiter and without it (the same messages, the same fake):
1. one AsyncPachca client sends 300 messages across 10 chats (30 per chat);
2. 8 processes send 60 messages each to one chat, sharing one token; with the limiter they share
   one budget through `RedisRateLimiter` on a redis-server started here.
Reported: the server's 429 answers (goal 0), messages lost after every retry, wall time, and the
delivered message rate against the per-chat limit (4/s; goal at least 90%). The fake allows a burst
of 30 per chat, so a job of 30 messages per chat can beat 4/s by bursting; the 8-process job is the
sustained case. Without the limiter the client's retries (up to 20) still try to deliver.

    python bench/ratelimit.py [--quick]      # --quick: 100 messages / 4 processes x 15
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pachca_client import AsyncPachca, Pachca, PachcaError, RedisRateLimiter, RetryPolicy  # noqa: E402
from pachca_client.testing import FakePachca  # noqa: E402

CHAT_LIMIT = 4.0  # messages per second per chat (Pachca's documented class; the fake's sustained rate)
PATIENT = RetryPolicy(max_retries=20)  # without the limiter, 429s are retried until the message goes


def one_client(fake: FakePachca, messages: int, chats: int, limited: bool) -> dict[str, Any]:
    chat_ids = [fake.add_chat(f"bench {n}")["id"] for n in range(chats)]
    fake.limits.reset()
    rejected_before = fake.limits.rejected

    async def send_all() -> None:
        options: dict[str, Any] = {"retry_policy": PATIENT, "deadline": None}
        if limited:
            options["rate_limits"] = True
        async with fake.async_client(**options) as pachca:
            assert isinstance(pachca, AsyncPachca)

            async def send(n: int) -> None:
                chat = chat_ids[n % chats]
                await pachca.messages.create_message(body={"message": {"entity_id": chat, "content": f"m{n}"}})

            await asyncio.gather(*(send(n) for n in range(messages)))

    started = time.monotonic()
    asyncio.run(send_all())
    elapsed = time.monotonic() - started
    per_chat_rate = (messages / chats) / elapsed
    return {
        "429s": fake.limits.rejected - rejected_before,
        "seconds": elapsed,
        "rate": per_chat_rate,
        "of_limit": per_chat_rate / CHAT_LIMIT,
    }


def _worker(base_url: str, token: str, chat_id: int, count: int, redis_url: str | None, failures: Any) -> None:
    options: dict[str, Any] = {"retry_policy": PATIENT, "deadline": None}
    if redis_url is not None:
        import redis

        options["rate_limits"] = RedisRateLimiter(redis.Redis.from_url(redis_url), namespace="bench")
    else:
        options["rate_limits"] = False
    failed = 0
    with Pachca(token, base_url=base_url, **options) as pachca:
        for n in range(count):
            try:
                pachca.messages.create_message(body={"message": {"entity_id": chat_id, "content": f"p{n}"}})
            except PachcaError:
                failed += 1  # still 429 after every retry: the message was not sent
    failures.put(failed)


def many_processes(fake: FakePachca, processes: int, each: int, redis_url: str | None) -> dict[str, Any]:
    chat_id = fake.add_chat("bench shared")["id"]
    fake.limits.reset()
    rejected_before = fake.limits.rejected
    context = multiprocessing.get_context("spawn")
    failures = context.Queue()
    workers = [
        context.Process(target=_worker, args=(fake.base_url, fake.token, chat_id, each, redis_url, failures))
        for _ in range(processes)
    ]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
        if worker.exitcode != 0:
            raise SystemExit(f"a sending process failed (exit {worker.exitcode})")
    elapsed = time.monotonic() - started
    failed = sum(failures.get(timeout=5) for _ in workers)
    rate = (processes * each - failed) / elapsed
    return {
        "429s": fake.limits.rejected - rejected_before,
        "seconds": elapsed,
        "rate": rate,
        "of_limit": rate / CHAT_LIMIT,
        "failed": failed,
    }


def redis_server() -> tuple[subprocess.Popen[bytes], str] | None:
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tempfile.mkdtemp(prefix="bench-redis-")
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.3)
    return server, f"redis://127.0.0.1:{port}/0"


def row(name: str, result: dict[str, Any]) -> str:
    return (
        f"| {name} | {result['429s']} | {result.get('failed', 0)} | {result['seconds']:.1f} s "
        f"| {result['rate']:.2f}/s | {100 * result['of_limit']:.0f}% |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    messages, chats = (100, 10) if args.quick else (300, 10)
    processes, each = (4, 15) if args.quick else (8, 60)

    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}"
    )
    print("| job | 429s | messages lost | wall time | delivered rate per chat | of the 4/s limit |")
    print("|---|---|---|---|---|---|")
    with FakePachca(limits=True) as fake:
        print(
            row(
                f"1 async client, {messages} messages over {chats} chats, limiter on",
                one_client(fake, messages, chats, True),
            )
        )
        print(row("same, limiter off (429s retried)", one_client(fake, messages, chats, False)))
        started = redis_server()
        if started is None:
            print("| processes: redis-server not installed, skipped | | | | | |")
            return 0
        server, url = started
        try:
            print(
                row(
                    f"{processes} processes x {each} to one chat, Redis limiter",
                    many_processes(fake, processes, each, url),
                )
            )
            print(row("same, no limiter (429s retried)", many_processes(fake, processes, each, None)))
        finally:
            server.terminate()
            server.wait(5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
