# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class OpenViewRequestType(StrEnum):
    MODAL = "modal"

    def __str__(self) -> str:
        return str(self.value)
