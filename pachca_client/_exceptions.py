"""The exceptions this client raises.

    PachcaError
    ├── APIError                          something went wrong talking to the API
    │   ├── APIStatusError                the API answered with a non-2xx status
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
    │   │   ├── PaymentRequiredError      402
    │   │   ├── PermissionDeniedError     403
    │   │   ├── NotFoundError             404
    │   │   │   └── ExportNotReadyError   404 export_file_not_found
    │   │   ├── ConflictError             409
    │   │   ├── GoneError                 410
    │   │   ├── UnprocessableEntityError  422
    │   │   ├── RateLimitError            429
    │   │   └── InternalServerError       5xx
    │   ├── APIConnectionError            no answer: DNS, refused, reset, TLS
    │   │   └── APITimeoutError           no answer in time, or the call's deadline passed
    │   ├── APIResponseValidationError    an answer that is not what the spec promises
    │   ├── ResponseTooLargeError         an answer longer than max_response_bytes
    │   └── PaginationError               a listing whose cursors loop
    ├── DeviationError                    a field of an answer read tolerantly that did not match the spec
    ├── StorageError                      the file storage host refused an upload or download
    └── WebhookError                      an incoming webhook failed verification or parsing
        ├── InvalidSignatureError
        ├── StaleWebhookError
        └── WebhookParseError

Every `APIStatusError` carries the status, the API's error items, the OAuth error code when the
body has that shape, the request id when the server sent one, and the `httpx.Response`.
Messages never include the token.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import httpx

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


class PaginationError(APIError):
    """A listing's cursors loop or are not cursors: the iterator stops instead of repeating items."""


class ResponseTooLargeError(APIError):
    """An answer longer than the client's `max_response_bytes`; it was refused before it filled memory."""


class APIResponseValidationError(APIError):
    """The API answered, but not with the JSON the spec promises (an HTML error page, a cut body)."""

    def __init__(self, response: httpx.Response, detail: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body_excerpt = body_excerpt(response)
        super().__init__(
            f"Unexpected response to {response.request.method} {response.request.url.path} "
            f"(HTTP {response.status_code}): {detail}. Body starts: {self.body_excerpt!r}",
            request=response.request,
        )


class APIStatusError(APIError):
    """The API answered with a status that is not 2xx."""

    status_code: int

    def __init__(self, response: httpx.Response, body: Any) -> None:
        from .generated.models.api_error_item import ApiErrorItem

        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id_of(response)
        self.errors: list[ApiErrorItem] = []
        self.error: str | None = None
        self.error_description: str | None = None
        if isinstance(body, dict):
            items = body.get("errors")
            if isinstance(items, list):
                self.errors = [_parse_item(ApiErrorItem, item) for item in items if isinstance(item, dict)]
            if isinstance(body.get("error"), str):
                self.error = body["error"]
                description = body.get("error_description")
                self.error_description = description if isinstance(description, str) else None
        super().__init__(self._describe(), request=response.request)

    @property
    def codes(self) -> list[str]:
        """The `code` of each error item (`["blank", "too_long"]`), or the OAuth error code."""
        if self.errors:
            return [str(item.code) for item in self.errors]
        return [self.error] if self.error else []

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
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        return " - ".join(parts)


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


class BadRequestError(APIStatusError):
    """400: a parameter is missing or malformed."""

    status_code = 400


class AuthenticationError(APIStatusError):
    """401: the token is missing, unknown or revoked."""

    status_code = 401


class PaymentRequiredError(APIStatusError):
    """402: the workspace plan does not include this, or it is unpaid."""

    status_code = 402


class PermissionDeniedError(APIStatusError):
    """403: a scope is missing (OAuth body) or a business rule forbids it (API error body)."""

    status_code = 403


class NotFoundError(APIStatusError):
    """404: no such object, or this token cannot see it."""

    status_code = 404


class ExportNotReadyError(NotFoundError):
    """404 `export_file_not_found`: the export exists but its archive is not built yet."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""

    status_code = 409


class GoneError(APIStatusError):
    """410: the object has expired (for example a form `trigger_id` older than 3 seconds)."""

    status_code = 410


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but breaks a rule."""

    status_code = 422


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the server's wait in seconds, when it gave one."""

    status_code = 429

    def __init__(self, response: httpx.Response, body: Any) -> None:
        from ._retry import parse_retry_after

        self.retry_after = parse_retry_after(response.headers.get("retry-after"))
        super().__init__(response, body)


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


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


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed exception for a non-2xx response (its body must have been read)."""
    body: Any = None
    if response.content:
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    if cls is NotFoundError and _has_code(body, "export_file_not_found"):
        cls = ExportNotReadyError
    return cls(response, body)


def _has_code(body: Any, code: str) -> bool:
    items = body.get("errors") if isinstance(body, dict) else None
    return isinstance(items, list) and any(isinstance(i, dict) and i.get("code") == code for i in items)


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
