# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class ChatAvailability(StrEnum):
    IS_MEMBER = "is_member"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
