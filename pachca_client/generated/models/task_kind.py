# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class TaskKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    EVENT = "event"
    MEETING = "meeting"
    REMINDER = "reminder"

    def __str__(self) -> str:
        return str(self.value)
