# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class BotWhoCanAdd(StrEnum):
    ANYONE = "anyone"
    CREATOR = "creator"
    CREATOR_ADMIN = "creator_admin"
    CREATOR_ADMIN_USER = "creator_admin_user"

    def __str__(self) -> str:
        return str(self.value)
