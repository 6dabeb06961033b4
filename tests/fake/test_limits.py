"""Opt-in rate limits like the real API's: 429 with `Retry-After`, per token, per chat for messages."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from pachca_client import RateLimitError
from pachca_client.testing import FakeClock, FakePachca


@pytest.fixture
def limited() -> Iterator[FakePachca]:
    """A fake with limits on and a frozen clock: windows move only with `clock.advance`."""
    with FakePachca(limits=True, clock=FakeClock(frozen=True)) as fake:
        yield fake


def test_off_by_default(fake_pachca: FakePachca) -> None:
    headers = {"Authorization": f"Bearer {fake_pachca.token}"}
    with httpx.Client(base_url=fake_pachca.base_url, headers=headers) as raw:
        assert {raw.get("/profile").status_code for _ in range(80)} == {200}


def test_about_50_requests_a_second_per_token(limited: FakePachca) -> None:
    other = limited.add_token()
    with httpx.Client(base_url=limited.base_url) as raw:
        mine = {"Authorization": f"Bearer {limited.token}"}
        statuses = [raw.get("/profile", headers=mine).status_code for _ in range(51)]
        assert statuses == [200] * 50 + [429]
        refused = limited.exchanges[-1]
        assert refused.headers["Retry-After"] == "1"
        assert refused.headers["Content-Type"].startswith("text/plain"), "refused before any method: not JSON"
        assert raw.get("/profile", headers={"Authorization": f"Bearer {other}"}).status_code == 200, "per token"
        limited.clock.advance(1)
        assert raw.get("/profile", headers=mine).status_code == 200


def test_messages_4_a_second_per_chat_after_a_burst(limited: FakePachca) -> None:
    general, engineering = sorted(limited.state.chats)[:2]
    limited.limits.enable(message_burst=5)

    def post(chat_id: int, text: str) -> None:
        # a fresh client each time: after a 429 a client holds its next calls back for Retry-After
        with limited.client(max_retries=0) as pachca:
            pachca.messages.create_message(body={"message": {"entity_id": chat_id, "content": text}})

    for n in range(5):
        post(general, f"burst {n}")
    with pytest.raises(RateLimitError) as caught:
        post(general, "one too many")
    assert caught.value.response.headers["retry-after"] == "1"
    assert caught.value.response.headers["content-type"].startswith("text/plain"), "the per-second kind of 429"
    post(engineering, "another chat")
    limited.clock.advance(0.5)  # 4 a second: two more after half a second
    post(general, "later 1")
    post(general, "later 2")
    with pytest.raises(RateLimitError):
        post(general, "still too fast")
    assert limited.limits.rejected == 2


def test_the_event_log_5_requests_per_2_seconds(limited: FakePachca) -> None:
    bot = limited.add_bot("Reader")
    with httpx.Client(base_url=limited.base_url, headers={"Authorization": f"Bearer {bot.token}"}) as raw:
        assert [raw.get("/webhooks/events").status_code for _ in range(6)] == [200] * 5 + [429]
        assert limited.exchanges[-1].headers["Retry-After"] == "2"
        limited.clock.advance(2)
        assert raw.get("/webhooks/events").status_code == 200
