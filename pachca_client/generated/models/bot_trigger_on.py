# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class BotTriggerOn(StrEnum):
    ALL_MESSAGES = "all_messages"
    COMMANDS = "commands"
    UNFURL = "unfurl"

    def __str__(self) -> str:
        return str(self.value)
