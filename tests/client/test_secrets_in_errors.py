"""The secrets contract (issue 24): no credential the client knows or has just received reaches an error's
message, its repr, the body and response it keeps, a model's repr or a log line (`_secrets.py`,
`_exceptions.py`, `_tolerance.py`); and an OAuth `token_type` of `bearer` reads as `Bearer` (RFC 6749, via
`x-case-insensitive` in openapi.yaml)."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from client_helpers import TOKEN, Scripted, client

from pachca_client import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    DeviationError,
    InternalServerError,
    PachcaError,
)
from pachca_client.generated.models.o_auth_token_token_type import OAuthTokenTokenType

ACCESS = "acc-NEW-SECRET-1234567"
REFRESH = "ref-NEW-SECRET-7654321"
CODE = "code-SECRET-abcdef"
CLIENT_SECRET = "client-SECRET-0123456"
EXCHANGE = {
    "grant_type": "authorization_code",
    "code": CODE,
    "redirect_uri": "https://bot.example/callback",
    "client_id": "bot-42",
    "client_secret": CLIENT_SECRET,
}
SECRETS = (TOKEN, ACCESS, REFRESH, CODE, CLIENT_SECRET)


def oauth_token(**changes: Any) -> dict[str, Any]:
    return {
        "access_token": ACCESS,
        "token_type": "Bearer",
        "refresh_token": REFRESH,
        "scope": "chats:read",
        "created_at": 1767225600,
        **changes,
    }


def shown(error: PachcaError) -> list[str]:
    """Everything an error shows of itself: message, repr, kept body and response text, excerpt, header."""
    texts = [str(error), repr(error), repr(error.args)]
    for name in ("body", "error_description", "body_excerpt", "www_authenticate", "errors"):
        texts.append(repr(getattr(error, name, None)))
    response = getattr(error, "response", None)
    if response is not None:
        texts += [response.text, repr(response.content)]
        try:
            texts.append(repr(response.json()))
        except ValueError:
            pass
    return texts


def assert_no_secret(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaked in {text[:200]!r}"


def test_a_proxy_page_listing_the_request_headers_does_not_show_the_token(scripted: Scripted) -> None:
    page = f"<html><body><h1>502 Bad Gateway</h1><pre>Authorization: Bearer {TOKEN}\nHost: x</pre></body></html>"
    answer = httpx.Response(502, text=page, headers={"content-type": "text/html"})
    with client(scripted([answer]), max_retries=0) as pachca:
        with pytest.raises(InternalServerError) as caught:
            pachca.chats.get_chat(1)
    assert "<redacted>" in str(caught.value) and "Bad Gateway" in str(caught.value)
    assert_no_secret(shown(caught.value))


def test_an_error_description_naming_the_token_does_not_show_it(scripted: Scripted) -> None:
    body = {"error": "invalid_token", "error_description": f"token {TOKEN} was revoked"}
    with client(scripted([httpx.Response(401, json=body)])) as pachca:
        with pytest.raises(AuthenticationError) as caught:
            pachca.profile.get_profile()
    assert caught.value.error_description == "token <redacted> was revoked"
    assert_no_secret(shown(caught.value))


def test_an_exchange_refused_does_not_show_the_code_or_the_client_secret(scripted: Scripted) -> None:
    body = {"error": "invalid_grant", "error_description": f"code {CODE} expired (client secret {CLIENT_SECRET})"}
    with client(scripted([httpx.Response(400, json=body)])) as pachca:
        with pytest.raises(BadRequestError) as caught:
            pachca.oauth.exchange_token(body=EXCHANGE)
    assert caught.value.error == "invalid_grant"
    assert_no_secret(shown(caught.value))


def test_an_exchange_answer_that_fails_validation_does_not_show_the_new_tokens(
    scripted: Scripted, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    answer = httpx.Response(200, json=oauth_token(created_at="yesterday"))
    with client(scripted([answer]), strict=True) as pachca:
        with pytest.raises(APIResponseValidationError) as caught:
            pachca.oauth.exchange_token(body=EXCHANGE)
    assert "created_at" in str(caught.value) and "<redacted>" in caught.value.body_excerpt
    assert_no_secret(shown(caught.value) + [record.getMessage() for record in caplog.records])


def test_an_exchange_answer_read_tolerantly_keeps_its_tokens_out_of_reprs_and_logs(
    scripted: Scripted, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    answer = httpx.Response(200, json=oauth_token(created_at="yesterday", refresh_token=[REFRESH]))
    with client(scripted([answer]), strict=False) as pachca:
        token = pachca.oauth.exchange_token(body=EXCHANGE)
    assert token.access_token == ACCESS, "the caller still gets the token"
    with pytest.raises(DeviationError) as caught:
        token.refresh_token  # noqa: B018 - a deviating credential
    texts = [repr(token), str(caught.value), repr(caught.value), repr(caught.value.deviation)]
    texts += [repr(caught.value.raw)] + [record.getMessage() for record in caplog.records]
    assert any("refresh_token" in record.getMessage() for record in caplog.records), "the deviation is logged"
    assert_no_secret(texts)


def test_an_oauth_token_type_in_lower_case_is_bearer(scripted: Scripted) -> None:
    answer = httpx.Response(200, json=oauth_token(token_type="bearer"))
    with client(scripted([answer]), strict=True) as pachca:
        token = pachca.oauth.exchange_token(body=EXCHANGE)
    assert token.token_type is OAuthTokenTokenType.BEARER


def test_the_secrets_stay_out_of_log_lines_of_a_failed_call(
    scripted: Scripted, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    body = {"errors": [{"key": "token", "value": TOKEN, "message": f"bad {TOKEN}", "code": "invalid", "payload": None}]}
    with client(scripted([httpx.Response(422, json=body)])) as pachca:
        with pytest.raises(APIStatusError) as caught:
            pachca.chats.get_chat(1)
    logging.getLogger("pachca_client").exception("call failed: %s", caught.value)
    texts = shown(caught.value) + [record.getMessage() for record in caplog.records]
    assert caught.value.errors[0].message == "bad <redacted>"
    assert_no_secret(texts)
