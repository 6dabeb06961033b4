"""`http2=True`: refused when the client is made if h2 (the `http2` extra) is missing; HTTP/2 pools otherwise."""

from __future__ import annotations

import importlib.util
from typing import Any

import httpx
import pytest

from pachca_client import AsyncPachca, Pachca
from pachca_client._options import DEFAULT_LIMITS
from pachca_client._transports import network, wiring


def _without_h2(monkeypatch: pytest.MonkeyPatch) -> None:
    find_spec = importlib.util.find_spec

    def missing_h2(name: str, *args: Any) -> Any:
        return None if name == "h2" else find_spec(name, *args)

    monkeypatch.setattr(wiring.importlib.util, "find_spec", missing_h2)


@pytest.mark.parametrize("kind", [Pachca, AsyncPachca])
def test_http2_without_h2_fails_when_the_client_is_made(monkeypatch: pytest.MonkeyPatch, kind: Any) -> None:
    _without_h2(monkeypatch)
    with pytest.raises(ImportError, match=r"pachca-api-client\[http2\]"):
        kind("t" * 40, http2=True)


@pytest.mark.parametrize("kind", [httpx.HTTPTransport, httpx.AsyncHTTPTransport])
def test_http2_pools_speak_http2(kind: Any) -> None:
    pytest.importorskip("h2")
    made = network.http_transport(kind, DEFAULT_LIMITS, None, http2=True)
    assert made._pool._http2 is True
    assert network.http_transport(kind, DEFAULT_LIMITS, None)._pool._http2 is False
