"""Downloads to disk: binary answers (`GET /files/{id}`) and redirects to a file (`GET /chats/exports/{id}`).

Both stream through `Pachca._download` into `download_target`: a path, a folder (named from the
server's `Content-Disposition`) or a writable stream. A path is written through a temporary file
created exclusively in the target's folder and published only when complete, never replacing an
existing file unless asked. A redirect to storage is followed without the token.

`ExportDownloads` / `AsyncExportDownloads` are inherited by the generated `ChatsResource`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

import httpx

from .generated.api.chats import download_export

if TYPE_CHECKING:
    from ._client import AsyncPachca, Pachca

_MAX_NAME_BYTES = 200  # a server-chosen file name is cut to this (file systems allow 255)


def safe_name(name: str) -> str:
    """`name` as a plain file name in the target folder, or "" when nothing usable is left.

    Invisible characters go first, so none can hide a dot or a separator from the rest: whitespace
    becomes a plain space, other controls, zero-width and bidi marks are dropped. Then the last path
    segment is kept (`/` or `\\`), and leading dots and spaces are dropped, so a server's name never
    makes a hidden file, `.` or `..`.
    """
    visible = "".join(c if c.isprintable() else " " if c.isspace() else "" for c in name)
    name = Path(visible.replace("\\", "/")).name
    return name.lstrip(". ").rstrip(" ")


def server_filename(content_disposition: str | None, fallback: str) -> str:
    """A safe file name from `Content-Disposition` (`safe_name`), at most 200 bytes; else `fallback`."""
    if content_disposition:
        message = Message()
        message["content-disposition"] = content_disposition
        name = message.get_filename()
        if name:
            name = safe_name(name)
            if len(name.encode()) > _MAX_NAME_BYTES:
                stem, suffix = os.path.splitext(name)
                suffix = suffix if len(suffix.encode()) <= 16 else ""
                stem = stem.encode()[: _MAX_NAME_BYTES - len(suffix.encode())].decode(errors="ignore")
                name = stem + suffix
            if name:
                return name
    return fallback


def target_path(destination: str | os.PathLike[str], server_name: str) -> Path:
    """Where to write: a file path as given, or `server_name` inside a folder.

    `destination` names a folder when it exists as one or ends with a path separator (the folder
    is then created).
    """
    text = os.fspath(destination)
    if text.endswith(("/", os.sep)) or Path(text).is_dir():
        folder = Path(text)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / server_name
    return Path(text)


_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)


def _create_partial(target: Path) -> tuple[int, Path]:
    """A new file beside `target` under a random name, created exclusively (never through a planted file or
    symlink) with mode 0666 less the umask, as any other program writing a file gets."""
    for _ in range(100):
        partial = target.parent / f".{target.name[:100]}.{secrets.token_hex(6)}.part"
        try:
            return os.open(partial, _CREATE_FLAGS, 0o666), partial
        except FileExistsError:
            continue
    raise FileExistsError(f"no free name for a temporary file beside {str(target)!r}")  # pragma: no cover


@contextmanager
def written_atomically(target: Path, *, overwrite: bool = False) -> Iterator[IO[bytes]]:
    """A file to write `target` through, published only when the writing succeeded.

    The data goes to a new temporary file in the target's folder, created exclusively under a
    random name (a planted file or symlink is never followed) with the permissions the umask
    gives new files. On success it is linked into place without replacing an existing file
    (`FileExistsError`), or atomically replaces it when `overwrite` is true. On failure nothing
    is left behind.
    """
    if target.is_symlink() or (target.exists() and not overwrite):
        raise FileExistsError(f"{str(target)!r} already exists; pass overwrite=True to replace it")
    descriptor, partial = _create_partial(target)
    try:
        with os.fdopen(descriptor, "wb") as out:
            yield out
        if overwrite:
            os.replace(partial, target)
        else:
            try:
                os.link(partial, target)
            except FileExistsError:
                raise FileExistsError(f"{str(target)!r} appeared while downloading; nothing was replaced") from None
    finally:
        partial.unlink(missing_ok=True)


# Where a download goes: a file path, a folder (a name ending in `/`, or an existing folder), or a
# writable binary stream.
Destination = str | os.PathLike[str] | IO[bytes]
DOWNLOAD_CHUNK = 1 << 16


@contextmanager
def download_target(
    destination: Destination, response: httpx.Response, *, overwrite: bool, fallback_name: str | None = None
) -> Iterator[tuple[IO[bytes], Path | None]]:
    """(stream to write, path or None) for a binary answer; a path is written atomically.

    In a folder the file is named by `Content-Disposition`, else `fallback_name`, else the URL's
    last segment.
    """
    if not isinstance(destination, str | os.PathLike):
        yield destination, None
        return
    name = server_filename(response.headers.get("content-disposition"), fallback_name or _url_filename(response.url))
    target = target_path(destination, name)
    with written_atomically(target, overwrite=overwrite) as out:
        yield out, target


def _url_filename(url: httpx.URL) -> str:
    return server_filename(f'attachment; filename="{Path(url.path).name}"', "download")


class ExportDownloads:
    """`pachca.chats.save_export()`: the handwritten part of the generated `ChatsResource`."""

    _client: Pachca

    def save_export(
        self, export_id: int, destination: str | os.PathLike[str] | None = None, *, overwrite: bool = False
    ) -> Path:
        """Download export `export_id` to a file and return its path.

        `destination` is a file path, or a folder (an existing one, or a path ending in `/`; the
        current folder when None): the file is then named from the server's `Content-Disposition`.
        Streams to a temporary file that is published only when complete; an existing file is
        replaced only with `overwrite=True`. Raises `ExportNotReadyError` while the archive is built.
        """
        target = Path.cwd() if destination is None else destination
        path = self._client._download(
            download_export, {"id": export_id}, target, overwrite=overwrite, fallback_name=f"export-{export_id}.zip"
        )
        return cast(Path, path)


class AsyncExportDownloads:
    """The async twin of `ExportDownloads`: the handwritten part of `AsyncChatsResource`."""

    _client: AsyncPachca

    async def save_export(
        self, export_id: int, destination: str | os.PathLike[str] | None = None, *, overwrite: bool = False
    ) -> Path:
        """Download export `export_id` to a file and return its path (see `Chats.save_export`)."""
        target = Path.cwd() if destination is None else destination
        path = await self._client._download(
            download_export, {"id": export_id}, target, overwrite=overwrite, fallback_name=f"export-{export_id}.zip"
        )
        return cast(Path, path)
