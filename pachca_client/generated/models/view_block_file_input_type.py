# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class ViewBlockFileInputType(StrEnum):
    FILE_INPUT = "file_input"

    def __str__(self) -> str:
        return str(self.value)
