"""The cursor bookkeeping of `_iter`: loops end, and its memory does not grow with the listing."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from pachca_client import PaginationError
from pachca_client._pagination import Cursor


def page(next_page: str) -> Any:
    meta = SimpleNamespace(paginate=SimpleNamespace(next_page=next_page, has_next=True), total=None)
    return SimpleNamespace(data=[1], meta=meta)


def walk(next_of: Any, limit: int = 100_000) -> tuple[int, Cursor]:
    cursor, pages = Cursor(), 1
    while cursor.advance(page(next_of(cursor.cursor))) and pages < limit:
        pages += 1
    return pages, cursor


def pages_until_error(next_of: Any) -> int:
    cursor, pages = Cursor(), 1
    with pytest.raises(PaginationError, match="loop"):
        while cursor.advance(page(next_of(cursor.cursor))) and pages < 100_000:
            pages += 1
    return pages


def test_a_long_listing_keeps_a_bounded_number_of_cursors() -> None:
    pages, cursor = walk(lambda c: f"c{int(c[1:]) + 1 if c else 1}", limit=5_000)
    assert pages == 5_000
    assert len(cursor._used) <= Cursor.RECENT


def test_a_short_loop_raises_before_a_page_is_fetched_twice() -> None:
    cycle = ["a", "b", "c"]
    pages = pages_until_error(lambda c: cycle[(cycle.index(c) + 1) % 3] if c else "a")
    assert pages == 4, "pages 1, a, b, c are new; c's next cursor is a again, which is not fetched"


def test_a_loop_longer_than_the_recent_window_still_raises() -> None:
    length = Cursor.RECENT * 7 + 3
    pages = pages_until_error(lambda c: f"c{(int(c[1:]) + 1) % length if c else 0}")
    assert length < pages < 4 * length + Cursor.RECENT


@pytest.mark.parametrize("value", [7, 7.5])
def test_a_numeric_cursor_repeated_forever_ends(value: float) -> None:
    pages, cursor = walk(lambda c: value)
    assert pages == 2 and cursor.cursor == str(value)


@pytest.mark.parametrize("value", [["x"], {"a": 1}, True])
def test_a_cursor_that_is_not_a_cursor_raises_a_typed_error(value: Any) -> None:
    with pytest.raises(PaginationError, match="not a cursor string"):
        Cursor().advance(page(value))
