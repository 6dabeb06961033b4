# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""The generated models' one door to the handwritten overlay: the helpers they call as `_v.<name>`.

`pachca_client._reading` checks JSON values against openapi.yaml (the slow paths of the inline checks of
every `from_dict`, and `ValidationError`); `pachca_client._tolerance` reads on past a deviation. Both are
handwritten, linted and type-checked like the rest of the overlay; nothing here is generated but this list.
"""

from __future__ import annotations

from pachca_client._reading import UNKNOWN_ENUM_VALUES_KEPT as UNKNOWN_ENUM_VALUES_KEPT
from pachca_client._reading import MissingFieldError as MissingFieldError
from pachca_client._reading import UnknownFieldError as UnknownFieldError
from pachca_client._reading import ValidationError as ValidationError
from pachca_client._reading import array as array
from pachca_client._reading import boolean as boolean
from pachca_client._reading import check_limits as check_limits
from pachca_client._reading import date as date
from pachca_client._reading import date_time as date_time
from pachca_client._reading import discriminator as discriminator
from pachca_client._reading import enum_member as enum_member
from pachca_client._reading import enum_member_folded as enum_member_folded
from pachca_client._reading import extras as extras
from pachca_client._reading import extras_key as extras_key
from pachca_client._reading import integer as integer
from pachca_client._reading import invalid as invalid
from pachca_client._reading import json_type as json_type
from pachca_client._reading import missing as missing
from pachca_client._reading import new_instance as new_instance
from pachca_client._reading import no_match as no_match
from pachca_client._reading import null as null
from pachca_client._reading import number as number
from pachca_client._reading import object_ as object_
from pachca_client._reading import parse_date as parse_date
from pachca_client._reading import parse_date_time as parse_date_time
from pachca_client._reading import string as string
from pachca_client._reading import unknown_kind as unknown_kind
from pachca_client._reading import unknown_value as unknown_value
from pachca_client._reading import without_gc_pauses as without_gc_pauses
from pachca_client._tolerance import Deviant as Deviant
from pachca_client._tolerance import guard as guard
from pachca_client._tolerance import restore_reading as restore_reading
from pachca_client._tolerance import strict_reading as strict_reading
from pachca_client._tolerance import tolerated as tolerated
from pachca_client._tolerance import tolerating as tolerating
from pachca_client._tolerance import with_missing as with_missing

__all__ = ["MissingFieldError", "UnknownFieldError", "ValidationError"]
