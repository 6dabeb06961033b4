# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class ViewBlockCheckboxType(StrEnum):
    CHECKBOX = "checkbox"

    def __str__(self) -> str:
        return str(self.value)
