"""How a method turns a successful answer into its return value, typed end to end.

Each generated endpoint module has `parse_success(response)`, typed with the models of its 2xx
answers. A facade method hands the client a parser built from it here (`data_of`, ...), so the
method's declared return type is checked by mypy against what is actually parsed: a wrong
return type in the facade plan fails type checking instead of passing as `Any`.

With the `fast` extra installed (orjson), the body is decoded by orjson instead of the json module.
"""

from __future__ import annotations

import functools
import importlib
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


def fast_json(response: httpx.Response) -> httpx.Response:
    """`response`, its `.json()` decoded by orjson when the `fast` extra is installed (else unchanged).

    The generated `parse_success` reads the body with `response.json()`; this swaps the decoder for
    that one response. The result is the same JSON (orjson refuses only what the API never sends:
    NaN, integers beyond 64 bits); a body that is not JSON is a ValueError either way.
    """
    if _orjson is not None:
        vars(response)["json"] = functools.partial(_orjson.loads, response.content)
    return response


def fast(parse: Callable[[httpx.Response], T]) -> Parser[T]:
    """`parse`, reading the body with orjson when it is installed (`fast_json`)."""
    if _orjson is None:
        return parse

    def parse_fast(response: httpx.Response) -> T:
        return parse(fast_json(response))

    return parse_fast


def data_of(parse: Callable[[httpx.Response], Envelope[T]]) -> Parser[T]:
    """The `data` inside the envelope `parse` returns."""

    def parse_data(response: httpx.Response) -> T:
        return parse(fast_json(response)).data

    return parse_data


def data_or_none(parse: Callable[[httpx.Response], Envelope[T] | None]) -> Parser[T | None]:
    """The `data` inside the envelope, or None for an answer without one (a bare `null`, a 204)."""

    def parse_data(response: httpx.Response) -> T | None:
        envelope = parse(fast_json(response))
        return None if envelope is None else envelope.data

    return parse_data


def raw_json(parse: Callable[[httpx.Response], Any]) -> Parser[Any]:
    """The answer's JSON as sent (the server's key order kept), after `parse` has validated it."""

    def parse_json(response: httpx.Response) -> Any:
        parse(fast_json(response))
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
