# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class UserEventType(StrEnum):
    ACTIVATE = "activate"
    CONFIRM = "confirm"
    DELETE = "delete"
    INVITE = "invite"
    SUSPEND = "suspend"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
