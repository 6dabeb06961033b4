"""Error answers and transport failures become the typed exceptions of `_exceptions.py`."""

from __future__ import annotations

import httpx
import pytest
from client_helpers import Scripted, api_error, client

import pachca_client
from pachca_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ExportNotReadyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
)


@pytest.mark.parametrize(
    ("status", "exception"),
    [
        (400, pachca_client.BadRequestError),
        (402, pachca_client.PaymentRequiredError),
        (403, pachca_client.PermissionDeniedError),
        (404, pachca_client.NotFoundError),
        (409, pachca_client.ConflictError),
        (410, pachca_client.GoneError),
        (422, pachca_client.UnprocessableEntityError),
        (418, pachca_client.APIStatusError),
    ],
)
def test_api_error_bodies_map_to_typed_exceptions(status: int, exception: type[APIStatusError]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, json=api_error("too_long", "Name is too long"), headers={"X-Request-Id": "req-77"}
        )

    with client(handler) as pachca, pytest.raises(exception) as caught:
        pachca.chats.get_chat(1)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.request_id == "req-77"
    assert [(e.key, e.code, e.message) for e in error.errors] == [("name", "too_long", "Name is too long")]
    assert error.codes == ["too_long"]
    assert error.response.status_code == status
    assert f"HTTP {status}" in str(error) and "Name is too long" in str(error) and "req-77" in str(error)


def test_401_and_403_oauth_bodies_expose_the_oauth_error(scripted: Scripted) -> None:
    script = scripted(
        [
            httpx.Response(401, json={"error": "invalid_token", "error_description": "Access token is missing"}),
            httpx.Response(403, json={"error": "insufficient_scope", "error_description": "needs chats:read"}),
            httpx.Response(403, json=api_error("access_denied", "Guests cannot do this", key="user")),
        ]
    )
    with client(script) as pachca:
        with pytest.raises(pachca_client.AuthenticationError) as unauthenticated:
            pachca.chats.get_chat(1)
        assert unauthenticated.value.error == "invalid_token"
        assert unauthenticated.value.error_description == "Access token is missing"
        assert unauthenticated.value.errors == []
        with pytest.raises(PermissionDeniedError) as scope:
            pachca.chats.get_chat(1)
        assert scope.value.codes == ["insufficient_scope"]
        with pytest.raises(PermissionDeniedError) as rule:
            pachca.chats.get_chat(1)
        assert rule.value.codes == ["access_denied"] and rule.value.error is None


def test_export_not_ready_is_its_own_not_found() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json=api_error("export_file_not_found", "not ready", key="id"))

    with client(handler) as pachca, pytest.raises(ExportNotReadyError) as caught:
        pachca.chats.download_export(3)
    assert isinstance(caught.value, NotFoundError)


@pytest.mark.parametrize("method_name", ["get", "post"])
def test_a_502_html_page_raises_a_typed_error_not_a_json_error(method_name: str) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text=page, headers={"content-type": "text/html"})

    with client(handler, max_retries=0) as pachca, pytest.raises(InternalServerError) as caught:
        if method_name == "get":
            pachca.chats.get_chat(1)
        else:
            pachca.chats.create_chat(body={"chat": {"name": "x"}})
    assert caught.value.status_code == 502
    assert caught.value.errors == [] and caught.value.body is None
    assert "502 Bad Gateway" in str(caught.value)


def test_a_success_that_is_not_json_raises_response_validation_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>maintenance</html>")

    with client(handler) as pachca, pytest.raises(APIResponseValidationError) as caught:
        pachca.chats.get_chat(1)
    assert caught.value.status_code == 200
    assert "maintenance" in caught.value.body_excerpt


def test_a_success_missing_a_required_field_names_the_field() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"id": 1}})

    with (
        client(handler) as pachca,
        pytest.raises(APIResponseValidationError, match="'data\\.name': required field is missing"),
    ):
        pachca.chats.get_chat(1)


def test_transport_failures_become_connection_and_timeout_errors(scripted: Scripted) -> None:
    refuse = scripted([httpx.ConnectError("connection refused")])
    slow = scripted([httpx.ReadTimeout("timed out")])

    with client(refuse, max_retries=0) as pachca, pytest.raises(APIConnectionError) as refused:
        pachca.chats.get_chat(1)
    assert not isinstance(refused.value, APITimeoutError)
    with client(slow, max_retries=0) as pachca, pytest.raises(APITimeoutError):
        pachca.chats.get_chat(1)
