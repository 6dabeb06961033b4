"""Validation of JSON values against openapi.yaml: the error type and the helpers generated models call.

Every generated `from_dict` checks each field inline (a fast `type(value) is int`-style test per field)
and calls into this module only when that test fails, to accept what the schema still allows or to
raise `ValidationError`, which names the JSON path and what was expected:

    data[3].thread.chat_id: expected integer, got string

Responses (`from_dict(data)`) keep unknown keys (`additional_properties`) and unknown enum values
(the API adds them). Requests (`from_dict(data, strict=True)`, used for request bodies) are stricter:
an unknown key is an error that suggests the closest known one, an unknown enum value is an error,
and the `maxLength`/`minLength`/`maximum`/`minimum`/`maxItems`/`minItems` limits of openapi.yaml apply.

Tolerant reading (`pachca_client._tolerance`): while it is on, a response object whose field failed is read
again with a `Deviant` in its place (`tolerated`, `with_missing`, `guard`), and every slow path below hands a
`Deviant` back unchanged (its first line), so the second read needs no other special case.

Handwritten; the generated models reach it through `generated/validation.py`, their one door to the overlay.
"""

from __future__ import annotations

import datetime
import gc
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, ParamSpec, TypeVar

from ._exceptions import PachcaError
from ._tolerance import Deviant

E = TypeVar("E", bound=Enum)
T = TypeVar("T")
P = ParamSpec("P")

# The date-time parser of the generated models: RFC 3339 as the API writes it (`2026-05-17T10:11:12.000Z`).
parse_date_time = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat

# A model built by `from_dict` without calling `__init__`: every attribute is set by the caller.
new_instance: Callable[[type[Any]], Any] = object.__new__

# How many values an enum keeps of those this version does not know (str_enum.py.jinja): past that,
# an unknown value still parses, into a member that is not cached.
UNKNOWN_ENUM_VALUES_KEPT = 64


class ValidationError(PachcaError, ValueError):
    """A value that does not match openapi.yaml: a request body refused before sending, or (inside the client,
    which raises `APIResponseValidationError` for it) an answer. A `PachcaError`, and a `ValueError` as before.

    `path` is where, in JSON terms (`data[3].thread.chat_id`, empty for the value itself), and
    `expected` what the schema wants there (`integer`, `date-time`, `at most 255 characters`, ...).
    `str(error)` is `"<path>: expected <expected>, got <what was found>"`.
    """

    def __init__(self, expected: str, got: str, segments: Iterable[str | int] = (), node: object = None) -> None:
        self.expected = expected
        self.got = got
        self.segments: list[str | int] = list(segments)
        self._node = node  # the JSON value the path starts from (to find a list item's index)
        self.context = ""  # what was being checked, such as "not a valid ChatCreateRequest"
        super().__init__(expected)

    @property
    def path(self) -> str:
        """The JSON path of the value, such as `data[3].thread.chat_id` (empty for the top-level value)."""
        text = ""
        for segment in self.segments:
            if isinstance(segment, int):
                text += f"[{segment}]"
            else:
                text += f".{segment}" if text else segment
        return text

    def detail(self) -> str:
        return f"expected {self.expected}, got {self.got}"

    def __str__(self) -> str:
        text = f"{self.path}: {self.detail()}" if self.segments else self.detail()
        return f"{self.context}: {text}" if self.context else text

    def about(self, context: str) -> ValidationError:
        """The same error, introduced by what was being checked (`body is not a valid ChatCreateRequest`)."""
        self.context = context
        return self

    def at_key(self, key: str | int | None) -> ValidationError:
        """The same error, one level up: inside the field `key`."""
        if key is not None:
            self.segments.insert(0, key)
        self._moved()
        return self

    def at_index(self, items: Any) -> ValidationError:
        """The same error, one level up: inside the list `items` (the index is found by identity)."""
        node = self._node
        index = next((i for i, item in enumerate(items) if item is node), None)
        self.segments.insert(0, index if index is not None else "[?]")
        self._node = items
        self._moved()
        return self

    def within(self, node: object) -> ValidationError:
        """Record the JSON value the path now starts from (a generated `_from_dict` sets its input)."""
        self._node = node
        return self

    def prefixed(self, prefix: str) -> ValidationError:
        """The same error under a name such as `body` (for request bodies)."""
        self.segments.insert(0, prefix)
        self._moved()
        return self

    def _moved(self) -> None:
        pass


class MissingFieldError(ValidationError, KeyError):
    """A required field is absent. Also a KeyError whose argument is the field's name (`path` has where)."""

    def detail(self) -> str:
        return f"required field is missing (expected {self.expected})"

    def _moved(self) -> None:
        self.args = (self.segments[-1],) if self.segments else ()

    def __str__(self) -> str:
        # quoted, as a KeyError's key is: `'data[3].thread.chat_id': required field is missing (...)`
        text = f"{self.path!r}: {self.detail()}"
        return f"{self.context}: {text}" if self.context else text


class UnknownFieldError(ValidationError):
    """A request body has a key its schema does not declare; `suggestion` is the closest known key, if any."""

    def __init__(self, key: str, known: Iterable[str]) -> None:
        import difflib  # only for this error: not at import time

        self.known = sorted(known)
        matches = difflib.get_close_matches(key, self.known, n=1, cutoff=0.6)
        self.suggestion = matches[0] if matches else None
        super().__init__("a known field", "an unknown one", [key])

    def detail(self) -> str:
        hint = f"; did you mean {self.suggestion!r}?" if self.suggestion else ""
        known = ", ".join(self.known) if self.known else "none"
        return f"unknown field{hint} (known fields: {known})"


def extras_key(extras: dict[str, Any] | None) -> dict[str, Any] | None:
    """How models compare their unknown keys: none kept (None) and an empty dict are the same."""
    return extras or None


def discriminator(value: Any, *keys: str) -> tuple[str, ...] | None:
    """The strings at `keys` of an object, which tell its kind (a webhook payload's `type` and `event`).

    None when `value` is not an object (a mapping) or one of them is not a string: the union's open
    member, or its error, deals with that.
    """
    if type(value) is not dict and not isinstance(value, Mapping):
        return None
    found = tuple(value.get(key) for key in keys)
    strings = tuple(item for item in found if type(item) is str)
    return strings if len(strings) == len(keys) else None


def without_gc_pauses(parse: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """`parse(*args, **kwargs)` with the cyclic garbage collector paused, for a page of objects.

    Decoding and building a page allocates thousands of objects, all alive until the end: each
    collection the allocations trigger meanwhile would walk them all only to keep them. Decoded JSON
    and models hold no reference cycles, so nothing is left for the collector to find; it runs as usual
    at the next allocation after the parse. A collector that was off stays off. The client decodes and
    validates each answer in one pause (`_client._finish`); `from_dict` of a page pauses for itself.
    """
    if not gc.isenabled():
        return parse(*args, **kwargs)
    gc.disable()
    try:
        return parse(*args, **kwargs)
    finally:
        gc.enable()


# --- what was found ------------------------------------------------------------------------------------


def json_type(value: object) -> str:
    """The JSON name of a value's type (`integer`, `string`, `null`, ...), or its Python type's name."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def invalid(key: str | int | None, expected: str, value: object) -> ValidationError:
    """The error for `value` found at `key` (None: the value itself, such as a list item)."""
    return ValidationError(expected, json_type(value), () if key is None else (key,), value)


def missing(
    key: str, expected: Mapping[str, str], data: Mapping[str, Any], known: frozenset[str], strict: bool
) -> ValidationError:
    """The error for a required key that is absent; in strict mode a misspelled key is named first."""
    if strict:
        unknown = [name for name in data if name not in known]
        if unknown:
            return UnknownFieldError(unknown[0], known)
    error = MissingFieldError(expected.get(key, "a value"), "nothing", (key,))
    error._moved()
    return error


# --- slow paths: the fast inline check failed ------------------------------------------------------------
# Each returns the value when the schema allows it after all, or raises ValidationError.


def integer(value: Any, key: str | int | None, strict: bool) -> Any:
    if type(value) is Deviant:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise invalid(key, "integer", value)


def number(value: Any, key: str | int | None, strict: bool) -> Any:
    if type(value) is Deviant:
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise invalid(key, "number", value)


def string(value: Any, key: str | int | None, strict: bool) -> Any:
    if type(value) is Deviant:
        return value
    if isinstance(value, str):
        return value
    raise invalid(key, "string", value)


def boolean(value: Any, key: str | int | None, strict: bool) -> Any:
    if type(value) is Deviant:
        return value
    raise invalid(key, "boolean", value)


def array(value: Any, key: str | int | None, strict: bool) -> Any:
    if type(value) is Deviant:
        return value
    if isinstance(value, list):
        return value
    raise invalid(key, "array", value)


def object_(value: Any, name: str, strict: bool) -> Any:
    """The input of a model's `from_dict` when it is not a dict: any other mapping is read as it is."""
    if isinstance(value, Mapping) or type(value) is Deviant:
        return value
    raise invalid(None, f"object ({name})", value)


def date_time(value: Any, key: str | int | None, strict: bool) -> Any:
    """A value that `parse_date_time` refused, or parsed without a UTC offset."""
    if type(value) is Deviant:
        return value
    if isinstance(value, str):
        try:
            parse_date_time(value)
        except ValueError:
            pass
        else:
            raise ValidationError("date-time with a UTC offset (such as ...Z or +03:00)", f"{_shown(value)}",
                                  () if key is None else (key,), value)  # fmt: skip
        raise ValidationError("date-time (RFC 3339, such as 2026-05-17T10:11:12Z)", f"string {_shown(value)}",
                              () if key is None else (key,), value)  # fmt: skip
    raise invalid(key, "date-time string", value)


def date(value: Any, key: str | int | None, strict: bool) -> Any:
    if type(value) is Deviant:
        return value
    if isinstance(value, str):
        if len(value) == 10:
            try:
                return parse_date(value)
            except ValueError:
                pass
        raise ValidationError("date (YYYY-MM-DD)", f"string {_shown(value)}", () if key is None else (key,), value)
    raise invalid(key, "date string", value)


def enum_member(cls: type[E], value: Any, key: str | int | None, strict: bool) -> E:
    """A member of `cls` for `value`: a value the enum does not know is kept, except in strict mode."""
    if type(value) is Deviant:
        return value  # type: ignore[return-value]
    known = [str(member.value) for member in cls]
    if not isinstance(value, str):
        raise invalid(key, f"string ({cls.__name__})", value)
    if strict:
        unknown_value(cls, value, key)
    try:
        return cls(value)
    except ValueError:
        raise ValidationError(f"one of {', '.join(map(repr, known))}", f"{_shown(value)}",
                              () if key is None else (key,), value) from None  # fmt: skip


def enum_member_folded(cls: type[E], value: Any, key: str | int | None, strict: bool) -> E:
    """`enum_member` for a property whose values are case-insensitive (`x-case-insensitive` in openapi.yaml,
    such as an OAuth `token_type`, RFC 6749 section 5.1): `bearer` is the member `Bearer`."""
    if isinstance(value, str):
        folded = value.casefold()
        for member in cls:
            if str(member.value).casefold() == folded:
                return member
    return enum_member(cls, value, key, strict)


def unknown_value(cls: type[Enum], value: Any, key: str | int | None) -> None:
    """Strict mode (requests): only the values openapi.yaml lists."""
    known = [str(member.value) for member in cls]
    if str(value) in known:
        return
    import difflib  # only for this error: not at import time

    matches = difflib.get_close_matches(str(value), known, n=1)
    hint = f"; did you mean {matches[0]!r}?" if matches else ""
    raise ValidationError(f"one of {', '.join(map(repr, known))}", f"{_shown(str(value))}{hint}",
                          () if key is None else (key,), value)  # fmt: skip


def unknown_kind(value: Any, *keys: str, kinds: tuple[str, ...]) -> ValidationError:
    """The error for an object of a union told apart by `keys` (`type`) whose values name none of its `kinds`."""
    if not isinstance(value, Mapping):
        return invalid(None, "object", value)
    expected = f"one of {', '.join(map(repr, kinds))}"
    key = next((key for key in keys if type(value.get(key)) is not str), keys[0])
    if key not in value:
        error: ValidationError = MissingFieldError(expected, "nothing", (key,))
        error._moved()
    elif type(value[key]) is not str:
        error = invalid(key, expected, value[key])
    else:
        import difflib  # only for this error: not at import time

        found = "/".join(str(value.get(key)) for key in keys)
        matches = difflib.get_close_matches(found, kinds, n=1)
        hint = f"; did you mean {matches[0]!r}?" if matches else ""
        error = ValidationError(expected, f"{_shown(found)}{hint}", (keys[0],) if len(keys) == 1 else (), value)
    return error.within(value)


def null(value: Any, key: str | int | None) -> Any:
    """A value where the schema allows only null."""
    if type(value) is Deviant:
        return value
    raise invalid(key, "null", value)


def no_match(key: str | int | None, value: Any, members: str) -> ValidationError:
    return invalid(key, f"one of: {members}", value)


def extras(data: Mapping[str, Any], known: frozenset[str], strict: bool, closed: bool) -> dict[str, Any]:
    """The keys of `data` its schema does not declare. In strict mode they are an error unless the schema
    allows other keys (`additionalProperties`); otherwise they are kept."""
    found = {key: value for key, value in data.items() if key not in known}
    if strict and closed and found:
        raise UnknownFieldError(next(iter(found)), known)
    return found


def check_limits(
    value: Any,
    key: str | int | None,
    *,
    max_length: int | None = None,
    min_length: int | None = None,
    maximum: float | None = None,
    minimum: float | None = None,
    max_items: int | None = None,
    min_items: int | None = None,
) -> None:
    """The size limits of openapi.yaml (`maxLength`, `maximum`, `maxItems` and their minimums), checked on requests."""
    where = () if key is None else (key,)
    if max_length is not None and len(value) > max_length:
        raise ValidationError(f"at most {max_length} characters", f"{len(value)}", where, value)
    if min_length is not None and len(value) < min_length:
        raise ValidationError(f"at least {min_length} characters", f"{len(value)}", where, value)
    if maximum is not None and value > maximum:
        raise ValidationError(f"at most {maximum:g}", f"{value}", where, value)
    if minimum is not None and value < minimum:
        raise ValidationError(f"at least {minimum:g}", f"{value}", where, value)
    if max_items is not None and len(value) > max_items:
        raise ValidationError(f"at most {max_items} items", f"{len(value)}", where, value)
    if min_items is not None and len(value) < min_items:
        raise ValidationError(f"at least {min_items} items", f"{len(value)}", where, value)


__all__ = ["MissingFieldError", "UnknownFieldError", "ValidationError"]
