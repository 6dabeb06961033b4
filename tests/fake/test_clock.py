"""The fake's clock drives what Pachca does later: scheduled drafts go out, exports get built, triggers expire."""

from __future__ import annotations

import datetime
import io
import json
import zipfile

import httpx

from pachca_client import Pachca
from pachca_client.testing import FakeClock, FakePachca


def test_scheduled_drafts_are_sent_when_the_clock_reaches_them() -> None:
    start = datetime.datetime(2026, 10, 5, 9, 0, tzinfo=datetime.UTC)  # a Monday
    with FakePachca(clock=FakeClock(start, frozen=True)) as fake, fake.client() as pachca:
        chat = next(c for c in fake.state.chats.values() if c["name"] == "General")
        bot = fake.add_bot("Watcher", chats=[chat])
        schedule = {
            "start_date": "2026-10-05T10:00:00Z",
            "end_date": "2026-10-08T23:00:00Z",
            "repetition": {"interval": "weekly", "days": [1, 3]},  # Mondays and Wednesdays
        }
        body = {"entity_type": "discussion", "entity_id": chat["id"], "content": "Stand-up!", "schedule": schedule}
        draft = pachca.drafts.create_draft(body={"draft": body})
        assert draft.next_send_at is not None and draft.next_send_at.hour == 10
        assert [d.id for d in pachca.drafts.list_drafts(type_="scheduled").data] == [draft.id]
        assert pachca.drafts.list_drafts().data == [], "the default listing shows regular drafts"

        fake.clock.advance(3600)  # 10:00 Monday
        sent = pachca.messages.list_chat_messages(chat_id=chat["id"]).data
        assert [m.content for m in sent] == ["Stand-up!"] and sent[0].user_id == fake.me["id"]
        following = pachca.drafts.get_draft(draft.id).next_send_at
        assert following is not None and following.day == 7
        assert [e["payload"]["content"] for e in bot.stored_events] == ["Stand-up!"], "bots hear it like any message"

        fake.clock.advance(3 * 86400)  # past Wednesday and the end date
        assert len(pachca.messages.list_chat_messages(chat_id=chat["id"]).data) == 2
        assert pachca.drafts.list_drafts(type_="all").data == [], "done: the draft is gone"
        assert [s["draft_id"] for s in fake.sent_drafts] == [draft.id, draft.id]


def test_an_export_is_built_later_and_holds_the_chat_history(fake_pachca: FakePachca, pachca: Pachca) -> None:
    chat = next(c for c in fake_pachca.state.chats.values() if c["name"] == "Engineering")
    first = fake_pachca.user("Boris").posts(chat, "first")
    fake_pachca.user("Ada").reacts(first, "👍")
    today = fake_pachca.clock.now().date().isoformat()
    export = pachca.chats.request_export(body={"start_at": today, "end_at": today, "chat_ids": [chat["id"]]})
    assert export is not None
    fake_pachca.clock.advance(fake_pachca.export_ready_after - 1)
    assert fake_pachca.state.exports[export.id]["ready"] is False
    fake_pachca.clock.advance(1)
    location = pachca.chats.download_export(export.id)
    archive = zipfile.ZipFile(io.BytesIO(httpx.get(location).content))
    listing = json.loads(archive.read("chats.json"))
    assert [c["id"] for c in listing] == [chat["id"]]
    (day,) = [name for name in archive.namelist() if name != "chats.json"]
    assert day == f"Engineering_{chat['id']}/{today}.json"
    (record,) = json.loads(archive.read(day))
    assert record["content"] == "first" and record["reactions"][0]["code"] == "👍"
    assert record["user"]["name"] == "Boris" and record["chat"]["name"] == "Engineering"


def test_the_clock_can_start_anywhere_and_stand_still() -> None:
    start = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    clock = FakeClock(start, frozen=True)
    assert clock.iso() == "2030-01-01T00:00:00.000Z"
    clock.advance(90.5)
    assert clock.iso() == "2030-01-01T00:01:30.500Z" and clock.elapsed() == 90.5
