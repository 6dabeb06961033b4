"""Every operation of openapi.yaml, called through the real client against the fake, answers as documented.

One scenario walks the whole API (as the owner, and as a bot where the API wants a bot token), records
which facade methods it called, and checks that together they cover every operation of openapi.yaml;
every answer the fake gave, successes and errors, is then validated against the documented response.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_samples import load_project_spec
from spec_validation import operation_for, validate_all, validate_exchange

from pachca_client import (
    BadRequestError,
    ExportNotReadyError,
    GoneError,
    NotFoundError,
    Pachca,
    PaymentRequiredError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from pachca_client.testing import FakePachca

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def spec_operations() -> dict[tuple[str, str], tuple[str, str]]:
    """(method, path) -> (resource, method name) of the facade, for every operation of openapi.yaml."""
    found = {}
    for path, item in load_project_spec()["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                resource = operation["tags"][0].lower().replace(" ", "_")
                found[(method.upper(), path)] = (resource, snake(operation["operationId"]))
    return found


DIRECT_URL = ("POST", "/direct_url")  # the storage host's upload, reached by files.upload: not an API route


class Recorder:
    """Calls facade methods by name and remembers which were called."""

    def __init__(self) -> None:
        self.called: set[tuple[str, str]] = set()

    def __call__(self, client: Pachca, resource: str, method: str, *args: Any, **kwargs: Any) -> Any:
        self.called.add((resource, method))
        return getattr(getattr(client, resource), method)(*args, **kwargs)


@pytest.fixture
def world(fake_pachca: FakePachca, pachca: Pachca) -> Iterator[tuple[FakePachca, Pachca, Recorder]]:
    yield fake_pachca, pachca, Recorder()


def walk_the_whole_api(fake: FakePachca, pachca: Pachca, call: Recorder, tmp_path: Path) -> None:
    me = call(pachca, "profile", "get_profile")
    info = call(pachca, "oauth", "get_token_info")
    assert info.user_id == me.id
    call(pachca, "profile", "update_status", body={"status": {"emoji": "🌴", "title": "Away", "is_away": True}})
    assert call(pachca, "profile", "get_status").is_away is True
    call(pachca, "profile", "delete_status")
    avatar = call(pachca, "profile", "update_profile_avatar", body={"image": PNG})
    assert avatar.image_url.startswith(fake.storage.url)
    assert httpx.get(avatar.image_url).content == PNG, "the storage host serves the avatar"
    call(pachca, "profile", "delete_profile_avatar")

    # users, custom properties, group tags
    city = fake.add_custom_property("User", "City")
    assert [p.name for p in call(pachca, "custom_properties", "list_properties", entity_type="User")] == ["City"]
    nina = call(
        pachca,
        "users",
        "create_user",
        body={
            "user": {
                "email": "nina@example.test",
                "first_name": "Nina",
                "custom_properties": [{"id": city["id"], "value": "Kazan"}],
            }
        },
    )
    assert call(pachca, "users", "get_user", nina.id).custom_properties[0].value == "Kazan"
    assert nina.id in [u.id for u in call(pachca, "users", "list_users").data]
    call(pachca, "users", "update_user", nina.id, body={"user": {"department": "QA", "list_tags": []}})
    call(pachca, "users", "update_user_status", nina.id, body={"status": {"emoji": "🤒", "title": "Sick"}})
    assert call(pachca, "users", "get_user_status", nina.id).emoji == "🤒"
    call(pachca, "users", "delete_user_status", nina.id)
    call(pachca, "users", "update_user_avatar", nina.id, body={"image": PNG})
    call(pachca, "users", "delete_user_avatar", nina.id)
    tag = call(pachca, "group_tags", "create_tag", body={"group_tag": {"name": "QA"}})
    call(pachca, "group_tags", "update_tag", tag.id, body={"group_tag": {"name": "Quality"}})
    assert call(pachca, "group_tags", "get_tag", tag.id).name == "Quality"
    assert [t.id for t in call(pachca, "group_tags", "list_tags").data] == [tag.id]
    assert call(pachca, "group_tags", "get_tag_users", tag.id).data == []

    # chats and members
    chat = call(pachca, "chats", "create_chat", body={"chat": {"name": "Launch", "member_ids": [nina.id]}}).data
    call(pachca, "chats", "update_chat", chat.id, body={"chat": {"name": "Launch 2", "public": True}})
    assert call(pachca, "chats", "get_chat", chat.id).name == "Launch 2"
    assert chat.id in [c.id for c in call(pachca, "chats", "list_chats").data]
    assert call(pachca, "chats", "update_chat_avatar", chat.id, body={"image": PNG}).image_url
    call(pachca, "chats", "delete_chat_avatar", chat.id)
    call(pachca, "chats", "archive_chat", chat.id)
    call(pachca, "chats", "unarchive_chat", chat.id)
    assert chat.id in [c.id for c in call(pachca, "chats", "list_company_chats", limit=50).data]
    boris = fake.user("Boris")
    call(pachca, "members", "add_members", chat.id, body={"member_ids": [boris.id]})
    call(pachca, "members", "update_member_role", chat.id, boris.id, body={"role": "editor"})
    assert boris.id in [u.id for u in call(pachca, "members", "list_members", chat.id).data]
    call(pachca, "members", "add_tags", chat.id, body={"group_tag_ids": [tag.id]})
    call(pachca, "members", "remove_tag", chat.id, tag.id)
    call(pachca, "members", "remove_member", chat.id, boris.id)
    borrowed = fake.add_chat("Boris's room", [me.id], owner_id=boris.id)
    call(pachca, "members", "leave_chat", borrowed["id"])

    # bots: created through the API, then the bot's own token
    created = call(
        pachca,
        "bots",
        "create_bot",
        body={
            "webhook": {"name": "Helper", "events_history_enabled": True},
            "oauth_client": {"redirect_uris": ["https://app.example.test/cb"]},
        },
    )
    bot_id, client_secret = created.id, created.client_secret
    assert created.access_token and client_secret
    call(pachca, "bots", "update_bot", bot_id, body={"webhook": {"commands": ["/help"], "trigger_on": "all_messages"}})
    assert call(pachca, "bots", "get_bot", bot_id).webhook.commands == ["/help"]
    assert bot_id in [b.id for b in call(pachca, "bots", "list_bots").data]
    assert bot_id in [b.id for b in call(pachca, "bots", "list_company_bots").data]
    assert call(pachca, "bots", "get_bot_scopes", bot_id).scopes
    extra = call(pachca, "bots", "create_bot_token", bot_id, body={"name": "ci", "scopes": ["messages:read"]})
    call(pachca, "bots", "update_bot_token", bot_id, extra.id, body={"name": "ci-2"})
    reissued = call(pachca, "bots", "reissue_bot_token", bot_id, extra.id)
    assert reissued.token != extra.token
    assert {t.name for t in call(pachca, "bots", "list_bot_tokens", bot_id).data} >= {"ci-2"}
    call(pachca, "bots", "delete_bot_token", bot_id, extra.id)
    call(pachca, "bots", "update_bot_avatar", bot_id, body={"image": PNG})
    call(pachca, "bots", "delete_bot_avatar", bot_id)
    rotated = call(pachca, "bots", "rotate_bot_client_secret", bot_id)
    assert rotated.client_secret and rotated.client_secret != client_secret
    client_secret = rotated.client_secret
    recreated = call(pachca, "bots", "recreate_bot_token", bot_id)
    assert recreated.access_token and recreated.access_token != created.access_token
    with fake.client(recreated.access_token) as bot:
        itself = call(bot, "bots", "self_update_bot_webhook", body={"webhook": {"outgoing_url": ""}})
        assert itself.id == bot_id
        fresh = call(bot, "bots", "self_recreate_bot_token")
    bot_token = fresh.access_token

    # files, messages, reactions, pins, threads
    uploaded = call(pachca, "files", "upload", b"%PDF-1.7 plan", name="plan.pdf")
    params = call(pachca, "files", "get_upload_params")
    assert params.key.endswith("${filename}")
    message = call(
        pachca,
        "messages",
        "create_message",
        body={
            "message": {
                "entity_id": chat.id,
                "content": "Plan at https://docs.example.test/plan",
                "files": [uploaded.to_dict()],
                "buttons": [[{"text": "OK", "data": "ok"}]],
            }
        },
    )
    into = io.BytesIO()
    call(pachca, "files", "download_file", message.files[0].id, into)
    assert into.getvalue() == b"%PDF-1.7 plan"
    call(pachca, "messages", "update_message", message.id, body={"message": {"content": "Plan v2"}})
    assert call(pachca, "messages", "get_message", message.id).content == "Plan v2"
    assert [m.id for m in call(pachca, "messages", "list_chat_messages", chat_id=chat.id).data] == [message.id]
    call(pachca, "messages", "pin_message", message.id)
    call(pachca, "messages", "unpin_message", message.id)
    call(pachca, "chats", "mark_chat_unread", chat.id, body={"message_id": message.id})
    call(pachca, "reactions", "add_reaction", message.id, body={"code": "👍"})
    assert [r.code for r in call(pachca, "reactions", "list_reactions", message.id).data] == ["👍"]
    call(pachca, "reactions", "remove_reaction", message.id, code="👍")
    fake.user("Nina").reads(chat.id)
    assert call(pachca, "read_members", "list_read_members", message.id).data == [nina.id]
    thread = call(pachca, "threads", "create_thread", message.id)
    assert call(pachca, "threads", "get_thread", thread.id).message_id == message.id
    standalone = call(pachca, "threads", "create_standalone_thread")
    assert standalone.message_id is None
    assert {t.id for t in call(pachca, "threads", "list_threads").data} == {thread.id, standalone.id}
    assert [m.id for m in call(pachca, "search", "search_messages", query="plan").data] == [message.id]
    assert [c.id for c in call(pachca, "search", "search_chats", query="launch").data] == [chat.id]
    assert [u.id for u in call(pachca, "search", "search_users", query="nina").data] == [nina.id]

    # the bot in a chat: unfurl, a button, a form, its stored events
    call(pachca, "members", "add_members", chat.id, body={"member_ids": [bot_id]})
    with fake.client(bot_token) as bot:
        call(
            bot,
            "messages",
            "unfurl",
            message.id,
            body={"link_previews": {"https://docs.example.test/plan": {"title": "Plan", "description": "v2"}}},
        )
        asked = call(
            bot,
            "messages",
            "create_message",
            body={
                "message": {
                    "entity_id": chat.id,
                    "content": "Report?",
                    "buttons": [[{"text": "File", "data": "report"}]],
                }
            },
        )
        click = fake.user("Nina").clicks(asked.id, "report")
        form = {
            "title": "Report",
            "blocks": [{"type": "input", "name": "text", "label": "What happened", "required": True}],
        }
        call(
            bot,
            "views",
            "open_view",
            body={"type": "modal", "trigger_id": click.trigger_id, "callback_id": "report", "view": form},
        )
        assert click.view is not None
        submission = fake.user("Nina").submits(click.view, {"text": "All good"})
        events = call(bot, "bots", "get_webhook_events", limit=50).data
        submitted = next(e for e in events if e.event_type == "view_submit")
        assert submitted.payload.submit_id == submission.submit_id
        assert call(
            bot, "views", "submit_view_response", submitted.payload.view_id, body={"submit_id": submission.submit_id}
        ).success
        assert submission.accepted and not click.view.is_open
        call(bot, "bots", "delete_webhook_event", submitted.id)

    # tasks, drafts
    task = call(
        pachca, "tasks", "create_task", body={"task": {"kind": "reminder", "content": "Notes", "chat_id": chat.id}}
    )
    call(pachca, "tasks", "update_task", task.id, body={"task": {"status": "done"}})
    assert call(pachca, "tasks", "get_task", task.id).status == "done"
    assert [t.id for t in call(pachca, "tasks", "list_tasks").data] == [task.id]
    call(pachca, "tasks", "delete_task", task.id)
    draft = call(
        pachca,
        "drafts",
        "create_draft",
        body={"draft": {"entity_type": "discussion", "entity_id": chat.id, "content": "unsent"}},
    )
    call(pachca, "drafts", "update_draft", draft.id, body={"draft": {"content": "still unsent"}})
    assert call(pachca, "drafts", "get_draft", draft.id).content == "still unsent"
    assert [d.id for d in call(pachca, "drafts", "list_drafts").data] == [draft.id]
    call(pachca, "drafts", "delete_draft", draft.id)

    # exports: asked for, not ready, then built by the fake's clock and served as a zip by the storage host
    today = fake.clock.now().date().isoformat()
    export = call(pachca, "chats", "request_export", body={"start_at": today, "end_at": today, "chat_ids": [chat.id]})
    assert export is not None
    with pytest.raises(ExportNotReadyError):
        call(pachca, "chats", "download_export", export.id)
    fake.clock.advance(fake.export_ready_after)
    location = call(pachca, "chats", "download_export", export.id)
    assert location.startswith(fake.storage.url)
    saved = call(pachca, "chats", "save_export", export.id, tmp_path)
    with zipfile.ZipFile(saved) as archive:
        names = archive.namelist()
    assert "chats.json" in names and any(name.startswith(f"Launch 2_{chat.id}/") for name in names)

    # the audit log, OAuth
    keys = {e.event_key for e in call(pachca, "security", "get_audit_events", limit=50).data}
    assert {"user_created", "chat_created", "message_created"} <= {str(k) for k in keys}
    code = fake.authorize(bot_id, nina.id, scopes=["profile:read"], redirect_uri="https://app.example.test/cb")
    with Pachca.without_token(base_url=fake.base_url) as anonymous:
        issued = call(
            anonymous,
            "oauth",
            "exchange_token",
            body={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": "https://app.example.test/cb",
                "client_id": f"fake-client-{bot_id}",
                "client_secret": client_secret,
            },
        )
    with fake.client(issued.access_token) as on_behalf:
        assert on_behalf.profile.get_profile().id == nina.id
    call(
        pachca,
        "oauth",
        "revoke_token",
        body={"token": issued.access_token, "client_id": f"fake-client-{bot_id}", "client_secret": client_secret},
    )

    # deletions last
    call(pachca, "messages", "delete_message", message.id)
    call(pachca, "group_tags", "delete_tag", tag.id)
    call(pachca, "bots", "delete_bot", bot_id)
    call(pachca, "users", "delete_user", nina.id)


def test_every_operation_answers_as_documented(world: Any, tmp_path: Path) -> None:
    fake, pachca, call = world
    walk_the_whole_api(fake, pachca, call, tmp_path)

    operations = spec_operations()
    assert operations, "openapi.yaml lists operations"
    # The operations the fake has a stateful route for; the others (new ones) are answered from the spec
    # alone, which tests/fake/test_generic.py checks for every operation.
    stateful = set(fake.coverage()["stateful"])
    operations = {key: facade for key, facade in operations.items() if facade[1] in stateful or key == DIRECT_URL}
    expected = {facade for key, facade in operations.items() if key != DIRECT_URL}
    assert expected - call.called == set(), "facade methods never called"
    assert ("files", "upload") in call.called, "POST /direct_url (the storage host) is reached by files.upload"
    assert fake.uploads, "the storage host received the upload"
    assert not fake.storage_saw_token

    reached = {
        (e.request.method, operation_for(e.request.method, e.path)[0])
        for e in fake.exchanges
        if e.status < 300 or e.status == 302
    }
    assert reached == set(operations) - {DIRECT_URL}, "every operation answered a success"
    routed = set(fake.operations())
    assert routed >= set(operations) - {DIRECT_URL}
    assert validate_all(fake.exchanges) == []


def check(
    fake: FakePachca, error: type[Exception], action: Callable[[], Any], status: int, code: str | None = None
) -> None:
    with pytest.raises(error):
        action()
    last = fake.exchanges[-1]
    assert last.status == status, last.body
    validate_exchange(last)
    if code is not None:
        assert code.encode() in last.body


def test_documented_errors_of_a_representative_set(fake_pachca: FakePachca, pachca: Pachca) -> None:
    fake = fake_pachca
    chat = next(iter(fake.state.chats.values()))
    # 404 for unknown ids
    for action in (
        lambda: pachca.chats.get_chat(999_999),
        lambda: pachca.messages.get_message(999_999),
        lambda: pachca.bots.get_bot(999_999),
        lambda: pachca.drafts.get_draft(999_999),
        lambda: pachca.threads.get_thread(999_999),
        lambda: pachca.tasks.update_task(999_999, body={"task": {"status": "done"}}),
        lambda: pachca.chats.download_export(999_999),
    ):
        check(fake, NotFoundError, action, 404, "not_found")
    # 400/422 validation
    check(fake, UnprocessableEntityError, lambda: pachca.chats.create_chat(body={"chat": {"name": " "}}), 422, "blank")
    check(
        fake,
        UnprocessableEntityError,
        lambda: pachca.messages.create_message(body={"message": {"entity_id": chat["id"], "content": ""}}),
        422,
    )
    past = {"start_date": "2001-01-01T10:00:00Z", "repetition": {"interval": "once"}}
    body = {"draft": {"entity_type": "discussion", "entity_id": chat["id"], "content": "x", "schedule": past}}
    check(fake, UnprocessableEntityError, lambda: pachca.drafts.create_draft(body=body), 422, "next_send_at_invalid")
    export = {"start_at": "2026-01-10", "end_at": "2026-01-01"}
    check(fake, UnprocessableEntityError, lambda: pachca.chats.request_export(body=export), 422, "invalid_date_range")
    check(fake, BadRequestError, lambda: pachca.bots.create_bot(body={"webhook": {"name": ""}}), 400)
    # 403: a missing scope, a bot-only operation, a chat the caller is not in
    with fake.client(fake.add_token(scopes=["chats:read"])) as limited:
        check(
            fake,
            PermissionDeniedError,
            lambda: limited.messages.create_message(body={"message": {"entity_id": chat["id"], "content": "x"}}),
            403,
            "insufficient_scope",
        )
        assert limited.chats.get_chat(chat["id"]).id == chat["id"]
    view = {"type": "modal", "trigger_id": "x", "view": {"title": "T", "blocks": []}}
    check(fake, PermissionDeniedError, lambda: pachca.views.open_view(body=view), 403, "access_denied")
    private = fake.add_chat("Not yours", [], owner_id=fake.user("Gleb").id)
    check(fake, PermissionDeniedError, lambda: pachca.chats.get_chat(private["id"]), 403, "access_denied")
    # 410: a trigger that expired (3 s by the fake's clock)
    bot = fake.add_bot("Former", chats=[chat["id"]])
    with bot.client() as as_bot:
        asked = as_bot.messages.create_message(
            body={"message": {"entity_id": chat["id"], "content": "?", "buttons": [[{"text": "Go", "data": "go"}]]}}
        )
        click = fake.user("Vera").clicks(asked.id, "go")
        fake.clock.advance(3.5)
        view["trigger_id"] = click.trigger_id
        check(fake, GoneError, lambda: as_bot.views.open_view(body=view), 410, "trigger_expired")


def test_a_path_the_fake_does_not_know_is_a_501_that_says_so(fake_pachca: FakePachca) -> None:
    headers = {"Authorization": f"Bearer {fake_pachca.token}"}
    unknown_path = httpx.post(fake_pachca.base_url + "/x", headers=headers)
    assert unknown_path.status_code == 501
    assert unknown_path.json() == {
        "errors": [
            {
                "key": "path",
                "value": "/x",
                "message": "FakePachca does not implement POST /x",
                "code": "fake_not_implemented",
                "payload": None,
            }
        ]
    }
    # a path of openapi.yaml asked with a method it does not have: 405 and the methods it has (Allow)
    unknown_method = httpx.patch(fake_pachca.base_url + "/chats/1", headers=headers)
    assert unknown_method.status_code == 405
    methods = {m.upper() for m in load_project_spec()["paths"]["/chats/{id}"]} & {"GET", "POST", "PUT", "DELETE"}
    assert set(unknown_method.headers["allow"].split(", ")) == methods
    assert unknown_method.json()["errors"][0]["code"] == "fake_method_not_allowed"


def test_plan_gated_operations_answer_402_outside_the_corporation_plan() -> None:
    with FakePachca(plan="team") as fake, fake.client() as pachca:
        with pytest.raises(PaymentRequiredError):
            pachca.security.get_audit_events()
        validate_exchange(fake.exchanges[-1])
        assert pachca.chats.list_chats().data
