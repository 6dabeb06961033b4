# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class OAuthTokenRequestGrantType(StrEnum):
    AUTHORIZATION_CODE = "authorization_code"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _from_value(cls, value: str) -> "OAuthTokenRequestGrantType":
        """`OAuthTokenRequestGrantType(value)`, faster for the values already seen."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
