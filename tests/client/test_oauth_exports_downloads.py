"""The kinds of operation the October 2026 revision added, through the facade over MockTransport.

Form-encoded OAuth bodies sent without the bearer token, binary downloads streamed to disk, an
export request answered 202 with the export (or the old 204), a created chat that reports the
members it could not find, and credentials kept out of reprs.
"""

from __future__ import annotations

import io
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from pachca_client import MissingTokenError, NotFoundError, Pachca, StorageError
from pachca_client.models import ChatExport, OAuthToken

TOKEN = "october-SECRET-token"
BASE = "https://api.pachca.test/api/shared/v1"
STORAGE = "https://files.example.test"

Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler, **options: object) -> Pachca:
    transport = httpx.MockTransport(handler)
    return Pachca(TOKEN, base_url=BASE, transport=transport, storage_transport=transport, **options)  # type: ignore[arg-type]


def test_exchange_token_sends_a_form_without_the_bearer_token_and_hides_the_secrets() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"access_token": "AT-SECRET", "token_type": "Bearer", "refresh_token": "RT-SECRET", "scope": "x"}
        return httpx.Response(200, json={**body, "created_at": 1_767_225_600})

    with client(handler) as pachca:
        token = pachca.oauth.exchange_token(
            body={
                "grant_type": "authorization_code",
                "code": "CODE-SECRET",
                "redirect_uri": "https://app.example.test/cb",
                "client_id": "app-1",
                "client_secret": "CS-SECRET",
            }
        )
    (request,) = seen
    assert request.url.path.endswith("/oauth/token")
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in request.headers, "the OAuth exchange authenticates with the app's credentials"
    form = dict(urllib.parse.parse_qsl(request.content.decode()))
    assert form["client_secret"] == "CS-SECRET" and form["code"] == "CODE-SECRET"
    assert isinstance(token, OAuthToken) and token.access_token == "AT-SECRET"
    assert "SECRET" not in repr(token)


def test_a_client_without_a_token_serves_only_the_oauth_calls() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            json={"access_token": "AT", "token_type": "Bearer", "refresh_token": "R", "scope": "x", "created_at": 1},
        )

    transport = httpx.MockTransport(handler)
    with Pachca.without_token(base_url=BASE, transport=transport) as anonymous:
        body = {"grant_type": "authorization_code", "code": "C", "redirect_uri": "https://a.test/cb"}
        assert anonymous.oauth.exchange_token(body={**body, "client_id": "app-1", "client_secret": "CS"})
        with pytest.raises(MissingTokenError, match="needs a token"):
            anonymous.chats.get_chat(1)
        assert "token=<redacted>" in repr(anonymous)
    assert [r.url.path for r in seen] == ["/api/shared/v1/oauth/token"], "nothing is sent without a token"
    assert "authorization" not in seen[0].headers


def test_request_export_asks_for_the_export_and_returns_it() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202, json={"data": {"id": 77}})

    with client(handler) as pachca:
        export = pachca.chats.request_export(body={"start_at": "2026-10-01", "end_at": "2026-10-31"})
    assert isinstance(export, ChatExport) and export.id == 77
    assert seen[0].headers["prefer"] == "return=representation"


def test_request_export_still_accepts_the_old_204() -> None:
    with client(lambda request: httpx.Response(204)) as pachca:
        assert pachca.chats.request_export(body={"start_at": "2026-10-01", "end_at": "2026-10-31"}) is None


def test_create_chat_reports_the_members_it_did_not_find() -> None:
    chat = {
        "id": 5,
        "name": "Launch",
        "created_at": "2026-10-01T10:00:00.000Z",
        "owner_id": 1,
        "member_ids": [1, 2],
        "group_tag_ids": [],
        "channel": False,
        "archived": False,
        "personal": False,
        "public": False,
        "last_message_at": "2026-10-01T10:00:00.000Z",
        "meet_room_url": "https://meet.example.test/5",
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"data": chat, "meta": {"not_found_member_ids": [404]}})

    with client(handler) as pachca:
        created = pachca.chats.create_chat(body={"chat": {"name": "Launch", "member_ids": [2, 404]}})
    assert created.data.id == 5 and created.data.member_ids == [1, 2]
    assert created.meta.not_found_member_ids == [404]


def file_answer(content: bytes, name: str = "report.pdf") -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-disposition": f'attachment; filename="{name}"', "content-type": "application/pdf"}
        return httpx.Response(200, content=content, headers=headers)

    return handler


def test_download_file_into_a_folder_takes_the_server_name(tmp_path: Path) -> None:
    with client(file_answer(b"%PDF-1.7 body")) as pachca:
        path = pachca.files.download_file(12, tmp_path)
    assert path == tmp_path / "report.pdf"
    assert path.read_bytes() == b"%PDF-1.7 body"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"], "no temporary file is left behind"


def test_download_file_to_a_new_folder_named_with_a_trailing_slash(tmp_path: Path) -> None:
    with client(file_answer(b"x")) as pachca:
        path = pachca.files.download_file(12, f"{tmp_path}/files/")
    assert path == tmp_path / "files" / "report.pdf"


def test_download_file_to_a_stream_and_with_a_target() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"thumbnail bytes")

    out = io.BytesIO()
    with client(handler) as pachca:
        assert pachca.files.download_file(12, out, target="thumb") is None
    assert out.getvalue() == b"thumbnail bytes"
    assert seen[0].url.params["target"] == "thumb"
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_download_file_never_replaces_a_file_unless_asked(tmp_path: Path) -> None:
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"mine")
    with client(file_answer(b"theirs")) as pachca:
        with pytest.raises(FileExistsError, match="overwrite=True"):
            pachca.files.download_file(12, existing)
        assert existing.read_bytes() == b"mine"
        assert pachca.files.download_file(12, existing, overwrite=True) == existing
    assert existing.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_download_file_follows_a_redirect_to_storage_without_the_token(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.pachca.test":
            return httpx.Response(302, headers={"location": f"{STORAGE}/blob/12?sig=abc"})
        return httpx.Response(200, content=b"from storage")

    with client(handler) as pachca:
        path = pachca.files.download_file(12, tmp_path / "a.bin")
    assert path.read_bytes() == b"from storage"
    assert seen[1].url.host == "files.example.test" and "authorization" not in seen[1].headers


def test_download_errors_are_typed_and_leave_nothing(tmp_path: Path) -> None:
    def api_404(request: httpx.Request) -> httpx.Response:
        body = {"errors": [{"key": "id", "value": "12", "message": "not found", "code": "not_found"}]}
        return httpx.Response(404, json=body)

    with client(api_404) as pachca:
        with pytest.raises(NotFoundError):
            pachca.files.download_file(12, tmp_path)

    def storage_403(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.pachca.test":
            return httpx.Response(302, headers={"location": f"{STORAGE}/blob/12"})
        return httpx.Response(403, content=b"<Error><Code>AccessDenied</Code><Message>expired</Message></Error>")

    with client(storage_403) as pachca:
        with pytest.raises(StorageError):
            pachca.files.download_file(12, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_download_signature_is_typed_by_destination() -> None:
    """Overloads: a path gives a Path, a stream gives None (checked by mypy in examples/typed_usage.py)."""
    import inspect

    from pachca_client.generated.resources.files import FilesResource

    parameters = inspect.signature(FilesResource.download_file).parameters
    assert list(parameters)[:5] == ["self", "id", "destination", "target", "overwrite"]
    assert parameters["overwrite"].default is False
