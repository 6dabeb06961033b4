"""Credentials kept out of what the client shows: error messages, reprs, the bodies kept on errors, log lines.

A call knows three kinds of secret: the client's own token (the `Authorization` header it sent, or the
HTTP Basic `client_id:client_secret`), the credentials in the request body (an OAuth `client_secret`,
authorization `code` or `code_verifier`, a token to revoke) and the credentials in the answer (the
`access_token` and `refresh_token` an OAuth exchange returns, a new bot token). Which body fields are
credentials is openapi.yaml's word: `x-secret: true` (scripts/normalize_spec.py), which the model template
turns into an attrs field left out of `repr()`. `secrets_of` finds those fields by walking the models of
the call's operation, so no list of names is kept here, and an answer is searched only for the
credentials its own schema declares (an error item's `code` is not an OAuth `code`).

Every value found is then replaced by `<redacted>` wherever it appears: a proxy's error page that lists
the request headers, an `error_description` that names the token, the body excerpt of an answer that
failed validation.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import keyword
import re
import typing
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import UnionType
from typing import Any

import attrs
import httpx

from ._request_options import options_of

REDACTED = "<redacted>"
# Shorter values are not searched for: no credential is that short, and redacting a 3-letter test token
# would mangle every message.
MIN_SECRET_LENGTH = 8

_ITEM = None  # a path segment: any item of a list
Path = tuple[str | None, ...]


@dataclass(frozen=True)
class Secrets:
    """The credentials of one call, longest first (a token that contains another is replaced whole)."""

    values: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.values)

    def found_in(self, text: str) -> bool:
        return any(value in text for value in self.values)

    def text(self, text: str) -> str:
        """`text` with every credential replaced by `<redacted>`."""
        for value in self.values:
            if value in text:
                text = text.replace(value, REDACTED)
        return text

    def content(self, content: bytes) -> bytes:
        """A body with every credential replaced (as UTF-8 text; a body that is not text is left as it is)."""
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            return content
        return self.text(text).encode("utf-8") if self.found_in(text) else content

    def json(self, value: Any) -> Any:
        """A copy of the decoded JSON `value` with every credential replaced in its strings (keys too)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(k) if isinstance(k, str) else k: self.json(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json(item) for item in value]
        return value


NONE = Secrets()


def secrets_of(request: httpx.Request | None, answer: Any = None, *, extra: Iterable[str] = ()) -> Secrets:
    """The credentials of `request` (its Authorization header, its body's `x-secret` fields) and of `answer`
    (the decoded JSON of its response, searched for the `x-secret` fields of the operation's success model)."""
    found: set[str] = set(extra)
    if request is not None:
        found.update(_from_authorization(request.headers.get("authorization")))
        endpoint = _endpoint(request)
        if endpoint is not None:
            body_model, answer_model = _models(endpoint)
            if body_model is not None:
                found.update(_values(_request_body(request), _secret_paths(body_model)))
            if answer_model is not None and answer is not None:
                found.update(_values(answer, _secret_paths(answer_model)))
    kept = sorted((value for value in found if len(value) >= MIN_SECRET_LENGTH), key=len, reverse=True)
    return Secrets(tuple(kept)) if kept else NONE


def _from_authorization(header: str | None) -> Iterator[str]:
    if not header:
        return
    scheme, _, credentials = header.strip().partition(" ")
    credentials = credentials.strip()
    if not credentials:
        return
    yield credentials
    if scheme.lower() == "bearer":  # a pasted `Bearer ` prefix: the token itself is the secret too
        inner = credentials.partition(" ")[2].strip()
        if inner:
            yield inner
    elif scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return
        user, _, password = decoded.partition(":")
        if password:
            yield password


def _endpoint(request: httpx.Request) -> Any:
    """The generated endpoint module of an API request (from the operation the client set on it), or None."""
    name = options_of(request).operation
    if name is None:
        return None
    from .generated.operations import OPERATIONS

    operation = OPERATIONS.get(name)
    if operation is None:
        return None
    import importlib

    try:
        return importlib.import_module(f"pachca_client.generated.api.{operation.tag}.{name}")
    except ImportError:  # pragma: no cover - every row of OPERATIONS has its module
        return None


@functools.cache
def _models(endpoint: Any) -> tuple[Any, Any]:
    """(request body type, success answer type) of a generated endpoint module."""
    try:
        body = typing.get_type_hints(endpoint._get_kwargs).get("body")
    except (AttributeError, NameError, TypeError):
        body = None
    try:
        answer = typing.get_type_hints(endpoint.parse_success).get("return")
    except (AttributeError, NameError, TypeError):
        answer = None
    return body, answer


def _request_body(request: httpx.Request) -> Any:
    try:
        content = request.content
    except httpx.RequestNotRead:
        return None
    if not content:
        return None
    kind = request.headers.get("content-type", "")
    try:
        if kind.startswith("application/x-www-form-urlencoded"):
            return dict(urllib.parse.parse_qsl(content.decode("utf-8"), keep_blank_values=True))
        if "json" in kind:
            return json.loads(content)
    except (ValueError, RecursionError):
        return None
    return None


@functools.cache
def _secret_paths(hint: Any) -> tuple[Path, ...]:
    """The JSON paths of the credentials (`x-secret` fields) inside values of type `hint`."""
    return tuple(_walk(hint, frozenset()))


def _walk(hint: Any, seen: frozenset[type]) -> Iterator[Path]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, UnionType):
        for member in typing.get_args(hint):
            yield from _walk(member, seen)
        return
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        for path in _walk(item, seen):
            yield (_ITEM, *path)
        return
    if not (isinstance(hint, type) and attrs.has(hint)) or hint in seen:
        return
    from ._validation import _hints

    hints = _hints(hint)
    keys = _json_keys(hint)
    for field in attrs.fields(hint):
        if not field.init or field.name not in hints:
            continue
        key = keys.get(field.name, field.name)
        if not field.repr:  # x-secret: kept out of repr() by the model template
            yield (key,)
        else:
            for path in _walk(hints[field.name], seen | {hint}):
                yield (key, *path)


def _json_keys(cls: type) -> dict[str, str]:
    """Python attribute name -> JSON key, from the model module's `_KNOWN_KEYS` (names that are not
    identifiers, or are keywords, get another attribute name)."""
    import sys

    known = getattr(sys.modules.get(cls.__module__), "_KNOWN_KEYS", ())
    keys: dict[str, str] = {}
    for key in known:
        name = re.sub(r"\W|^(?=\d)", "_", key).lower()
        keys[f"{name}_" if keyword.iskeyword(name) else name] = key
    return keys


def _values(value: Any, paths: tuple[Path, ...]) -> Iterator[str]:
    for path in paths:
        yield from _at(value, path)


def _at(value: Any, path: Path) -> Iterator[str]:
    if not path:
        if isinstance(value, str):
            yield value
        return
    head, rest = path[0], path[1:]
    if head is _ITEM:
        if isinstance(value, list):
            for item in value:
                yield from _at(item, rest)
    elif isinstance(value, dict) and head in value:
        yield from _at(value[head], rest)
