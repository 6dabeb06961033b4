"""What every part of the fake shares: error bodies, body checks against openapi.yaml, pagination, timestamps, ids
and request parsing."""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime
import email.parser
import email.policy
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from .._reading import ValidationError
from ._server import ReceivedRequest, Reply

API_PREFIX = "/api/shared/v1"
JSON = dict[str, Any]


class ApiFailure(Exception):
    """Raised inside a route to answer with an error body (and headers, e.g. `Retry-After`)."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}

    def __str__(self) -> str:
        return f"HTTP {self.status}: {json.dumps(self.body, ensure_ascii=False)}"


class Refusal(Exception):
    """Raised inside the fake to answer with a ready `Reply`: a refusal that is not JSON (the per-second 429)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


def api_error(
    status: int, key: str, code: str, message: str, value: Any = None, payload: JSON | None = None
) -> ApiFailure:
    """An `ApiError` answer with one item; the API echoes the offending value as a string."""
    shown = None if value is None else str(value)
    item = {"key": key, "value": shown, "message": message, "code": code, "payload": payload}
    return ApiFailure(status, {"errors": [item]})


def not_found(what: str, value: Any) -> ApiFailure:
    return api_error(404, "id", "not_found", f"{what} not found", value)


@contextlib.contextmanager
def named_in_body(key: str) -> Iterator[None]:
    """Look up what a request body names: a missing object is a 422 `not_found` at the body's `key`, not a 404.

    A path's id that does not exist is a 404. Operations whose path names nothing (`POST /messages`,
    `POST /chats/exports`) document no 404: they refuse a body naming something missing as a broken rule.
    """
    try:
        yield
    except ApiFailure as failure:
        if failure.status != 404 or not isinstance(failure.body, dict):
            raise
        items = [{**item, "key": key} for item in failure.body.get("errors", [])]
        raise ApiFailure(422, {"errors": items}, failure.headers) from None


def oauth_error(status: int, error: str, description: str, *, scope: str | None = None) -> ApiFailure:
    """An `OAuthError` answer (`{"error", "error_description"}`).

    A 403 also names its reason in `WWW-Authenticate` (RFC 6750, as Pachca sends it), with the missing `scope`
    for `insufficient_scope`, so a client can tell why without reading the body.
    """
    headers = {}
    if status == 403:
        challenge = f'Bearer error="{error}", error_description="{description}"'
        headers["WWW-Authenticate"] = challenge + (f', scope="{scope}"' if scope else "")
    return ApiFailure(status, {"error": error, "error_description": description}, headers)


def not_implemented(method: str, path: str) -> ApiFailure:
    """What the fake answers for a method and path it does not know: never a real-looking 404."""
    message = f"FakePachca does not implement {method} {path}"
    item = {"key": "path", "value": path, "message": message, "code": "fake_not_implemented", "payload": None}
    return ApiFailure(501, {"errors": [item]})


def method_not_allowed(method: str, path: str, allowed: list[str]) -> ApiFailure:
    """A path of openapi.yaml asked with a method it does not have: 405 with `Allow` (what openapi.yaml says)."""
    listed = ", ".join(allowed)
    message = f"{method} is not a method of {path} in openapi.yaml (it takes {listed})"
    item = {"key": "method", "value": method, "message": message, "code": "fake_method_not_allowed", "payload": None}
    return ApiFailure(405, {"errors": [item]}, {"Allow": listed})


# --- time ------------------------------------------------------------------------------------------


def iso(moment: datetime.datetime) -> str:
    """The API's date-time format: `YYYY-MM-DDThh:mm:ss.sssZ` in UTC."""
    utc = moment.astimezone(datetime.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_time(value: Any, key: str) -> datetime.datetime:
    """A date-time from a request (offsets allowed, `Z` too), or a 400 naming the field."""
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    raise api_error(400, key, "invalid", f"{key} is not a valid date-time", value)


def parse_date(value: Any, key: str) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise api_error(400, key, "invalid", f"{key} is not a valid date (YYYY-MM-DD)", value)


# --- ids ---------------------------------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def id_of(thing: Any) -> int:
    """The id of an int, a dict with `id`, or anything with `.id` (models, people, bots)."""
    if isinstance(thing, bool):
        raise TypeError("expected an id, not a bool")
    if isinstance(thing, int):
        return thing
    if isinstance(thing, dict):
        return int(thing["id"])
    found = getattr(thing, "id", None)
    if isinstance(found, int):
        return found
    raise TypeError(f"expected an id, a dict with 'id' or an object with .id, not {type(thing).__name__}")


class UlidFactory:
    """ULID-like ids (26 characters, Crockford base32, time first): what stored webhook events carry."""

    def __init__(self) -> None:
        self._last = (0, 0)
        self._lock = threading.Lock()

    def __call__(self, unix_seconds: float) -> str:
        millis = int(unix_seconds * 1000)
        with self._lock:
            last_ms, last_random = self._last
            if millis <= last_ms:
                millis, randomness = last_ms, last_random + 1  # monotonic within a millisecond
            else:
                randomness = int.from_bytes(os.urandom(10), "big") >> 1
            self._last = (millis, randomness)
        value = (millis << 80) | (randomness & ((1 << 80) - 1))
        return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


# --- pagination ----------------------------------------------------------------------------------------


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def is_number(raw: str) -> bool:
    """Whether `raw` is a non-negative integer in ASCII digits (`"²".isdigit()` is true, yet `int("²")` fails)."""
    return raw.isascii() and raw.isdigit()


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    if cursor.isascii():  # anything else is no cursor of ours (and base64 refuses it with a ValueError)
        try:
            kind, _, value = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().partition(":")
            if kind == "o" and is_number(value):
                return int(value)
        except (binascii.Error, UnicodeDecodeError):
            pass
    raise api_error(400, "cursor", "invalid", "cursor is not valid", cursor)


def _limit(request: ReceivedRequest, maximum: int) -> int:
    raw = request.param("limit")
    if raw is None:
        return maximum
    if not is_number(raw) or not 1 <= int(raw) <= maximum:
        raise api_error(400, "limit", "invalid", f"limit must be between 1 and {maximum}", raw)
    return int(raw)


def list_page(request: ReceivedRequest, items: list[Any], maximum: int = 50) -> JSON:
    """A list answer: `data` and `meta.paginate` with all four fields, cursors never null."""
    limit, offset = _limit(request, maximum), _offset(request.param("cursor"))
    data = items[offset : offset + limit]
    end = offset + len(data)
    paginate = {
        "next_page": _cursor(end),
        "prev_page": _cursor(max(offset - limit, 0)),
        "has_next": end < len(items),
        "has_prev": offset > 0,
    }
    return {"data": data, "meta": {"paginate": paginate}}


def search_page(request: ReceivedRequest, items: list[JSON], maximum: int) -> JSON:
    """A search answer: `data`, `meta.total` and `meta.paginate.next_page`."""
    limit, offset = _limit(request, maximum), _offset(request.param("cursor"))
    data = items[offset : offset + limit]
    return {"data": data, "meta": {"total": len(items), "paginate": {"next_page": _cursor(offset + len(data))}}}


def matching(items: list[JSON], query: str | None, *fields: str) -> list[JSON]:
    if not query:
        return items
    needle = query.casefold()
    return [item for item in items if any(needle in str(item.get(f) or "").casefold() for f in fields)]


# --- request bodies ------------------------------------------------------------------------------------


def json_body(request: ReceivedRequest) -> Any:
    try:
        return request.json()
    except ValueError:
        raise api_error(400, "body", "invalid", "body is not valid JSON") from None


def entity_body(request: ReceivedRequest, entity: str) -> JSON:
    """The object under the entity key (`{"chat": {...}}`), or a 400 as the API answers."""
    document = json_body(request)
    value = document.get(entity) if isinstance(document, dict) else None
    if not isinstance(value, dict):
        raise api_error(400, entity, "blank", f"{entity} can't be blank")
    return value


def flat_body(request: ReceivedRequest) -> JSON:
    document = json_body(request)
    if not isinstance(document, dict):
        raise api_error(400, "body", "invalid", "body must be a JSON object")
    return document


@dataclass(frozen=True)
class Part:
    """One part of a multipart/form-data body."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "replace")


def multipart(body: bytes, content_type: str | None) -> list[Part]:
    """The parts of a multipart/form-data body, in order (empty for anything else)."""
    if not content_type or not content_type.lower().startswith("multipart/form-data"):
        return []
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        return []
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        parts.append(Part(name, filename, part.get_content_type() if filename else None, data))
    return parts


def dumps(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode()


IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF", b"BM")


def looks_like_image(data: bytes) -> bool:
    return any(data.startswith(signature) for signature in IMAGE_SIGNATURES)


class RequestModel(Protocol):
    """A generated request model: `from_dict(data, strict=True)` checks a body against openapi.yaml."""

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = ...) -> Any: ...


def _at(document: Any, segments: list[str | int]) -> Any:
    """The value at a JSON path in `document` (None when the path does not lead anywhere)."""
    for segment in segments:
        try:
            document = document[segment]
        except (KeyError, IndexError, TypeError):
            return None
    return document


def schema_error(error: ValidationError, document: Any) -> ApiFailure:
    """The 400 `ApiError` for a body that does not match its schema: the JSON path as key, the value echoed."""
    sized = error.expected.endswith(("characters", "items"))  # a length; otherwise a number's bound
    if error.got == "nothing":
        code = "blank"
    elif error.expected.startswith("at most") and sized:
        code = "too_long"
    elif error.expected.startswith("at least") and sized:
        code = "min_length"
    elif error.expected.startswith("one of"):
        code = "inclusion"
    else:
        code = "invalid"
    return api_error(400, error.path or "body", code, str(error), _at(document, error.segments))


def validated(document: JSON, model: type[RequestModel]) -> JSON:
    """`document` once `model` accepts it (openapi.yaml's types, enums, limits, known keys); else a 400."""
    try:
        model.from_dict(document, strict=True)
    except ValidationError as error:
        raise schema_error(error, document) from None
    return document
