# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum

from ..validation import UNKNOWN_ENUM_VALUES_KEPT


class OAuthScope(StrEnum):
    AUDIT_EVENTS_READ = "audit_events:read"
    BOTS_READ = "bots:read"
    BOTS_WRITE = "bots:write"
    BOT_SELF_WEBHOOK_WRITE = "bot_self:webhook:write"
    BOT_SELF_WRITE = "bot_self:write"
    CHATS_ARCHIVE = "chats:archive"
    CHATS_CREATE = "chats:create"
    CHATS_LEAVE = "chats:leave"
    CHATS_MARK_UNREAD = "chats:mark_unread"
    CHATS_READ = "chats:read"
    CHATS_UPDATE = "chats:update"
    CHAT_EXPORTS_READ = "chat_exports:read"
    CHAT_EXPORTS_WRITE = "chat_exports:write"
    CHAT_MEMBERS_READ = "chat_members:read"
    CHAT_MEMBERS_WRITE = "chat_members:write"
    COMPANY_BOTS_READ = "company_bots:read"
    COMPANY_CHATS_READ = "company_chats:read"
    CUSTOM_PROPERTIES_READ = "custom_properties:read"
    DRAFTS_READ = "drafts:read"
    DRAFTS_WRITE = "drafts:write"
    FILES_READ = "files:read"
    FILES_WRITE = "files:write"
    GROUP_TAGS_READ = "group_tags:read"
    GROUP_TAGS_WRITE = "group_tags:write"
    LINK_PREVIEWS_WRITE = "link_previews:write"
    MESSAGES_CREATE = "messages:create"
    MESSAGES_DELETE = "messages:delete"
    MESSAGES_READ = "messages:read"
    MESSAGES_UPDATE = "messages:update"
    PINS_WRITE = "pins:write"
    PROFILE_AVATAR_WRITE = "profile_avatar:write"
    PROFILE_READ = "profile:read"
    PROFILE_STATUS_READ = "profile_status:read"
    PROFILE_STATUS_WRITE = "profile_status:write"
    REACTIONS_READ = "reactions:read"
    REACTIONS_WRITE = "reactions:write"
    SEARCH_CHATS = "search:chats"
    SEARCH_MESSAGES = "search:messages"
    SEARCH_USERS = "search:users"
    TASKS_CREATE = "tasks:create"
    TASKS_DELETE = "tasks:delete"
    TASKS_READ = "tasks:read"
    TASKS_UPDATE = "tasks:update"
    THREADS_CREATE = "threads:create"
    THREADS_READ = "threads:read"
    UPLOADS_WRITE = "uploads:write"
    USERS_CREATE = "users:create"
    USERS_DELETE = "users:delete"
    USERS_READ = "users:read"
    USERS_UPDATE = "users:update"
    USER_AVATAR_WRITE = "user_avatar:write"
    USER_STATUS_READ = "user_status:read"
    USER_STATUS_WRITE = "user_status:write"
    VIEWS_WRITE = "views:write"
    WEBHOOKS_EVENTS_DELETE = "webhooks:events:delete"
    WEBHOOKS_EVENTS_READ = "webhooks:events:read"
    WEBHOOKS_READ = "webhooks:read"
    WEBHOOKS_WRITE = "webhooks:write"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OAuthScope | None":
        """Keep a value this version does not know yet (the API adds them) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        if len(cls._value2member_map_) - len(cls._member_names_) < UNKNOWN_ENUM_VALUES_KEPT:
            cls._value2member_map_[value] = member
        return member
