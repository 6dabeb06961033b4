"""Which listener an event goes to: `(type, event)` plus a test of the payload that may add to the context."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .._tolerance import readable
from ..webhooks import ParsedWebhook

Pattern = str | re.Pattern[str] | None
"""A listener's filter: None matches anything, a str matches as documented per decorator, a regex by search."""
Extras = dict[str, Any]
Test = Callable[[ParsedWebhook], Extras | None]


@dataclass(frozen=True)
class Listener:
    type: str
    events: tuple[str, ...] | None  # None: any event of the type
    fn: Callable[..., Any]
    test: Test
    background: bool = False

    def match(self, kind: tuple[str, str], event: ParsedWebhook) -> Extras | None:
        if kind[0] != self.type or (self.events is not None and kind[1] not in self.events):
            return None
        return self.test(event)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def compare(pattern: Pattern, value: str, *, exact: bool = True) -> Extras | None:
    """None passes; a regex passes when it is found in `value`; a str when equal (or, `exact=False`, contained)."""
    if pattern is None:
        return {}
    if isinstance(pattern, re.Pattern):
        found = pattern.search(value)
        return None if found is None else {"match": found}
    if exact:
        return {} if value == pattern else None
    return {} if pattern.casefold() in value.casefold() else None


def field(name: str, pattern: Pattern, *, exact: bool = True) -> Test:
    return lambda event: compare(pattern, _text(readable(event, name)), exact=exact)


def command(name: str) -> Test:
    """`/name args...` (also `/name@bot`), case-insensitive; adds `command`, `text` and shell-split `args`."""
    wanted = "/" + name.strip().lstrip("/").casefold()

    def test(event: ParsedWebhook) -> Extras | None:
        head, _, rest = _text(readable(event, "content")).strip().partition(" ")
        if head.split("@")[0].casefold() != wanted:
            return None
        rest = rest.strip()
        try:
            args = shlex.split(rest)
        except ValueError:  # an unclosed quote: plain words
            args = rest.split()
        return {"command": wanted, "text": rest, "args": args}

    return test


def reaction(emoji: str | None) -> Test:
    return lambda event: {} if emoji in (None, readable(event, "code"), readable(event, "name")) else None


def domain(name: str | None) -> Test:
    """Links to unfurl (not `skip`), on `name` or its subdomains when given; no such link: no match."""
    wanted = None if name is None else name.casefold().strip(".")

    def matches(url: str) -> bool:
        host = (urlsplit(url).hostname or "").casefold()
        return wanted is None or host == wanted or host.endswith("." + wanted)

    def test(event: ParsedWebhook) -> Extras | None:
        links = [link for link in readable(event, "links") or [] if not link.skip and matches(link.url)]
        return {"links": links} if links else None

    return test


def anything(event: ParsedWebhook) -> Extras | None:
    return {}
