# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class VideoCallEventType(StrEnum):
    FINISHED = "finished"
    RECORDING_READY = "recording_ready"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
