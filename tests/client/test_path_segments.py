"""A path parameter is always exactly one segment of the URL, whatever a server-provided id contains."""

from __future__ import annotations

import httpx
import pytest

from pachca_client import Pachca


@pytest.mark.parametrize(("event_id", "path"), [("..", "%2E%2E"), (".", "%2E"), ("a/b", "a%2Fb"), ("01J?x", "01J%3Fx")])
def test_dot_segments_and_slashes_in_ids_stay_inside_their_segment(event_id: str, path: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with Pachca(
        "t" * 12, base_url="https://api.pachca.test/api/shared/v1", transport=httpx.MockTransport(handler)
    ) as p:
        p.bots.delete_webhook_event(event_id)
    assert seen[0].method == "DELETE"
    assert seen[0].url.raw_path.decode() == f"/api/shared/v1/webhooks/events/{path}"


def test_an_empty_id_is_refused_before_sending() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    with Pachca(
        "t" * 12, base_url="https://api.pachca.test/api/shared/v1", transport=httpx.MockTransport(handler)
    ) as p:
        with pytest.raises(ValueError, match="cannot be empty"):
            p.bots.delete_webhook_event("")
