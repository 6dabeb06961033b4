"""The bearer token: where it comes from, how it is checked, and the auth that sends it to the API alone."""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import httpx

from ._exceptions import InvalidArgumentError, MissingTokenError
from ._request_options import OPTIONAL, options_of


class _NoToken:
    """The token of a client made with `Pachca.without_token()`: only OAuth calls can be made."""

    def __repr__(self) -> str:
        return "NO_TOKEN"


NO_TOKEN: Any = _NoToken()


def validate_token(token: str | None) -> str | None:
    """The token to send: `token`, or PACHCA_TOKEN when it is None; None for `NO_TOKEN`."""
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


class BearerAuth(httpx.Auth):
    """Adds the token only to requests for the API's own origin (never to storage or other hosts)."""

    def __init__(self, token: str | None, origin: httpx.URL) -> None:
        self._header = f"Bearer {token}" if token is not None else None
        self._origin = (origin.scheme, origin.host, origin.port)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        same_origin = (request.url.scheme, request.url.host, request.url.port) == self._origin
        wanted = options_of(request).authenticated
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
