"""Receive Pachca's outgoing webhooks: verify the signature, reject stale deliveries, parse typed payloads.

    from pachca_client.webhooks import WebhookHandler

    handler = WebhookHandler(secret)

    @handler.on("message", "new")
    def on_message(event: MessageWebhookPayload) -> None: ...

    result = handler.handle(raw_body, request_headers)   # -> WebhookResult(status, body, event, error)

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
import json
import time
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeAlias, TypeVar, cast

from ._exceptions import InvalidSignatureError, StaleWebhookError, WebhookError, WebhookParseError
from .generated.models.button_webhook_payload import ButtonWebhookPayload
from .generated.models.export_webhook_payload import ExportWebhookPayload
from .generated.models.link_shared_webhook_payload import LinkSharedWebhookPayload
from .generated.models.message_webhook_payload import MessageWebhookPayload
from .generated.models.reaction_webhook_payload import ReactionWebhookPayload
from .generated.models.unknown_webhook_payload import UnknownWebhookPayload
from .generated.models.video_call_webhook_payload import VideoCallWebhookPayload
from .generated.types import Unset
from .generated.webhook_routes import ROUTES, WebhookPayload

__all__ = [
    "DEFAULT_TOLERANCE",
    "FORM_ERROR_MAX_LENGTH",
    "ROUTES",
    "SIGNATURE_HEADER",
    "ExportReadyEvent",
    "ParsedWebhook",
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


ExportReadyEvent = ExportWebhookPayload
"""The unsigned notice sent to an export's `webhook_url` once its archive can be downloaded (`export/ready`)."""

ParsedWebhook: TypeAlias = WebhookPayload | UnknownWebhookPayload
"""Anything `parse` returns: a routed model, or `UnknownWebhookPayload` (`type_`, `event`, the rest in
`additional_properties`; `to_dict()` gives the whole body back). A runtime union: `isinstance(x, ParsedWebhook)` works.
Not to be confused with the generated `WebhookEvent`, one stored entry of `GET /webhooks/events`."""

Route: TypeAlias = tuple[str, str]
"""A payload's `(type, event)`."""

_RENAMED: dict[str, tuple[str, Any, str]] = {
    "WebhookEvent": ("ParsedWebhook", ParsedWebhook, ""),
    "UnknownWebhookEvent": ("UnknownWebhookPayload", UnknownWebhookPayload, "; it has `type_` and `to_dict()`"),
}


def __getattr__(name: str) -> Any:
    """Former names, still importable with a DeprecationWarning."""
    if name not in _RENAMED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    new_name, value, note = _RENAMED[name]
    warnings.warn(f"pachca_client.webhooks.{name} is deprecated: use {new_name}{note}", DeprecationWarning, 2)
    return value


# --- signature and timestamp -------------------------------------------------------------------------


def sign(body: bytes, secret: str) -> str:
    """The `Pachca-Signature` value for `body`: hex HMAC-SHA256 of the raw bytes, keyed by the signing secret."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, signature: str | None, secret: str) -> bool:
    """Whether `signature` was made from `body` with `secret`; False for any missing or malformed value.

    Compared in constant time; surrounding whitespace and hex case are ignored. An empty secret never verifies,
    since anyone could sign with it.
    """
    if not isinstance(signature, str) or not isinstance(body, bytes) or not isinstance(secret, str) or not secret:
        return False
    candidate = signature.strip().lower()
    if not candidate or not candidate.isascii():
        return False
    return hmac.compare_digest(candidate.encode("ascii"), sign(body, secret).encode("ascii"))


def check_timestamp(
    payload: Mapping[str, Any], tolerance: float = DEFAULT_TOLERANCE, *, now: float | None = None
) -> bool:
    """Whether the body's `webhook_timestamp` (UNIX seconds) is within `tolerance` seconds of `now`, either way.

    False when the field is missing or not a number: such a delivery cannot be told apart from a replay.
    """
    stamp = payload.get("webhook_timestamp") if isinstance(payload, Mapping) else None
    if isinstance(stamp, bool) or not isinstance(stamp, int | float):
        return False
    current = time.time() if now is None else now
    return abs(current - stamp) <= tolerance  # NaN and infinities compare False


# --- parsing: the one router ------------------------------------------------------------------------


def _decode(body: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    """The body as a JSON object (decoded once; a mapping is used as it is), or WebhookParseError."""
    if isinstance(body, Mapping):
        return body
    try:
        data = json.loads(body)
    except (ValueError, TypeError) as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise WebhookParseError(f"Webhook body is not JSON: {error}") from error
    if not isinstance(data, dict):
        raise WebhookParseError(f"Webhook body must be a JSON object, got {type(data).__name__}")
    return data


def _model(module: str, name: str) -> Any:
    """The generated model class named by a route, imported by name so a new route needs no code here."""
    return getattr(importlib.import_module(f"{__package__}.generated.models.{module}"), name)


def _route(data: Mapping[str, Any]) -> tuple[Route, ParsedWebhook]:
    """The typed event for a decoded payload, and its `(type, event)`: the one place a payload gets its model.

    The model is the one `ROUTES` names for the pair, or `UnknownWebhookPayload` for a pair it lacks. Raises
    `WebhookParseError` without string `type` and `event`, or for a routed payload its model cannot read.
    """
    kind, name = data.get("type"), data.get("event")
    if not isinstance(kind, str) or not isinstance(name, str):
        raise WebhookParseError("Webhook body has no string `type` and `event`")
    route = ROUTES.get((kind, name))
    cls = UnknownWebhookPayload if route is None else _model(*route)
    try:
        return (kind, name), cast(ParsedWebhook, cls.from_dict(data))
    except KeyError as error:
        raise WebhookParseError(f"{kind}/{name} webhook lacks required field {error}") from error
    except (TypeError, ValueError, AttributeError) as error:
        raise WebhookParseError(f"{kind}/{name} webhook does not match {cls.__name__}: {error}") from error


def _route_stored(payload: ParsedWebhook) -> ParsedWebhook:
    """The typed event for the payload of a stored event (`GET /webhooks/events`), which its page already parsed.

    The page model reads payloads with the generated union `WebhookPayloadUnion`, which tries its members in
    order instead of routing: its enums accept values they do not know, it has no export notice, and a known
    payload with a bad field falls through to `UnknownWebhookPayload`. So its choice is kept only when it is the
    model `ROUTES` names for the pair (every known event: parsed once, no copy); otherwise the payload's fields
    go through `_route` like a webhook body, giving the same result and errors as `parse`.
    """
    route = ROUTES.get(_kind(payload))
    if type(payload).__name__ == (UnknownWebhookPayload.__name__ if route is None else route[1]):
        return payload
    return _route(payload.to_dict())[1]


def parse(body: bytes | str | Mapping[str, Any]) -> ParsedWebhook:
    """The typed payload for a webhook body, chosen by its `type` and `event` (no signature check).

    Pairs missing from `ROUTES` give `UnknownWebhookPayload`; the export notice gives `ExportWebhookPayload`.
    Raises `WebhookParseError` for a body that is not a JSON object or a known payload with missing or malformed
    fields.
    """
    return _route(_decode(body))[1]


def _receive(
    body: bytes, signature: str | None, secret: str, tolerance: float, now: float | None
) -> tuple[Route, ParsedWebhook]:
    """`receive`, also giving the `(type, event)` the router read (for `WebhookHandler.handle`)."""
    if not verify(body, signature, secret):
        reason = "missing" if not (signature or "").strip() else "does not match the body"
        raise InvalidSignatureError(f"{SIGNATURE_HEADER} header {reason}")
    data = _decode(body)
    if not check_timestamp(data, tolerance, now=now):
        raise StaleWebhookError(
            f"webhook_timestamp {data.get('webhook_timestamp')!r} is missing or more than {tolerance:g} s from now"
        )
    return _route(data)


def receive(
    body: bytes,
    signature: str | None,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> ParsedWebhook:
    """Verify, check freshness, then parse: the one call a receiver needs.

    Raises `InvalidSignatureError` before the body is even decoded, then `WebhookParseError` for a body that is
    not a JSON object, `StaleWebhookError` for a missing or out-of-tolerance `webhook_timestamp`, and
    `WebhookParseError` for a payload its model cannot read.
    """
    return _receive(body, signature, secret, tolerance, now)[1]


# --- deduplication -----------------------------------------------------------------------------------


def _kind(event: ParsedWebhook) -> Route:
    """`(type, event)` of any parsed event (generated models keep `type` in `type_`)."""
    return str(event.type_), str(event.event)


def _digest(event: ParsedWebhook) -> str:
    """A short hash of the payload without `webhook_timestamp`, which is the only field a redelivery changes."""
    data = event.to_dict()
    data.pop("webhook_timestamp", None)
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def dedup_key(event: ParsedWebhook) -> str:
    """A key equal for redeliveries of one event and different for distinct events (delivery is at least once).

    `type:event:` followed by the event's own identity:
    message new/delete `id`; message update `id:changed_at` (each edit is new); link_shared `message_id`;
    button `trigger_id`; reaction `message_id:user_id:code:created_at`; video_call `video_room_id`
    (plus `recording_id` when set); export `export_id`. Payloads without an id of their own (view submits,
    chat and company members, unknown events) use a hash of the body without `webhook_timestamp`.
    """
    kind, name = _kind(event)
    identity: str
    if isinstance(event, MessageWebhookPayload):
        identity = str(event.id)
        if name == "update":
            changed = event.changed_at
            identity += ":" + (changed.isoformat() if isinstance(changed, datetime) else _digest(event))
    elif isinstance(event, LinkSharedWebhookPayload):
        identity = str(event.message_id)
    elif isinstance(event, ButtonWebhookPayload):
        identity = event.trigger_id
    elif isinstance(event, ReactionWebhookPayload):
        identity = f"{event.message_id}:{event.user_id}:{event.code}:{event.created_at.isoformat()}"
    elif isinstance(event, VideoCallWebhookPayload):
        identity = str(event.video_room_id)
        if not isinstance(event.recording_id, Unset):
            identity += f":{event.recording_id}"
    elif isinstance(event, ExportReadyEvent):
        identity = str(event.export_id)
    else:
        identity = _digest(event)
    return f"{kind}:{name}:{identity}"


# --- forms -------------------------------------------------------------------------------------------


def form_errors(errors: Mapping[str, str]) -> tuple[int, dict[str, Any]]:
    """The `400 {"errors": {block name: text}}` answer to a view submission that shows each text under its field.

    Raises ValueError for no errors (answer 200 to close the form instead), an empty block name, or a text
    that is empty or longer than 2000 characters.
    """
    if not errors:
        raise ValueError("form_errors needs at least one field error; answer 200 to accept the form")
    out: dict[str, str] = {}
    for name, text in errors.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise TypeError(f"form error names and texts must be strings, got {name!r}: {text!r}")
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


def _header(headers: Mapping[str, str] | Iterable[tuple[str, str]], name: str) -> str | None:
    """A header by name, ignoring case (servers lowercase `Pachca-Signature`)."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    return next((value for key, value in pairs if key.lower() == wanted), None)


class WebhookHandler:
    """Turn a raw request into the status to answer, calling the callback registered for the event.

    Statuses: 200 accepted (with or without a callback); 401 signature missing or wrong (not from Pachca, or
    the secret is wrong); 400 stale `webhook_timestamp` or a body that cannot be parsed. A callback may return
    `(status, body)`: `form_errors(...)` for a view submission, or `(503, None)` for a temporary failure so that
    Pachca delivers again. Exceptions from callbacks propagate (frameworks answer 500, which Pachca also retries).
    The export notification is unsigned: receive it on its own URL with `parse`.
    """

    def __init__(self, secret: str, *, tolerance: float = DEFAULT_TOLERANCE) -> None:
        if not secret:
            raise ValueError("WebhookHandler needs the bot's signing secret (the 'Outgoing webhook' tab)")
        self._secret = secret
        self.tolerance = tolerance
        self._callbacks: dict[tuple[str | None, str | None], Callable[..., WebhookReply | None]] = {}

    def __repr__(self) -> str:
        return f"WebhookHandler(secret=<hidden>, tolerance={self.tolerance:g})"

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
        """Check and parse one delivery, run its callback, and say what to answer."""
        try:
            (kind, name), event = _receive(body, _header(headers, SIGNATURE_HEADER), self._secret, self.tolerance, now)
        except InvalidSignatureError as error:
            return WebhookResult(401, {"error": str(error)}, error=error)
        except WebhookError as error:
            return WebhookResult(400, {"error": str(error)}, error=error)
        for key in ((kind, name), (kind, None), (None, None)):
            callback = self._callbacks.get(key)
            if callback is not None:
                reply = callback(event)
                if reply is not None:
                    return WebhookResult(reply[0], reply[1], event=event)
                break
        return WebhookResult(200, event=event)
