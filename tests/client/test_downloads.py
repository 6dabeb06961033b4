"""Downloads (issue 24): a server-chosen name never gives a hidden file or a path out of the folder, and files
are created with the permissions the umask gives, still atomically and never over an existing file unless asked."""

from __future__ import annotations

import asyncio
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from client_helpers import TOKEN

from pachca_client import APIConnectionError, AsyncPachca, Pachca

BODY = b"downloaded bytes"

# What may come before a dot (or around a separator) and not be seen: each must not hide the dot.
INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "byte order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "right-to-left override": "\u202e",
    "bidi isolate": "\u2066",
    "mongolian vowel separator": "\u180e",
    "control": "\x01",
    "nul": "\x00",
    "tab": "\t",
    "newline": "\n",
    "no-break space": "\u00a0",
    "ideographic space": "\u3000",
    "line separator": "\u2028",
    "plain space": " ",
}
SHAPES = ["{c}.env", "{c}..", "{c}.{c}.", ".{c}.", "{c} .ssh", "a/{c}..", "..{c}/..", "x\\{c}..", "{c}./.{c}"]


def disposition(name: str) -> str:
    """`Content-Disposition` naming `name`, percent-encoded as RFC 5987 allows any character."""
    return f"attachment; filename*=UTF-8''{quote(name, safe='')}"


def files_client(name: str) -> Pachca:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=BODY, headers={"content-disposition": disposition(name)})

    return Pachca(TOKEN, transport=httpx.MockTransport(answer))


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("char", list(INVISIBLE.values()), ids=list(INVISIBLE))
def test_a_server_name_never_makes_a_hidden_file_or_leaves_the_folder(tmp_path: Path, char: str, shape: str) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    with files_client(shape.format(c=char)) as pachca:
        path = pachca.files.download_file(1, folder)
    assert path.parent == folder, f"{path} is not directly in {folder}"
    assert not path.name.startswith(".") and path.name not in ("", ".", "..")
    assert path.read_bytes() == BODY
    assert [p.name for p in tmp_path.iterdir()] == ["downloads"], "nothing was written beside the folder"
    assert list(folder.iterdir()) == [path], "no partial file left, nothing else written"


def test_a_name_keeps_its_visible_characters(tmp_path: Path) -> None:
    with files_client("отчёт\u00a0Q3\u200b.pdf") as pachca:
        path = pachca.files.download_file(1, tmp_path)
    assert path.name == "отчёт Q3.pdf"


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077, 0o027])
def test_a_downloaded_file_gets_the_permissions_the_umask_gives(tmp_path: Path, umask: None, mask: int) -> None:
    os.umask(mask)
    with files_client("report.pdf") as pachca:
        named = pachca.files.download_file(1, tmp_path)
        explicit = pachca.files.download_file(1, tmp_path / "mine.pdf")
        replaced = pachca.files.download_file(1, explicit, overwrite=True)
    (tmp_path / "reference").write_bytes(b"")  # what any other writer gets under this umask
    expected = stat.S_IMODE((tmp_path / "reference").stat().st_mode)
    assert expected == 0o666 & ~mask
    for path in (named, explicit, replaced):
        assert stat.S_IMODE(path.stat().st_mode) == expected, oct(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_async_downloads_get_the_umask_permissions_too(tmp_path: Path, umask: None) -> None:
    os.umask(0o022)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=BODY, headers={"content-disposition": disposition("\u200b.a.txt")})

    async def scenario() -> Path:
        async with AsyncPachca(TOKEN, transport=httpx.MockTransport(answer)) as pachca:
            return await pachca.files.download_file(1, tmp_path)

    path = asyncio.run(scenario())
    assert path.name == "a.txt" and stat.S_IMODE(path.stat().st_mode) == 0o644


def test_an_existing_file_is_kept_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"mine")
    with files_client("report.pdf") as pachca:
        with pytest.raises(FileExistsError, match="overwrite=True"):
            pachca.files.download_file(1, tmp_path)
        assert target.read_bytes() == b"mine"
        pachca.files.download_file(1, tmp_path, overwrite=True)
    assert target.read_bytes() == BODY
    assert list(tmp_path.iterdir()) == [target]


def test_a_download_cut_midway_leaves_nothing(tmp_path: Path) -> None:
    class Cut(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"half"
            raise httpx.ReadError("connection reset")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Cut(), headers={"content-disposition": disposition("r.pdf")})

    with Pachca(TOKEN, transport=httpx.MockTransport(answer)) as pachca, pytest.raises(APIConnectionError):
        pachca.files.download_file(1, tmp_path)
    assert list(tmp_path.iterdir()) == []
