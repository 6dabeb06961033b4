# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class InviteStatus(StrEnum):
    CONFIRMED = "confirmed"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
