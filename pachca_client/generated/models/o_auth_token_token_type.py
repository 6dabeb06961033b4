# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class OAuthTokenTokenType(StrEnum):
    BEARER = "Bearer"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _from_value(cls, value: str) -> "OAuthTokenTokenType":
        """`OAuthTokenTokenType(value)`, faster for the values already seen."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
