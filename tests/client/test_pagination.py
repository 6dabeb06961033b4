"""The `_iter` methods over httpx.MockTransport: lazy, page by page, and where listings and searches end.

`_pagination.py` through the client; its cursor bookkeeping on its own is in test_pagination_cursor.py."""

from __future__ import annotations

import asyncio

import httpx
from client_helpers import Handler, async_client, client, schema_sample

from pachca_client.models import User


def list_pages(count: int, per_page: int, requests: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        index = int(request.url.params.get("cursor", "p0")[1:])
        users = [schema_sample("User", id=index * 100 + i) for i in range(per_page)]
        last = index == count - 1
        meta = {
            "paginate": {
                "next_page": f"p{index + 1}",
                "prev_page": f"p{index}",
                "has_next": not last,
                "has_prev": index > 0,
            }
        }
        return httpx.Response(200, json={"data": users, "meta": meta})

    return handler


def test_three_pages_are_fetched_lazily_one_by_one() -> None:
    requests: list[httpx.Request] = []
    with client(list_pages(3, 2, requests)) as pachca:
        iterator = iter(pachca.users.list_users_iter(limit=2))
        assert requests == [], "nothing is fetched before iteration starts"
        first = next(iterator)
        assert isinstance(first, User) and first.id == 0
        assert len(requests) == 1
        next(iterator)
        assert len(requests) == 1
        assert next(iterator).id == 100
        assert len(requests) == 2
        rest = list(iterator)
    assert [u.id for u in rest] == [101, 200, 201]
    assert len(requests) == 3
    assert [r.url.params.get("cursor") for r in requests] == [None, "p1", "p2"]
    assert all(r.url.params["limit"] == "2" for r in requests)


def test_pages_can_be_iterated_whole() -> None:
    requests: list[httpx.Request] = []
    with client(list_pages(3, 2, requests)) as pachca:
        pages = list(pachca.users.list_users_iter().pages())
    assert [len(p.data) for p in pages] == [2, 2, 2]
    assert pages[-1].meta.paginate.has_next is False


def test_a_short_page_is_not_the_end_of_a_list() -> None:
    sizes = iter([1, 0, 2])
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        n = next(sizes)
        has_next = len(requests) < 2
        data = [schema_sample("Chat", id=len(requests) * 10 + i) for i in range(n)]
        return httpx.Response(
            200, json={"data": data, "meta": {"paginate": {"next_page": f"c{len(requests)}", "has_next": has_next}}}
        )

    with client(handler) as pachca:
        ids = [c.id for c in pachca.chats.list_chats_iter(limit=50)]
    assert ids == [10] and len(requests) == 2, "has_next=false after an empty page ends it"


def test_search_stops_at_total_lazily() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        index = len(requests)
        data = [schema_sample("Message", id=index * 10 + i) for i in range(2)]
        return httpx.Response(200, json={"data": data, "meta": {"total": 5, "paginate": {"next_page": f"s{index}"}}})

    with client(handler) as pachca:
        iterator = iter(pachca.search.search_messages_iter(query="hello", chat_ids=[1, 2]))
        next(iterator)
        assert len(requests) == 1
        ids = [m.id for m in iterator]
    assert len(requests) == 3, "5 results at 2 per page: three pages, then total is reached"
    assert len(ids) == 5
    assert requests[0].url.params.get_list("chat_ids[]") == ["1", "2"]


def test_search_stops_on_an_empty_page_and_on_a_repeated_cursor() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(
            200, json={"data": [schema_sample("Chat")], "meta": {"total": 100, "paginate": {"next_page": "same"}}}
        )

    with client(handler) as pachca:
        assert len(list(pachca.search.search_chats_iter(query="x"))) == 2
    assert len(requests) == 2


def test_async_iteration_is_lazy_too() -> None:
    requests: list[httpx.Request] = []

    async def scenario() -> list[int]:
        async with async_client(list_pages(3, 2, requests)) as pachca:
            seen = []
            async for user in pachca.users.list_users_iter():
                seen.append(user.id)
                assert len(requests) == (len(seen) + 1) // 2
            pages = [page async for page in pachca.users.list_users_iter().pages()]
            assert len(pages) == 3
            return seen

    assert asyncio.run(scenario()) == [0, 1, 100, 101, 200, 201]
