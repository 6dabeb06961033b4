# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class ViewBlockSelectType(StrEnum):
    SELECT = "select"

    def __str__(self) -> str:
        return str(self.value)
