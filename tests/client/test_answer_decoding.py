"""Answers are decoded by orjson when the `fast` extra is installed, by the json module otherwise.

orjson is not a development dependency, so a stand-in with the same `loads` takes its place in
`pachca_client._answers._orjson`; what is checked is that a real call through Pachca hands the
response body to it and returns what it decoded, and that without it the json module does the work.
"""

from __future__ import annotations

import asyncio
import gc
import json
import weakref
from typing import Any

import httpx
import pytest
from client_helpers import Handler, async_client, client, schema_sample

from pachca_client import _answers


class StandInDecoder:
    """Decodes like orjson.loads (bytes in, JSON out), records what it was given and marks what it returns."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def loads(self, body: bytes | str) -> Any:
        self.bodies.append(body if isinstance(body, bytes) else body.encode())
        decoded = json.loads(body)
        decoded["data"]["name"] = "decoded by the stand-in"
        return decoded


def chat_answer(sent: list[bytes]) -> Handler:
    """A handler answering with a Chat (id 42, name 'from the wire'); the bodies it sent go to `sent`."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.dumps({"data": schema_sample("Chat", id=42, name="from the wire")}).encode()
        sent.append(body)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return handler


def test_with_orjson_installed_the_body_is_decoded_by_it(monkeypatch: pytest.MonkeyPatch) -> None:
    decoder = StandInDecoder()
    monkeypatch.setattr(_answers, "_orjson", decoder)
    sent: list[bytes] = []
    with client(chat_answer(sent)) as pachca:
        chat = pachca.chats.get_chat(42)
    assert chat.id == 42
    assert chat.name == "decoded by the stand-in", "the value returned is the one the stand-in decoded"
    assert decoder.bodies and set(decoder.bodies) == set(sent), "the stand-in got the response body as sent"


def test_the_async_client_decodes_through_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    decoder = StandInDecoder()
    monkeypatch.setattr(_answers, "_orjson", decoder)
    sent: list[bytes] = []

    async def call() -> Any:
        async with async_client(chat_answer(sent)) as pachca:
            return await pachca.chats.get_chat(42)

    chat = asyncio.run(call())
    assert chat.name == "decoded by the stand-in"
    assert decoder.bodies and set(decoder.bodies) == set(sent)


def test_without_orjson_the_json_module_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_answers, "_orjson", None)
    sent: list[bytes] = []
    with client(chat_answer(sent)) as pachca:
        chat = pachca.chats.get_chat(42)
    assert (chat.id, chat.name) == (42, "from the wire")
    assert len(sent) == 1


def test_a_prepared_answer_is_decoded_once_and_freed_without_the_cycle_collector() -> None:
    """`decode_once` keeps the decoded body beside the response; it must not tie the response to itself
    (a cycle would keep every page's bytes and JSON alive until a collection, and make collections long)."""
    response = httpx.Response(200, content=b'{"data": [1, 2]}')
    _answers.decode_once(response)
    first = response.json()
    assert first == {"data": [1, 2]} and response.json() is first, "decoded once, the same value after"
    gone = weakref.ref(response)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del response
        assert gone() is None, "freed by its reference count alone"
    finally:
        if enabled:
            gc.enable()
