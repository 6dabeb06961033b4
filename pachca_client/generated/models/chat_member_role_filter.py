# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class ChatMemberRoleFilter(StrEnum):
    ADMIN = "admin"
    ALL = "all"
    EDITOR = "editor"
    MEMBER = "member"
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)
