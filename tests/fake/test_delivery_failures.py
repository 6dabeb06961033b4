"""Failed webhook deliveries of the fake are loud: `assert_delivered()`, `failures()` and the plugin's teardown."""

from __future__ import annotations

import socket
import sys
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from pachca_client.testing import FakeBot, FakePachca
from pachca_client.webhooks import SIGNATURE_HEADER

sys.path.insert(0, str(ROOT / "examples"))
from webhook_flask import create_app as flask_app
from webhook_starlette import create_app as starlette_app

pytest_plugins = ["pytester"]


@pytest.fixture
def chat(fake_pachca: FakePachca) -> dict[str, Any]:
    return fake_pachca.add_chat("Deliveries", [fake_pachca.user("Vera")])


def refusal(fake: FakePachca, *args: Any, **filters: Any) -> str:
    """The message `assert_delivered` fails with."""
    with pytest.raises(AssertionError) as caught:
        fake.webhooks.assert_delivered(*args, **filters)
    return str(caught.value)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_wrong_mount_path_is_a_404_named_with_its_url(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    bot = fake_pachca.add_bot("Misrouted", chats=[chat])
    url = bot.attach(starlette_app(bot.signing_secret), path="/hooks")  # the app serves /webhook
    fake_pachca.user("Vera").posts(chat, "hi")
    assert bot.payloads() == []
    message = refusal(fake_pachca, bot)
    assert message.startswith("1 of 1 webhooks to bot 'Misrouted'")
    assert f"message/new to {url}: 404 after 1 attempt (nothing answers at this path" in message
    assert "answered 'Not Found'" in message


def test_a_trailing_slash_is_a_307_that_is_not_followed(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    bot = fake_pachca.add_bot("Slashed", chats=[chat])
    url = bot.attach(starlette_app(bot.signing_secret), path="/webhook/")
    fake_pachca.user("Vera").posts(chat, "hi")
    assert f"{url}: 307 after 1 attempt (redirects are not followed" in refusal(fake_pachca, bot)


def test_an_app_that_raises_is_a_500_tried_until_the_attempts_run_out(
    fake_pachca: FakePachca, chat: dict[str, Any]
) -> None:
    app = Flask(__name__)

    @app.post("/webhook")
    def webhook() -> str:
        raise RuntimeError("the handler broke")

    bot = fake_pachca.add_bot("Broken", chats=[chat])
    bot.attach(app)
    fake_pachca.user("Vera").posts(chat, "hi")
    assert "500 after 1 attempt (a retry waits for the fake's clock)" in refusal(fake_pachca, bot)
    fake_pachca.clock.advance(fake_pachca.webhooks.retry_after)
    fake_pachca.clock.advance(fake_pachca.webhooks.retry_after * 2)
    (failure,) = fake_pachca.webhooks.failures(bot)
    assert failure.status == 500 and failure.attempt == fake_pachca.webhooks.max_attempts
    message = refusal(fake_pachca, bot, type="message", event="new")
    assert f"500 after {fake_pachca.webhooks.max_attempts} attempts; answered '<!doctype html>" in message
    assert "Internal Server Error" in message and "a retry waits" not in message


def test_an_asgi_app_that_raises_is_named_by_its_error(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    async def webhook(request: Request) -> Response:
        raise RuntimeError("the async handler broke")

    bot = fake_pachca.add_bot("Async broken", chats=[chat])
    bot.attach(Starlette(routes=[Route("/webhook", webhook, methods=["POST"])]))
    fake_pachca.user("Vera").posts(chat, "hi")
    assert "no answer (RuntimeError: the async handler broke) after 1 attempt" in refusal(fake_pachca, bot)


def test_a_wrong_signing_secret_is_a_401_and_the_report_shows_no_secret(
    fake_pachca: FakePachca, chat: dict[str, Any]
) -> None:
    bot = fake_pachca.add_bot("Impostor", chats=[chat])
    bot.attach(starlette_app("not-its-secret"))
    fake_pachca.user("Vera").posts(chat, "hi")
    (failure,) = fake_pachca.webhooks.failures()
    assert failure.status == 401 and not failure.ok
    shown = repr(failure)
    assert "401 after 1 attempt (the receiver refused the signature" in shown
    assert "Pachca-Signature header does not match the body" in shown
    for secret in (bot.signing_secret, bot.token, failure.headers[SIGNATURE_HEADER]):
        assert secret not in shown


def test_a_refused_connection_is_named_by_its_error(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    url = f"http://127.0.0.1:{closed_port()}/hook"
    bot = fake_pachca.add_bot("Offline", chats=[chat], outgoing_url=url)
    fake_pachca.user("Vera").posts(chat, "hi")
    message = refusal(fake_pachca, bot)
    assert f"message/new to {url}: no answer (ConnectError: " in message and "after 1 attempt" in message


def test_the_report_hides_credentials_in_the_url_and_cuts_a_long_answer(
    fake_pachca: FakePachca, chat: dict[str, Any]
) -> None:
    url = "https://hook:pass-word@hooks.example.test/in?token=query-token"
    bot = fake_pachca.add_bot("Chatty", chats=[chat], outgoing_url=url)
    fake_pachca.webhooks.mount(url, lambda body, headers: (400, b"x" * 1000))
    fake_pachca.user("Vera").posts(chat, "hi")
    (failure,) = fake_pachca.webhooks.failures(bot)
    shown = failure.describe()
    assert "to https://hooks.example.test/in?…: 400 after 1 attempt" in shown
    assert "pass-word" not in shown and "query-token" not in shown
    assert "'" + "x" * 300 + "…'" in shown and "x" * 301 not in shown


def test_delivered_webhooks_pass_and_are_returned(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    bot = fake_pachca.add_bot("Fine", chats=[chat])
    bot.attach(flask_app(bot.signing_secret))
    message = fake_pachca.user("Vera").posts(chat, "hi")
    fake_pachca.user("Vera").reacts(message, "👍")
    (delivered,) = fake_pachca.webhooks.assert_delivered(bot, type="message", event="new", count=1)
    assert delivered.ok and delivered.payload["content"] == "hi"
    assert len(fake_pachca.webhooks.assert_delivered(bot)) == 2
    assert fake_pachca.webhooks.failures() == []
    assert refusal(fake_pachca, bot, type="message", count=2) == (
        f"expected 2 webhooks (type 'message') to bot 'Fine' (#{bot.id}) delivered, got 1: message/new"
    )
    assert refusal(fake_pachca, type="chat_member").startswith("expected at least 1 webhooks (type 'chat_member')")


def test_nothing_delivered_fails_and_names_what_is_held_back(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    bot = fake_pachca.add_bot("Patient", chats=[chat])
    bot.attach(lambda body, headers: 200)
    fake_pachca.webhooks.delay(30)
    fake_pachca.user("Vera").posts(chat, "later")
    assert refusal(fake_pachca, bot).endswith("got 0; 1 more are held back until the fake's clock moves on (`delay()`)")
    fake_pachca.clock.advance(30)
    assert len(fake_pachca.webhooks.assert_delivered(bot, count=1)) == 1


def test_a_5xx_retried_into_a_2xx_is_no_failure(fake_pachca: FakePachca, chat: dict[str, Any]) -> None:
    answers = [503, 200]
    bot = fake_pachca.add_bot("Flaky", chats=[chat])
    bot.attach(lambda body, headers: answers.pop(0))
    fake_pachca.user("Vera").posts(chat, "eventually")
    assert "503 after 1 attempt (a retry waits for the fake's clock)" in refusal(fake_pachca, bot)
    fake_pachca.clock.advance(fake_pachca.webhooks.retry_after)
    (delivered,) = fake_pachca.webhooks.assert_delivered(bot)
    assert delivered.attempt == 2 and fake_pachca.webhooks.failures() == []


def test_a_form_turned_back_with_field_errors_counts_as_delivered(
    fake_pachca: FakePachca, chat: dict[str, Any]
) -> None:
    bot: FakeBot = fake_pachca.add_bot("Forms", chats=[chat])
    bot.attach(flask_app(bot.signing_secret))  # answers 400 {"errors": {"title": ...}} without a title
    with bot.client() as as_bot:
        asked = as_bot.messages.create_message(
            body={"message": {"entity_id": chat["id"], "content": "Task?", "buttons": [[{"text": "+", "data": "new"}]]}}
        )
        click = fake_pachca.user("Vera").clicks(asked.id, "new")
        form = {"title": "Task", "blocks": [{"type": "input", "name": "title", "label": "Title"}]}
        as_bot.views.open_view(body={"type": "modal", "trigger_id": click.trigger_id, "view": form})
    assert click.view is not None
    rejected = fake_pachca.user("Vera").submits(click.view, {})
    assert rejected.errors and rejected.delivery is not None and rejected.delivery.status == 400
    (turned_back,) = fake_pachca.webhooks.assert_delivered(bot, type="view", count=1)
    assert "400 with form errors after 1 attempt" in repr(turned_back)


INNER_TESTS = """
import pytest


def misrouted(fake):
    chat = fake.add_chat("Inner", [fake.user("Vera")])
    bot = fake.add_bot("Inner bot", chats=[chat])
    bot.attach(lambda body, headers: (404, b"no such route"), path="/hooks")
    fake.user("Vera").posts(chat, "hi")
    return bot


def test_unnoticed(fake_pachca):
    misrouted(fake_pachca)


def test_waiting_for_a_payload(fake_pachca):
    assert misrouted(fake_pachca).payloads() != []


def test_looked_at_the_failures(fake_pachca):
    misrouted(fake_pachca)
    assert len(fake_pachca.webhooks.failures()) == 1


def test_read_the_statuses(fake_pachca):
    misrouted(fake_pachca)
    assert [d.status for d in fake_pachca.webhooks.deliveries] == [404]


@pytest.mark.pachca_allow_failed_deliveries
def test_fails_them_on_purpose(fake_pachca):
    misrouted(fake_pachca)


def test_delivers(fake_pachca):
    chat = fake_pachca.add_chat("Fine", [fake_pachca.user("Vera")])
    fake_pachca.add_bot("Fine bot", chats=[chat]).attach(lambda body, headers: 200)
    fake_pachca.user("Vera").posts(chat, "hi")
"""


def test_the_fixture_errors_at_teardown_on_failures_the_test_never_looked_at(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["pachca_client.testing.pytest_plugin"]')
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest("-p", "no:random_order", "--strict-markers", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=5, failed=1, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_unnoticed*",
            "*Webhook deliveries of fake_pachca failed and the test never looked at them:",
            "*- message/new to https://bot-*.fake-pachca.test/hooks: 404 after 1 attempt (nothing answers at this"
            " path*); answered 'no such route'",
            "*@pytest.mark.pachca_allow_failed_deliveries*",
        ]
    )
    errored = {line.split("::")[1].split()[0] for line in result.outlines if line.startswith("ERROR test_inner.py::")}
    assert errored == {"test_unnoticed", "test_waiting_for_a_payload"}
