# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class UserRoleInput(StrEnum):
    ADMIN = "admin"
    MULTI_GUEST = "multi_guest"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
