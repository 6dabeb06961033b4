"""Settings, each checked once where it is made: `CallOptions` for calls, `ClientOptions` for a client.

`CallOptions` is frozen: a client holds one, `with_options()` makes a view holding a `replace`d copy, and
every request the client builds carries what it resolves to (`RequestOptions`, `_request_options.py`).
`ClientOptions` is what a constructor was given, checked: the token, the base URL, the transports and the
rate limiter, and the `CallOptions` every call starts from.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._auth import validate_token
from ._exceptions import InvalidArgumentError
from ._ratelimit import Limiter, RateLimits
from ._request_options import DEFAULT_MAX_RESPONSE_BYTES, Authenticated, RequestOptions
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy, validate_max_retries
from ._tolerance import reading_mode
from ._validation import to_json

DEFAULT_BASE_URL = "https://api.pachca.com/api/shared/v1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Pachca allows about 50 requests a second per token (4 for messages): 20 connections at normal
# latencies carry more than that. All of them stay alive between calls: when fewer are kept alive
# than may be open, a burst closes and reopens connections constantly (measured with httpx's
# 100 open / 20 kept: 1,000 connections for 1,000 concurrent calls), and each reopening costs a
# TLS handshake against the real API. bench/README.md section 4 has the throughput figures.
DEFAULT_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=20)
# The whole of one call, retries and waits included. With the default timeout (30 s a socket
# operation) and 2 retries, a call of a server that stops answering ends after about 90 s; one
# that trickles bytes ends here. See README, "Retries, timeouts and deadlines".
DEFAULT_DEADLINE = 120.0


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


def validate_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), 10.0))


def validate_deadline(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, int | float) or deadline <= 0:
        raise ValueError(f"deadline must be a positive number of seconds or None, not {deadline!r}")
    return float(deadline)


def validate_size(size: int) -> int:
    if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
        raise ValueError(f"max_response_bytes must be a positive integer, not {size!r}")
    return size


def validate_base_url(base_url: str | httpx.URL | None) -> httpx.URL:
    raw = base_url if base_url is not None else os.environ.get("PACHCA_BASE_URL") or DEFAULT_BASE_URL
    if not isinstance(raw, str | httpx.URL):
        raise InvalidArgumentError(f"base_url must be a str, not {type(raw).__name__}")
    try:
        url = httpx.URL(str(raw))
    except httpx.InvalidURL as error:
        raise ValueError(f"base_url {str(raw)!r} is not a valid URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an absolute http(s) URL such as {DEFAULT_BASE_URL!r}, not {str(raw)!r}")
    return url.copy_with(path=url.path.rstrip("/") or "/")


@dataclass(frozen=True)
class RequestExtras:
    """What a call sends beyond its checked arguments (`extra_body=`, `extra_query=`, `extra_headers=`).

    For fields openapi.yaml does not know yet: merged into the request as given, after the arguments were
    checked (a key of both is sent with the extra value). The body's keys join a JSON body, objects key by
    key (`extra_body={"message": {"new_field": 1}}` adds to the `message` object), make one for an operation
    without a body, and become text parts of a multipart one.
    """

    body: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)

    def merged(
        self, body: Mapping[str, Any] | None, query: Mapping[str, Any] | None, headers: Mapping[str, str] | None
    ) -> RequestExtras:
        for name, given in (("extra_body", body), ("extra_query", query), ("extra_headers", headers)):
            if given is not None and not isinstance(given, Mapping):
                raise InvalidArgumentError(f"{name} must be a mapping, not {type(given).__name__}")
        return RequestExtras(
            {**self.body, **(body or {})}, {**self.query, **(query or {})}, {**self.headers, **(headers or {})}
        )

    def apply(self, spec: dict[str, Any]) -> None:
        """Merge into `spec`, a generated `_get_kwargs()`."""
        if self.query:
            spec["params"] = {**(spec.get("params") or {}), **to_json(dict(self.query), ["extra_query"])}
        if self.headers:
            spec["headers"] = {**(spec.get("headers") or {}), **{str(k): str(v) for k, v in self.headers.items()}}
        if not self.body:
            return
        body = to_json(dict(self.body), ["extra_body"])
        if "files" in spec:  # multipart: each extra key a text part
            text = [
                (key, (None, value if isinstance(value, str) else json.dumps(value))) for key, value in body.items()
            ]
            spec["files"] = [*spec["files"], *text]
        elif "data" in spec:
            spec["data"] = {**spec["data"], **body}
        elif isinstance(spec.get("json"), dict) or "json" not in spec:
            spec["json"] = _deep_merge(spec.get("json") or {}, body)
        else:
            raise InvalidArgumentError("extra_body needs a JSON object body; this operation's body is not one")


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        inner = merged.get(key)
        merged[key] = _deep_merge(inner, value) if isinstance(inner, dict) and isinstance(value, dict) else value
    return merged


@dataclass(frozen=True)
class CallOptions:
    """The settings a client (or a `with_options()` view) sends its calls with; checked when made.

    `timeout` bounds each socket operation, `deadline` the whole call (retries and waits included; None: no
    bound), `max_retries` the retries of a call that failed in a way that is safe to repeat,
    `max_response_bytes` the size of an answer; `rate_limited=False` sends without waiting for the rate
    limiter, `strict=True` makes an answer that deviates from openapi.yaml fail the call (None: PACHCA_STRICT),
    and `extras` are added to every call (`RequestExtras`).
    """

    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    deadline: float | None = DEFAULT_DEADLINE
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    rate_limited: bool = True
    strict: bool = False
    extras: RequestExtras | None = None

    def __post_init__(self) -> None:
        checked = {
            "timeout": validate_timeout(self.timeout),
            "max_retries": validate_max_retries(self.max_retries),
            "deadline": validate_deadline(self.deadline),
            "max_response_bytes": validate_size(self.max_response_bytes),
            "rate_limited": bool(self.rate_limited),
            "strict": reading_mode(self.strict),
        }
        for name, value in checked.items():
            object.__setattr__(self, name, value)

    def replace(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **changes: Any,
    ) -> CallOptions:
        """A copy with `changes` (a `NOT_GIVEN` one is left as it is) and the extras added to this one's."""
        given = {name: value for name, value in changes.items() if value is not NOT_GIVEN}
        if extra_body is not None or extra_query is not None or extra_headers is not None:
            given["extras"] = (self.extras or RequestExtras()).merged(extra_body, extra_query, extra_headers)
        return dataclasses.replace(self, **given) if given else self

    def for_request(
        self,
        *,
        operation: str | None = None,
        authenticated: Authenticated = True,
        stream: bool = False,
        rate_limit: tuple[str, tuple[Any, ...]] | None = None,
    ) -> RequestOptions:
        """What one request made now carries to the transports (its deadline starts now)."""
        return RequestOptions(
            max_retries=self.max_retries,
            deadline=self.deadline,
            deadline_at=None if self.deadline is None else time.monotonic() + self.deadline,
            max_response_bytes=self.max_response_bytes,
            rate_limited=self.rate_limited,
            rate_limit=rate_limit,
            stream=stream,
            operation=operation,
            authenticated=authenticated,
        )


@dataclass(frozen=True)
class ClientOptions:
    """What a client is built from: its constructor's arguments, checked (`Pachca`, `AsyncPachca`).

    `token` None reads PACHCA_TOKEN (`NO_TOKEN`: none at all), `base_url` None reads PACHCA_BASE_URL;
    `max_retries`, when given, replaces the one of `retry_policy`. What they resolve to is kept beside them:
    `bearer` (the token sent), `api_url`, `policy` and `call` (what every call starts from).
    """

    token: str | None = field(default=None, repr=False)
    base_url: str | httpx.URL | None = None
    timeout: float | httpx.Timeout | None = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = NOT_GIVEN
    retry_policy: RetryPolicy | None = None
    transport: Any = None
    storage_transport: Any = None
    limits: httpx.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    deadline: float | None = DEFAULT_DEADLINE
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    proxy: str | httpx.Proxy | None = None
    http_client: Any = None
    rate_limits: RateLimits | Limiter | bool | None = None
    http2: bool = False
    strict: bool | None = None
    # resolved from the above when made
    api_url: httpx.URL = field(init=False)
    bearer: str | None = field(init=False, repr=False)
    policy: RetryPolicy = field(init=False)
    call: CallOptions = field(init=False)

    def __post_init__(self) -> None:
        policy = self.retry_policy or RetryPolicy()
        if self.max_retries is not NOT_GIVEN:
            policy = dataclasses.replace(policy, max_retries=self.max_retries)
        resolved = {
            "bearer": validate_token(self.token),
            "api_url": validate_base_url(self.base_url),
            "policy": policy,
            "call": CallOptions(
                timeout=validate_timeout(self.timeout),
                max_retries=policy.max_retries,
                deadline=self.deadline,
                max_response_bytes=self.max_response_bytes,
                strict=reading_mode(self.strict),
            ),
        }
        for name, value in resolved.items():
            object.__setattr__(self, name, value)
