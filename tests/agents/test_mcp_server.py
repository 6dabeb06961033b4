"""`python -m pachca_client.mcp`, driven by the `mcp` SDK's own client over stdio.

The server runs as a child process, either with its embedded FakePachca (no PACHCA_TOKEN) or as a client
of this test's FakePachca (PACHCA_TOKEN and PACHCA_BASE_URL), so a bot token and a token missing scopes
are tried as a real deployment would be. Expected tool lists come from the same catalogue in-process.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

pytest.importorskip("mcp")

from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from pachca_client.agents import catalogue
from pachca_client.testing import FakePachca

T = TypeVar("T")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def with_server(
    scenario: Callable[[ClientSession], Awaitable[T]], *args: str, token: str | None = None, base_url: str = ""
) -> T:
    env = {k: v for k, v in os.environ.items() if k not in ("PACHCA_TOKEN", "PACHCA_BASE_URL")}
    if token:
        env.update(PACHCA_TOKEN=token, PACHCA_BASE_URL=base_url)
    params = StdioServerParameters(command=sys.executable, args=["-m", "pachca_client.mcp", *args], env=env)

    async def run() -> T:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            return await asyncio.wait_for(scenario(session), 60)

    return asyncio.run(run())


def text_of(result: Any) -> str:
    return "".join(getattr(block, "text", "") for block in result.content)


@pytest.fixture
def fake() -> Any:
    with FakePachca() as fake:
        yield fake


def test_the_embedded_fake_lists_a_persons_tools_with_their_annotations() -> None:
    async def scenario(session: ClientSession) -> list[Any]:
        return (await session.list_tools()).tools

    tools = with_server(scenario)
    with FakePachca() as local, local.client() as pachca:
        expected = [tool.name for tool in catalogue(pachca).tools]
    assert [tool.name for tool in tools] == expected
    by_name = {tool.name: tool for tool in tools}
    assert by_name["list_chats"].annotations.read_only_hint is True
    assert by_name["create_message"].annotations.read_only_hint is False
    assert all(tool.annotations.destructive_hint is False for tool in tools), "deleting tools are off by default"
    assert by_name["create_message"].input_schema["properties"]["content"]["description"]


def test_reading_writing_paginated_and_failing_calls(fake: FakePachca, tmp_path: Path) -> None:
    chat = fake.add_chat("Ops", [fake.user("Vera")])
    for n in range(5):
        fake.user("Vera").posts(chat, f"note {n}")
    avatar = tmp_path / "me.png"
    avatar.write_bytes(PNG)

    async def scenario(session: ClientSession) -> dict[str, Any]:
        return {
            "read": await session.call_tool("get_chat", {"id": chat["id"]}),
            "write": await session.call_tool("create_message", {"entity_id": chat["id"], "content": "from MCP"}),
            "pages": await session.call_tool(
                "list_chat_messages", {"chat_id": chat["id"], "limit": 2, "all_pages": True}
            ),
            "multipart": await session.call_tool("update_profile_avatar", {"image": str(avatar)}),
            "missing": await session.call_tool("get_chat", {"id": 987654}),
            "typo": await session.call_tool("create_message", {"entity_id": chat["id"], "contnet": "x"}),
        }

    results = with_server(scenario, token=fake.token, base_url=fake.base_url)
    assert "Ops" in text_of(results["read"]) and not results["read"].is_error
    assert not results["write"].is_error and any(m.get("content") == "from MCP" for m in fake.state.messages.values())
    assert len(results["pages"].structured_content["result"]) == 6
    assert not results["multipart"].is_error, text_of(results["multipart"])
    assert results["missing"].is_error and "404" in text_of(results["missing"])
    assert results["typo"].is_error and "did you mean 'content'" in text_of(results["typo"])
    assert fake.token not in json.dumps([text_of(r) for r in results.values()])


def test_a_bot_token_and_a_token_missing_a_scope_get_their_tools(fake: FakePachca) -> None:
    bot = fake.add_bot("Helper")
    reader = fake.add_token(scopes=["chats:read", "profile:read"])

    async def names(session: ClientSession) -> list[str]:
        return [tool.name for tool in (await session.list_tools()).tools]

    as_bot = with_server(names, token=bot.token, base_url=fake.base_url)
    as_reader = with_server(names, token=reader, base_url=fake.base_url)
    with fake.client(bot=bot) as bot_client, fake.client(reader) as reader_client:
        assert as_bot == [t.name for t in catalogue(bot_client).tools]
        assert as_reader == [t.name for t in catalogue(reader_client).tools]
    assert "create_draft" not in as_bot and "list_chats" in as_reader and "create_message" not in as_reader


def test_read_only_and_drafts_first_modes(fake: FakePachca) -> None:
    async def tools(session: ClientSession) -> list[Any]:
        return (await session.list_tools()).tools

    reading = with_server(tools, "--read-only", token=fake.token, base_url=fake.base_url)
    drafting = with_server(tools, "--drafts-first", token=fake.token, base_url=fake.base_url)
    assert reading and all(tool.annotations.read_only_hint for tool in reading)
    names = {tool.name for tool in drafting}
    assert "create_draft" in names and "create_message" not in names
