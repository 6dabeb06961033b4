"""Requests checked against openapi.yaml before anything is sent: the call's arguments and its body.

Arguments (`check_arguments`) are checked against the annotations of the generated request builder
(`_get_kwargs`), by the same type walk as the attributes of a model body (`_matches`): a wrong type
fails at the call site with the operation and the argument named. Enum arguments also accept their
plain string value (`order="desc"`).

A body is checked as the JSON it is sent as, built once: a mapping (a plain dict, or a generated `...Dict`
TypedDict) made JSON by `to_json`, a model by its `to_dict()`; the model's generated `from_dict(..., strict=True)`
reads that JSON, and a model whose JSON fails is checked attribute by attribute against its annotations to name
the attribute at fault. Either way every field and list item is checked,
and strict mode adds what a response is allowed but a request is not: a key the schema does not
declare (the error suggests the closest known one), an enum value openapi.yaml does not list, a value
beyond `maxLength`/`minLength`/`maximum`/`minimum`/`maxItems`/`minItems`.

Errors: `ValidationError` (a `ValueError`; `UnknownFieldError` and `MissingFieldError` are kinds of
it), with the JSON path from `body` (`body.chat.member_ids[2]: expected integer, got string`). A body
that is neither a model nor a mapping is an `InvalidArgumentError` (a `TypeError`, as before). Both are
`PachcaError`s, so `bulk.run_many` records them as the outcome of their item.

A file part (multipart: avatars) is sent as `files.upload` sends a file: exactly the bytes from its position
to its end as measured when the call starts (`_uploads.FileWindow`), so a file that grows meanwhile cannot
break the request's Content-Length.
"""

from __future__ import annotations

import datetime
import enum
import functools
import io
import mimetypes
import os
import sys
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar, cast

import attrs

from ._exceptions import InvalidArgumentError
from ._reading import MissingFieldError, UnknownFieldError, ValidationError
from ._uploads import FileWindow, rewindable
from .generated.types import File, Unset

ModelT = TypeVar("ModelT")

__all__ = [
    "MissingFieldError",
    "UnknownFieldError",
    "ValidationError",
    "as_file",
    "check_arguments",
    "check_body",
    "check_form",
]


def check_body(cls: type[ModelT], value: ModelT | Mapping[str, Any]) -> dict[str, Any]:
    """The JSON request body `value` (a `cls` or a mapping) is sent as, checked against `cls`.

    The JSON is built here, once (`to_dict()` of a model, `to_json` of a mapping), and read by the model's strict
    `from_dict`; the request sends it as it is (the generated `_get_kwargs` takes it). ValidationError names the path.
    """
    if isinstance(value, cls):
        # The model's own to_dict + strict from_dict check everything; when they fail, the walk over the
        # attributes (ten times slower) names the attribute at fault, and their error stands if it finds none.
        try:
            body: dict[str, Any] = cast(Any, value).to_dict()
            _parse(cls, body, "body")
        except (ValidationError, AttributeError, TypeError, ValueError):
            check_model(value, "body")
            raise
        return body
    if isinstance(value, Mapping):
        body = to_json(value, ["body"])
        _parse(cls, body, "body")
        return body
    raise InvalidArgumentError(f"body must be a {cls.__name__} or a mapping, not {type(value).__name__}")


def check_form(cls: type[ModelT], value: ModelT | Mapping[str, Any]) -> ModelT:
    """The multipart body `value` (a `cls` or a mapping) as a checked `cls`.

    File parts may be a `File`, bytes, a path (`os.PathLike`) or a binary file object; anything else in
    a file part (a str, an int) is a ValidationError naming the part.
    """
    hints = _hints(cls)
    if isinstance(value, cls):
        check_model(value, "body")
        return _windowed(value, hints)
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(f"body must be a {cls.__name__} or a mapping, not {type(value).__name__}")
    fields: dict[str, Any] = {}
    for key, part in value.items():
        if key not in hints:
            raise UnknownFieldError(str(key), hints).prefixed("body").about(f"not a valid {cls.__name__}")
        fields[key] = as_file(part) if _is_file_hint(hints[key]) else part
    missing = [name for name in _required(cls) if name not in fields]
    if missing:
        error = MissingFieldError(_describe(hints[missing[0]]), "nothing", ["body", missing[0]])
        raise error.about(f"not a valid {cls.__name__}")
    form = cls(**fields)
    check_model(form, "body")
    return form


def _windowed(form: ModelT, hints: dict[str, Any]) -> ModelT:
    """`form` with its file parts windowed (`as_file`); a copy when one changed, `form` itself otherwise."""
    files = {
        name: as_file(getattr(form, name))
        for name, hint in hints.items()
        if _is_file_hint(hint) and isinstance(getattr(form, name), File)
    }
    changed = {name: part for name, part in files.items() if part is not getattr(form, name)}
    if not changed:
        return form
    copy = attrs.evolve(cast(Any, form), **changed)
    extra = getattr(form, "additional_properties", None)
    if extra:
        copy.additional_properties = dict(extra)
    return cast(ModelT, copy)


def _window(file: Any) -> Any:
    """A binary file object as `files.upload` sends it: from its position to its end as measured now."""
    if isinstance(file, FileWindow) or not (hasattr(file, "read") and hasattr(file, "seek")):
        return file
    file = rewindable(file)
    try:
        start = file.tell()
        size = file.seek(0, os.SEEK_END) - start
        file.seek(start)
    except (OSError, ValueError):
        return file
    return FileWindow(file, start, size)


def as_file(part: Any) -> Any:
    """A `File` for raw bytes, a path or a binary file object; anything else unchanged (and refused later).

    A file object (also one inside a given `File`) is windowed: what is sent is what was measured.
    """
    if isinstance(part, File):
        if isinstance(part.payload, FileWindow | io.TextIOBase):
            return part
        payload = _window(part.payload)
        if payload is part.payload:
            return part
        return File(payload=payload, file_name=part.file_name, mime_type=part.mime_type)
    if isinstance(part, bytes | bytearray | memoryview):
        return File(payload=io.BytesIO(bytes(part)), file_name="file")
    if isinstance(part, os.PathLike):
        path = Path(part)
        return File(
            payload=io.BytesIO(path.read_bytes()), file_name=path.name, mime_type=mimetypes.guess_type(path.name)[0]
        )
    if hasattr(part, "read") and not isinstance(part, io.TextIOBase):
        name = Path(str(getattr(part, "name", "file"))).name
        return File(payload=cast(Any, _window(part)), file_name=name, mime_type=mimetypes.guess_type(name)[0])
    return part


def _parse(cls: type[ModelT], data: Any, prefix: str) -> ModelT:
    try:
        return cast(ModelT, cast(Any, cls).from_dict(data, strict=True))
    except ValidationError as error:
        raise error.prefixed(prefix).about(f"not a valid {cls.__name__}") from None


# --- call arguments: each against its annotation in the generated request builder ----------------------


def check_arguments(endpoint: ModuleType, arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments of a call of `endpoint`, enum values given as strings made members (`order="desc"`).

    An argument of a wrong type is an `InvalidArgumentError` (a TypeError) naming the operation and the
    argument; a string that is not a value of its enum is a ValueError. The body is `check_body`'s.
    """
    hints = _argument_hints(endpoint)
    checked = {}
    for name, value in arguments.items():
        hint = hints.get(name)
        if hint is not None:
            value = _enum_members(hint, value)
            _check_argument(endpoint, name, hint, value)
        checked[name] = value
    return checked


def _check_argument(endpoint: ModuleType, name: str, hint: Any, value: Any) -> None:
    try:
        fits = _matches(hint, value, [name])
        problem = f"must be {_argument_label(hint)}, not {type(value).__name__} ({value!r:.40})"
    except ValidationError as error:  # a list item, named by its index
        fits, problem = False, f"has an item of a wrong type: {error}"
    if not fits:
        operation = endpoint.__name__.rsplit(".", 1)[-1]
        raise InvalidArgumentError(f"{operation}(): argument {name!r} {problem}")


@functools.cache
def _argument_hints(endpoint: ModuleType) -> dict[str, Any]:
    hints = typing.get_type_hints(endpoint._get_kwargs)
    return {name: hint for name, hint in hints.items() if name not in ("return", "body")}


def _given(hint: Any) -> Any:
    """The type an optional argument has when it is given (`int | Unset` -> `int`), else `hint` itself."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m not in (type(None), Unset)]
        if len(members) == 1:
            return members[0]
    return hint


def _enum_members(hint: Any, value: Any) -> Any:
    """`value` with the strings where `hint` wants an enum made its members (in a list too)."""
    given = _given(hint)
    if isinstance(value, str) and isinstance(given, type) and issubclass(given, enum.Enum):
        return given(value)
    if typing.get_origin(given) is list and isinstance(value, list | tuple):
        (item,) = typing.get_args(given) or (Any,)
        return [_enum_members(item, member) for member in value]
    return value


def _argument_label(hint: Any) -> str:
    given = _given(hint)
    if typing.get_origin(given) is list:
        return "a list"
    if isinstance(given, type) and issubclass(given, enum.Enum):
        return f"{given.__name__} or one of {', '.join(repr(member.value) for member in given)}"
    return _describe(given)


# --- a mapping body, made JSON ------------------------------------------------------------------------


def to_json(value: Any, path: list[str | int]) -> Any:
    """`value` as the JSON the body will be sent as: mappings as dicts, tuples as lists, enums as their
    values, dates and date-times in ISO 8601, models through `to_dict()` (after checking them). Anything
    else is left as it is for the schema check to name."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError("string keys", f"key {key!r}", path, value)
            if isinstance(item, Unset):
                continue
            out[key] = to_json(item, [*path, key])
        return out
    if isinstance(value, list | tuple):
        return [to_json(item, [*path, index]) for index, item in enumerate(value)]
    if attrs.has(type(value)) and hasattr(value, "to_dict"):
        check_model(value, _dotted(path))
        return value.to_dict()
    return value


def _dotted(path: list[str | int]) -> str:
    error = ValidationError("", "", path)
    return error.path


# --- a model body: every attribute against its annotation -----------------------------------------------


def check_model(model: Any, path: str) -> None:
    """Check each attribute of the generated model `model` (recursively) against its annotation."""
    try:
        _check_model(model, [path])
    except ValidationError as error:
        raise error.about(f"not a valid {type(model).__name__}") from None


def _check_model(model: Any, path: list[str | int]) -> None:
    for name, hint in _hints(type(model)).items():
        _check(hint, getattr(model, name), [*path, name])


def _check(hint: Any, value: Any, path: list[str | int]) -> None:
    if not _matches(hint, value, path):
        raise ValidationError(_describe(hint), type(value).__name__, path, value)


def _matches(hint: Any, value: Any, path: list[str | int]) -> bool:
    """Whether `value` fits `hint`; a nested model or list item that does not fit raises with its own path."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = typing.get_args(hint)
        plain = [m for m in members if not _is_container(m)]
        if any(_matches(m, value, path) for m in plain):
            return True
        containers = [m for m in members if _is_container(m) and _kind_fits(m, value)]
        if len(containers) == 1:
            return _matches(containers[0], value, path)
        for member in containers:
            try:
                if _matches(member, value, path):
                    return True
            except ValidationError:
                continue
        return False
    if origin is list:
        if not isinstance(value, list | tuple):
            return False
        (item_hint,) = typing.get_args(hint) or (Any,)
        for index, item in enumerate(value):
            _check(item_hint, item, [*path, index])
        return True
    if hint is Any:
        return True
    if hint is type(None):
        return value is None
    if hint is Unset:
        return isinstance(value, Unset)
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is datetime.datetime:
        return isinstance(value, datetime.datetime)
    if hint is datetime.date:
        return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    if hint is File:
        return isinstance(value, File)
    if isinstance(hint, type) and attrs.has(hint):
        if not isinstance(value, hint):
            return False
        _check_model(value, path)
        return True
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def _is_container(hint: Any) -> bool:
    return typing.get_origin(hint) is list or (isinstance(hint, type) and attrs.has(hint))


def _kind_fits(hint: Any, value: Any) -> bool:
    if typing.get_origin(hint) is list:
        return isinstance(value, list | tuple)
    return isinstance(value, hint)


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m is not Unset]
        return " or ".join(_describe(m) for m in members)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return f"list[{_describe(item)}]"
    if hint is type(None):
        return "None"
    if hint is File:
        return "a file (File, bytes, a path or a binary file object)"
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return f"{hint.__name__} (one of {', '.join(repr(m.value) for m in hint)})"
        return (
            hint.__name__ if hint.__module__ == "builtins" else f"{hint.__module__.rsplit('.', 1)[-1]}.{hint.__name__}"
        )
    return str(hint)


def _is_file_hint(hint: Any) -> bool:
    return hint is File or File in typing.get_args(hint)


def _hints(cls: type) -> dict[str, Any]:
    """The annotations of a generated model's attributes (its referenced models imported first)."""
    found = _HINTS.get(cls)
    if found is None:
        found = _HINTS[cls] = _read_hints(cls)
    return found


_HINTS: dict[type, dict[str, Any]] = {}


def _read_hints(cls: type) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    load = getattr(module, "_import_references", None)
    if load is not None and getattr(module, "_references_pending", False):
        load()
    hints = typing.get_type_hints(cls, vars(module))
    return {field.name: hints[field.name] for field in attrs.fields(cls) if field.init}


def _required(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(cls) if field.init and field.default is attrs.NOTHING)
