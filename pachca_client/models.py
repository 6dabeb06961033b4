"""Every model of the API (`Chat`, `Message`, `User`, ...), re-exported from the generated package."""

from .generated.models import *  # noqa: F403
from .generated.models import __all__ as __all__
