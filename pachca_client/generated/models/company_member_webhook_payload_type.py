# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class CompanyMemberWebhookPayloadType(StrEnum):
    COMPANY_MEMBER = "company_member"

    def __str__(self) -> str:
        return str(self.value)
