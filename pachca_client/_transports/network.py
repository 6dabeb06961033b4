"""httpx's own transport, its connections bound by each call's deadline, and the environment's proxies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from .._deadline import install as install_deadline


def http_transport(
    kind: Callable[..., Any], limits: httpx.Limits, proxy: str | httpx.Proxy | None, http2: bool = False
) -> Any:
    """httpx's transport of `kind` (HTTP/2 when asked), every socket operation bounded by the call's deadline."""
    made = kind(limits=limits, proxy=proxy, http2=http2)
    install_deadline(made)
    return made


def proxy_mounts(
    proxy: str | httpx.Proxy | None, transport: Any, http_client: Any, wrap: Callable[[str | None], Any]
) -> dict[str, Any] | None:
    """Transports per URL pattern for the proxies of the environment (HTTP(S)_PROXY, ALL_PROXY, NO_PROXY).

    httpx reads them itself only when it builds its own transport; this client passes one, so it
    applies them the same way. An explicit `proxy=`, `transport=` or `http_client=` takes precedence.
    """
    if proxy is not None or transport is not None or http_client is not None:
        return None
    from httpx._utils import get_environment_proxies  # httpx < 1 (pinned); the function behind trust_env

    mounts = {pattern: wrap(url or None) for pattern, url in get_environment_proxies().items()}
    return mounts or None
