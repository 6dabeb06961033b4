# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class BotTemplateEngine(StrEnum):
    LIQUID = "liquid"
    MUSTACHE = "mustache"

    def __str__(self) -> str:
        return str(self.value)
