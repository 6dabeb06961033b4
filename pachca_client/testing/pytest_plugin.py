"""pytest fixtures for code that talks to Pachca: add `pytest_plugins = ["pachca_client.testing.pytest_plugin"]`.

def test_my_bot(fake_pachca, pachca):
    my_bot.greet(pachca)                                 # your code, with a real client
    assert fake_pachca.received("POST", "/messages") == 1

@pytest.mark.anyio                                       # anyio comes with httpx
async def test_my_async_bot(fake_pachca, async_pachca):
    await my_bot.greet(async_pachca)

Each test gets a fresh fake (seeded with a profile, three colleagues and three chats); stopping it
takes well under a millisecond.

A webhook delivery that failed during a test (wrong path, redirect, error in the app, refused
signature, no answer) makes the test error at teardown with a summary of each, unless the test looked
at them (`fake_pachca.webhooks.assert_delivered()`, `.failures()` or `.deliveries`) or is marked
`@pytest.mark.pachca_allow_failed_deliveries` because it fails them on purpose.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

from ._webhooks import summary
from .fake import FakePachca

if TYPE_CHECKING:
    from .._client import AsyncPachca, Pachca

ALLOW_FAILED_DELIVERIES = "pachca_allow_failed_deliveries"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{ALLOW_FAILED_DELIVERIES}: the test fails webhook deliveries of `fake_pachca` on purpose "
        "(they are not reported at teardown)",
    )


@pytest.fixture
def fake_pachca(request: pytest.FixtureRequest) -> Iterator[FakePachca]:
    """A fresh fake Pachca on 127.0.0.1 (seeded with a profile, three colleagues and three chats).

    At teardown it fails the test on webhook deliveries that failed and were never looked at.
    """
    with FakePachca() as fake:
        yield fake
        unnoticed = fake.webhooks.unnoticed_failures()
    if unnoticed and request.node.get_closest_marker(ALLOW_FAILED_DELIVERIES) is None:
        pytest.fail(
            f"Webhook deliveries of fake_pachca failed and the test never looked at them:\n{summary(unnoticed)}\n"
            "Check them with fake_pachca.webhooks.assert_delivered() or .failures(); mark a test that fails "
            f"them on purpose with @pytest.mark.{ALLOW_FAILED_DELIVERIES}.",
            pytrace=False,
        )


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
