# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum

from ..validation import UNKNOWN_ENUM_VALUES_KEPT


class AuditEventKey(StrEnum):
    ACCESS_TOKEN_CREATED = "access_token_created"
    ACCESS_TOKEN_DESTROY = "access_token_destroy"
    ACCESS_TOKEN_UPDATED = "access_token_updated"
    AUDIT_EVENTS_ACCESSED = "audit_events_accessed"
    BOT_DELETED = "bot_deleted"
    BOT_OAUTH_CLIENT_DISABLED = "bot_oauth_client_disabled"
    BOT_OAUTH_CLIENT_SECRET_ISSUED = "bot_oauth_client_secret_issued"
    BOT_OAUTH_CLIENT_SECRET_ROTATED = "bot_oauth_client_secret_rotated"
    BOT_OAUTH_CLIENT_UPDATED = "bot_oauth_client_updated"
    BOT_SCOPES_UPDATED = "bot_scopes_updated"
    BOT_TOKEN_CREATED = "bot_token_created"
    BOT_TOKEN_DELETED = "bot_token_deleted"
    BOT_TOKEN_RECREATED = "bot_token_recreated"
    BOT_TOKEN_REISSUED = "bot_token_reissued"
    BOT_TOKEN_UPDATED = "bot_token_updated"
    BOT_WEBHOOK_SETTINGS_UPDATED = "bot_webhook_settings_updated"
    CHAT_CREATED = "chat_created"
    CHAT_PERMISSION_CHANGED = "chat_permission_changed"
    CHAT_RENAMED = "chat_renamed"
    COMPANY_BOTS_ACCESSED = "company_bots_accessed"
    COMPANY_CHATS_ACCESSED = "company_chats_accessed"
    DLP_VIOLATION_DETECTED = "dlp_violation_detected"
    EXCHANGE_DISABLED = "exchange_disabled"
    KMS_DECRYPT = "kms_decrypt"
    KMS_ENCRYPT = "kms_encrypt"
    LOGIN_GRANT_APPROVED = "login_grant_approved"
    LOGIN_GRANT_CREATED = "login_grant_created"
    LOGIN_GRANT_DENIED = "login_grant_denied"
    MESSAGE_CREATED = "message_created"
    MESSAGE_DELETED = "message_deleted"
    MESSAGE_UPDATED = "message_updated"
    OAUTH_AUTHORIZATION_GRANTED = "oauth_authorization_granted"
    OAUTH_AUTHORIZATION_REVOKED = "oauth_authorization_revoked"
    OAUTH_DEVICE_AUTHORIZATION_APPROVED = "oauth_device_authorization_approved"
    OAUTH_DEVICE_AUTHORIZATION_DENIED = "oauth_device_authorization_denied"
    OAUTH_TOKEN_REVOKED = "oauth_token_revoked"
    REACTION_CREATED = "reaction_created"
    REACTION_DELETED = "reaction_deleted"
    SEARCH_CHATS_API = "search_chats_api"
    SEARCH_MESSAGES_API = "search_messages_api"
    SEARCH_USERS_API = "search_users_api"
    TAG_ADDED_TO_CHAT = "tag_added_to_chat"
    TAG_CREATED = "tag_created"
    TAG_DELETED = "tag_deleted"
    TAG_REMOVED_FROM_CHAT = "tag_removed_from_chat"
    THREAD_CREATED = "thread_created"
    USER_2FA_DISABLED = "user_2fa_disabled"
    USER_2FA_FAIL = "user_2fa_fail"
    USER_2FA_SUCCESS = "user_2fa_success"
    USER_ADDED_TO_TAG = "user_added_to_tag"
    USER_CHAT_JOIN = "user_chat_join"
    USER_CHAT_LEAVE = "user_chat_leave"
    USER_CREATED = "user_created"
    USER_DELETED = "user_deleted"
    USER_LOGIN = "user_login"
    USER_LOGOUT = "user_logout"
    USER_REMOVED_FROM_TAG = "user_removed_from_tag"
    USER_ROLE_CHANGED = "user_role_changed"
    USER_UPDATED = "user_updated"
    VIDEO_CALL_FINISHED = "video_call_finished"
    VIDEO_CALL_RECORDING_READY = "video_call_recording_ready"
    VIDEO_CALL_STARTED = "video_call_started"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AuditEventKey | None":
        """Keep a value this version does not know yet (the API adds them) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        if len(cls._value2member_map_) - len(cls._member_names_) < UNKNOWN_ENUM_VALUES_KEPT:
            cls._value2member_map_[value] = member
        return member
