"""Lazy iteration over Pachca's cursor-paginated lists and searches.

Lists answer `meta.paginate = {next_page, has_next, ...}` and end at `has_next: false` (a short
page is not the end). Searches answer `meta = {total, paginate: {next_page}}` and end when the
items seen reach `total` or a page is empty. Some lists answer the search shape (`GET /users`
with `query`), so the stop rule looks at what came back, not at what was asked. A repeated
cursor also ends the iteration, so a misbehaving server cannot cause an endless loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ._exceptions import PaginationError
from ._tolerance import readable

if TYPE_CHECKING:
    from ._client import AsyncPachca, Pachca

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="Page[Any]")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class Page(Protocol[ItemT_co]):
    """What every paginated response model has."""

    @property
    def data(self) -> Sequence[ItemT_co]: ...  # pragma: no cover - protocol

    @property
    def meta(self) -> Any: ...  # pragma: no cover - protocol


def _field(obj: Any, name: str) -> Any:
    """A field of a generated model, or an unknown field kept in its additional properties."""
    from .generated.types import Unset

    if obj is None or isinstance(obj, Unset):
        return None
    value = readable(obj, name)  # a field that deviated from openapi.yaml (tolerant reading) steers nothing
    if value is None and hasattr(obj, "additional_properties"):
        value = obj.additional_properties.get(name)
    return None if isinstance(value, Unset) else value


def _cursor_text(value: Any) -> str | None:
    """The next-page cursor as text: None when absent, a number as its digits, anything else refused."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise PaginationError(f"the listing's next_page is a {type(value).__name__}, not a cursor string")


class Cursor:
    """Walks one paginated listing: tells the cursor for the next page, or that it has ended.

    Memory stays flat however long the listing. A server that sends back the cursor just used has
    nothing more (the walk ends). A cursor that loops back further is a broken listing and raises
    `PaginationError` instead of repeating items silently: a repeat of any of the last `RECENT`
    cursors is caught before its page is fetched again, and a longer loop by a checkpoint cursor
    moved at doubling intervals (Brent's cycle detection), within about twice the loop's length.
    A cursor that is not a string (a number is taken as its text) raises `PaginationError` too.
    """

    RECENT = 100

    def __init__(self) -> None:
        self.cursor: str | None = None
        self.seen = 0
        self._used: dict[str, None] = {}  # the last RECENT cursors, oldest first
        self._checkpoint: str | None = None
        self._steps = 0
        self._interval = self.RECENT

    def arguments(self, base: dict[str, Any]) -> dict[str, Any]:
        """The call's arguments for the next page (no `cursor` on the first one)."""
        return base if self.cursor is None else {**base, "cursor": self.cursor}

    def advance(self, page: Page[Any]) -> bool:
        """Record a fetched page; True when there is another page to fetch."""
        self.seen += len(page.data)
        paginate = _field(page.meta, "paginate")
        next_page = _cursor_text(_field(paginate, "next_page"))
        if not page.data or not next_page or next_page == self.cursor:
            return False
        if next_page in self._used:
            raise PaginationError(
                f"the listing's cursor {next_page[:40]!r} came back: its pages loop; stopped before repeating any"
            )
        if next_page == self._checkpoint:
            raise PaginationError(
                f"the listing's cursor {next_page[:40]!r} came back after more than {self.RECENT} pages: its pages "
                "loop, and items of the loop may have been yielded twice"
            )
        has_next = _field(paginate, "has_next")
        if has_next is False:
            return False
        total = _field(page.meta, "total")
        if has_next is None and isinstance(total, int) and self.seen >= total:
            return False
        if self.cursor:
            self._remember(self.cursor)
        self.cursor = str(next_page)
        return True

    def _remember(self, cursor: str) -> None:
        self._used[cursor] = None
        if len(self._used) > self.RECENT:
            del self._used[next(iter(self._used))]
        self._steps += 1
        if self._steps >= self._interval:
            self._checkpoint, self._steps, self._interval = cursor, 0, self._interval * 2


class SyncPaginator(Generic[PageT, ItemT]):
    """Iterate items (`for chat in ...`) or whole pages (`.pages()`); a page is fetched only when needed."""

    def __init__(self, client: Pachca, endpoint: ModuleType, arguments: dict[str, Any]) -> None:
        self._client = client
        self._endpoint = endpoint
        self._arguments = arguments

    def pages(self) -> Iterator[PageT]:
        cursor = Cursor()
        while True:
            page: PageT = self._client._request(
                self._endpoint, self._endpoint.parse_success, cursor.arguments(self._arguments)
            )
            yield page
            if not cursor.advance(page):
                return

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.data


class AsyncPaginator(Generic[PageT, ItemT]):
    """The async twin: `async for item in ...`, or `async for page in ....pages()`."""

    def __init__(self, client: AsyncPachca, endpoint: ModuleType, arguments: dict[str, Any]) -> None:
        self._client = client
        self._endpoint = endpoint
        self._arguments = arguments

    async def pages(self) -> AsyncIterator[PageT]:
        cursor = Cursor()
        while True:
            page: PageT = await self._client._request(
                self._endpoint, self._endpoint.parse_success, cursor.arguments(self._arguments)
            )
            yield page
            if not cursor.advance(page):
                return

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.data:
                yield item
