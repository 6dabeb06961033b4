"""Sending through a caller's own httpx client (`http_client=`): its proxies, TLS, limits and event hooks."""

from __future__ import annotations

import httpx


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller's `httpx.Client`."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True)

    def close(self) -> None:
        """The caller's client is the caller's to close."""


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's `httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)

    async def aclose(self) -> None:
        """The caller's client is the caller's to close."""
