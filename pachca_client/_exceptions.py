"""The exceptions this client raises.

    PachcaError
    ├── APIError                          something went wrong talking to the API
    │   ├── APIStatusError                the API answered with a non-2xx status
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
    │   │   ├── PaymentRequiredError      402
    │   │   ├── PermissionDeniedError     403
    │   │   │   ├── InsufficientScopeError    403 insufficient_scope (`scope`: the one missing)
    │   │   │   └── RoleForbiddenError        403 role_forbidden
    │   │   ├── NotFoundError             404
    │   │   │   └── ExportNotReadyError   404 export_file_not_found
    │   │   ├── ConflictError             409
    │   │   │   └── AlreadyExistsError    409 already_exists
    │   │   ├── GoneError                 410
    │   │   ├── UnprocessableEntityError  422
    │   │   │   └── OperationRateLimitError   422 rate_limit (exports: one per 90 s); also a RateLimitError
    │   │   ├── RateLimitError            429 (`retry_after`; `daily` for the per-chat daily message cap)
    │   │   └── InternalServerError       5xx
    │   │       ├── ServiceUnavailableError   503 service_unavailable
    │   │       └── SearchTimeoutError        504 timeout: a search to narrow, not retried
    │   ├── APIConnectionError            no answer: DNS, refused, reset, TLS
    │   │   └── APITimeoutError           no answer in time, or the call's deadline passed
    │   ├── APIResponseValidationError    an answer that is not what the spec promises
    │   │   └── RedirectError             a redirect whose Location cannot be followed
    │   ├── ResponseTooLargeError         an answer longer than max_response_bytes
    │   └── PaginationError               a listing whose cursors loop
    ├── InvalidArgumentError              a call given an argument of the wrong type (also a TypeError)
    ├── ValidationError                   a request body that does not match openapi.yaml (also a ValueError;
    │                                     in pachca_client._reading, with the JSON path at fault)
    ├── DeviationError                    a field of an answer read tolerantly that did not match the spec
    ├── MissingTokenError                 a call that needs a token, on a client made without one
    ├── StorageError                      the file storage host refused an upload or download
    └── WebhookError                      an incoming webhook failed verification or parsing
        ├── InvalidSignatureError
        ├── StaleWebhookError
        └── WebhookParseError

Every `APIStatusError` carries the status, the API's error items, the OAuth error code when the
body has that shape, the parsed `WWW-Authenticate` header, the request id when the server sent one,
and the `httpx.Response`; its message ends with what to do about it when the status says (a token to
check, a scope to add, a wait, a query to narrow). Messages, `body` and the kept response never include
the credentials of the call (the token, an OAuth client secret or code, the tokens an answer carries):
see `_secrets.py`.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import httpx

from ._request_options import options_of
from ._secrets import Secrets, secrets_of

if TYPE_CHECKING:
    from ._tolerance import Deviation
    from .generated.models.api_error_item import ApiErrorItem

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")


def request_id_of(response: httpx.Response) -> str | None:
    """The request id the server sent with `response`, if any."""
    headers = response.headers
    return next((headers[name] for name in REQUEST_ID_HEADERS if name in headers), None)


_EXCERPT = 300


class PachcaError(Exception):
    """Base class of every exception raised by pachca_client."""


class InvalidArgumentError(PachcaError, TypeError):
    """A call was given an argument of the wrong type (`get_chat("42")`, a body that is not a mapping).

    Raised before anything is sent. Also a `TypeError`, as Python's own argument errors are.
    """


class APIError(PachcaError):
    """A request to the API failed; `request` is the request that was sent (when there was one)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke before an answer arrived."""

    def __init__(self, message: str = "Connection to the Pachca API failed.", *, request: httpx.Request | None = None):
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No answer within the configured timeout."""

    def __init__(
        self, message: str = "The Pachca API did not answer in time.", *, request: httpx.Request | None = None
    ):
        super().__init__(message, request=request)


def body_excerpt(response: httpx.Response) -> str:
    """The start of a body for an error message: enough to recognise an HTML error page."""
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        return "<body not available>"
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "..."


def decoded_json(response: httpx.Response) -> Any:
    """The body as JSON, or None: no body, not JSON (a `text/plain` or HTML page), nested too deeply to read."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not content or kind.startswith(("text/", "application/xml", "application/xhtml")):
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, ints of over 4,300 digits; 100,000 nested arrays
        return None


def call_secrets(response: httpx.Response, answer: Any = None) -> Secrets:
    """The credentials of the call `response` answers (see `_secrets.py`), scrubbed from the response it
    keeps: its body (and what httpx decoded from it) has `<redacted>` in their place."""
    secrets = secrets_of(response.request, answer)
    if secrets:
        try:
            content = response.content
        except httpx.ResponseNotRead:
            return secrets
        scrubbed = secrets.content(content)
        if scrubbed is not content:
            response._content = scrubbed
            for cached in ("_text", "json"):  # httpx's decoded text; the client's decoded JSON (decode_once)
                vars(response).pop(cached, None)
    return secrets


class PaginationError(APIError):
    """A listing's cursors loop or are not cursors: the iterator stops instead of repeating items."""


class ResponseTooLargeError(APIError):
    """An answer longer than the client's `max_response_bytes`; it was refused before it filled memory."""


class APIResponseValidationError(APIError):
    """The API answered, but not with the JSON the spec promises (an HTML error page, a cut body)."""

    def __init__(self, response: httpx.Response, detail: str) -> None:
        secrets = call_secrets(response, decoded_json(response))
        self.response = response
        self.status_code = response.status_code
        self.body_excerpt = body_excerpt(response)
        super().__init__(
            secrets.text(
                f"Unexpected response to {response.request.method} {response.request.url.path} "
                f"(HTTP {response.status_code}): {detail}. Body starts: {self.body_excerpt!r}"
            ),
            request=response.request,
        )


class RedirectError(APIResponseValidationError):
    """A redirect (of the API or of storage) whose `Location` cannot be followed: another scheme than
    http(s), a host that is not a valid name, a port out of range. `location` is the header as received."""

    def __init__(self, response: httpx.Response, location: str, reason: str) -> None:
        self.location = location
        shown = location if len(location) <= 200 else location[:200] + "..."
        super().__init__(response, f"its Location {shown!r} cannot be followed ({reason})")


class APIStatusError(APIError):
    """The API answered with a status that is not 2xx.

    `body` is the decoded JSON (None when the body is not JSON: a `text/plain` 429, an HTML page), with the
    call's credentials replaced by `<redacted>`; `www_authenticate` holds the parameters of the
    `WWW-Authenticate` header (`{"error": "insufficient_scope", "scope": "profile:read"}`), lower-case keys.
    """

    status_code: int

    def __init__(self, response: httpx.Response, body: Any) -> None:
        from .generated.models.api_error_item import ApiErrorItem

        secrets = call_secrets(response, body)
        if secrets and body is not None:
            try:
                body = secrets.json(body)
            except RecursionError:
                body = None
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id_of(response)
        self.www_authenticate = {
            key: secrets.text(value)
            for key, value in parse_www_authenticate(response.headers.get("www-authenticate")).items()
        }
        self.errors: list[ApiErrorItem] = []
        self.error: str | None = None
        self.error_description: str | None = None
        if isinstance(body, dict):
            items = body.get("errors")
            if isinstance(items, list):
                try:
                    self.errors = [_parse_item(ApiErrorItem, item) for item in items if isinstance(item, dict)]
                except RecursionError:  # a payload nested too deeply to read: the items are in `body`
                    self.errors = []
            if isinstance(body.get("error"), str):
                self.error = body["error"]
                description = body.get("error_description")
                self.error_description = description if isinstance(description, str) else None
        super().__init__(secrets.text(self._describe()), request=response.request)

    @property
    def codes(self) -> list[str]:
        """The `code` of each error item (`["blank", "too_long"]`), or the OAuth error code."""
        if self.errors:
            return [str(item.code) for item in self.errors]
        return [self.error] if self.error else []

    def hint(self) -> str | None:
        """What to do about this answer, when the status and codes say (the end of the message)."""
        return None

    def _describe(self) -> str:
        request = self.response.request
        parts = [f"HTTP {self.status_code} for {request.method} {request.url.path}"]
        if self.errors:
            details = "; ".join(_item_text(item) for item in self.errors[:5])
            if len(self.errors) > 5:
                details += f"; and {len(self.errors) - 5} more"
            parts.append(details)
        elif self.error:
            parts.append(f"{self.error}: {self.error_description}" if self.error_description else self.error)
        elif self.body is None and self.response.content:
            parts.append(f"body: {body_excerpt(self.response)!r}")
        hint = self.hint()
        if hint:
            parts.append(hint)
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        return " - ".join(parts)


_AUTH_PARAM = re.compile(r'([A-Za-z0-9_.\-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]+))')


def parse_www_authenticate(value: str | None) -> dict[str, str]:
    """The parameters of a `WWW-Authenticate` challenge, lower-case keys (RFC 6750 section 3):
    `Bearer error="insufficient_scope", scope="profile:read"` -> `{"error": ..., "scope": "profile:read"}`."""
    if not value:
        return {}
    params: dict[str, str] = {}
    for match in _AUTH_PARAM.finditer(value):
        quoted, token = match.group(2), match.group(3)
        params.setdefault(match.group(1).lower(), re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else token)
    return params


def _parse_item(cls: type[ApiErrorItem], item: dict[str, Any]) -> ApiErrorItem:
    """An error item even when the server leaves out or mistypes a field the spec calls required."""
    from .generated.models.validation_error_code import ValidationErrorCode

    filled = {"key": "", "value": None, "message": "", "code": "", "payload": None, **item}
    try:
        return cls.from_dict(filled)
    except (KeyError, TypeError, ValueError, AttributeError):
        parsed = cls(
            key=str(filled["key"]),
            value=None,
            message=str(filled["message"]),
            code=ValidationErrorCode(str(filled["code"])),
            payload=None,
        )
        parsed.additional_properties.update(item)
        return parsed


def _item_text(item: ApiErrorItem) -> str:
    key = f"{item.key}: " if item.key else ""
    code = f" ({item.code})" if item.code else ""
    return f"{key}{item.message}{code}"


def _operation(request: httpx.Request) -> Any:
    """The row of `generated.operations.OPERATIONS` for an API request (None for another request)."""
    from .generated.operations import OPERATIONS

    name = options_of(request).operation
    return OPERATIONS.get(name) if name is not None else None


def _wait(seconds: float) -> str:
    """`12 s`, `5 min`, `3 h 20 min`: a wait as a person reads it."""
    if seconds < 120:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min".replace(" 0 min", "")


class BadRequestError(APIStatusError):
    """400: a parameter is missing or malformed."""

    status_code = 400


class AuthenticationError(APIStatusError):
    """401: the token is missing, unknown or revoked."""

    status_code = 401

    def hint(self) -> str | None:
        sent = self.response.request.headers.get("authorization", "")
        scheme, _, token = sent.partition(" ")
        if token.strip()[:7].lower() == "bearer ":
            return (
                "the token was sent as 'Bearer Bearer ...': pass the token alone, without its 'Bearer ' prefix "
                "(the client adds it)"
            )
        if not sent:
            return "the call was sent without a token: check the OAuth client's client_id and client_secret"
        return (
            "the token is wrong, revoked or expired: check that it is the whole token as shown when it was made "
            "(a personal token under Automations > API, a bot's on its API tab)"
        )


class PaymentRequiredError(APIStatusError):
    """402: the workspace plan does not include this, or it is unpaid."""

    status_code = 402


class PermissionDeniedError(APIStatusError):
    """403: a scope is missing (OAuth body) or a business rule forbids it (API error body)."""

    status_code = 403


class InsufficientScopeError(PermissionDeniedError):
    """403 `insufficient_scope`: the token does not carry the scope the call needs.

    `scope` names it: from the answer's `WWW-Authenticate` header (`scope="profile:read"`), else from the
    operation's `x-requirements.scope` in openapi.yaml; None when neither says.
    """

    @property
    def scope(self) -> str | None:
        named = self.www_authenticate.get("scope")
        if named:
            return named
        operation = _operation(self.response.request)
        return getattr(operation, "scope", None)

    def hint(self) -> str | None:
        scope = self.scope
        needed = f"the scope {scope!r}" if scope else "a scope"
        return (
            f"the token lacks {needed} this call needs: add it to the token (a personal token's scopes are "
            "edited under Automations > API, a bot's in its settings or its `scopes`)"
        )


class RoleForbiddenError(PermissionDeniedError):
    """403 `role_forbidden`: the token has the scope, but its owner's role does not allow the action.

    A new token or a new authorisation of the same person will not help (after a demotion, for example).
    """

    def hint(self) -> str | None:
        return "the token has the scope, but its owner's role does not allow this: a new token will not help"


class NotFoundError(APIStatusError):
    """404: no such object, or this token cannot see it."""

    status_code = 404


class ExportNotReadyError(NotFoundError):
    """404 `export_file_not_found`: the export exists but its archive is not built yet."""

    def hint(self) -> str | None:
        return "the archive is not built yet: wait for the export's webhook, then download it"


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""

    status_code = 409


class AlreadyExistsError(ConflictError):
    """409 `already_exists`: an object with this data exists; `key` is the conflicting field when known
    (`email` for an employee), and a draft's conflict carries the existing draft's id in the item's `payload`."""

    @property
    def key(self) -> str | None:
        keys = [item.key for item in self.errors if str(item.code) == "already_exists" and item.key]
        return keys[0] if keys else None


class GoneError(APIStatusError):
    """410: the object has expired (for example a form `trigger_id` older than 3 seconds)."""

    status_code = 410


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but breaks a rule."""

    status_code = 422


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the server's wait in seconds, when it gave one.

    Pachca answers 429 in two ways. Going over a per-second limit is answered before the request reaches
    its method, with a short `text/plain` body: retried after `Retry-After`. The daily cap of messages per
    chat is an API error with the code `rate_limit` (`daily` is True): its wait can be hours, so it is
    retried only when `Retry-After` fits the call's deadline and `RetryPolicy.max_retry_after`, and it
    does not hold back the client's calls to other chats.
    """

    status_code = 429

    def __init__(self, response: httpx.Response, body: Any) -> None:
        from ._retry import parse_retry_after

        self.retry_after = parse_retry_after(response.headers.get("retry-after"))
        self.daily = "rate_limit" in _codes(body)
        super().__init__(response, body)

    def hint(self) -> str | None:
        after = f"retry in {_wait(self.retry_after)}" if self.retry_after is not None else "retry later"
        if self.daily:
            return f"the daily message cap of this chat is reached: {after}, or post elsewhere"
        return f"too many requests: {after} (the client waits out Retry-After by itself up to max_retry_after)"


# How long Pachca documents an operation of its own rate limit to be blocked for, when the answer does not
# say (`Retry-After`): operation -> seconds. Exports: one per workspace every 90 seconds.
OPERATION_INTERVALS: dict[str, float] = {"request_export": 90.0}


class OperationRateLimitError(UnprocessableEntityError, RateLimitError):
    """422 `rate_limit`: an operation with a limit of its own was called too soon (exports: one per workspace
    every 90 s). `retry_after` is the wait: `Retry-After`, else the documented interval. Both an
    `UnprocessableEntityError` and a `RateLimitError`; not retried (the request is not idempotent)."""

    def __init__(self, response: httpx.Response, body: Any) -> None:
        from ._retry import parse_retry_after

        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is None:
            operation = _operation(response.request)
            retry_after = OPERATION_INTERVALS.get(getattr(operation, "name", ""))
        self.retry_after = retry_after
        self.daily = False
        APIStatusError.__init__(self, response, body)

    def hint(self) -> str | None:
        after = f"retry in {_wait(self.retry_after)}" if self.retry_after is not None else "retry later"
        return f"this operation is rate limited on its own (exports: one per workspace every 90 s): {after}"


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class ServiceUnavailableError(InternalServerError):
    """503 `service_unavailable`: the service is down for a moment; repeat the call later (GET, PUT and
    DELETE are retried on their own; a POST is never resent)."""

    def hint(self) -> str | None:
        return "the service is temporarily unavailable: repeat the call later"


class SearchTimeoutError(InternalServerError):
    """504 `timeout`: a search (or `list_users(query=...)`) did not finish in time. Narrow it: the same
    query would most likely time out again, so it is not retried."""

    def hint(self) -> str | None:
        return (
            "the search did not finish in time: narrow it (a more specific query, fewer chats or users, a shorter "
            "period); the same query would most likely time out again, so it was not retried"
        )


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
# A status and an error code (of an API error item, the OAuth error or the `WWW-Authenticate` error) with
# an exception of their own.
_BY_CODE: dict[tuple[int, str], type[APIStatusError]] = {
    (403, "insufficient_scope"): InsufficientScopeError,
    (403, "role_forbidden"): RoleForbiddenError,
    (404, "export_file_not_found"): ExportNotReadyError,
    (409, "already_exists"): AlreadyExistsError,
    (422, "rate_limit"): OperationRateLimitError,
    (503, "service_unavailable"): ServiceUnavailableError,
    (504, "timeout"): SearchTimeoutError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed exception for a non-2xx response (its body must have been read).

    The body is decoded as JSON unless it says it is text (the per-second 429 is `text/plain`) or cannot be
    read (nested too deeply): then `body` is None and the message quotes its start.
    """
    body = decoded_json(response)
    status = response.status_code
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    challenge = parse_www_authenticate(response.headers.get("www-authenticate")).get("error")
    for code in [*_codes(body), *([challenge] if challenge else [])]:
        refined = _BY_CODE.get((status, code))
        if refined is not None:
            cls = refined
            break
    return cls(response, body)


def _codes(body: Any) -> list[str]:
    """The error codes of a decoded body: its API error items' `code`s, or its OAuth `error`."""
    if not isinstance(body, dict):
        return []
    items = body.get("errors")
    codes = (
        [i["code"] for i in items if isinstance(i, dict) and isinstance(i.get("code"), str)]
        if isinstance(items, list)
        else []
    )
    if isinstance(body.get("error"), str):
        codes.append(body["error"])
    return codes


def is_daily_rate_limit(response: httpx.Response) -> bool:
    """A 429 for the daily message cap of a chat (an API error `rate_limit`), not a per-second limit: it holds
    back only that chat, for hours, so the retry transport does not cool the whole client down for it."""
    return response.status_code == 429 and "rate_limit" in _codes(decoded_json(response))


def never_retried(response: httpx.Response) -> bool:
    """An answer no retry can change, whatever the method: a search's 504 `timeout` (narrow the query)."""
    return response.status_code == 504 and "timeout" in _codes(decoded_json(response))


class DeviationError(PachcaError):
    """A field read from an answer or delivery that did not match openapi.yaml (tolerant reading).

    Raised when the field is read, not when the answer arrived: the rest of the answer stays usable.
    `deviation` says where and what (`path`, `model`, `field`, `expected`, `found`, `operation`,
    `request_id`), and `raw` is the value as received (`pachca_client.MISSING` when the key was absent).
    """

    def __init__(self, deviation: Deviation) -> None:
        self.deviation = deviation
        self.path = deviation.path
        self.model = deviation.model
        self.field = deviation.field
        self.operation = deviation.operation
        self.request_id = deviation.request_id
        self.raw = deviation.raw
        super().__init__(
            f"{deviation.model}.{deviation.field} does not match openapi.yaml, so it cannot be read: {deviation}"
        )


class MissingTokenError(PachcaError):
    """A call that needs the bearer token, on a client made with `Pachca.without_token()`."""


class StorageError(PachcaError):
    """The storage host behind uploads and export downloads refused the request.

    Storage answers in XML (S3 style); `code` and `storage_message` are taken from it.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        text = body_excerpt(response)
        code = re.search(r"<Code>([^<]*)</Code>", response.text or "")
        message = re.search(r"<Message>([^<]*)</Message>", response.text or "")
        self.code = code.group(1) if code else None
        self.storage_message = message.group(1) if message else text
        label = f"{self.code}: " if self.code else ""
        super().__init__(f"Storage refused the request (HTTP {self.status_code}): {label}{self.storage_message}")


class WebhookError(PachcaError):
    """An incoming webhook could not be accepted."""


class InvalidSignatureError(WebhookError):
    """The `Pachca-Signature` header does not match the body and the signing secret."""


class StaleWebhookError(WebhookError):
    """The body's `webhook_timestamp` is too far from now: a replay, or a badly delayed delivery."""


class WebhookParseError(WebhookError):
    """The body is not a webhook payload this client can read."""
