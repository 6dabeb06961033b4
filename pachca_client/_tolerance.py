"""Tolerant reading: an answer that deviates from openapi.yaml is still read, and what deviates is fenced off.

The generated `from_dict` of every model checks each field inline and calls `generated/validation.py` only
when a check fails. In strict reading that slow path raises `ValidationError` and the call fails. In tolerant
reading (`read_tolerantly(parse, value, ...)`, which the client, the webhook handler and the poller use unless they
are strict) the object whose field failed is read again with a `Deviant` in place of the value (or of each
missing required key), so:

- a valid answer runs exactly the code strict reading runs: nothing here is reached on the happy path;
- a deviating field is never usable as if it were valid: the model comes back as a guarded subclass of its
  class (still an instance of it, typed as the spec says) whose deviating fields raise `DeviationError` when
  read. The error names the model, the field, the JSON path, the operation and the request id, with the raw
  value attached. `repr()` shows the deviation, `to_dict()` gives the object's JSON as received;
- every deviation is logged once per (operation, JSON path) per process, as a warning on the `pachca_client`
  logger, and `deviations(result)` lists those inside any result.

A `Deviant` is an empty `list` subclass: every inline check of the generated code sends it down the slow path
(`type(x) is int` fails, a date-time does not parse, a member lookup cannot hash it), every slow-path helper
hands it back unchanged, and every container check sees an empty list, so the second read goes through the
same generated code with no special case beyond the helpers' first line.
"""

from __future__ import annotations

import contextvars
import copy
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar, cast

import attrs

from ._exceptions import DeviationError, InvalidArgumentError

logger = logging.getLogger("pachca_client")
ModelT = TypeVar("ModelT")
ArgT = TypeVar("ArgT")
ResultT = TypeVar("ResultT")

__all__ = ["Deviation", "DeviationError", "deviations", "read_tolerantly"]


class _Missing:
    """The raw value of a required key that the answer did not have."""

    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Deviation:
    """One place where an answer or a delivery did not match openapi.yaml, found in tolerant reading.

    `path` is the JSON path in the answer (`data[3].name`), `model` the generated model holding the field,
    `field` its JSON key, `expected`/`found` what the spec wants and what came (`found` is `nothing` for a
    missing key), `raw` the value as received (`MISSING` when absent), `operation` the operationId (or
    `webhook <type>/<event>`) and `request_id` the server's request id when it sent one.
    """

    operation: str
    path: str
    model: str
    field: str
    expected: str
    found: str
    raw: Any
    request_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.operation}: {self.path}" if self.path else self.operation
        request = f" (request id {self.request_id})" if self.request_id else ""
        return f"{where} ({self.model}.{self.field}): expected {self.expected}, got {self.found}{request}"


class Reading:
    """One tolerant read of one answer or delivery: its context, and the deviants made while reading it."""

    __slots__ = ("operation", "_request_id", "_root", "found", "_paths", "_paths_for")

    def __init__(
        self, operation: str, request_id: str | Callable[[], str | None] | None, root: Callable[[], Any] | None
    ) -> None:
        self.operation = operation
        self._request_id = request_id  # or how to find it (read only when a deviation is reported)
        self._root = root  # the decoded JSON the paths start from (called only when a deviation needs a path)
        self.found: list[Deviant] = []
        self._paths: dict[int, list[str | int]] = {}
        self._paths_for = 0  # how many of `found` the paths were looked up for

    @property
    def request_id(self) -> str | None:
        found = self._request_id
        return found() if callable(found) else found

    def path_of(self, deviant: Deviant) -> list[str | int]:
        """The JSON path of `deviant` from the answer's root (from its object when the root is unknown)."""
        if self._paths_for != len(self.found):
            sources = {id(item.source) for item in self.found}
            self._paths = _paths_to(self._root() if self._root is not None else None, sources)
            self._paths_for = len(self.found)
        return [*self._paths.get(id(deviant.source), []), *deviant.error.segments]

    def report(self) -> None:
        """Log each deviation not yet logged for its (operation, path with list indexes as `[*]`)."""
        for deviant in self.found:
            key = (self.operation, _dotted(self.path_of(deviant), indexes=False))
            with _REPORTED_LOCK:
                if key in _REPORTED:
                    continue
                _REPORTED.add(key)
            deviation = deviant.deviation
            logger.warning(
                "answer deviates from openapi.yaml, read tolerantly: %s; raw value %s", deviation, _short(deviation.raw)
            )


_REPORTED: set[tuple[str, str]] = set()
_REPORTED_LOCK = threading.Lock()
_READING: contextvars.ContextVar[Reading | None] = contextvars.ContextVar("pachca_client_reading", default=None)


def read_tolerantly(
    parse: Callable[[ArgT], ResultT],
    value: ArgT,
    operation: str,
    request_id: str | Callable[[], str | None] | None = None,
    root: Callable[[], Any] | None = None,
) -> ResultT:
    """`parse(value)` read tolerantly; the deviations found are logged when it ends (even if it raised).

    `root` gives the decoded JSON being read, for the JSON paths (the answer's `response.json`); `request_id`
    may be a function too: both are used only when there is a deviation to report. The client calls it inside
    its pause of the garbage collector, so that nothing is allocated between the end of the pause and the
    return: a collection there would walk the whole fresh page (+8% a 200-message call).
    """
    reading = Reading(operation, request_id, root)
    token = _READING.set(reading)
    try:
        return parse(value)
    finally:
        _READING.reset(token)
        if reading.found:
            reading.report()


def reading_mode(strict: bool | None) -> bool:
    """Whether to read strictly: `strict`, or when it is None PACHCA_STRICT (`1`/`true`/`yes`/`on`), which lets
    a test suite make every client, webhook handler and bot it builds strict without passing `strict=True`."""
    if strict is None:
        return os.environ.get("PACHCA_STRICT", "").strip().lower() in ("1", "true", "yes", "on")
    if not isinstance(strict, bool):
        raise InvalidArgumentError(f"strict must be True, False or None, not {type(strict).__name__}")
    return strict


def readable(model: Any, name: str) -> Any:
    """`model.name`, or None when that field deviated (for code of the client's own that only steers by it)."""
    try:
        return getattr(model, name, None)
    except DeviationError:
        return None


def strict_reading() -> contextvars.Token[Reading | None]:
    """Suspend tolerance (while the members of a union are tried: a deviating member must not match)."""
    return _READING.set(None)


def restore_reading(token: contextvars.Token[Reading | None]) -> None:
    _READING.reset(token)


def tolerating() -> bool:
    return _READING.get() is not None


# --- the deviant --------------------------------------------------------------------------------------


class Deviant(list[Any]):
    """What a tolerant read keeps in place of a value that does not match openapi.yaml (always empty)."""

    __slots__ = ("error", "raw", "key", "source", "model", "_reading")

    def __init__(self, error: Any, raw: Any, key: str, source: Any, model: str, reading: Reading) -> None:
        super().__init__()
        self.error = error  # the ValidationError strict reading would have raised, relative to `source`
        self.raw = raw
        self.key = key
        self.source = source  # the JSON object holding the value, as received
        self.model = model
        self._reading = reading

    __hash__ = None

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __repr__(self) -> str:
        return f"<deviates from openapi.yaml: {self.error.detail()}>"

    @property
    def deviation(self) -> Deviation:
        reading = self._reading
        return Deviation(
            operation=reading.operation,
            path=_dotted(reading.path_of(self)),
            model=self.model,
            field=self.key,
            expected=self.error.expected,
            found=self.error.got,
            raw=self.raw,
            request_id=reading.request_id,
        )

    def fail(self) -> NoReturn:
        raise DeviationError(self.deviation) from None


# --- called by the generated `_from_dict` when a check failed ---------------------------------------------


class _Patched(dict[str, Any]):
    """A JSON object with deviants in place of what failed; `original` is the object as received."""

    __slots__ = ("original",)
    original: Any


def tolerated(model: str, src: Any, data: Mapping[str, Any], error: Any) -> dict[str, Any]:
    """`data` with a deviant in place of the field `error` is about, or the error (with its source) when the
    object itself is at fault or the field already holds a deviant (nothing more to tolerate)."""
    reading = _READING.get()
    segments = error.segments
    key = segments[0] if segments else None
    if reading is None or not isinstance(key, str) or key not in data or type(data[key]) is Deviant:
        raise error.within(src)
    original = getattr(data, "original", src)
    patched = _Patched(data)
    patched.original = original
    deviant = patched[key] = Deviant(error, data[key], key, original, model, reading)
    reading.found.append(deviant)
    return patched


def with_missing(
    model: str, src: Any, data: Mapping[str, Any], required: Mapping[str, str], error: KeyError
) -> dict[str, Any]:
    """`data` with a deviant for each required key it lacks (the generated `_REQUIRED`: key -> expected);
    `error` again when it lacks none (the KeyError came from elsewhere: nothing to tolerate)."""
    reading = _READING.get()
    absent = [key for key in required if key not in data]
    if reading is None or not absent:
        raise error
    original = getattr(data, "original", src)
    patched = _Patched(data)
    patched.original = original
    missing_field = _missing_field_error()
    for key in absent:
        deviant = patched[key] = Deviant(
            missing_field(required[key], "nothing", (key,)), MISSING, key, original, model, reading
        )
        reading.found.append(deviant)
    return patched


def _missing_field_error() -> Any:
    """`_reading.MissingFieldError`, imported on first use (`_reading` imports this module)."""
    global _MISSING_FIELD_ERROR
    if _MISSING_FIELD_ERROR is None:
        from ._reading import MissingFieldError

        _MISSING_FIELD_ERROR = MissingFieldError
    return _MISSING_FIELD_ERROR


_MISSING_FIELD_ERROR: Any = None


def guard(model: ModelT) -> ModelT:
    """`model`, read again with deviants: its class becomes the guarded subclass (same layout, same name).

    A credential field (`x-secret`, left out of the model's repr) that deviated keeps `<redacted>` as the raw
    value its deviation reports and logs.
    """
    guarded = model.__class__ = _guarded(type(model))
    for name, value in cast(Any, model)._slot_values():
        if type(value) is Deviant and name in guarded._hidden:  # type: ignore[attr-defined]
            value.raw = "<redacted>"
    return model


_GUARDED: dict[type, type] = {}


def _guarded(cls: type) -> type:
    found = _GUARDED.get(cls)
    if found is not None:
        return found
    if getattr(cls, "__deviant_guard__", False):
        return cls
    names = [field.name for field in attrs.fields(cls) if field.init]
    namespace: dict[str, Any] = {
        "__slots__": (),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__deviant_guard__": True,
        "__repr__": _guarded_repr,
        "__eq__": _guarded_eq,
        "__hash__": None,
        "to_dict": _guarded_to_dict,
        "_slot_values": _slot_values,
        "_field_names": tuple(names),
        "_hidden": frozenset(field.name for field in attrs.fields(cls) if field.init and not field.repr),
    }
    for name in names:
        namespace[name] = _guarded_field(getattr(cls, name))
    guarded = type(cls.__name__, (cls,), namespace)
    _GUARDED[cls] = guarded
    return guarded


def _guarded_field(slot: Any) -> property:
    def read(self: Any) -> Any:
        value = slot.__get__(self, type(self))
        if type(value) is Deviant:
            value.fail()
        return value

    def write(self: Any, value: Any) -> None:
        slot.__set__(self, value)

    return property(read, write)


def _slot_values(self: Any) -> Iterator[tuple[str, Any]]:
    base = type(self).__mro__[1]
    for name in self._field_names:
        yield name, getattr(base, name).__get__(self, base)


def _guarded_repr(self: Any) -> str:
    shown = ", ".join(
        f"{name}={value!r}"
        for name, value in self._slot_values()
        if not _is_unset(value) and name not in self._hidden  # x-secret fields stay out, as in the model's repr
    )
    return f"{type(self).__qualname__}({shown})"


def _guarded_eq(self: Any, other: Any) -> Any:
    if type(other) is not type(self):
        return NotImplemented
    return all(a == b for (_, a), (_, b) in zip(self._slot_values(), other._slot_values(), strict=True))


def _guarded_to_dict(self: Any) -> dict[str, Any]:
    """The object's JSON as received (a copy): a deviating field has no valid value to write back."""
    for _, value in self._slot_values():
        if type(value) is Deviant:
            return copy.deepcopy(dict(value.source))
    raise AssertionError("a guarded model without a deviant")  # pragma: no cover - guard() is only for those


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


# --- finding them -----------------------------------------------------------------------------------------


def deviations(result: Any) -> list[Deviation]:
    """The deviations inside `result` (a model, a list of them, a page...), read tolerantly; [] for a valid one.

    Walks the models, lists and tuples inside `result`, so it costs a pass over it: call it when you need it.
    """
    found: list[Deviation] = []
    seen: set[int] = set()
    stack = [result]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if type(node) is Deviant:
            found.append(node.deviation)
        elif isinstance(node, list | tuple):
            stack.extend(reversed(node))
        elif getattr(type(node), "__deviant_guard__", False):
            stack.extend(value for _, value in reversed(list(node._slot_values())))
        elif attrs.has(type(node)):
            stack.extend(getattr(node, field.name) for field in reversed(attrs.fields(type(node))) if field.init)
    return found


def _paths_to(root: Any, wanted: set[int]) -> dict[int, list[str | int]]:
    """The path of each object of `wanted` (by id) inside the JSON `root`; a bounded walk that stops early."""
    paths: dict[int, list[str | int]] = {}
    stack: list[tuple[Any, list[str | int]]] = [(root, [])]
    while stack and len(paths) < len(wanted):
        node, path = stack.pop()
        if isinstance(node, Mapping):
            if id(node) in wanted:
                paths.setdefault(id(node), path)
            stack.extend((value, [*path, key]) for key, value in node.items() if isinstance(value, Mapping | list))
        elif isinstance(node, list):
            stack.extend(
                (value, [*path, index]) for index, value in enumerate(node) if isinstance(value, Mapping | list)
            )
    return paths


def _dotted(segments: list[str | int], *, indexes: bool = True) -> str:
    """`data[3].name` (or `data[*].name` without `indexes`, the same place in every item)."""
    text = ""
    for segment in segments:
        if isinstance(segment, int):
            text += f"[{segment}]" if indexes else "[*]"
        else:
            text += f".{segment}" if text else segment
    return text


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
