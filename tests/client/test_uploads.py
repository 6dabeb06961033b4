"""Uploads to presigned storage, avatar uploads and export downloads."""

from __future__ import annotations

import asyncio
import gc
import io
import re
import struct
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest

from pachca_client import APIResponseValidationError, AsyncPachca, ExportNotReadyError, Pachca, StorageError
from pachca_client._downloads import server_filename
from pachca_client._uploads import image_size
from pachca_client.generated.types import File
from pachca_client.models import FileType, UpdateProfileAvatarBody
from pachca_client.testing import LoopbackServer, ReceivedRequest, Reply

TOKEN = "files-SECRET-token"
STORAGE = "https://storage.example.invalid/direct_upload"

UPLOAD_PARAMS = {
    "Content-Disposition": "attachment",
    "acl": "private",
    "policy": "cG9saWN5",
    "x-amz-credential": "AKIA/20260101/ru-1/s3/aws4_request",
    "x-amz-algorithm": "AWS4-HMAC-SHA256",
    "x-amz-date": "20260101T000000Z",
    "x-amz-signature": "abc123",
    "key": "attaches/files/93746/${filename}",
    "direct_url": STORAGE,
}


def png(width: int, height: int) -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", 13)
        + b"IHDR"
        + struct.pack(">II", width, height)
        + b"\x08\x02\x00\x00\x00"
    )


def part_names(body: bytes) -> list[str]:
    return re.findall(rb'Content-Disposition: form-data; name="([^"]+)"', body)  # type: ignore[return-value]


class Recorder:
    """An API + storage pair of handlers that record what they were sent."""

    def __init__(self, storage_status: int = 204, storage_body: bytes = b"") -> None:
        self.api: list[httpx.Request] = []
        self.storage: list[httpx.Request] = []
        self.storage_bodies: list[bytes] = []
        self.storage_status = storage_status
        self.storage_body = storage_body

    def api_handler(self, request: httpx.Request) -> httpx.Response:
        self.api.append(request)
        return httpx.Response(201, json=UPLOAD_PARAMS)

    def storage_handler(self, request: httpx.Request) -> httpx.Response:
        self.storage.append(request)
        self.storage_bodies.append(request.read())
        return httpx.Response(self.storage_status, content=self.storage_body)

    def client(self) -> Pachca:
        return Pachca(
            TOKEN,
            transport=httpx.MockTransport(self.api_handler),
            storage_transport=httpx.MockTransport(self.storage_handler),
        )


def test_upload_sends_the_fields_in_order_the_file_last_and_no_token() -> None:
    recorder = Recorder()
    with recorder.client() as pachca:
        uploaded = pachca.files.upload(png(640, 480), name="chart.png")
    (api_request,) = recorder.api
    assert api_request.method == "POST" and api_request.url.path.endswith("/uploads")
    assert api_request.headers["authorization"] == f"Bearer {TOKEN}"
    (storage_request,) = recorder.storage
    assert str(storage_request.url) == STORAGE
    assert "authorization" not in storage_request.headers
    assert TOKEN.encode() not in recorder.storage_bodies[0]
    assert storage_request.headers["content-type"].startswith("multipart/form-data; boundary=")
    expected_fields = [k for k in UPLOAD_PARAMS if k != "direct_url"]
    assert part_names(recorder.storage_bodies[0]) == [k.encode() for k in [*expected_fields, "file"]]
    assert b"attaches/files/93746/${filename}" in recorder.storage_bodies[0], "the key is sent as received"
    assert b'filename="chart.png"' in recorder.storage_bodies[0]
    assert uploaded.key == "attaches/files/93746/chart.png"
    assert (uploaded.name, uploaded.size, uploaded.content_type) == ("chart.png", len(png(640, 480)), "image/png")
    assert uploaded.file_type == FileType.IMAGE and (uploaded.width, uploaded.height) == (640, 480)
    assert uploaded.to_dict() == {
        "key": "attaches/files/93746/chart.png",
        "name": "chart.png",
        "file_type": "image",
        "size": len(png(640, 480)),
        "width": 640,
        "height": 480,
    }
    assert uploaded.to_message_file().width == 640


def test_upload_from_a_path_and_from_a_non_seekable_stream(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.7 " + b"x" * 5000)
    recorder = Recorder()

    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            chunk = self._data.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    with recorder.client() as pachca:
        from_path = pachca.files.upload(report)
        from_pipe = pachca.files.upload(Pipe(b"a,b\n1,2\n"), name="table.csv")
    assert (from_path.name, from_path.size, from_path.file_type) == ("report.pdf", 5009, FileType.FILE)
    assert from_path.content_type == "application/pdf" and from_path.width is None
    assert (from_pipe.name, from_pipe.size, from_pipe.content_type) == ("table.csv", 8, "text/csv")
    assert recorder.storage_bodies[1].count(b"a,b\n1,2\n") == 1


def test_bad_sources_are_refused_before_anything_is_sent(tmp_path: Path) -> None:
    recorder = Recorder()
    with recorder.client() as pachca:
        with pytest.raises(FileNotFoundError, match="no file to upload"):
            pachca.files.upload(tmp_path / "missing.bin")
        with pytest.raises(TypeError, match="path, bytes or a binary file object"):
            pachca.files.upload(12345)  # type: ignore[arg-type]
    assert recorder.storage == []


def test_an_expired_signature_raises_a_storage_error_with_the_storage_message() -> None:
    xml = b"<?xml version='1.0'?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"
    recorder = Recorder(storage_status=403, storage_body=xml)
    with recorder.client() as pachca, pytest.raises(StorageError) as caught:
        pachca.files.upload(b"data", name="a.txt")
    assert caught.value.status_code == 403
    assert caught.value.code == "AccessDenied"
    assert caught.value.storage_message == "Request has expired"
    assert "Request has expired" in str(caught.value) and TOKEN not in str(caught.value)


def test_a_200_mb_file_is_streamed_with_flat_memory(tmp_path: Path) -> None:
    """The upload reads the file in chunks: peak Python memory stays far below the file size."""
    size = 200 * 1024 * 1024
    big = tmp_path / "big.bin"
    with big.open("wb") as handle:
        handle.truncate(size)

    def app(request: ReceivedRequest) -> Reply:
        if request.path.endswith("/uploads"):
            return Reply.json({**UPLOAD_PARAMS, "direct_url": server.url + "/storage"}, status=201)
        return Reply(status=204)

    with LoopbackServer(app, keep_body_bytes=1 << 20) as server, Pachca(TOKEN, base_url=server.url) as pachca:
        gc.collect()
        tracemalloc.start()
        try:
            uploaded = pachca.files.upload(big)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        storage_request = server.requests[-1]
    assert uploaded.size == size
    assert storage_request.body_size > size
    assert "authorization" not in storage_request.headers
    print(f"\n200 MB upload: peak traced memory {peak / 1e6:.1f} MB")
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a 200 MB upload: not streamed"


def test_avatar_uploads_go_out_as_put_multipart() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {"image_url": "https://cdn.example.invalid/a.png"}})

    with Pachca(TOKEN, transport=httpx.MockTransport(handler)) as pachca:
        avatar = File(payload=io.BytesIO(png(64, 64)), file_name="me.png", mime_type="image/png")
        result = pachca.profile.update_profile_avatar(body=UpdateProfileAvatarBody(image=avatar))
        pachca.users.update_user_avatar(5, body={"image": png(32, 32)})
    assert result.image_url == "https://cdn.example.invalid/a.png"
    assert [r.method for r in seen] == ["PUT", "PUT"]
    assert seen[1].url.path.endswith("/users/5/avatar")
    for request in seen:
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert part_names(request.read()) == [b"image"]
    assert png(32, 32) in seen[1].read()


# --- exports ------------------------------------------------------------------------------------------


def export_client(storage: httpx.MockTransport, api_status: int = 302) -> tuple[Pachca, list[httpx.Request]]:
    api_requests: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        api_requests.append(request)
        if api_status == 404:
            body = {
                "errors": [
                    {
                        "key": "id",
                        "value": "9",
                        "message": "not ready",
                        "code": "export_file_not_found",
                        "payload": None,
                    }
                ]
            }
            return httpx.Response(404, json=body)
        return httpx.Response(302, headers={"location": "https://files.example.invalid/exports/9.zip?sig=s"})

    return Pachca(TOKEN, transport=httpx.MockTransport(api), storage_transport=storage), api_requests


ARCHIVE = b"PK\x03\x04" + bytes(range(256)) * 1000


def test_export_download_follows_the_redirect_without_the_token(tmp_path: Path) -> None:
    storage_requests: list[httpx.Request] = []

    def storage(request: httpx.Request) -> httpx.Response:
        storage_requests.append(request)
        headers = {"content-disposition": 'attachment; filename="chat-export-9.zip"'}
        return httpx.Response(200, content=ARCHIVE, headers=headers)

    pachca, api_requests = export_client(httpx.MockTransport(storage))
    with pachca:
        path = pachca.chats.save_export(9, tmp_path)
    assert path == tmp_path / "chat-export-9.zip"
    assert path.read_bytes() == ARCHIVE
    assert api_requests[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert str(storage_requests[0].url) == "https://files.example.invalid/exports/9.zip?sig=s"
    assert "authorization" not in storage_requests[0].headers
    assert list(tmp_path.iterdir()) == [path], "no partial file is left behind"


def test_export_to_an_explicit_path_and_a_default_name(tmp_path: Path) -> None:
    pachca, _ = export_client(httpx.MockTransport(lambda request: httpx.Response(200, content=ARCHIVE)))
    with pachca:
        explicit = pachca.chats.save_export(9, tmp_path / "mine.zip")
        named = pachca.chats.save_export(9, tmp_path)
    assert explicit.read_bytes() == ARCHIVE and named.name == "export-9.zip"


def test_an_export_that_is_not_ready_raises_export_not_ready(tmp_path: Path) -> None:
    pachca, _ = export_client(httpx.MockTransport(lambda request: httpx.Response(200)), api_status=404)
    with pachca, pytest.raises(ExportNotReadyError):
        pachca.chats.save_export(9, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_storage_failure_leaves_no_file(tmp_path: Path) -> None:
    pachca, _ = export_client(
        httpx.MockTransport(lambda request: httpx.Response(403, content=b"<Error><Code>Expired</Code></Error>"))
    )
    with pachca, pytest.raises(StorageError, match="Expired"):
        pachca.chats.save_export(9, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_export_download_streams_to_disk_over_the_wire(tmp_path: Path) -> None:
    payload = bytes(range(256)) * 40_000  # 10 MB

    def app(request: ReceivedRequest) -> Reply:
        if request.path.startswith("/chats/exports/"):
            return Reply(status=302, headers={"Location": server.url + "/download/x.zip"})
        assert "authorization" not in request.headers
        return Reply(
            body=payload, headers={"Content-Disposition": "attachment; filename*=UTF-8''%D1%87%D0%B0%D1%82.zip"}
        )

    with LoopbackServer(app) as server, Pachca(TOKEN, base_url=server.url) as pachca:
        path = pachca.chats.save_export(5, tmp_path)
        assert [r.path for r in server.requests] == ["/chats/exports/5", "/download/x.zip"]
    assert path.name == "чат.zip" and path.read_bytes() == payload


def test_async_upload_and_export(tmp_path: Path) -> None:
    recorder = Recorder()

    async def api(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/uploads"):
            return recorder.api_handler(request)
        return httpx.Response(302, headers={"location": "https://files.example.invalid/e.zip"})

    async def storage(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            await request.aread()
            recorder.storage.append(request)
            return httpx.Response(201)
        return httpx.Response(200, content=ARCHIVE)

    async def scenario() -> tuple[Any, Path]:
        async with AsyncPachca(
            TOKEN, transport=httpx.MockTransport(api), storage_transport=httpx.MockTransport(storage)
        ) as pachca:
            uploaded = await pachca.files.upload(b"hello", name="hello.txt")
            path = await pachca.chats.save_export(3, tmp_path)
            return uploaded, path

    uploaded, path = asyncio.run(scenario())
    assert uploaded.key.endswith("/hello.txt") and uploaded.size == 5
    assert "authorization" not in recorder.storage[0].headers
    assert path.read_bytes() == ARCHIVE and path.name == "export-3.zip"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('attachment; filename="a.zip"', "a.zip"),
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="..\\\\..\\\\win.ini"', "win.ini"),
        ("attachment", "export-4.zip"),
        (None, "export-4.zip"),
        ('attachment; filename=".."', "export-4.zip"),
    ],
)
def test_export_names_cannot_escape_the_folder(value: str | None, expected: str) -> None:
    assert server_filename(value, "export-4.zip") == expected


def test_image_sizes_are_read_from_headers() -> None:
    assert image_size(png(10, 20)) == (10, 20)
    assert image_size(b"GIF89a" + struct.pack("<HH", 33, 44)) == (33, 44)
    jpeg = (
        b"\xff\xd8"
        + b"\xff\xe0\x00\x10"
        + b"JFIF\x00"
        + b"\x00" * 9
        + b"\xff\xc0\x00\x11\x08"
        + struct.pack(">HH", 300, 200)
        + b"\x03"
    )
    assert image_size(jpeg) == (200, 300)
    assert image_size(b"not an image at all") is None


def test_incomplete_upload_parameters_raise_a_typed_error_before_any_upload() -> None:
    storage: list[httpx.Request] = []
    incomplete = {k: v for k, v in UPLOAD_PARAMS.items() if k != "x-amz-signature"}

    def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json=incomplete)

    def storage_handler(request: httpx.Request) -> httpx.Response:
        storage.append(request)
        return httpx.Response(204)

    transports = {"transport": httpx.MockTransport(api), "storage_transport": httpx.MockTransport(storage_handler)}
    with Pachca(TOKEN, **transports) as pachca, pytest.raises(APIResponseValidationError) as caught:  # type: ignore[arg-type]
        pachca.files.upload(b"data", name="a.txt")
    assert "'x-amz-signature': required field is missing" in str(caught.value)
    assert caught.value.status_code == 201 and caught.value.response.request.url.path.endswith("/uploads")
    assert storage == []
