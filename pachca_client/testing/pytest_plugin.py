"""pytest fixtures for code that talks to Pachca: add `pytest_plugins = ["pachca_client.testing.pytest_plugin"]`.

def test_my_bot(fake_pachca, pachca):
    my_bot.greet(pachca)                                 # your code, with a real client
    assert fake_pachca.received("POST", "/messages") == 1

@pytest.mark.anyio                                       # anyio comes with httpx
async def test_my_async_bot(fake_pachca, async_pachca):
    await my_bot.greet(async_pachca)

Each test gets a fresh fake (seeded with a profile, three colleagues and three chats); stopping it
takes well under a millisecond.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

from .fake import FakePachca

if TYPE_CHECKING:
    from .._client import AsyncPachca, Pachca


@pytest.fixture
def fake_pachca() -> Iterator[FakePachca]:
    """A fresh fake Pachca on 127.0.0.1 (seeded with a profile, three colleagues and three chats)."""
    with FakePachca() as fake:
        yield fake


@pytest.fixture
def pachca(fake_pachca: FakePachca) -> Iterator[Pachca]:
    """A `Pachca` client pointed at `fake_pachca`, with the owner's token."""
    with fake_pachca.client() as client:
        yield client


@pytest.fixture
async def async_pachca(fake_pachca: FakePachca) -> AsyncIterator[AsyncPachca]:
    """An `AsyncPachca` client pointed at `fake_pachca` (for async tests: `@pytest.mark.anyio`)."""
    async with fake_pachca.async_client() as client:
        yield client
