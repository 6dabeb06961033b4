"""The fake Pachca: stateful behaviour through the real client, and every answer allowed by openapi.yaml."""

from __future__ import annotations

import httpx
import pytest
from spec_validation import validate_all, validate_exchange

from pachca_client import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    Pachca,
)
from pachca_client.models import SortOrder
from pachca_client.testing import FakePachca


def exercise_everything(fake: FakePachca, pachca: Pachca) -> None:
    """Touch every resource the fake keeps, successes and errors alike."""
    me = pachca.profile.get_profile()
    assert me.id == fake.me["id"]
    assert pachca.oauth.get_token_info().user_id == me.id
    assert pachca.profile.get_status() is None
    status = pachca.profile.update_status(body={"status": {"emoji": "🌴", "title": "On leave", "is_away": True}})
    assert status.is_away is True and pachca.profile.get_status() == status
    pachca.profile.delete_status()

    newcomer = pachca.users.create_user(body={"user": {"email": "new@example.test", "first_name": "Nina"}})
    assert pachca.users.get_user(newcomer.id).first_name == "Nina"
    pachca.users.update_user(newcomer.id, body={"user": {"department": "QA"}})
    pachca.users.update_user_status(newcomer.id, body={"status": {"emoji": "🤒", "title": "Sick"}})
    assert pachca.users.get_user_status(newcomer.id) is not None
    pachca.users.delete_user_status(newcomer.id)
    with pytest.raises(ConflictError) as taken:  # Pachca's pages: a duplicate is 409 `already_exists`, key `email`
        pachca.users.create_user(body={"user": {"email": "new@example.test"}})
    assert taken.value.codes == ["already_exists"]

    created = pachca.chats.create_chat(body={"chat": {"name": "Launch", "member_ids": [newcomer.id, 999_999]}})
    chat = created.data
    assert set(chat.member_ids) == {me.id, newcomer.id}
    assert created.meta.not_found_member_ids == [999_999], "an unknown member is reported, not silently dropped"
    pachca.chats.update_chat(chat.id, body={"chat": {"name": "Launch 2"}})
    assert [u.id for u in pachca.members.list_members_iter(chat.id)] == sorted([me.id, newcomer.id])
    other = next(u for u in pachca.users.list_users_iter() if u.id not in (me.id, newcomer.id))
    pachca.members.add_members(chat.id, body={"member_ids": [other.id]})
    pachca.members.update_member_role(chat.id, other.id, body={"role": "editor"})
    pachca.members.remove_member(chat.id, other.id)
    tag = pachca.group_tags.create_tag(body={"group_tag": {"name": "Backend"}})
    pachca.group_tags.update_tag(tag.id, body={"group_tag": {"name": "Backend team"}})
    pachca.members.add_tags(chat.id, body={"group_tag_ids": [tag.id]})
    assert pachca.chats.get_chat(chat.id).group_tag_ids == [tag.id]
    pachca.members.remove_tag(chat.id, tag.id)
    assert [t.name for t in pachca.group_tags.list_tags_iter(names=["Backend team"])] == ["Backend team"]
    assert list(pachca.group_tags.get_tag_users_iter(tag.id)) == []

    uploaded = pachca.files.upload(b"%PDF-1.7 fake", name="plan.pdf")
    message = pachca.messages.create_message(
        body={
            "message": {
                "entity_id": chat.id,
                "content": "Kick-off at 10",
                "files": [uploaded.to_dict()],
                "buttons": [[{"text": "Join", "data": "join"}, {"text": "Docs", "url": "https://example.test"}]],
            }
        }
    )
    assert message.files[0].name == "plan.pdf" and message.buttons[0][0].text == "Join"
    pachca.messages.update_message(message.id, body={"message": {"content": "Kick-off at 11"}})
    pachca.messages.pin_message(message.id)
    with pytest.raises(ConflictError):  # already pinned: 409 `already_exists`
        pachca.messages.pin_message(message.id)
    pachca.messages.unpin_message(message.id)
    reaction = pachca.reactions.add_reaction(message.id, body={"code": "👍", "name": ":+1:"})
    assert reaction.code == "👍"
    assert [r.code for r in pachca.reactions.list_reactions_iter(message.id)] == ["👍"]
    pachca.reactions.remove_reaction(message.id, code="👍")
    assert list(pachca.read_members.list_read_members_iter(message.id)) == []
    thread = pachca.threads.create_thread(message.id)
    assert pachca.threads.create_thread(message.id).id == thread.id, "idempotent"
    assert pachca.threads.get_thread(thread.id).message_id == message.id
    reply = pachca.messages.create_message(
        body={"message": {"entity_type": "thread", "entity_id": thread.id, "content": "+1"}}
    )
    assert reply.chat_id == thread.chat_id
    direct = pachca.messages.create_message(
        body={"message": {"entity_type": "user", "entity_id": newcomer.id, "content": "hi"}}
    )
    assert pachca.chats.get_chat(direct.chat_id).personal is True
    assert [m.id for m in pachca.messages.list_chat_messages_iter(chat_id=chat.id)] == [message.id]
    assert [m.id for m in pachca.search.search_messages_iter(query="kick-off", chat_ids=[chat.id])] == [message.id]
    assert [c.id for c in pachca.search.search_chats_iter(query="launch")] == [chat.id]
    assert [u.id for u in pachca.search.search_users_iter(query="nina")] == [newcomer.id]
    pachca.messages.delete_message(message.id)

    task = pachca.tasks.create_task(
        body={"task": {"kind": "reminder", "content": "Send the notes", "chat_id": chat.id}}
    )
    pachca.tasks.update_task(task.id, body={"task": {"status": "done"}})
    assert [t.status for t in pachca.tasks.list_tasks_iter()] == ["done"]
    pachca.tasks.delete_task(task.id)

    pachca.chats.archive_chat(chat.id)
    assert chat.id in [c.id for c in pachca.chats.list_chats_iter(archived=True)]
    pachca.chats.unarchive_chat(chat.id)
    pachca.group_tags.delete_tag(tag.id)
    pachca.users.delete_user(newcomer.id)
    with pytest.raises(NotFoundError):
        pachca.users.get_user(newcomer.id)
    with pytest.raises(NotFoundError):
        pachca.tasks.get_task(task.id)


def test_every_answer_of_the_fake_is_allowed_by_openapi_yaml(fake_pachca: FakePachca, pachca: Pachca) -> None:
    exercise_everything(fake_pachca, pachca)
    assert not fake_pachca.storage_saw_token
    exchanges = fake_pachca.exchanges
    exercised = {(e.request.method, e.request.path) for e in exchanges}
    assert len(exercised) > len(exchanges) // 2, "the walk reaches many different calls, not one call many times"
    assert validate_all(exchanges) == []


def test_the_validator_catches_a_fake_that_drifts(fake_pachca: FakePachca, pachca: Pachca) -> None:
    """The check above can fail: a chat without `owner_id` is rejected."""
    chat = fake_pachca.add_chat("Broken")
    del chat["owner_id"]
    with pytest.raises(Exception, match="owner_id"):
        pachca.chats.get_chat(chat["id"])
    with pytest.raises(AssertionError, match="owner_id"):
        validate_exchange(fake_pachca.exchanges[-1])


def test_lists_page_like_the_api(fake_pachca: FakePachca, pachca: Pachca) -> None:
    for n in range(7):
        fake_pachca.add_chat(f"Extra {n}")
    first = pachca.chats.list_chats(limit=4, order=SortOrder.ASC)
    assert len(first.data) == 4 and first.meta.paginate.has_next is True and first.meta.paginate.has_prev is False
    second = pachca.chats.list_chats(limit=4, order=SortOrder.ASC, cursor=first.meta.paginate.next_page)
    assert second.meta.paginate.has_prev is True
    assert [c.id for c in first.data + second.data] == sorted(c.id for c in first.data + second.data)
    everything = [c.id for c in pachca.chats.list_chats_iter(limit=4)]
    assert len(everything) == 10 and len(set(everything)) == 10
    assert fake_pachca.received("GET", "/chats") == 2 + 3
    page = pachca.search.search_users(query="", limit=2)
    assert page.meta.total == 4 and len(page.data) == 2


def test_a_bad_cursor_or_limit_is_a_400_with_api_error_items(pachca: Pachca) -> None:
    from pachca_client import BadRequestError

    with pytest.raises(BadRequestError) as bad_cursor:
        pachca.chats.list_chats(cursor="not-a-cursor")
    assert bad_cursor.value.errors[0].key == "cursor"
    with pytest.raises(BadRequestError) as bad_limit:
        pachca.chats.list_chats(limit=51)
    assert bad_limit.value.codes == ["invalid"]


def test_a_wrong_token_gets_the_oauth_401(fake_pachca: FakePachca) -> None:
    with (
        Pachca("not-the-token", base_url=fake_pachca.base_url) as stranger,
        pytest.raises(AuthenticationError) as caught,
    ):
        stranger.profile.get_profile()
    assert caught.value.error == "invalid_token"
    raw = httpx.get(fake_pachca.base_url + "/profile")
    assert raw.status_code == 401 and raw.json()["error_description"] == "Access token is missing"


def test_async_client_against_the_fake(fake_pachca: FakePachca) -> None:
    import asyncio

    async def scenario() -> list[str]:
        async with fake_pachca.async_client() as pachca:
            return [chat.name async for chat in pachca.chats.list_chats_iter(limit=1)]

    assert sorted(asyncio.run(scenario())) == ["Design reviews", "Engineering", "General"]
