"""Base classes of the generated per-tag resources (`pachca.chats`, `pachca.messages`, ...).

A resource method is generated from openapi.yaml; it names its endpoint module and hands the
call to the client, which sends it, maps errors and unwraps the response.
"""

from __future__ import annotations

import io
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from ._client import AsyncPachca, Pachca

ModelT = TypeVar("ModelT")


def as_model(cls: type[ModelT], value: ModelT | Mapping[str, Any]) -> ModelT:
    """Accept a request body as its model or as a plain mapping (validated into the model)."""
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cast(ModelT, cast(Any, cls).from_dict(dict(value)))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(f"body is not a valid {cls.__name__}: {type(error).__name__}: {error}") from error
    raise TypeError(f"body must be a {cls.__name__} or a mapping, not {type(value).__name__}")


def as_form(cls: type[ModelT], value: ModelT | Mapping[str, Any]) -> ModelT:
    """Accept a multipart body as its model or as a mapping; file parts may be bytes, a path or a file."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"body must be a {cls.__name__} or a mapping, not {type(value).__name__}")
    fields = {name: _as_file(part) for name, part in value.items()}
    try:
        return cls(**fields)
    except TypeError as error:
        raise ValueError(f"body is not a valid {cls.__name__}: {error}") from error


def _as_file(part: Any) -> Any:
    """A `File` for raw bytes, a path or a binary file object; anything else unchanged."""
    from .generated.types import File

    if isinstance(part, File):
        return part
    if isinstance(part, bytes):
        return File(payload=io.BytesIO(part), file_name="file")
    if isinstance(part, os.PathLike):
        path = Path(part)
        return File(
            payload=io.BytesIO(path.read_bytes()), file_name=path.name, mime_type=mimetypes.guess_type(path.name)[0]
        )
    if hasattr(part, "read"):
        name = Path(str(getattr(part, "name", "file"))).name
        return File(payload=_replayable(part), file_name=name, mime_type=mimetypes.guess_type(name)[0])
    return part


def _replayable(stream: Any) -> Any:
    """A stream a retry can send again: httpx rewinds file parts, so a non-seekable one is spooled.

    Without this, a multipart body retried after a 503 sent an empty part and reported success.
    """
    try:
        if stream.seekable():
            return stream
    except (AttributeError, OSError, ValueError):
        pass
    spooled = tempfile.SpooledTemporaryFile(max_size=8 << 20)
    shutil.copyfileobj(stream, spooled)
    spooled.seek(0)
    return spooled


class SyncResource:
    """One API tag on a `Pachca` client."""

    def __init__(self, client: Pachca) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncResource:
    """One API tag on an `AsyncPachca` client."""

    def __init__(self, client: AsyncPachca) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
