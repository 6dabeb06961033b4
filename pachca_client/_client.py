"""`Pachca` and `AsyncPachca`: configuration, sending, error mapping and response unwrapping.

Everything that does not touch I/O lives in `_ClientCore` and is shared by the twins; each twin
only sends (`httpx.Client` or `httpx.AsyncClient`, wrapped by the retry transport). The per-tag
resources (`pachca.chats`, ...) are generated from openapi.yaml into `generated/resources/`.

Every call is bounded: `timeout` per socket operation, `deadline` for the whole call (retries and
waits included; see `_deadline.py`), `max_response_bytes` for the answer.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import logging
import os
import platform
import threading
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Literal, Self, TypeVar

import httpx

from ._answers import Parser, decode_once, redirect_location
from ._deadline import DEADLINE_EXTENSION, DeadlineExceeded
from ._deadline import install as install_deadline
from ._downloads import DOWNLOAD_CHUNK, Destination, download_target
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    InvalidArgumentError,
    MissingTokenError,
    PachcaError,
    ResponseTooLargeError,
    StorageError,
    request_id_of,
    status_error,
)
from ._logging import configure_from_env, logger, redact_headers
from ._ratelimit import RATE_LIMIT_EXTENSION, Limiter, RateLimits, RateLimitWaitError, limiter_for
from ._reading import ValidationError, without_gc_pauses
from ._requests import (
    APIClient,
    AsyncAPIClient,
    AsyncStorageClient,
    StorageClient,
    build_api_request,
    usable_redirect,
)
from ._response import record
from ._retry import (
    ATTEMPTS_EXTENSION,
    DEFAULT_MAX_RESPONSE_BYTES,
    IDEMPOTENT_METHODS,
    MAX_RESPONSE_BYTES_EXTENSION,
    MAX_RETRIES_EXTENSION,
    STREAM_EXTENSION,
    AsyncRetryTransport,
    ResponseTooLarge,
    RetryPolicy,
    RetryTransport,
)
from ._tolerance import read_tolerantly, reading_mode
from ._validation import check_arguments, to_json
from ._version import __version__
from .generated.errors import UnexpectedStatus
from .generated.resources import RESOURCE_NAMES, AsyncResources, SyncResources

T = TypeVar("T")

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

# Request extension: False for operations sent without the bearer token (`x-requirements: {auth: false}`),
# "optional" for those that take it when the client has one (`security: [{BearerAuth: []}, {}]`).
AUTHENTICATED_EXTENSION = "pachca_authenticated"
OPTIONAL = "optional"
Authenticated = bool | Literal["optional"]
OPERATION_EXTENSION = "pachca_client.operation"  # the endpoint module's name (the operationId in snake case)


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


class _NoToken:
    """The token of a client made with `Pachca.without_token()`: only OAuth calls can be made."""

    def __repr__(self) -> str:
        return "NO_TOKEN"


NO_TOKEN: Any = _NoToken()


def _validate_token(token: str | None) -> str | None:
    if token is NO_TOKEN:
        return None
    if token is None:
        token = os.environ.get("PACHCA_TOKEN")
        if not token:
            raise ValueError(
                "No Pachca token: pass token=... or set the PACHCA_TOKEN environment variable "
                "(for the OAuth token exchange alone, use Pachca.without_token())."
            )
    if not isinstance(token, str):
        raise InvalidArgumentError(f"token must be a str, not {type(token).__name__}")
    token = token.strip()
    if not token:
        raise ValueError("token is empty: pass a Pachca API token (Automations -> API, or a bot's token).")
    if token[:7].lower() == "bearer " or token.lower() == "bearer":
        raise ValueError(
            "token starts with 'Bearer ': pass the token alone; "
            "the client sends 'Authorization: Bearer <token>' itself."
        )
    if any(c.isspace() or ord(c) < 32 for c in token):
        raise ValueError("token contains whitespace or control characters; check how it was copied.")
    return token


def _validate_base_url(base_url: str | httpx.URL | None) -> httpx.URL:
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


def _validate_deadline(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, int | float) or deadline <= 0:
        raise ValueError(f"deadline must be a positive number of seconds or None, not {deadline!r}")
    return float(deadline)


def _validate_size(size: int) -> int:
    if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
        raise ValueError(f"max_response_bytes must be a positive integer, not {size!r}")
    return size


def _validate_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), 10.0))


class _BearerAuth(httpx.Auth):
    """Adds the token only to requests for the API's own origin (never to storage or other hosts)."""

    def __init__(self, token: str | None, origin: httpx.URL) -> None:
        self._header = f"Bearer {token}" if token is not None else None
        self._origin = (origin.scheme, origin.host, origin.port)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        same_origin = (request.url.scheme, request.url.host, request.url.port) == self._origin
        wanted = request.extensions.get(AUTHENTICATED_EXTENSION, True)
        if same_origin and wanted:
            if self._header is not None:
                request.headers["Authorization"] = self._header
            elif wanted != OPTIONAL:
                raise MissingTokenError(
                    f"{request.method} {request.url.path} needs a token; this client was made without one "
                    "(Pachca.without_token() serves only the OAuth token exchange and revocation)."
                )
        yield request

    def __repr__(self) -> str:
        return "<BearerAuth token=<redacted>>"


class _DeferredTransport(httpx.BaseTransport):
    """Creates the real transport on the first request: its SSL context costs 20-40 ms to build."""

    def __init__(self, factory: Callable[[], httpx.BaseTransport]) -> None:
        self._factory = factory
        self._transport: httpx.BaseTransport | None = None
        self._lock = threading.Lock()

    @property
    def transport(self) -> httpx.BaseTransport:
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    self._transport = self._factory()
        return self._transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.transport.handle_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


class _AsyncDeferredTransport(httpx.AsyncBaseTransport):
    """The async twin of `_DeferredTransport`."""

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._factory = factory
        self._transport: httpx.AsyncBaseTransport | None = None

    @property
    def transport(self) -> httpx.AsyncBaseTransport:
        if self._transport is None:
            self._transport = self._factory()
        return self._transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


class _ClientCore:
    """Settings and the I/O-free half of a call, shared by `Pachca` and `AsyncPachca`."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        token: str | None,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict: bool | None = None,
    ) -> None:
        configure_from_env()
        self.strict = reading_mode(strict)
        self._extras: RequestExtras | None = None
        self.deadline = _validate_deadline(deadline)
        self.max_response_bytes = _validate_size(max_response_bytes)
        self._shared: dict[str, Any] = {}  # the storage client, shared with every with_options() view
        self.rate_limited = True
        self._token = _validate_token(token)
        self.base_url = _validate_base_url(base_url)
        self.timeout = _validate_timeout(timeout)
        policy = retry_policy or RetryPolicy()
        self.retry_policy = policy if max_retries is NOT_GIVEN else _with_retries(policy, max_retries)
        self.max_retries = self.retry_policy.max_retries
        self._auth = _BearerAuth(self._token, self.base_url)
        self._headers = {
            "User-Agent": f"pachca-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}",
            "Accept": "application/json",
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, token=<redacted>)"

    @classmethod
    def without_token(cls, **options: Any) -> Self:
        """A client with no bearer token, for `oauth.exchange_token()` and `oauth.revoke_token()`.

        Those calls authenticate with the OAuth app's `client_id`/`client_secret` in the body; any
        other call raises `MissingTokenError` before anything is sent.
        """
        return cls(NO_TOKEN, **options)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        max_retries: int = NOT_GIVEN,
        deadline: float | None = NOT_GIVEN,
        max_response_bytes: int = NOT_GIVEN,
        rate_limited: bool = NOT_GIVEN,
        strict: bool = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """The same client with other defaults for the calls made through it (connections are shared).

        `rate_limited=False` sends the calls of this view without waiting for the rate limiter;
        `strict=True` makes an answer that deviates from openapi.yaml fail the call (see `Pachca`);
        `extra_body`, `extra_query` and `extra_headers` are added to every call of the view (`RequestExtras`).
        """
        clone = self._options_copy(timeout, max_retries)
        if extra_body is not None or extra_query is not None or extra_headers is not None:
            clone._extras = (self._extras or RequestExtras()).merged(extra_body, extra_query, extra_headers)
        if strict is not NOT_GIVEN:
            clone.strict = reading_mode(strict)
        if rate_limited is not NOT_GIVEN:
            clone.rate_limited = bool(rate_limited)
        if deadline is not NOT_GIVEN:
            clone.deadline = _validate_deadline(deadline)
        if max_response_bytes is not NOT_GIVEN:
            clone.max_response_bytes = _validate_size(max_response_bytes)
        return clone

    def _call_extensions(self) -> dict[str, Any]:
        """Per-call settings the transports read: retry budget, deadline, answer size cap."""
        extensions: dict[str, Any] = {
            MAX_RETRIES_EXTENSION: self.max_retries,
            MAX_RESPONSE_BYTES_EXTENSION: self.max_response_bytes,
        }
        if not self.rate_limited:
            extensions[RATE_LIMIT_EXTENSION] = False
        if self.deadline is not None:
            extensions[DEADLINE_EXTENSION] = time.monotonic() + self.deadline
        return extensions

    def _api_settings(self) -> dict[str, Any]:
        """Settings of the API client: the token (for the API's origin only), no redirects followed."""
        return {
            "base_url": self.base_url,
            "auth": self._auth,
            "headers": self._headers,
            "timeout": self.timeout,
            "follow_redirects": False,
        }

    def _connect(
        self,
        io: _IO,
        transport: Any,
        storage_transport: Any,
        limits: httpx.Limits,
        proxy: str | httpx.Proxy | None,
        http_client: Any,
        rate_limits: RateLimits | Limiter | bool | None,
        http2: bool,
    ) -> None:
        """Make the API client and the (lazy) storage client of one twin, from that twin's httpx classes."""
        if http2 and importlib.util.find_spec("h2") is None:  # at construction, not at the first call
            raise ImportError("http2=True needs the h2 package: pip install 'pachca-api-client[http2]'")
        policy = self.retry_policy
        limiter = self.limiter = limiter_for(rate_limits)

        def network(proxy_url: str | httpx.Proxy | None = proxy) -> Any:
            if http_client is not None:
                return io.client_transport(http_client)
            if transport is not None:
                return transport
            return io.deferred(lambda: _http_transport(io.http_transport, limits, proxy_url, http2))

        def storage() -> Any:
            inner = storage_transport or network()
            return io.storage_client(**self._storage_settings(), transport=io.retry(inner, policy, read_body=False))

        mounts = _proxy_mounts(
            proxy, transport, http_client, lambda url: io.retry(network(url), policy, limiter=limiter)
        )
        self._http = io.api_client(
            **self._api_settings(),
            transport=io.retry(network(), policy, limiter=limiter),
            mounts=mounts,
            trust_env=False,
        )
        self._shared["storage_factory"] = storage

    def _storage_settings(self) -> dict[str, Any]:
        """Settings of the storage client: no auth, no API headers beyond the user agent."""
        return {
            "timeout": self.timeout,
            "follow_redirects": True,
            "headers": {"User-Agent": self._headers["User-Agent"]},
        }

    def _options_copy(self, timeout: Any, max_retries: Any) -> Self:
        """A view of this client with other defaults, sharing its connection pool."""
        clone = copy.copy(self)
        for name in (*RESOURCE_NAMES, "with_raw_response"):  # each bound to the client it was made on
            clone.__dict__.pop(name, None)
        if timeout is not NOT_GIVEN:
            clone.timeout = _validate_timeout(timeout)
        if max_retries is not NOT_GIVEN:
            clone.retry_policy = _with_retries(self.retry_policy, max_retries)
            clone.max_retries = clone.retry_policy.max_retries
        return clone

    def _build_request(
        self, endpoint: ModuleType, arguments: dict[str, Any], authenticated: Authenticated = True, stream: bool = False
    ) -> httpx.Request:
        spec = endpoint._get_kwargs(**check_arguments(endpoint, arguments))
        if self._extras is not None:
            self._extras.apply(spec)
        extensions = self._call_extensions()
        extensions[OPERATION_EXTENSION] = endpoint.__name__.rpartition(".")[2]
        if authenticated is not True:
            extensions[AUTHENTICATED_EXTENSION] = authenticated
        if stream:
            extensions[STREAM_EXTENSION] = True
        request = build_api_request(self._http, spec, self.timeout, extensions)
        if logger.isEnabledFor(logging.DEBUG):
            headers = list(request.headers.items())
            if authenticated is not False and self._token is not None:  # added on sending, for the API's origin only
                headers.append(("Authorization", "Bearer <redacted>"))
            logger.debug("request %s %s headers=%s", request.method, request.url, redact_headers(headers))
        return request

    def _transport_error(
        self, error: httpx.RequestError, request: httpx.Request, started: float | None = None
    ) -> APIError:
        """The typed error for a failure below HTTP (connection, timeout, deadline, undecodable or huge body).

        The message says what to do: the host and port, the path, the limit that ran out and the attempts
        made, and for a call that is not retried by itself (a POST) whether it may have reached the server.
        """
        typed = self._typed_transport_error(error, request)
        if started is not None:
            _log_call(request, f"failed: {type(typed).__name__}", started)
        return typed

    def _typed_transport_error(self, error: httpx.RequestError, request: httpx.Request) -> APIError:
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        call = f"{request.method} {request.url.path}"
        attempts = _attempts_text(request)
        if isinstance(error, RateLimitWaitError):
            return APITimeoutError(f"{call}: {error} ({attempts}){_delivery(request, None)}", request=request)
        if isinstance(error, DeadlineExceeded) or (deadline is not None and time.monotonic() >= deadline):
            last = "" if isinstance(error, DeadlineExceeded) else f", last error: {type(error).__name__}"
            limit = f"{self.deadline:g} s" if self.deadline is not None else "the deadline"
            return APITimeoutError(
                f"{call} did not finish within its deadline of {limit} (retries and waits included; "
                f"{attempts}{last}){_delivery(request, error)}",
                request=request,
            )
        if isinstance(error, ResponseTooLarge):
            return ResponseTooLargeError(f"{_origin(request)}: {error}", request=request)
        if isinstance(error, httpx.TimeoutException):
            kind = _TIMEOUT_KINDS.get(type(error), "")
            seconds = (request.extensions.get("timeout") or {}).get(kind) if kind else None
            limit = f" within the {kind} timeout of {seconds:g} s" if isinstance(seconds, int | float) else " in time"
            return APITimeoutError(
                f"{call}: no answer from {_origin(request)}{limit} ({type(error).__name__}; {attempts})"
                f"{_delivery(request, error)}",
                request=request,
            )
        return APIConnectionError(
            f"Could not talk to {_origin(request)} for {call}: {type(error).__name__}: {error} ({attempts})"
            f"{_delivery(request, error)}",
            request=request,
        )

    def _finish(self, response: httpx.Response, parse: Parser[T], started: float) -> T:
        """Map a received response to the method's return value, or raise the typed exception."""
        _unbind_stream(response)
        request = response.request
        _log_call(request, str(response.status_code), started)
        record(response)
        if not response.is_success and not (parse is redirect_location and response.is_redirect):
            raise status_error(response)
        try:
            if self.strict:
                return without_gc_pauses(parse, decode_once(response))
            prepared = decode_once(response)
            operation = request.extensions.get(OPERATION_EXTENSION) or f"{request.method} {request.url.path}"
            return without_gc_pauses(
                read_tolerantly, parse, prepared, operation, lambda: request_id_of(response), prepared.json
            )
        except ValidationError as error:  # names the JSON path and what was expected
            raise APIResponseValidationError(response, str(error)) from error
        except UnexpectedStatus:
            raise APIResponseValidationError(
                response, f"status {response.status_code} is not a documented success"
            ) from None
        except KeyError as error:
            raise APIResponseValidationError(response, f"the required field {error.args[0]!r} is missing") from error
        except (ValueError, TypeError, AttributeError) as error:
            raise APIResponseValidationError(response, f"{type(error).__name__}: {error}") from error
        except RecursionError:
            raise APIResponseValidationError(response, "the JSON is nested too deeply to read") from None

    def _storage_request(self, redirect: httpx.Response) -> httpx.Request:
        """The request for the storage link a download was redirected to (the storage client has no token).

        It keeps this client's (or view's) timeout and call settings; a `Location` that cannot be followed
        is a `RedirectError` naming it.
        """
        url = usable_redirect(redirect.request, redirect)
        extensions = self._call_extensions()
        extensions[STREAM_EXTENSION] = True
        storage: httpx.Client | httpx.AsyncClient = _shared_storage(self._shared)
        return storage.build_request("GET", url, timeout=self.timeout, extensions=extensions)

    def _download_error(self, response: httpx.Response) -> PachcaError:
        """The typed error for a failed download: the API's own error, or the storage host's."""
        if response.request.url.host == self.base_url.host:
            return status_error(response)
        return StorageError(response)


_TIMEOUT_KINDS: dict[type[Exception], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}
_NOT_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _origin(request: httpx.Request) -> str:
    """`host:port` of a request, the port the one connected to (443 for https without one)."""
    url = request.url
    port = url.port or {"https": 443, "http": 80}.get(url.scheme)
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{host}:{port}" if port else host


def _attempts_text(request: httpx.Request) -> str:
    attempts = int(request.extensions.get(ATTEMPTS_EXTENSION, 0))
    return "not sent" if attempts == 0 else f"{attempts} attempt" + ("s" if attempts != 1 else "")


def _delivery(request: httpx.Request, error: Exception | None) -> str:
    """For a call that is not retried by itself (a POST): whether it may have reached the server."""
    if request.method in IDEMPOTENT_METHODS:
        return ""
    if error is None or isinstance(error, _NOT_SENT) or int(request.extensions.get(ATTEMPTS_EXTENSION, 0)) == 0:
        return f"; the {request.method} was not sent, so sending it again is safe"
    return (
        f"; the {request.method} may have reached the server and been acted on: "
        "check before sending it again (it is not resent automatically)"
    )


def _log_call(request: httpx.Request, outcome: str, started: float) -> None:
    """The one info line of a call: method, path, status (or failure), time and retries."""
    if not logger.isEnabledFor(logging.INFO):
        return
    elapsed_ms = (time.perf_counter() - started) * 1000
    retries = max(0, int(request.extensions.get(ATTEMPTS_EXTENSION, 1)) - 1)
    logger.info(
        "%s %s -> %s in %.0f ms (%d %s)",
        request.method,
        request.url.path,
        outcome,
        elapsed_ms,
        retries,
        "retry" if retries == 1 else "retries",
    )


def _shared_storage(shared: dict[str, Any]) -> Any:
    """The storage client of a client and all its `with_options()` views, made on first use."""
    if "storage" not in shared:
        with _STORAGE_LOCK:
            if "storage" not in shared:
                shared["storage"] = shared["storage_factory"]()
    return shared["storage"]


_STORAGE_LOCK = threading.Lock()


def _http_transport(
    kind: Callable[..., Any], limits: httpx.Limits, proxy: str | httpx.Proxy | None, http2: bool = False
) -> Any:
    """httpx's own transport, its connections bound by each call's deadline (HTTP/2 when asked)."""
    made = kind(limits=limits, proxy=proxy, http2=http2)
    install_deadline(made)
    return made


def _proxy_mounts(
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


class _ClientTransport(httpx.BaseTransport):
    """Sends through a caller's own `httpx.Client` (its proxies, TLS, limits and event hooks)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True)

    def close(self) -> None:
        """The caller's client is the caller's to close."""


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's own `httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)

    async def aclose(self) -> None:
        """The caller's client is the caller's to close."""


@dataclass(frozen=True)
class _IO:
    """The httpx classes one twin is built from (`_ClientCore._connect`)."""

    client_transport: Callable[[Any], Any]  # sends through a caller's own http_client
    deferred: Callable[[Callable[[], Any]], Any]  # a transport made on first use
    http_transport: type[httpx.HTTPTransport] | type[httpx.AsyncHTTPTransport]
    retry: Callable[..., Any]
    api_client: Callable[..., Any]
    storage_client: Callable[..., Any]


_SYNC_IO = _IO(_ClientTransport, _DeferredTransport, httpx.HTTPTransport, RetryTransport, APIClient, StorageClient)
_ASYNC_IO = _IO(
    _AsyncClientTransport,
    _AsyncDeferredTransport,
    httpx.AsyncHTTPTransport,
    AsyncRetryTransport,
    AsyncAPIClient,
    AsyncStorageClient,
)


def _unbind_stream(response: httpx.Response) -> None:
    """Break the response <-> stream reference cycle httpx makes, once the body has been read.

    With the cycle, every response and its body outlive the call until a full garbage collection:
    about twenty dead pages at a time while iterating a listing (bench/README.md, pagination memory).
    """
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return
    response.stream = httpx.ByteStream(content)


def _with_retries(policy: RetryPolicy, max_retries: int) -> RetryPolicy:
    import dataclasses

    return dataclasses.replace(policy, max_retries=max_retries)


class Pachca(_ClientCore, SyncResources):
    """The synchronous Pachca client. Use it as a context manager, or call `close()`.

        pachca = Pachca("token")                        # or PACHCA_TOKEN in the environment
        chat = pachca.chats.get_chat(42)                # -> Chat, or raises NotFoundError
        for user in pachca.users.list_users_iter():     # lazy: one page at a time
            ...

    Answers are read tolerantly by default: one that deviates from openapi.yaml (a missing field, a null,
    another JSON type) is still returned, its deviating fields raise `DeviationError` when read, and each
    deviation is logged once as a warning. `strict=True` (or PACHCA_STRICT=1, for test suites) makes such
    an answer fail the call with `APIResponseValidationError` instead.
    """

    _http: httpx.Client

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = NOT_GIVEN,
        retry_policy: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        storage_transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | httpx.Proxy | None = None,
        http_client: httpx.Client | None = None,
        rate_limits: RateLimits | Limiter | bool | None = None,
        http2: bool = False,
        strict: bool | None = None,
    ) -> None:
        super().__init__(token, base_url, timeout, max_retries, retry_policy, deadline, max_response_bytes, strict)
        self._connect(_SYNC_IO, transport, storage_transport, limits, proxy, http_client, rate_limits, http2)

    @property
    def _storage(self) -> httpx.Client:
        """The client for storage hosts (uploads, export downloads): it never carries the token.

        Made on first use and shared by every `with_options()` view, so `close()` closes it.
        """
        return _shared_storage(self._shared)  # type: ignore[no-any-return]

    def _request(
        self, endpoint: ModuleType, parse: Parser[T], arguments: dict[str, Any], authenticated: Authenticated = True
    ) -> T:
        """Send one call of `endpoint` and return what `parse` makes of its success answer."""
        request = self._build_request(endpoint, arguments, authenticated)
        started = time.perf_counter()
        try:
            response = self._http.send(request)
        except httpx.RequestError as error:
            raise self._transport_error(error, request, started) from error
        return self._finish(response, parse, started)

    def _download(
        self,
        endpoint: ModuleType,
        arguments: dict[str, Any],
        destination: Destination,
        *,
        overwrite: bool,
        fallback_name: str | None = None,
    ) -> Path | None:
        """Stream a binary answer (following a redirect to storage without the token) into `destination`.

        Used by binary operations (`files.download_file`) and by redirects to a file (`chats.save_export`).
        """
        request = self._build_request(endpoint, arguments, stream=True)
        started = time.perf_counter()
        try:
            response = self._http.send(request, stream=True)
            if response.is_redirect and response.headers.get("location"):
                response.close()
                request = self._storage_request(response)
                response = self._storage.send(request, stream=True)
        except httpx.RequestError as error:
            raise self._transport_error(error, request, started) from error
        try:
            if not response.is_success:
                response.read()
                raise self._download_error(response)
            with download_target(destination, response, overwrite=overwrite, fallback_name=fallback_name) as (
                out,
                path,
            ):
                for chunk in response.iter_bytes(DOWNLOAD_CHUNK):
                    out.write(chunk)
        except httpx.RequestError as error:
            raise self._transport_error(error, request, started) from error
        finally:
            response.close()
        _log_call(request, str(response.status_code), started)
        record(response)
        return path

    def close(self) -> None:
        self._http.close()
        if "storage" in self._shared:
            self._shared["storage"].close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncPachca(_ClientCore, AsyncResources):
    """The asyncio Pachca client: the same methods as `Pachca`, awaited.

    async with AsyncPachca("token") as pachca:
        async for user in pachca.users.list_users_iter():
            ...
    """

    _http: httpx.AsyncClient

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = NOT_GIVEN,
        retry_policy: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        storage_transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | httpx.Proxy | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limits: RateLimits | Limiter | bool | None = None,
        http2: bool = False,
        strict: bool | None = None,
    ) -> None:
        super().__init__(token, base_url, timeout, max_retries, retry_policy, deadline, max_response_bytes, strict)
        self._connect(_ASYNC_IO, transport, storage_transport, limits, proxy, http_client, rate_limits, http2)

    @property
    def _storage(self) -> httpx.AsyncClient:
        """The client for storage hosts (see `Pachca._storage`)."""
        return _shared_storage(self._shared)  # type: ignore[no-any-return]

    async def _request(
        self, endpoint: ModuleType, parse: Parser[T], arguments: dict[str, Any], authenticated: Authenticated = True
    ) -> T:
        """Send one call of `endpoint` and return what `parse` makes of its success answer."""
        request = self._build_request(endpoint, arguments, authenticated)
        started = time.perf_counter()
        try:
            response = await self._http.send(request)
        except httpx.RequestError as error:
            raise self._transport_error(error, request, started) from error
        return self._finish(response, parse, started)

    async def _download(
        self,
        endpoint: ModuleType,
        arguments: dict[str, Any],
        destination: Destination,
        *,
        overwrite: bool,
        fallback_name: str | None = None,
    ) -> Path | None:
        """The async twin of `Pachca._download`."""
        request = self._build_request(endpoint, arguments, stream=True)
        started = time.perf_counter()
        try:
            response = await self._http.send(request, stream=True)
            if response.is_redirect and response.headers.get("location"):
                await response.aclose()
                request = self._storage_request(response)
                response = await self._storage.send(request, stream=True)
        except httpx.RequestError as error:
            raise self._transport_error(error, request, started) from error
        try:
            if not response.is_success:
                await response.aread()
                raise self._download_error(response)
            with download_target(destination, response, overwrite=overwrite, fallback_name=fallback_name) as (
                out,
                path,
            ):
                async for chunk in response.aiter_bytes(DOWNLOAD_CHUNK):
                    out.write(chunk)
        except httpx.RequestError as error:
            raise self._transport_error(error, request, started) from error
        finally:
            await response.aclose()
        _log_call(request, str(response.status_code), started)
        record(response)
        return path

    async def close(self) -> None:
        await self._http.aclose()
        if "storage" in self._shared:
            await self._shared["storage"].aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
