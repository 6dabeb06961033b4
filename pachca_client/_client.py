"""`Pachca` and `AsyncPachca`: sending a call, mapping its failures to typed errors, unwrapping its answer.

Everything that does not touch I/O lives in `_ClientCore` and is shared by the twins; each twin only sends
(`httpx.Client` or `httpx.AsyncClient`, wired in `_transports/`). Settings are made and checked in
`_options.py`: a client holds one frozen `CallOptions`, and each request carries what they resolve to
(`RequestOptions`) to the auth, retry and rate-limit layers. The per-tag resources (`pachca.chats`, ...)
are generated from openapi.yaml into `generated/resources/`.

Every call is bounded: `timeout` per socket operation, `deadline` for the whole call (retries and
waits included; see `_deadline.py`), `max_response_bytes` for the answer.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import platform
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx

from ._answers import Parser, decode_once, redirect_location
from ._auth import NO_TOKEN, BearerAuth
from ._downloads import DOWNLOAD_CHUNK, Destination, download_target
from ._exceptions import APIResponseValidationError, PachcaError, StorageError, request_id_of, status_error
from ._failures import translated
from ._logging import configure_from_env, log_call, logger, redact_headers
from ._options import DEFAULT_DEADLINE, DEFAULT_LIMITS, DEFAULT_TIMEOUT, NOT_GIVEN, CallOptions, ClientOptions
from ._ratelimit import Limiter, RateLimits
from ._reading import ValidationError, without_gc_pauses
from ._request_options import DEFAULT_MAX_RESPONSE_BYTES, REQUEST_OPTIONS, Authenticated
from ._requests import build_api_request, usable_redirect
from ._response import record
from ._retry import RetryPolicy
from ._tolerance import read_tolerantly
from ._transports.wiring import ASYNC_IO, IO, SYNC_IO, wire
from ._validation import check_arguments
from ._version import __version__
from .generated.errors import UnexpectedStatus
from .generated.resources import RESOURCE_NAMES, AsyncResources, SyncResources

T = TypeVar("T")
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
HTTPClientT = TypeVar("HTTPClientT", httpx.Client, httpx.AsyncClient)


class _ClientCore(Generic[TransportT, HTTPClientT]):
    """Settings and the I/O-free half of a call, shared by `Pachca` and `AsyncPachca`.

    Each twin names its httpx classes: `TransportT` for `transport=`/`storage_transport=`, `HTTPClientT` for
    `http_client=`, and `_io`, what it is wired from.
    """

    _http: httpx.Client | httpx.AsyncClient
    _io: ClassVar[IO]

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = NOT_GIVEN,
        retry_policy: RetryPolicy | None = None,
        transport: TransportT | None = None,
        storage_transport: TransportT | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | httpx.Proxy | None = None,
        http_client: HTTPClientT | None = None,
        rate_limits: RateLimits | Limiter | bool | None = None,
        http2: bool = False,
        strict: bool | None = None,
    ) -> None:
        configure_from_env()
        options = ClientOptions(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            transport=transport,
            storage_transport=storage_transport,
            limits=limits,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            proxy=proxy,
            http_client=http_client,
            rate_limits=rate_limits,
            http2=http2,
            strict=strict,
        )
        self._options = options.call
        self._policy = options.policy
        self._token = options.bearer
        self.base_url = options.api_url
        self._auth = BearerAuth(self._token, self.base_url)
        self._headers = {
            "User-Agent": f"pachca-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}",
            "Accept": "application/json",
        }
        wired = wire(self._io, options, self._api_settings(), self._storage_settings())
        self._http = wired.api
        self.limiter: Limiter | None = wired.limiter
        self._shared: dict[str, Any] = {"storage_factory": wired.storage}  # shared with every with_options() view

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, token=<redacted>)"

    @classmethod
    def without_token(cls, **options: Any) -> Self:
        """A client with no bearer token, for `oauth.exchange_token()` and `oauth.revoke_token()`.

        Those calls authenticate with the OAuth app's `client_id`/`client_secret` in the body; any
        other call raises `MissingTokenError` before anything is sent.
        """
        return cls(NO_TOKEN, **options)

    @property
    def options(self) -> CallOptions:
        """The settings the calls of this client (or view) are sent with; `with_options()` makes others."""
        return self._options

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def deadline(self) -> float | None:
        return self._options.deadline

    @property
    def max_response_bytes(self) -> int:
        return self._options.max_response_bytes

    @property
    def rate_limited(self) -> bool:
        return self._options.rate_limited

    @property
    def strict(self) -> bool:
        return self._options.strict

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy of the client, with this view's `max_retries`."""
        if self._policy.max_retries == self._options.max_retries:
            return self._policy
        return dataclasses.replace(self._policy, max_retries=self._options.max_retries)

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
        The view's settings are `self.options` replaced (`CallOptions.replace`), checked as they are made.
        """
        options = self._options.replace(
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            rate_limited=rate_limited,
            strict=strict,
            extra_body=extra_body,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )
        clone = copy.copy(self)
        for name in (*RESOURCE_NAMES, "with_raw_response"):  # each bound to the client it was made on
            clone.__dict__.pop(name, None)
        clone._options = options
        return clone

    def _api_settings(self) -> dict[str, Any]:
        """Settings of the API client: the token (for the API's origin only), no redirects followed."""
        return {
            "base_url": self.base_url,
            "auth": self._auth,
            "headers": self._headers,
            "timeout": self.timeout,
            "follow_redirects": False,
        }

    def _storage_settings(self) -> dict[str, Any]:
        """Settings of the storage client: no auth, no API headers beyond the user agent."""
        return {
            "timeout": self.timeout,
            "follow_redirects": True,
            "headers": {"User-Agent": self._headers["User-Agent"]},
        }

    def _build_request(
        self, endpoint: ModuleType, arguments: dict[str, Any], authenticated: Authenticated = True, stream: bool = False
    ) -> httpx.Request:
        options = self._options
        spec = endpoint._get_kwargs(**check_arguments(endpoint, arguments))
        if options.extras is not None:
            options.extras.apply(spec)
        carried = options.for_request(
            operation=endpoint.__name__.rpartition(".")[2],
            authenticated=authenticated,
            stream=stream,
            rate_limit=spec.pop("rate_limit", None),
        )
        request = build_api_request(self._http, spec, options.timeout, {REQUEST_OPTIONS: carried})
        if logger.isEnabledFor(logging.DEBUG):
            headers = list(request.headers.items())
            if authenticated is not False and self._token is not None:  # added on sending, for the API's origin only
                headers.append(("Authorization", "Bearer <redacted>"))
            logger.debug("request %s %s headers=%s", request.method, request.url, redact_headers(headers))
        return request

    def _storage_request(self, method: str, url: httpx.URL | str, *, stream: bool, **content: Any) -> httpx.Request:
        """A request to a storage host (an upload, a download's redirect): no token, this client's (or view's)
        timeout and call settings, not those the shared storage client was made with."""
        storage: httpx.Client | httpx.AsyncClient = _shared_storage(self._shared)
        carried = self._options.for_request(stream=stream)
        return storage.build_request(
            method, url, timeout=self.timeout, extensions={REQUEST_OPTIONS: carried}, **content
        )

    def _redirected_request(self, redirect: httpx.Response) -> httpx.Request:
        """The request for the storage link a download was redirected to; a `Location` that cannot be followed
        is a `RedirectError` naming it."""
        return self._storage_request("GET", usable_redirect(redirect.request, redirect), stream=True)

    def _finish(self, response: httpx.Response, parse: Parser[T], started: float) -> T:
        """Map a received response to the method's return value, or raise the typed exception."""
        _unbind_stream(response)
        request = response.request
        _received(response, started)
        if not response.is_success and not (parse is redirect_location and response.is_redirect):
            raise status_error(response)
        try:
            if self.strict:
                return without_gc_pauses(parse, decode_once(response))
            prepared = decode_once(response)
            operation = request.extensions[REQUEST_OPTIONS].operation or f"{request.method} {request.url.path}"
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

    def _download_error(self, response: httpx.Response) -> PachcaError:
        """The typed error for a failed download: the API's own error, or the storage host's."""
        if response.request.url.host == self.base_url.host:
            return status_error(response)
        return StorageError(response)


def _received(response: httpx.Response, started: float) -> None:
    """A call's answer has arrived: its log line, and its record for `with_raw_response`."""
    log_call(response.request, str(response.status_code), started)
    record(response)


def _shared_storage(shared: dict[str, Any]) -> Any:
    """The storage client of a client and all its `with_options()` views, made on first use."""
    if "storage" not in shared:
        with _STORAGE_LOCK:
            if "storage" not in shared:
                shared["storage"] = shared["storage_factory"]()
    return shared["storage"]


_STORAGE_LOCK = threading.Lock()


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


class Pachca(_ClientCore[httpx.BaseTransport, httpx.Client], SyncResources):
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
    _io = SYNC_IO

    @property
    def _storage(self) -> httpx.Client:
        """The client for storage hosts (uploads, export downloads): it never carries the token.

        Made on first use and shared by every `with_options()` view, so `close()` closes it.
        """
        return _shared_storage(self._shared)  # type: ignore[no-any-return]

    def _send(
        self, request: httpx.Request, started: float | None, *, client: httpx.Client | None = None, stream: bool = False
    ) -> httpx.Response:
        """Send `request` (with the API client, or `client`); a failure below HTTP raises its typed error (logged
        as the call's outcome when the call `started` here)."""
        with translated(request, started):
            return (client or self._http).send(request, stream=stream)

    def _request(
        self, endpoint: ModuleType, parse: Parser[T], arguments: dict[str, Any], authenticated: Authenticated = True
    ) -> T:
        """Send one call of `endpoint` and return what `parse` makes of its success answer."""
        request = self._build_request(endpoint, arguments, authenticated)
        started = time.perf_counter()
        return self._finish(self._send(request, started), parse, started)

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
        response = self._send(request, started, stream=True)
        if response.is_redirect and response.headers.get("location"):
            response.close()
            request = self._redirected_request(response)
            response = self._send(request, started, client=self._storage, stream=True)
        try:
            with translated(request, started):
                if not response.is_success:
                    response.read()
                    raise self._download_error(response)
                with download_target(destination, response, overwrite=overwrite, fallback_name=fallback_name) as (
                    out,
                    path,
                ):
                    for chunk in response.iter_bytes(DOWNLOAD_CHUNK):
                        out.write(chunk)
        finally:
            response.close()
        _received(response, started)
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


class AsyncPachca(_ClientCore[httpx.AsyncBaseTransport, httpx.AsyncClient], AsyncResources):
    """The asyncio Pachca client: the same methods as `Pachca`, awaited.

    async with AsyncPachca("token") as pachca:
        async for user in pachca.users.list_users_iter():
            ...
    """

    _http: httpx.AsyncClient
    _io = ASYNC_IO

    @property
    def _storage(self) -> httpx.AsyncClient:
        """The client for storage hosts (see `Pachca._storage`)."""
        return _shared_storage(self._shared)  # type: ignore[no-any-return]

    async def _send(
        self,
        request: httpx.Request,
        started: float | None,
        *,
        client: httpx.AsyncClient | None = None,
        stream: bool = False,
    ) -> httpx.Response:
        """Send `request` (with the API client, or `client`); a failure below HTTP raises its typed error (logged
        as the call's outcome when the call `started` here)."""
        with translated(request, started):
            return await (client or self._http).send(request, stream=stream)

    async def _request(
        self, endpoint: ModuleType, parse: Parser[T], arguments: dict[str, Any], authenticated: Authenticated = True
    ) -> T:
        """Send one call of `endpoint` and return what `parse` makes of its success answer."""
        request = self._build_request(endpoint, arguments, authenticated)
        started = time.perf_counter()
        return self._finish(await self._send(request, started), parse, started)

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
        response = await self._send(request, started, stream=True)
        if response.is_redirect and response.headers.get("location"):
            await response.aclose()
            request = self._redirected_request(response)
            response = await self._send(request, started, client=self._storage, stream=True)
        try:
            with translated(request, started):
                if not response.is_success:
                    await response.aread()
                    raise self._download_error(response)
                with download_target(destination, response, overwrite=overwrite, fallback_name=fallback_name) as (
                    out,
                    path,
                ):
                    async for chunk in response.aiter_bytes(DOWNLOAD_CHUNK):
                        out.write(chunk)
        finally:
            await response.aclose()
        _received(response, started)
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
