# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum

from ..validation import UNKNOWN_ENUM_VALUES_KEPT


class BotEventName(StrEnum):
    BUTTON_CLICK = "button_click"
    CHAT_MEMBER_ADD = "chat_member_add"
    CHAT_MEMBER_REMOVE = "chat_member_remove"
    COMPANY_MEMBER_ACTIVATE = "company_member_activate"
    COMPANY_MEMBER_CONFIRM = "company_member_confirm"
    COMPANY_MEMBER_DELETE = "company_member_delete"
    COMPANY_MEMBER_INVITE = "company_member_invite"
    COMPANY_MEMBER_SUSPEND = "company_member_suspend"
    COMPANY_MEMBER_UPDATE = "company_member_update"
    MESSAGE_DELETE = "message_delete"
    MESSAGE_LINK_SHARED = "message_link_shared"
    MESSAGE_NEW = "message_new"
    MESSAGE_UPDATE = "message_update"
    REACTION_DELETE = "reaction_delete"
    REACTION_NEW = "reaction_new"
    VIDEO_CALL_FINISHED = "video_call_finished"
    VIDEO_CALL_RECORDING_READY = "video_call_recording_ready"
    VIDEO_CALL_STARTED = "video_call_started"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BotEventName | None":
        """Keep a value this version does not know yet (the API adds them) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        if len(cls._value2member_map_) - len(cls._member_names_) < UNKNOWN_ENUM_VALUES_KEPT:
            cls._value2member_map_[value] = member
        return member
