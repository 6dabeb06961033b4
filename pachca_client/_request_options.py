"""What one request tells the layers below the client: its `RequestOptions`, under one extension key.

The client resolves a request's options once, from the `CallOptions` of the client or view that built it
(`_options.py`), and every layer under `httpx` reads them from here: the bearer auth (whether to send the
token), the retry transport (retry budget, deadline, answer size cap, whether the body is streamed), the
rate limiter (whether and in which class the call counts) and the error types (the operation's name).
A request built without them (by hand, through a caller's transport) reads as `BARE`: the transport's own
retry policy, no deadline, the default size cap, limited in the token's class alone.

This module imports nothing of the package, so every layer can read it.
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

import httpx

REQUEST_OPTIONS = "pachca_client.request_options"
# The one outcome on a request: set before each attempt to how many times it has been sent, this attempt
# included (the messages of timeouts, `RawResponse.retries_taken`, the per-call log line).
ATTEMPTS = "pachca_client.attempts"

# The API's answers are small JSON documents: a bigger one is refused before it fills memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 << 20

OPTIONAL = "optional"
# False for operations sent without the bearer token (`x-requirements: {auth: false}`), "optional" for those
# that take it when the client has one (`security: [{BearerAuth: []}, {}]`).
Authenticated = bool | Literal["optional"]


class RequestOptions(NamedTuple):
    """The settings one request was built with, resolved: read by the transports, never changed.

    A named tuple: one is made for every request, and it is made in a third of a frozen dataclass's time."""

    max_retries: int | None = None  # None: the retry transport's own policy
    deadline: float | None = None  # the call's deadline in seconds, as it was set (for messages)
    deadline_at: float | None = None  # `time.monotonic()` by which the call must end
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    rate_limited: bool = True
    # (class, key) for an operation with `x-rate-limit` in openapi.yaml: a field of `RateLimits`, and the
    # values that split it (a chat, a message)
    rate_limit: tuple[str, tuple[Any, ...]] | None = None
    stream: bool = False  # the body is streamed by the caller (a download): neither read nor capped below
    operation: str | None = None  # the endpoint module's name (the operationId in snake case)
    authenticated: Authenticated = True


BARE = RequestOptions()


def options_of(request: httpx.Request) -> RequestOptions:
    """The options `request` was built with (`BARE` for one the client did not build)."""
    options = request.extensions.get(REQUEST_OPTIONS)
    return options if isinstance(options, RequestOptions) else BARE


def attempts_of(request: httpx.Request, default: int = 0) -> int:
    """How many times `request` has been sent (`default` before the retry transport saw it)."""
    return int(request.extensions.get(ATTEMPTS, default))
