"""How a method turns a successful answer into its return value, typed end to end.

Each generated endpoint module has `parse_success(response)`, typed with the models of its 2xx
answers. A facade method hands the client a parser built from it here (`data_of`, ...), so the
method's declared return type is checked by mypy against what is actually parsed: a wrong
return type in the facade plan fails type checking instead of passing as `Any`.

Each body is decoded once (`decode_once`), by orjson when the `fast` extra is installed.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import httpx

_orjson: Any
try:  # the `fast` extra: orjson decodes JSON about twice as fast as the json module
    _orjson = importlib.import_module("orjson")
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

Parser = Callable[[httpx.Response], T]


class Envelope(Protocol[T_co]):
    """A `{"data": ...}` answer model."""

    @property
    def data(self) -> T_co: ...  # pragma: no cover - protocol


def decode_once(response: httpx.Response) -> httpx.Response:
    """`response`, its `.json()` decoding the body on the first call and returning that value after.

    The generated `parse_success` reads the body with `response.json()`, and `raw_json` reads it again:
    the client hands every parser a response prepared here (`_client._finish`), so a body is decoded
    once, by orjson when the `fast` extra is installed. orjson gives the same JSON (it refuses only what
    the API never sends: NaN, integers beyond 64 bits); a body that is not JSON is a ValueError either way.
    """
    loads = json.loads if _orjson is None else _orjson.loads
    content = response.content  # not `response`: the closure, kept in its __dict__, must not make a cycle
    decoded: list[Any] = []

    def json_once() -> Any:
        if not decoded:
            decoded.append(loads(content))
        return decoded[0]

    vars(response)["json"] = json_once
    return response


def data_of(parse: Callable[[httpx.Response], Envelope[T]]) -> Parser[T]:
    """The `data` inside the envelope `parse` returns."""

    def parse_data(response: httpx.Response) -> T:
        return parse(response).data

    return parse_data


def data_or_none(parse: Callable[[httpx.Response], Envelope[T] | None]) -> Parser[T | None]:
    """The `data` inside the envelope, or None for an answer without one (a bare `null`, a 204)."""

    def parse_data(response: httpx.Response) -> T | None:
        envelope = parse(response)
        return None if envelope is None else envelope.data

    return parse_data


def raw_json(parse: Callable[[httpx.Response], Any]) -> Parser[Any]:
    """The answer's JSON as sent (the server's key order kept), after `parse` has validated it (one decoding)."""

    def parse_json(response: httpx.Response) -> Any:
        parse(response)
        return response.json()

    return parse_json


def ignore_body(response: httpx.Response) -> None:
    """For operations that answer with no body worth reading."""
    return None


def redirect_location(response: httpx.Response) -> str:
    """The `Location` of a redirect answer (a temporary download link); the client does not follow it."""
    location = response.headers.get("location")
    if not location:
        raise ValueError("a redirect without a Location header")
    return str(location)
