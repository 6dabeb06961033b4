"""Receive Pachca's outgoing webhooks: verify the signature, reject stale deliveries, parse typed payloads.

    from pachca_client.webhooks import WebhookHandler

    handler = WebhookHandler(secret)

    @handler.on("message", "new")
    def on_message(event: MessageWebhookPayload) -> None: ...

    result = handler.handle(raw_body, request_headers)   # -> WebhookResult(status, body, event, error)

`handle` never raises for what a request carries: 401 for a missing or wrong signature, 400 for a stale or
unreadable body (however large its numbers or deep its nesting). Only callbacks' own exceptions propagate.

Replays: a correctly signed delivery can be captured and sent again while its `webhook_timestamp` is fresh,
so `WebhookHandler` remembers each accepted delivery (its `dedup_key`) in a `ReplayStore` for twice the
tolerance and answers a repeat with 200 and `duplicate=True`, without calling back. The key identifies the
event, not the bytes: a redelivery by Pachca (same event, new `webhook_timestamp`) is a duplicate too, and
the 200 makes Pachca stop retrying. The default `MemoryReplayStore` is per process; `RedisStore` is one that
workers and hosts share. Keys, stores and the claim around a delivery live in `pachca_client._replay`, which
`pachca_client.bot.App` uses too.

Lower level: `receive` runs `verify`, `check_timestamp` and `parse` in that order (`parse` alone reads the
unsigned export notice). Every path, `EventPoller` included, ends in one router: the pair `type` + `event`
picks the model in the generated `ROUTES` (`generated/webhook_routes.py`; both fields are needed, since
`link_shared` events also have `type: message`). The routed models make up the generated union
`WebhookPayload`; a pair missing from `ROUTES` gives the generated `UnknownWebhookPayload` with every field
kept, not an error, so a new event never breaks a receiver. `parse` returns `ParsedWebhook`, the union of
the two. A new event in openapi.yaml becomes a route and a union member when the code is regenerated, with
no change here.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib
import inspect
import json
import reprlib
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias, TypeVar, cast

from ._exceptions import InvalidArgumentError, InvalidSignatureError, StaleWebhookError, WebhookError, WebhookParseError
from ._replay import (
    DEFAULT_REPLAY_MAX_KEYS,
    MemoryReplayStore,
    RedisStore,
    Replays,
    ReplayStore,
    dedup_key,
    key_namespace,
)
from ._tolerance import read_tolerantly, reading_mode
from .generated.models.export_webhook_payload import ExportWebhookPayload
from .generated.models.unknown_webhook_payload import UnknownWebhookPayload
from .generated.webhook_routes import ROUTES, WebhookPayload

__all__ = [
    "DEFAULT_REPLAY_MAX_KEYS",
    "DEFAULT_TOLERANCE",
    "FORM_ERROR_MAX_LENGTH",
    "ROUTES",
    "SIGNATURE_HEADER",
    "ExportReadyEvent",
    "MemoryReplayStore",
    "ParsedWebhook",
    "RedisStore",
    "ReplayStore",
    "UnknownWebhookPayload",
    "WebhookHandler",
    "WebhookPayload",
    "WebhookReply",
    "WebhookResult",
    "check_timestamp",
    "dedup_key",
    "form_errors",
    "parse",
    "receive",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "Pachca-Signature"
DEFAULT_TOLERANCE = 60.0
"""Seconds a delivery may be away from now; Pachca's guide recommends 60."""
FORM_ERROR_MAX_LENGTH = 2000

Secret: TypeAlias = str | bytes
"""The bot's signing secret: text (encoded as UTF-8) or the raw key bytes."""

_short = reprlib.Repr()
_short.maxlevel, _short.maxstring, _short.maxother, _short.maxlong = 2, 40, 40, 40


ExportReadyEvent = ExportWebhookPayload
"""The unsigned notice sent to an export's `webhook_url` once its archive can be downloaded (`export/ready`)."""

ParsedWebhook: TypeAlias = WebhookPayload | UnknownWebhookPayload
"""Anything `parse` returns: a routed model, or `UnknownWebhookPayload` (`type_`, `event`, the rest in
`additional_properties`; `to_dict()` gives the whole body back). A runtime union: `isinstance(x, ParsedWebhook)` works.
Not to be confused with the generated `WebhookEvent`, one stored entry of `GET /webhooks/events`."""

Route: TypeAlias = tuple[str, str]
"""A payload's `(type, event)`."""


# --- signature and timestamp -------------------------------------------------------------------------


def _secret_key(secret: Secret) -> bytes:
    """The HMAC key for a secret: a str as UTF-8, bytes as they are; InvalidArgumentError for anything else."""
    if isinstance(secret, str):
        return secret.encode("utf-8")
    if isinstance(secret, bytes):
        return secret
    raise InvalidArgumentError(f"the signing secret must be str or bytes, got {type(secret).__name__}")


def sign(body: bytes, secret: Secret) -> str:
    """The `Pachca-Signature` value for `body`: hex HMAC-SHA256 of the raw bytes, keyed by the signing secret.

    `secret` is a str (used as UTF-8) or bytes; `sign(b, "k") == sign(b, b"k")`. InvalidArgumentError (a TypeError)
    for other types.
    """
    return hmac.new(_secret_key(secret), body, hashlib.sha256).hexdigest()


def verify(body: bytes, signature: str | None, secret: Secret) -> bool:
    """Whether `signature` was made from `body` with `secret` (str or bytes); False for any missing or malformed value.

    Compared in constant time; surrounding whitespace and hex case are ignored. An empty secret never verifies,
    since anyone could sign with it; nor does a secret of another type (`receive` and `WebhookHandler` raise
    InvalidArgumentError, a TypeError, for one instead).
    """
    if not isinstance(signature, str) or not isinstance(body, bytes) or not isinstance(secret, str | bytes):
        return False
    try:
        key = _secret_key(secret)
    except ValueError:  # a str that is not valid Unicode (lone surrogates)
        return False
    candidate = signature.strip().lower()
    if not key or not candidate or not candidate.isascii():
        return False
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(candidate.encode("ascii"), expected.encode("ascii"))


def check_timestamp(
    payload: Mapping[str, Any], tolerance: float = DEFAULT_TOLERANCE, *, now: float | None = None
) -> bool:
    """Whether the body's `webhook_timestamp` (UNIX seconds) is within `tolerance` seconds of `now`, either way.

    False when the field is missing or not a number (or one too large for a float, such as `10**400`): such a
    delivery cannot be told apart from a replay.
    """
    stamp = payload.get("webhook_timestamp") if isinstance(payload, Mapping) else None
    if isinstance(stamp, bool) or not isinstance(stamp, int | float):
        return False
    try:
        seconds = float(stamp)
    except OverflowError:  # an int beyond the float range: no clock is that far off
        return False
    current = time.time() if now is None else now
    return abs(current - seconds) <= tolerance  # NaN and infinities compare False


# --- parsing: the one router ------------------------------------------------------------------------


def _decode(body: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    """The body as a JSON object (decoded once; a mapping is used as it is), or WebhookParseError."""
    if isinstance(body, Mapping):
        return body
    try:
        data = json.loads(body)
    except RecursionError as error:  # e.g. 100,000 nested arrays: the decoder runs out of stack
        raise WebhookParseError("Webhook body is nested too deeply to read") from error
    except (ValueError, TypeError) as error:  # JSONDecodeError, UnicodeDecodeError, ints of over 4,300 digits
        raise WebhookParseError(f"Webhook body is not JSON: {error}") from error
    if not isinstance(data, dict):
        raise WebhookParseError(f"Webhook body must be a JSON object, got {type(data).__name__}")
    return data


def _model(module: str, name: str) -> Any:
    """The generated model class named by a route, imported by name so a new route needs no code here."""
    return getattr(importlib.import_module(f"{__package__}.generated.models.{module}"), name)


def _route(data: Mapping[str, Any], strict: bool) -> tuple[Route, ParsedWebhook]:
    """The typed event for a decoded payload, and its `(type, event)`: the one place a payload gets its model.

    The model is the one `ROUTES` names for the pair, or `UnknownWebhookPayload` for a pair it lacks. Raises
    `WebhookParseError` without string `type` and `event`, or for a routed payload its model cannot read (any
    error of the generated reader: a hostile body must not surface as RecursionError or OverflowError). Read
    tolerantly unless `strict`: a payload that deviates from openapi.yaml is typed all the same, its deviating
    fields raise `DeviationError` when read, and each deviation is logged once (`pachca_client._tolerance`).
    """
    kind, name = data.get("type"), data.get("event")
    if not isinstance(kind, str) or not isinstance(name, str):
        raise WebhookParseError("Webhook body has no string `type` and `event`")
    route = ROUTES.get((kind, name))
    cls = UnknownWebhookPayload if route is None else _model(*route)
    try:
        if strict:
            return (kind, name), cast(ParsedWebhook, cls.from_dict(data))
        event = read_tolerantly(cls.from_dict, data, f"webhook {kind}/{name}", None, lambda: data)
        return (kind, name), cast(ParsedWebhook, event)
    except KeyError as error:
        raise WebhookParseError(f"{kind}/{name} webhook lacks required field {error}") from error
    except Exception as error:  # TypeError, ValueError, AttributeError, OverflowError, RecursionError, ...
        raise WebhookParseError(f"{kind}/{name} webhook does not match {cls.__name__}: {error!s:.200}") from error


def _route_stored(payload: ParsedWebhook, strict: bool) -> ParsedWebhook:
    """The typed event for the payload of a stored event (`GET /webhooks/events`), which its page already parsed.

    The page model reads each payload by its `type` and `event` as well (the generated union dispatches on
    them, and a known payload with a bad field fails the page with its path), but the union has no export
    notice: that one arrives as `UnknownWebhookPayload`. So the page's choice is kept when it is the model
    `ROUTES` names for the pair (every member: parsed once, no copy); otherwise the payload's fields go through
    `_route` like a webhook body, giving the same result as `parse`.
    """
    route = ROUTES.get(_kind(payload))
    if type(payload).__name__ == (UnknownWebhookPayload.__name__ if route is None else route[1]):
        return payload
    return _route(payload.to_dict(), strict)[1]


def parse(body: bytes | str | Mapping[str, Any], *, strict: bool | None = None) -> ParsedWebhook:
    """The typed payload for a webhook body, chosen by its `type` and `event` (no signature check).

    Pairs missing from `ROUTES` give `UnknownWebhookPayload`; the export notice gives `ExportWebhookPayload`.
    Raises `WebhookParseError` (and nothing else) for a body that is not a JSON object or is nested too deeply
    to read; with `strict=True` (or PACHCA_STRICT=1 when `strict` is None) also for a known payload with missing
    or malformed fields, which tolerant reading (the default) types anyway (see `_route`).
    """
    return _route(_decode(body), reading_mode(strict))[1]


def _receive(
    body: bytes, signature: str | None, secret: Secret, tolerance: float, now: float | None, strict: bool
) -> tuple[Route, ParsedWebhook]:
    """`receive`, also giving the `(type, event)` the router read (for `WebhookHandler.handle`)."""
    _secret_key(secret)  # InvalidArgumentError for a secret neither str nor bytes: a mistake, not a bad request
    if not verify(body, signature, secret):
        reason = "missing" if not (signature or "").strip() else "does not match the body"
        raise InvalidSignatureError(f"{SIGNATURE_HEADER} header {reason}")
    data = _decode(body)
    if not check_timestamp(data, tolerance, now=now):
        stamp = _short.repr(data.get("webhook_timestamp"))  # bounded: the value may be huge or deeply nested
        raise StaleWebhookError(f"webhook_timestamp {stamp} is missing or more than {tolerance:g} s from now")
    return _route(data, strict)


def receive(
    body: bytes,
    signature: str | None,
    secret: Secret,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
    strict: bool | None = None,
) -> ParsedWebhook:
    """Verify, check freshness, then parse: the one call a receiver needs. `secret` is a str or bytes.

    Raises `InvalidSignatureError` before the body is even decoded, then `WebhookParseError` for a body that is
    not a JSON object (or is nested too deeply to read), `StaleWebhookError` for a missing or out-of-tolerance
    `webhook_timestamp`, and `WebhookParseError` for a payload its model cannot read: only `WebhookError`s,
    whatever the body. It does not detect replays within the tolerance: `WebhookHandler` does.
    """
    return _receive(body, signature, secret, tolerance, now, reading_mode(strict))[1]


# --- deduplication: `dedup_key` and the stores are in `_replay` -------------------------------------


def _kind(event: ParsedWebhook) -> Route:
    """`(type, event)` of any parsed event (generated models keep `type` in `type_`)."""
    return str(event.type_), str(event.event)


# --- forms -------------------------------------------------------------------------------------------


def form_errors(errors: Mapping[str, str]) -> tuple[int, dict[str, Any]]:
    """The `400 {"errors": {block name: text}}` answer to a view submission that shows each text under its field.

    Raises ValueError for no errors (answer 200 to close the form instead), an empty block name, or a text
    that is empty or longer than 2000 characters; InvalidArgumentError (a TypeError) for a name or text that is
    not a str.
    """
    if not errors:
        raise ValueError("form_errors needs at least one field error; answer 200 to accept the form")
    out: dict[str, str] = {}
    for name, text in errors.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise InvalidArgumentError(f"form error names and texts must be strings, got {name!r}: {text!r}")
        if not name.strip():
            raise ValueError("form error block name must not be empty")
        if not text.strip():
            raise ValueError(f"form error text for {name!r} must not be empty")
        if len(text) > FORM_ERROR_MAX_LENGTH:
            raise ValueError(f"form error text for {name!r} is {len(text)} characters; at most 2000 are shown")
        out[name] = text
    return 400, {"errors": out}


# --- framework-neutral handler -----------------------------------------------------------------------

WebhookReply: TypeAlias = tuple[int, Mapping[str, Any] | None]
"""What a callback may return instead of None (200): a status and an optional JSON body, e.g. `form_errors(...)`."""

Callback = TypeVar("Callback", bound=Callable[..., WebhookReply | None])


@dataclass(frozen=True)
class WebhookResult:
    """What to answer Pachca: `status` and an optional JSON `body`; `event` when parsed, `error` when refused."""

    status: int
    body: Mapping[str, Any] | None = None
    event: ParsedWebhook | None = None
    error: WebhookError | None = field(default=None, compare=False)
    duplicate: bool = False
    """True for a delivery already accepted (a replay, or Pachca delivering again): 200, and no callback ran."""


def _header(headers: Mapping[str, str] | Iterable[tuple[str, str]], name: str) -> str | None:
    """A header by name, ignoring case (servers lowercase `Pachca-Signature`)."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    return next((value for key, value in pairs if key.lower() == wanted), None)


class WebhookHandler:
    """Turn a raw request into the status to answer, calling the callback registered for the event.

    Statuses: 200 accepted (with or without a callback); 200 with `duplicate=True` for a delivery accepted
    before, whose callback is not run again; 401 signature missing or wrong (not from Pachca, or the secret is
    wrong); 400 stale `webhook_timestamp` or a body that cannot be read. A callback may return `(status, body)`:
    `form_errors(...)` for a view submission, or `(503, None)` for a temporary failure so that Pachca delivers
    again. Exceptions from callbacks propagate (frameworks answer 500, which Pachca also retries); nothing else
    does, whatever the request carries.

    `secret` is the bot's signing secret, str or bytes. `replay_store` remembers accepted deliveries by
    `dedup_key` for `replay_ttl` seconds (default twice the tolerance: a body stamped T passes the timestamp
    check from T - tolerance to T + tolerance, so a key kept 2 x tolerance from its first acceptance outlives
    every replay of that body); None gives a `MemoryReplayStore`, False turns the check off. A key is kept
    only when the delivery was accepted (2xx): after a callback raised or answered otherwise, Pachca's retry
    runs the callback again. Two copies arriving at the same moment are not told apart from a slow first one:
    the second is answered as a duplicate even if the first then fails. (`pachca_client._replay.Replays` does
    this, for `pachca_client.bot.App` as well.)
    The export notification is unsigned: receive it on its own URL with `parse`.
    """

    def __init__(
        self,
        secret: Secret,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        replay_store: ReplayStore | Literal[False] | None = None,
        replay_ttl: float | None = None,
        strict: bool | None = None,
    ) -> None:
        key = _secret_key(secret)  # InvalidArgumentError for other types
        self.strict = reading_mode(strict)
        if not key:
            raise ValueError("WebhookHandler needs the bot's signing secret (the 'Outgoing webhook' tab)")
        self._secret = key
        self.tolerance = tolerance
        self._replays = Replays(replay_store, ttl=2 * tolerance if replay_ttl is None else replay_ttl)
        self._namespace = key_namespace(key)
        self._callbacks: dict[tuple[str | None, str | None], Callable[..., WebhookReply | None]] = {}

    @property
    def replay_store(self) -> ReplayStore | None:
        """Where accepted deliveries are remembered; None when the check is off."""
        return self._replays.store

    @property
    def replay_ttl(self) -> float:
        """Seconds an accepted delivery's key is kept."""
        return self._replays.ttl

    @replay_ttl.setter
    def replay_ttl(self, value: float) -> None:
        self._replays.ttl = value

    def __repr__(self) -> str:
        replay = "off" if self.replay_store is None else f"{type(self.replay_store).__name__}, {self.replay_ttl:g} s"
        return f"WebhookHandler(secret=<hidden>, tolerance={self.tolerance:g}, replay={replay})"

    def on(self, type: str | None = None, event: str | None = None) -> Callable[[Callback], Callback]:
        """Register a callback for `(type, event)`; None matches anything. The most specific match runs."""
        key = (type, event)
        if type is None and event is not None:
            raise ValueError("an event name needs its type: on(type, event)")

        def register(callback: Callback) -> Callback:
            if key in self._callbacks:
                raise ValueError(f"a callback is already registered for {key}")
            self._callbacks[key] = callback
            return callback

        return register

    def handle(
        self,
        body: bytes,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        *,
        now: float | None = None,
    ) -> WebhookResult:
        """Check and parse one delivery, refuse a replay, run its callback, and say what to answer.

        For `async def` callbacks use `await ahandle(...)`: here one raises InvalidArgumentError (a TypeError),
        it is never left unrun.
        """
        accepted = self._accept(body, headers, now)
        if isinstance(accepted, WebhookResult):
            return accepted
        (kind, name), event, key = accepted
        claim = self._replays.claim(key)
        if claim.duplicate:
            return WebhookResult(200, event=event, duplicate=True)
        try:
            callback = self._callback(kind, name)
            result = self._reply(event, callback(event) if callback is not None else None)
        except BaseException:
            claim.release()  # not accepted: Pachca's retry must run the callback
            raise
        claim.settle(result.status)
        return result

    async def ahandle(
        self,
        body: bytes,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        *,
        now: float | None = None,
    ) -> WebhookResult:
        """`handle` for an asyncio server: `async def` callbacks are awaited, plain ones called; the replay
        store is reached without blocking the loop (`_replay.ReplayGuard`)."""
        accepted = self._accept(body, headers, now)
        if isinstance(accepted, WebhookResult):
            return accepted
        (kind, name), event, key = accepted
        claim = await self._replays.aclaim(key)
        if claim.duplicate:
            return WebhookResult(200, event=event, duplicate=True)
        try:
            callback = self._callback(kind, name)
            reply = callback(event) if callback is not None else None
            if inspect.isawaitable(reply):
                reply = await reply
            result = self._reply(event, reply)
        except BaseException:
            await claim.arelease()
            raise
        await claim.asettle(result.status)
        return result

    def _accept(
        self, body: bytes, headers: Mapping[str, str] | Iterable[tuple[str, str]], now: float | None
    ) -> WebhookResult | tuple[Route, ParsedWebhook, str | None]:
        """The delivery's route, event and replay key once it is verified and fresh; else its answer."""
        try:
            signature = _header(headers, SIGNATURE_HEADER)
            (kind, name), event = _receive(body, signature, self._secret, self.tolerance, now, self.strict)
            key = self._replays.key(event, self._namespace)  # None when the check is off
        except InvalidSignatureError as error:
            return WebhookResult(401, {"error": str(error)}, error=error)
        except WebhookError as error:
            return WebhookResult(400, {"error": str(error)}, error=error)
        except Exception as error:  # a bug of reading a body must not crash the receiver either: 400, cause kept
            wrapped = WebhookParseError(f"Webhook body cannot be read: {type(error).__name__}: {error!s:.200}")
            wrapped.__cause__ = error
            return WebhookResult(400, {"error": str(wrapped)}, error=wrapped)
        return (kind, name), event, key

    def _callback(self, kind: str, name: str) -> Callable[..., Any] | None:
        """The most specific callback registered for `(kind, name)`, if any."""
        for route in ((kind, name), (kind, None), (None, None)):
            callback = self._callbacks.get(route)
            if callback is not None:
                return callback
        return None

    def _reply(self, event: ParsedWebhook, reply: Any) -> WebhookResult:
        if inspect.isawaitable(reply):
            close = getattr(reply, "close", None)
            if close is not None:
                close()  # a coroutine never awaited: closed, so no "never awaited" warning follows
            raise InvalidArgumentError(
                "an async def callback needs `await handler.ahandle(...)`, not `handler.handle(...)`"
            )
        if reply is not None:
            return WebhookResult(reply[0], reply[1], event=event)
        return WebhookResult(200, event=event)
