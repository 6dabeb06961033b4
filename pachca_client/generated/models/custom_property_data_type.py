# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class CustomPropertyDataType(StrEnum):
    DATE = "date"
    LINK = "link"
    NUMBER = "number"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
