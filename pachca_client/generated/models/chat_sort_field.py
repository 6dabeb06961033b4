# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class ChatSortField(StrEnum):
    ID = "id"
    LAST_MESSAGE_AT = "last_message_at"

    def __str__(self) -> str:
        return str(self.value)
