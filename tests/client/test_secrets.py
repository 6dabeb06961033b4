"""The token and the settings: never leaked, sent only to the API origin, checked at construction, read
from PACHCA_TOKEN (`_client.py`, `_logging.py`)."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from client_helpers import TOKEN, Scripted, client

import pachca_client
from pachca_client import Pachca


def test_the_token_is_never_in_reprs_logs_or_errors(caplog: pytest.LogCaptureFixture, scripted: Scripted) -> None:
    caplog.set_level(logging.DEBUG)
    script = scripted([503, httpx.Response(401, json={"error": "invalid_token", "error_description": "bad"})])
    with client(script) as pachca:
        with pytest.raises(pachca_client.AuthenticationError) as caught:
            pachca.chats.get_chat(1)
        texts = [repr(pachca), str(pachca), repr(pachca.chats), repr(pachca._auth)]
    texts += [str(caught.value), repr(caught.value), repr(caught.value.request), repr(caught.value.response)]
    texts += [record.getMessage() for record in caplog.records]
    assert any("retrying GET" in t for t in texts), "the retry is logged"
    assert any("<redacted>" in t for t in texts), "headers are logged redacted at debug level"
    for text in texts:
        assert TOKEN not in text


def test_the_token_goes_only_to_the_api_origin() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    with client(handler) as pachca:
        pachca._http.get("https://storage.example.invalid/upload")
        pachca._http.get("http://api.pachca.com/api/shared/v1/chats")
        pachca._http.get("/chats")
    assert "authorization" not in seen[0].headers
    assert "authorization" not in seen[1].headers, "another scheme is another origin"
    assert seen[2].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"token": ""}, ValueError, "token is empty"),
        ({"token": "   "}, ValueError, "token is empty"),
        ({"token": "abc\ndef"}, ValueError, "whitespace or control"),
        ({"token": 12345}, TypeError, "token must be a str"),
        ({"token": "t", "base_url": "api.pachca.com"}, ValueError, "absolute http"),
        ({"token": "t", "base_url": "ftp://x/y"}, ValueError, "absolute http"),
        ({"token": "t", "base_url": 5}, TypeError, "base_url must be a str"),
        ({"token": "t", "timeout": -1}, ValueError, "timeout must be"),
        ({"token": "t", "max_retries": -1}, ValueError, "max_retries must be"),
    ],
)
def test_bad_settings_fail_at_construction(arguments: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        Pachca(**arguments)


def test_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PACHCA_TOKEN", raising=False)
    with pytest.raises(ValueError, match="PACHCA_TOKEN"):
        Pachca()
    monkeypatch.setenv("PACHCA_TOKEN", "from-env")
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(204)

    with Pachca(transport=httpx.MockTransport(handler)) as pachca:
        pachca.messages.delete_message(1)
    assert seen == ["Bearer from-env"]
