"""The cursor bookkeeping of `_iter`: loops end, and its memory does not grow with the listing."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from pachca_client._pagination import Cursor


def page(next_page: str) -> Any:
    meta = SimpleNamespace(paginate=SimpleNamespace(next_page=next_page, has_next=True), total=None)
    return SimpleNamespace(data=[1], meta=meta)


def walk(next_of: Any, limit: int = 100_000) -> tuple[int, Cursor]:
    cursor, pages = Cursor(), 1
    while cursor.advance(page(next_of(cursor.cursor))) and pages < limit:
        pages += 1
    return pages, cursor


def test_a_long_listing_keeps_a_bounded_number_of_cursors() -> None:
    pages, cursor = walk(lambda c: f"c{int(c[1:]) + 1 if c else 1}", limit=5_000)
    assert pages == 5_000
    assert len(cursor._used) <= Cursor.RECENT


def test_a_short_loop_ends_at_its_first_repeat() -> None:
    cycle = ["a", "b", "c"]
    pages, _ = walk(lambda c: cycle[(cycle.index(c) + 1) % 3] if c else "a")
    assert pages == 4, "a, b, c, then a again: the fourth page is the last"


def test_a_loop_longer_than_the_recent_window_still_ends() -> None:
    length = Cursor.RECENT * 7 + 3
    pages, _ = walk(lambda c: f"c{(int(c[1:]) + 1) % length if c else 0}")
    assert length < pages < 4 * length + Cursor.RECENT
