# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum

from ..validation import UNKNOWN_ENUM_VALUES_KEPT


class TaskKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    EVENT = "event"
    MEETING = "meeting"
    REMINDER = "reminder"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TaskKind | None":
        """Keep a value this version does not know yet (the API adds them) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        if len(cls._value2member_map_) - len(cls._member_names_) < UNKNOWN_ENUM_VALUES_KEPT:
            cls._value2member_map_[value] = member
        return member
