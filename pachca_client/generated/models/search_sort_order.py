# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from enum import StrEnum


class SearchSortOrder(StrEnum):
    ALPHABETICAL = "alphabetical"
    BY_SCORE = "by_score"
    CREATION = "creation"

    def __str__(self) -> str:
        return str(self.value)
