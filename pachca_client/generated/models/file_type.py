# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class FileType(StrEnum):
    AUDIO = "audio"
    FILE = "file"
    IMAGE = "image"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)
