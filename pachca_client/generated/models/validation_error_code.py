# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum

from ..validation import UNKNOWN_ENUM_VALUES_KEPT


class ValidationErrorCode(StrEnum):
    ACCESS_DENIED = "access_denied"
    ALREADY_ASSIGNED = "already_assigned"
    ALREADY_EXISTS = "already_exists"
    BLANK = "blank"
    BOT_ADD_DENIED = "bot_add_denied"
    BOT_CHANGED_CONCURRENTLY = "bot_changed_concurrently"
    CANNOT_KICK_OWNER = "cannot_kick_owner"
    CONFIDENTIAL_DOWNLOAD_DENIED = "confidential_download_denied"
    DAILY_INVITES_LIMIT = "daily_invites_limit"
    DECRYPTION_FAILED = "decryption_failed"
    DISPLAYED_ERROR = "displayed_error"
    DRAFT_TYPE_CHANGE_FORBIDDEN = "draft_type_change_forbidden"
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
    NEXT_SEND_AT_INVALID = "next_send_at_invalid"
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
    RESTRICTED_BOT_TAG_DENIED = "restricted_bot_tag_denied"
    SCHEDULED_MESSAGES_LIMIT = "scheduled_messages_limit"
    SCHEDULE_END_DATE_INVALID = "schedule_end_date_invalid"
    SCHEDULE_INVALID = "schedule_invalid"
    SELF_UPDATE = "self_update"
    SERVICE_UNAVAILABLE = "service_unavailable"
    SINGLE_CHAT_BOT_OCCUPIED = "single_chat_bot_occupied"
    SINGLE_CHAT_BOT_TAG_DENIED = "single_chat_bot_tag_denied"
    SUBMIT_EXPIRED = "submit_expired"
    TAKEN = "taken"
    THREAD_MESSAGE = "thread_message"
    TIMEOUT = "timeout"
    TOO_LONG = "too_long"
    TRIGGER_EXPIRED = "trigger_expired"
    TRIGGER_NOT_FOUND = "trigger_not_found"
    UNHANDLED = "unhandled"
    UNIQUE_LIMIT = "unique_limit"
    USER_LIMIT = "user_limit"
    USE_OF_SYSTEM_WORDS = "use_of_system_words"
    VIEW_NOT_FOUND = "view_not_found"
    WRONG_EMOJI = "wrong_emoji"
    WRONG_PARAMS = "wrong_params"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ValidationErrorCode | None":
        """Keep a value this version does not know yet (the API adds them) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        if len(cls._value2member_map_) - len(cls._member_names_) < UNKNOWN_ENUM_VALUES_KEPT:
            cls._value2member_map_[value] = member
        return member
