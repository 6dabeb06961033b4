# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class MessageSearchSort(StrEnum):
    CREATED_AT = "created_at"
    RELEVANCE = "relevance"

    def __str__(self) -> str:
        return str(self.value)
