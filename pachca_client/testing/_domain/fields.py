"""Field checks the domain and the routes share."""

from __future__ import annotations

from .._core import JSON, api_error


def required_text(body: JSON, key: str, *, status: int = 422) -> str:
    """A text the API refuses blank (types and lengths are the request model's to check: `call.entity(key, Model)`)."""
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise api_error(status, key, "blank", f"{key} can't be blank", value)
    return value
