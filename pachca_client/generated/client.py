# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""What the generated request builders (`api.<tag>.<operation>._get_kwargs`) share."""

from typing import Any
from urllib.parse import quote


def path_segment(value: Any) -> str:
    """A path parameter as exactly one URL segment: reserved characters and dot segments encoded."""
    text = quote(str(value), safe="")
    if not text:
        raise ValueError("a path parameter cannot be empty")
    return text.replace(".", "%2E") if text in (".", "..") else text
