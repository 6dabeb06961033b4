"""Building API requests in one step, and the cookieless httpx clients that send them.

`httpx.Client.build_request(url, params=...)` parses the URL three times (the relative path, the
merge with `base_url`, the merge with the query) and copies the headers twice: about 50 µs a call,
more than decoding a typical answer. The API client always has the same base URL, headers and no
query of its own, so `build_api_request` joins the URL text once and parses it once, making the
request httpx would make (tests/client/test_build_request.py compares the two over every operation) in a third
of the time.

The Pachca API authenticates by token and sets no cookies; `APIClient`/`AsyncAPIClient` keep none,
which spares httpx's cookie-jar bookkeeping on every answer (about 10 µs).

Every client here checks a redirect's `Location` before httpx reads it (`usable_redirect`): one that
cannot be followed (another scheme, a host that is not a valid name) is a `RedirectError` naming it,
not a raw `idna`/httpx error from deep inside.
"""

from __future__ import annotations

import ipaddress
import re
from http.cookiejar import Cookie, CookieJar
from typing import Any

import httpx

from ._exceptions import RedirectError


class _InertJar(CookieJar):
    """A cookie jar that stores nothing, whichever way a cookie is offered."""

    def set_cookie(self, cookie: Cookie) -> None:
        return None

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


class _NoCookies(httpx.Cookies):
    """Always empty: what answers set is dropped (without httpx's per-answer work), nothing is ever sent."""

    def __init__(self) -> None:
        super().__init__(_InertJar())

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


_NO_COOKIES = _NoCookies()


class _Cookieless:
    """The `cookies` of an httpx client, replaced by the always-empty jar (see the module's docstring)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, value: Any) -> None:
        if value:
            raise ValueError("the API client keeps no cookies")


_HOST_NAME = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?")  # after IDNA encoding: letters, digits, -, _


def usable_redirect(request: httpx.Request, response: httpx.Response) -> httpx.URL:
    """The absolute URL the `Location` of redirect `response` names, or `RedirectError` naming it.

    Usable means what httpx can connect to: http or https, a host that is a valid (IDNA) name or an IP
    address, a port in range. A relative location is resolved against the request, as browsers do.
    """
    location = response.headers.get("location", "")
    try:
        url = request.url.join(location)
        scheme, host, port = url.scheme, url.raw_host.decode("ascii"), url.port
        url.host  # noqa: B018 - decoding an IDNA host raises for one that is not valid ("xn--a-")
    except (httpx.InvalidURL, ValueError) as error:  # IDNAError and UnicodeError are ValueErrors
        raise RedirectError(response, location, str(error) or type(error).__name__) from None
    if scheme not in ("http", "https"):
        raise RedirectError(response, location, f"{scheme or 'no'} scheme, not http or https")
    if not host or not (_HOST_NAME.fullmatch(host) or _is_ip(host)):
        raise RedirectError(response, location, f"{host!r} is not a host name" if host else "no host")
    if port is not None and not 0 < port < 65536:
        raise RedirectError(response, location, f"port {port} is out of range")
    return url


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class _CheckedRedirects:
    """httpx clients whose redirects are checked (`usable_redirect`) before httpx builds the next request.

    httpx builds it for every 3xx with a `Location`, followed or not, and raises whatever the URL's
    parsing raises (`idna.IDNAError` for `http://xn--a-/`).
    """

    def _build_redirect_request(self, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        usable_redirect(request, response)
        return super()._build_redirect_request(request, response)  # type: ignore[misc, no-any-return]


class APIClient(_CheckedRedirects, _Cookieless, httpx.Client):
    """The `httpx.Client` of `Pachca` for API calls: no cookies, redirects checked."""


class AsyncAPIClient(_CheckedRedirects, _Cookieless, httpx.AsyncClient):
    """The `httpx.AsyncClient` of `AsyncPachca` for API calls: no cookies, redirects checked."""


class StorageClient(_CheckedRedirects, httpx.Client):
    """The `httpx.Client` of `Pachca` for storage hosts (no token): redirects followed once checked."""


class AsyncStorageClient(_CheckedRedirects, httpx.AsyncClient):
    """The async twin of `StorageClient`."""


def build_api_request(
    client: httpx.Client | httpx.AsyncClient,
    spec: dict[str, Any],
    timeout: httpx.Timeout,
    extensions: dict[str, Any],
) -> httpx.Request:
    """The request `client.build_request(timeout=timeout, extensions=extensions, **spec)` would make.

    `spec` is a generated endpoint's `_get_kwargs()` without its `rate_limit` (which the client reads first):
    `method`, `url` (a path relative to the client's `base_url`), and maybe `params`, `headers`, one of
    `json`/`content`/`data`/`files`.
    """
    base = client.base_url
    if base.query or client.params or not isinstance(client, _Cookieless):
        return client.build_request(timeout=timeout, extensions=extensions, **spec)
    method = spec.pop("method")
    prefix = str(base)  # httpx keeps a trailing slash on base_url's path, but prints a bare host without one
    url = (prefix if prefix.endswith("/") else prefix + "/") + spec.pop("url").lstrip("/")
    params = spec.pop("params", None)
    if params:
        url += "?" + str(httpx.QueryParams(params))
    headers = httpx.Headers(client.headers)
    extra_headers = spec.pop("headers", None)
    if extra_headers:
        headers.update(extra_headers)
    extensions["timeout"] = timeout.as_dict()
    return httpx.Request(method, httpx.URL(url), headers=headers, extensions=extensions, **spec)
