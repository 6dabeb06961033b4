# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class MessageSortField(StrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
