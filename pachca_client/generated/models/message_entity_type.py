# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class MessageEntityType(StrEnum):
    DISCUSSION = "discussion"
    THREAD = "thread"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
