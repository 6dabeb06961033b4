"""How one twin's httpx clients are stacked: network (or a caller's transport) -> retry and rate limits -> client.

`Pachca` and `AsyncPachca` are wired the same way from different httpx classes (`SYNC_IO`, `ASYNC_IO`).
The API client sends the token to the API's origin alone and follows no redirects; the storage client
(uploads, export downloads) has no token, follows checked redirects, and is made on first use.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .._ratelimit import Limiter, limiter_for
from .._requests import APIClient, AsyncAPIClient, AsyncStorageClient, StorageClient
from .._retry import AsyncRetryTransport, RetryTransport
from .borrowed import AsyncClientTransport, ClientTransport
from .deferred import AsyncDeferredTransport, DeferredTransport
from .network import http_transport, proxy_mounts

if TYPE_CHECKING:
    from .._options import ClientOptions


@dataclass(frozen=True)
class IO:
    """The httpx classes one twin is built from."""

    client_transport: Callable[[Any], Any]  # sends through a caller's own http_client
    deferred: Callable[[Callable[[], Any]], Any]  # a transport made on first use
    http_transport: type[httpx.HTTPTransport] | type[httpx.AsyncHTTPTransport]
    retry: Callable[..., Any]
    api_client: Callable[..., Any]
    storage_client: Callable[..., Any]


SYNC_IO = IO(ClientTransport, DeferredTransport, httpx.HTTPTransport, RetryTransport, APIClient, StorageClient)
ASYNC_IO = IO(
    AsyncClientTransport,
    AsyncDeferredTransport,
    httpx.AsyncHTTPTransport,
    AsyncRetryTransport,
    AsyncAPIClient,
    AsyncStorageClient,
)


@dataclass(frozen=True)
class Wired:
    """A twin's API client, the factory of its storage client, and the rate limiter both share."""

    api: Any
    storage: Callable[[], Any]
    limiter: Limiter | None


def wire(io: IO, options: ClientOptions, api_settings: dict[str, Any], storage_settings: dict[str, Any]) -> Wired:
    """Make the API client and the (lazy) storage client of one twin from `options`."""
    if options.http2 and importlib.util.find_spec("h2") is None:  # at construction, not at the first call
        raise ImportError("http2=True needs the h2 package: pip install 'pachca-api-client[http2]'")
    policy = options.policy
    limiter = limiter_for(options.rate_limits)

    def network(proxy_url: str | httpx.Proxy | None = options.proxy) -> Any:
        if options.http_client is not None:
            return io.client_transport(options.http_client)
        if options.transport is not None:
            return options.transport
        return io.deferred(lambda: http_transport(io.http_transport, options.limits, proxy_url, options.http2))

    def storage() -> Any:
        inner = options.storage_transport or network()
        return io.storage_client(**storage_settings, transport=io.retry(inner, policy, read_body=False))

    mounts = proxy_mounts(
        options.proxy,
        options.transport,
        options.http_client,
        lambda url: io.retry(network(url), policy, limiter=limiter),
    )
    api = io.api_client(
        **api_settings, transport=io.retry(network(), policy, limiter=limiter), mounts=mounts, trust_env=False
    )
    return Wired(api, storage, limiter)
