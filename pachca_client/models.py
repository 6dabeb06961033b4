"""Every model of the API (`Chat`, `Message`, `User`, ...), imported on first use."""

from typing import TYPE_CHECKING, Any

from .generated import models as _generated

if TYPE_CHECKING:
    from .generated.models import *  # noqa: F403

__all__ = _generated.__all__


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)


def __dir__() -> list[str]:
    return list(__all__)
