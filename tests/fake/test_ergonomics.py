"""Using the fake: fixtures (sync and async), fast teardown, typed clients, seeding, serving it from a shell."""

from __future__ import annotations

import io
import re
import threading
import time

import httpx
import pytest

from pachca_client import AsyncPachca, Pachca
from pachca_client.testing import FakePachca
from pachca_client.testing.__main__ import main


def test_stopping_a_fake_takes_well_under_50_ms() -> None:
    timings = []
    for _ in range(3):
        fake = FakePachca().start()
        idle = fake.client()  # a keep-alive connection still open when the fake stops
        idle.profile.get_profile()
        with fake.client() as pachca:
            pachca.chats.list_chats()
        started = time.perf_counter()
        fake.stop()
        timings.append(time.perf_counter() - started)
        idle.close()
    assert max(timings) < 0.05, timings


def test_clients_are_typed(fake_pachca: FakePachca) -> None:
    """`client()` is declared `-> Pachca` (mypy checks examples/ through it), and returns one."""
    assert FakePachca.client.__annotations__["return"] == "Pachca"
    assert FakePachca.async_client.__annotations__["return"] == "AsyncPachca"
    with fake_pachca.client() as pachca:
        assert isinstance(pachca, Pachca)
    assert isinstance(fake_pachca.bot(fake_pachca.add_bot("Typed")).async_client(), AsyncPachca)


@pytest.mark.anyio
async def test_the_async_fixture(fake_pachca: FakePachca, async_pachca: AsyncPachca) -> None:
    names = [chat.name async for chat in async_pachca.chats.list_chats_iter(limit=1)]
    assert sorted(names) == ["Design reviews", "Engineering", "General"]
    vera = fake_pachca.user("Vera")
    general = next(c for c in fake_pachca.state.chats.values() if c["name"] == "General")
    vera.posts(general, "from a person")  # people act from async tests too
    page = await async_pachca.messages.list_chat_messages(chat_id=general["id"])
    assert [m.user_id for m in page.data] == [vera.id]


def test_seeding_users_chats_bots_messages_and_stored_events(fake_pachca: FakePachca, pachca: Pachca) -> None:
    fake_pachca.seed(
        {
            "users": [{"first_name": "Zoe", "nickname": "zoe", "department": "Ops"}],
            "chats": [{"name": "Ops", "members": ["Zoe", "Vera"], "public": True}],
            "bots": [{"name": "Pager", "chats": ["Ops"]}],
            "messages": [{"chat": "Ops", "author": "Zoe", "content": "disk is full"}],
            "events": [
                {
                    "bot": "Pager",
                    "payload": {
                        "type": "company_member",
                        "event": "invite",
                        "user_ids": [1],
                        "created_at": "2026-10-01T09:00:00.000Z",
                    },
                }
            ],
        }
    )
    ops = next(c for c in pachca.chats.list_chats_iter() if c.name == "Ops")
    zoe = fake_pachca.user("zoe")
    assert {zoe.id, fake_pachca.user("Vera").id, fake_pachca.bot("Pager").id} <= set(ops.member_ids)
    assert [m.content for m in pachca.messages.list_chat_messages(chat_id=ops.id).data] == ["disk is full"]
    with fake_pachca.bot("Pager").client() as pager:
        stored = pager.bots.get_webhook_events().data
    assert [e.event_type for e in stored] == ["company_member_invite"], "seeded messages send no events"
    assert fake_pachca.state.audit == [], "nor audit records"


def test_python_m_pachca_client_testing_serves_a_fake_and_prints_how_to_use_it() -> None:
    out, stop = io.StringIO(), threading.Event()
    server = threading.Thread(
        target=main, args=(["--port", "0", "--token", "t0ken"],), kwargs={"stop": stop, "out": out}
    )
    server.start()
    try:
        for _ in range(200):
            if "Ctrl+C" in out.getvalue():
                break
            time.sleep(0.01)
        base_url = re.search(r"PACHCA_BASE_URL=(\S+)", out.getvalue())
        assert base_url is not None and "PACHCA_TOKEN=t0ken" in out.getvalue()
        profile = httpx.get(base_url[1] + "/profile", headers={"Authorization": "Bearer t0ken"})
        assert profile.json()["data"]["nickname"] == "ada"
    finally:
        stop.set()
        server.join(5)
    assert out.getvalue().endswith("stopped.\n")
