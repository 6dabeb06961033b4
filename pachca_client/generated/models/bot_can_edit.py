# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class BotCanEdit(StrEnum):
    ADMIN = "admin"
    CHAT_OWNERS = "chat_owners"

    def __str__(self) -> str:
        return str(self.value)
