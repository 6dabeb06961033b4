# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class ValidationErrorCode(StrEnum):
    ACCESS_DENIED = "access_denied"
    ALREADY_ASSIGNED = "already_assigned"
    ALREADY_EXISTS = "already_exists"
    BLANK = "blank"
    CANNOT_KICK_OWNER = "cannot_kick_owner"
    DISPLAYED_ERROR = "displayed_error"
    EXCLUSION = "exclusion"
    EXPORT_FILE_NOT_FOUND = "export_file_not_found"
    FORBIDDEN = "forbidden"
    GENERAL_LIMIT = "general_limit"
    IN = "in"
    INCLUSION = "inclusion"
    INVALID = "invalid"
    INVALID_DATE_RANGE = "invalid_date_range"
    INVALID_WEBHOOK_URL = "invalid_webhook_url"
    LICENSES_LIMIT = "licenses_limit"
    MAX_LENGTH = "max_length"
    MESSAGE_DELETED = "message_deleted"
    MIN_LENGTH = "min_length"
    NOT_APPLICABLE = "not_applicable"
    NOT_AUTHORIZED = "not_authorized"
    NOT_FOUND = "not_found"
    OWNER_PROTECTED = "owner_protected"
    PAYMENT_REQUIRED = "payment_required"
    PERMISSION_DENIED = "permission_denied"
    PERSONAL_CHAT = "personal_chat"
    PIN_FAILED = "pin_failed"
    RATE_LIMIT = "rate_limit"
    REQUIRED = "required"
    SELF_UPDATE = "self_update"
    TAKEN = "taken"
    THREAD_MESSAGE = "thread_message"
    TOO_LONG = "too_long"
    TRIGGER_EXPIRED = "trigger_expired"
    TRIGGER_NOT_FOUND = "trigger_not_found"
    UNHANDLED = "unhandled"
    UNIQUE_LIMIT = "unique_limit"
    USER_LIMIT = "user_limit"
    USE_OF_SYSTEM_WORDS = "use_of_system_words"
    WRONG_EMOJI = "wrong_emoji"
    WRONG_PARAMS = "wrong_params"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _from_value(cls, value: str) -> "ValidationErrorCode":
        """`ValidationErrorCode(value)`, faster for the values already seen."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "ValidationErrorCode | None":
        """Keep a value this version does not know yet (the API adds them) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        cls._value2member_map_[value] = member
        return member
