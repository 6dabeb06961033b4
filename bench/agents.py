"""The agent tools, measured: tools per audience, the catalogue's size in tokens, and how long the MCP server
takes to list its tools.

    .venv/bin/python bench/agents.py [--runs 7]

Audiences are tokens of a FakePachca: the owner (every scope), a bot with its default scopes, and a personal
token with the `*:read` scopes only. Sizes are characters of the Anthropic format's
JSON divided by 4 (the usual rough rate for English and JSON). The MCP time is wall time from starting
`python -m pachca_client.mcp` (embedded fake) to the SDK client holding the tool list, over `--runs` runs:
median and range.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time

from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from pachca_client.agents import Toolkit, catalogue
from pachca_client.testing import FakePachca


def tokens(toolkit: Toolkit) -> int:
    return len(json.dumps(toolkit.to_anthropic_tools(), ensure_ascii=False)) // 4


def audiences() -> list[tuple[str, int, int, int]]:
    rows = []
    with FakePachca() as fake:
        bot = fake.add_bot("Bench")
        owner_scopes = [str(s.value) for s in fake.client().oauth.get_token_info().scopes]
        reader = fake.add_token(scopes=[s for s in owner_scopes if s.endswith(":read")])
        tokens_of = {
            "owner (all scopes)": fake.token,
            "bot (default scopes)": bot.token,
            "read-only token": reader,
        }
        for label, token in tokens_of.items():
            with fake.client(token) as client:
                default = catalogue(client)
                everything = catalogue(client, allow_destructive=True)
                rows.append((label, len(default.tools), len(everything.tools), tokens(default)))
    return rows


async def list_once() -> tuple[float, int]:
    env = {k: v for k, v in os.environ.items() if k != "PACHCA_TOKEN"}
    params = StdioServerParameters(command=sys.executable, args=["-m", "pachca_client.mcp"], env=env)
    started = time.perf_counter()
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        tools = (await session.list_tools()).tools
        return time.perf_counter() - started, len(tools)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print("| audience | tools (deleting off) | tools (deleting on) | catalogue, tokens (chars/4) |")
    print("|---|---:|---:|---:|")
    for label, default, everything, size in audiences():
        print(f"| {label} | {default} | {everything} | {size:,} |")
    times = []
    count = 0
    for _ in range(args.runs):
        elapsed, count = asyncio.run(list_once())
        times.append(elapsed)
    print()
    print(
        f"`python -m pachca_client.mcp` to a listed catalogue ({count} tools, embedded fake): median"
        f" {statistics.median(times):.2f} s (range {min(times):.2f}-{max(times):.2f} s, {args.runs} runs)"
    )


if __name__ == "__main__":
    main()
