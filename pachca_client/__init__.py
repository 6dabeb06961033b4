"""pachca_client: a typed sync and async client for the Pachca REST API.

    from pachca_client import Pachca

    with Pachca("token") as pachca:
        me = pachca.profile.get_profile()
        for chat in pachca.chats.list_chats_iter():
            print(chat.name)

Models live in `pachca_client.models`, incoming-webhook tools in `pachca_client.webhooks`, and a local
fake server for tests in `pachca_client.testing`.
"""

from ._client import AsyncPachca, Pachca
from ._exceptions import (
    AlreadyExistsError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DeviationError,
    ExportNotReadyError,
    GoneError,
    InsufficientScopeError,
    InternalServerError,
    InvalidArgumentError,
    InvalidSignatureError,
    MissingTokenError,
    NotFoundError,
    OperationRateLimitError,
    PachcaError,
    PaginationError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    RoleForbiddenError,
    SearchTimeoutError,
    ServiceUnavailableError,
    StaleWebhookError,
    StorageError,
    UnprocessableEntityError,
    WebhookError,
    WebhookParseError,
)
from ._options import DEFAULT_BASE_URL, DEFAULT_DEADLINE, DEFAULT_TIMEOUT, NOT_GIVEN, CallOptions
from ._pagination import AsyncPaginator, SyncPaginator
from ._polling import AsyncEventPoller, EventPoller, PolledEvent
from ._ratelimit import Limit, LocalRateLimiter, RateLimits, RedisRateLimiter
from ._reading import MissingFieldError, UnknownFieldError, ValidationError
from ._response import RawResponse
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._tolerance import MISSING, Deviation, deviations
from ._uploads import UploadedFile
from ._version import API_REVISION, __version__

__all__ = [
    "API_REVISION",
    "DEFAULT_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MISSING",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyExistsError",
    "AsyncEventPoller",
    "AsyncPachca",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "ConflictError",
    "Deviation",
    "DeviationError",
    "EventPoller",
    "ExportNotReadyError",
    "GoneError",
    "InsufficientScopeError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidSignatureError",
    "Limit",
    "LocalRateLimiter",
    "MissingFieldError",
    "MissingTokenError",
    "NotFoundError",
    "OperationRateLimitError",
    "Pachca",
    "PachcaError",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PolledEvent",
    "RateLimitError",
    "RateLimits",
    "RawResponse",
    "RedirectError",
    "RedisRateLimiter",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RoleForbiddenError",
    "SearchTimeoutError",
    "ServiceUnavailableError",
    "StaleWebhookError",
    "StorageError",
    "SyncPaginator",
    "UnknownFieldError",
    "UnprocessableEntityError",
    "UploadedFile",
    "ValidationError",
    "WebhookError",
    "WebhookParseError",
    "__version__",
    "deviations",
]
