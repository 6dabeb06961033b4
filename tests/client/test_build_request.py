"""`build_api_request` makes, in one step, the request httpx's `build_request` makes, for every operation.

The client joins the URL once instead of letting httpx merge `base_url` and the query (see
pachca_client/_requests.py); these tests hold it to byte-for-byte the same method, URL, headers,
body and extensions, for every operation in openapi.yaml and for awkward query and path values.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest
from operation_calls import GENERATED_OPERATIONS, build_call, operation_by_id, operation_module

from pachca_client import AsyncPachca, Pachca
from pachca_client._requests import APIClient, AsyncAPIClient, build_api_request
from pachca_client.generated.api.messages import list_chat_messages
from pachca_client.generated.api.search import search_messages
from pachca_client.generated.api.users import get_user

BASE = "https://api.pachca.test/api/shared/v1"
HEADERS = {"User-Agent": "pachca-client/test", "Accept": "application/json"}
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def _both(spec: dict[str, Any], client: httpx.Client) -> tuple[httpx.Request, httpx.Request]:
    """The request httpx builds and the one `build_api_request` builds, from copies of `spec`."""
    spec = {key: value for key, value in spec.items() if key != "rate_limit"}  # the client moves it to its options
    reference = client.build_request(timeout=TIMEOUT, extensions={"x": 1}, **spec)
    ours = build_api_request(client, dict(spec), TIMEOUT, {"x": 1})
    return reference, ours


def _body(request: httpx.Request) -> bytes:
    body = request.read()
    boundary = re.search(rb"boundary=([0-9a-f]+)", request.headers.get("content-type", "").encode())
    return body.replace(boundary.group(1), b"BOUNDARY") if boundary else body


def _assert_same(reference: httpx.Request, ours: httpx.Request) -> None:
    assert ours.method == reference.method
    assert str(ours.url) == str(reference.url)
    assert ours.url.raw_path == reference.url.raw_path
    without_boundary = [(k, re.sub("boundary=[0-9a-f]+", "boundary=B", v)) for k, v in reference.headers.multi_items()]
    assert [(k, re.sub("boundary=[0-9a-f]+", "boundary=B", v)) for k, v in ours.headers.multi_items()] == (
        without_boundary
    )
    assert _body(ours) == _body(reference)
    assert ours.extensions == reference.extensions


@pytest.fixture
def client() -> Any:
    with APIClient(base_url=BASE, headers=HEADERS, timeout=TIMEOUT) as made:
        yield made


@pytest.mark.parametrize("operation_id", GENERATED_OPERATIONS)
def test_every_operation_builds_the_request_httpx_would(
    project_spec: dict[str, Any], client: httpx.Client, operation_id: str
) -> None:
    path, _method, operation = operation_by_id(project_spec, operation_id)
    kwargs, _expected = build_call(project_spec, path, operation)
    spec = operation_module(operation)._get_kwargs(**kwargs)
    _assert_same(*_both(spec, client))


AWKWARD = [
    "plain",
    "two words",
    "a+b=c&d",
    "slash/and?question#hash",
    "100% sure",
    "Привет, мир",
    "emoji \U0001f680",
    "'quotes' \"double\" <angle>",
    "tab\tnew\nline",
    "",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_query_values_are_encoded_as_httpx_encodes_them(client: httpx.Client, text: str) -> None:
    spec = search_messages._get_kwargs(query=text, limit=5, cursor=text or None)
    reference, ours = _both(spec, client)
    _assert_same(reference, ours)
    assert ours.url.params.get("query") == text


def test_array_and_boolean_query_parameters_match(client: httpx.Client) -> None:
    spec = {"method": "get", "url": "/search/messages", "params": {"chat_ids[]": [1, 2, 3], "active": True}}
    reference, ours = _both(spec, client)
    _assert_same(reference, ours)
    assert ours.url.params.get_list("chat_ids[]") == ["1", "2", "3"]
    assert ours.url.params["active"] == "true"


@pytest.mark.parametrize(
    "base",
    [
        BASE,
        BASE + "/",
        "http://127.0.0.1:8123",
        "https://proxy.test/pachca/api/v1/",
        "https://пачка.рф/api/v1",
        "https://user:pw@api.test:8443/a%20b/",
        "http://[::1]:8080/api",
    ],
)
def test_base_urls_with_and_without_a_path_or_trailing_slash(base: str) -> None:
    with APIClient(base_url=base, headers=HEADERS) as client:
        for spec in (get_user._get_kwargs(id=42), list_chat_messages._get_kwargs(chat_id=7, limit=50)):
            _assert_same(*_both(spec, client))


def test_a_base_url_with_its_own_query_or_a_client_with_params_falls_back_to_httpx() -> None:
    with APIClient(base_url=BASE + "?tenant=7", headers=HEADERS) as client:
        reference, ours = _both(list_chat_messages._get_kwargs(chat_id=7), client)
        _assert_same(reference, ours)
        assert ours.url.params["chat_id"] == "7"  # httpx drops base_url's own query when it merges
    with APIClient(base_url=BASE, params={"tenant": "7"}) as client:
        _assert_same(*_both(get_user._get_kwargs(id=1), client))


def test_a_plain_httpx_client_is_built_by_httpx_itself() -> None:
    with httpx.Client(base_url=BASE, headers=HEADERS) as client:
        _assert_same(*_both(list_chat_messages._get_kwargs(chat_id=7, limit=3), client))


def test_the_api_clients_keep_no_cookies() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert "cookie" not in request.headers
        return httpx.Response(200, json={"data": []}, headers={"set-cookie": "session=abc; Path=/"})

    with APIClient(base_url=BASE, transport=httpx.MockTransport(handler)) as client:
        client.get("/users")
        client.get("/users")
        assert not client.cookies and list(client.cookies.jar) == []
        with pytest.raises(ValueError, match="no cookies"):
            client.cookies = {"session": "abc"}
        client.cookies.set("session", "abc")
        client.cookies.update({"session": "abc"})
        client.cookies["other"] = "x"
        assert not client.cookies and "cookie" not in client.build_request("GET", "/users").headers


def test_the_async_api_client_keeps_no_cookies() -> None:
    asyncio.run(_async_client_keeps_no_cookies())


async def _async_client_keeps_no_cookies() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert "cookie" not in request.headers
        return httpx.Response(200, json={"data": []}, headers={"set-cookie": "session=abc; Path=/"})

    async with AsyncAPIClient(base_url=BASE, transport=httpx.MockTransport(handler)) as client:
        await client.get("/users")
        await client.get("/users")
        assert not client.cookies


def test_pachca_sends_what_httpx_would_have_built() -> None:
    """End to end: the request on the wire is the one httpx's own merging makes."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "meta": {"paginate": {"next_page": "c2"}}})

    with Pachca("t" * 40, base_url=BASE, transport=httpx.MockTransport(handler), rate_limits=False) as pachca:
        pachca.messages.list_chat_messages(chat_id=7, limit=50, cursor="a b/c")
        reference = pachca._http.build_request(
            "get", "/messages", params={"chat_id": 7, "limit": 50, "cursor": "a b/c"}, timeout=pachca.timeout
        )
    (sent,) = seen
    assert str(sent.url) == str(reference.url)
    assert sent.headers["authorization"] == "Bearer " + "t" * 40
    assert [(k, v) for k, v in sent.headers.multi_items() if k != "authorization"] == reference.headers.multi_items()


def test_async_pachca_uses_the_same_builder() -> None:
    asyncio.run(_async_pachca_uses_the_same_builder())


async def _async_pachca_uses_the_same_builder() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "meta": {"paginate": {"next_page": "c2"}}})

    async with AsyncPachca("t" * 40, base_url=BASE, transport=httpx.MockTransport(handler), rate_limits=False) as p:
        assert isinstance(p._http, AsyncAPIClient)
        await p.messages.list_chat_messages(chat_id=7, limit=50)
    assert str(seen[0].url) == BASE + "/messages?chat_id=7&limit=50"
