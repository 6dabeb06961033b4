"""File uploads: `POST /uploads` returns one-time form fields and a presigned `direct_url`; the file goes
there as `multipart/form-data` (fields in the order received, the file last), streamed from disk,
with no `Authorization` header, through a storage client that never holds the token.

`Uploads` / `AsyncUploads` are inherited by the generated `FilesResource` (scripts/facade.py).
"""

from __future__ import annotations

import io
import mimetypes
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import attrs
import httpx

from ._answers import raw_json
from ._exceptions import InvalidArgumentError, StorageError
from .generated.api.files import get_upload_params
from .generated.models.file_type import FileType
from .generated.models.message_create_request_message_files_item import MessageCreateRequestMessageFilesItem

if TYPE_CHECKING:
    from ._client import AsyncPachca, Pachca

FileSource = str | os.PathLike[str] | bytes | IO[bytes]

_SPOOL_IN_MEMORY = 8 << 20  # a non-seekable stream is spooled to a temporary file beyond this
_HEAD_BYTES = 64 << 10  # how much of a file is read to find an image's dimensions


@attrs.frozen
class UploadedFile:
    """A file in Pachca's storage, ready to attach: `message.files = [uploaded.to_dict()]`."""

    key: str
    name: str
    size: int
    content_type: str
    file_type: FileType
    width: int | None = None
    height: int | None = None

    def to_message_file(self) -> MessageCreateRequestMessageFilesItem:
        """The attachment as the message-creation model."""
        return MessageCreateRequestMessageFilesItem.from_dict(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        """The attachment as JSON (`key`, `name`, `file_type`, `size`, and image dimensions when known)."""
        data: dict[str, Any] = {"key": self.key, "name": self.name, "file_type": str(self.file_type), "size": self.size}
        if self.width is not None and self.height is not None:
            data.update(width=self.width, height=self.height)
        return data


@attrs.define
class _Source:
    file: IO[bytes] | FileWindow
    name: str
    size: int
    content_type: str
    width: int | None
    height: int | None


@contextmanager
def open_source(source: FileSource, name: str | None, content_type: str | None) -> Iterator[_Source]:
    """Open what the caller gave as a seekable binary file, without reading it all into memory."""
    owned: IO[bytes] | None = None
    if isinstance(source, bytes):
        file: IO[bytes] = io.BytesIO(source)
        default_name = "file"
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"no file to upload at {str(path)!r}")
        file = owned = path.open("rb")
        default_name = path.name
    elif hasattr(source, "read"):
        file = source
        default_name = Path(str(getattr(source, "name", "file"))).name or "file"
        rewound = rewindable(file)
        if rewound is not file:
            file = owned = rewound
    else:
        raise InvalidArgumentError(f"source must be a path, bytes or a binary file object, not {type(source).__name__}")
    try:
        start = file.tell()
        size = file.seek(0, os.SEEK_END) - start
        file.seek(start)
        head = file.read(_HEAD_BYTES)
        if isinstance(head, str):
            raise InvalidArgumentError("source is a text file object; open it in binary mode ('rb')")
        file.seek(start)
        final_name = name or default_name
        final_type = content_type or mimetypes.guess_type(final_name)[0] or "application/octet-stream"
        dimensions = image_size(head) if final_type.startswith("image/") else None
        width, height = dimensions if dimensions else (None, None)
        yield _Source(FileWindow(file, start, size), final_name, size, final_type, width, height)
    finally:
        if owned is not None:
            owned.close()


class FileWindow(io.RawIOBase):
    """`size` bytes of `file` from `start`: what is sent is exactly what was measured.

    httpx rewinds a file part to 0 before sending it (and again on a retry), and reads it to its
    end: a file given at another position was sent whole while its remaining size was reported,
    and a file that grew while it was sent broke the request's Content-Length. Reads, seeks and
    the length httpx asks for stay inside the window.
    """

    def __init__(self, file: IO[bytes], start: int, size: int) -> None:
        super().__init__()
        self._file = file
        self._start = start
        self._size = size
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}[whence]
        self._position = max(0, min(self._size, base + offset))
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        left = self._size - self._position
        wanted = left if size is None or size < 0 else min(size, left)
        if wanted <= 0:
            return b""
        self._file.seek(self._start + self._position)
        chunk = self._file.read(wanted)
        self._position += len(chunk)
        return chunk

    def readinto(self, buffer: Any) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def rewindable(file: IO[bytes]) -> IO[bytes]:
    """`file` itself when it can seek; a pipe or socket is copied into a spooled temporary file (in memory
    up to 8 MiB), so that a retry can send it again."""
    try:
        if file.seekable():
            return file
    except (AttributeError, OSError, ValueError):
        pass
    spooled = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)
    shutil.copyfileobj(file, spooled)
    spooled.seek(0)
    return cast(IO[bytes], spooled)


def file_type_for(content_type: str) -> FileType:
    """Pachca's attachment kind for a MIME type (voice messages need extra fields and are not guessed)."""
    if content_type.startswith("image/"):
        return FileType.IMAGE
    if content_type.startswith("audio/"):
        return FileType.AUDIO
    return FileType.FILE


def image_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) from the first bytes of a PNG, GIF, JPEG, WebP or BMP file; None otherwise."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return int(width), int(height)
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return int(width), int(height)
    if head.startswith(b"BM") and len(head) >= 26:
        width, height = struct.unpack("<ii", head[18:26])
        return abs(int(width)), abs(int(height))
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP" and len(head) >= 30:
        chunk = head[12:16]
        if chunk == b"VP8X":
            return 1 + int.from_bytes(head[24:27], "little"), 1 + int.from_bytes(head[27:30], "little")
        if chunk == b"VP8 " and head[23:26] == b"\x9d\x01\x2a":
            width, height = struct.unpack("<HH", head[26:30])
            return int(width) & 0x3FFF, int(height) & 0x3FFF
        if chunk == b"VP8L" and head[20] == 0x2F:
            bits = int.from_bytes(head[21:25], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 9 < len(head):
        if head[index] != 0xFF:
            return None
        marker = head[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", head[index + 2 : index + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", head[index + 5 : index + 9])
            return int(width), int(height)
        index += 2 + length
    return None


def storage_form(raw: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The presigned URL and the form fields to send, in the order the API returned them.

    `raw` is the answer of `POST /uploads`, already validated against `UploadParams` by the client.
    """
    fields = {str(k): str(v) for k, v in raw.items() if k != "direct_url" and v is not None}
    return str(raw["direct_url"]), fields


def uploaded_file(raw: dict[str, Any], source: _Source) -> UploadedFile:
    """What the caller attaches: the key with `${filename}` replaced by the file's name."""
    return UploadedFile(
        key=str(raw["key"]).replace("${filename}", source.name),
        name=source.name,
        size=source.size,
        content_type=source.content_type,
        file_type=file_type_for(source.content_type),
        width=source.width,
        height=source.height,
    )


def _form_parts(fields: dict[str, str], source: _Source) -> dict[str, Any]:
    return {"data": fields, "files": {"file": (source.name, source.file, source.content_type)}}


def _check_storage(response: httpx.Response) -> None:
    if not response.is_success:
        raise StorageError(response)


class Uploads:
    """`pachca.files.upload()`: the handwritten part of the generated `FilesResource`."""

    _client: Pachca

    def upload(self, source: FileSource, *, name: str | None = None, content_type: str | None = None) -> UploadedFile:
        """Upload a path, bytes or binary file object and return the attachment for a message.

        Streams from disk (memory stays flat for large files); the storage host gets no token.
        Raises `StorageError` when the storage refuses (an expired signature, for example).
        """
        with open_source(source, name, content_type) as opened:  # a bad source fails before any request
            raw = self._client._request(get_upload_params, raw_json(get_upload_params.parse_success), {})
            url, fields = storage_form(raw)
            request = self._client._storage_request("POST", url, stream=False, **_form_parts(fields, opened))
            response = self._client._send(request, None, client=self._client._storage)
            _check_storage(response)
            return uploaded_file(raw, opened)


class AsyncUploads:
    """The async twin of `Uploads`: the handwritten part of `AsyncFilesResource`."""

    _client: AsyncPachca

    async def upload(
        self, source: FileSource, *, name: str | None = None, content_type: str | None = None
    ) -> UploadedFile:
        """Upload a path, bytes or binary file object and return the attachment for a message."""
        with open_source(source, name, content_type) as opened:
            raw = await self._client._request(get_upload_params, raw_json(get_upload_params.parse_success), {})
            url, fields = storage_form(raw)
            request = self._client._storage_request("POST", url, stream=False, **_form_parts(fields, opened))
            response = await self._client._send(request, None, client=self._client._storage)
            _check_storage(response)
            return uploaded_file(raw, opened)
