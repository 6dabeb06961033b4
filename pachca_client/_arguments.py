"""Check call arguments against the generated endpoint's annotations before anything is sent.

A wrong type fails at the call site with the operation and argument named, instead of deep inside
generated code (or as a request the server rejects). Enum arguments also accept their plain string
value (`order="desc"`). The expected types are read once per endpoint and cached.
"""

from __future__ import annotations

import datetime
import enum
import functools
import types
import typing
from collections.abc import Callable
from types import ModuleType
from typing import Any

from ._exceptions import InvalidArgumentError
from .generated.types import Unset

Check = Callable[[str, Any], Any]


def check_arguments(endpoint: ModuleType, arguments: dict[str, Any]) -> dict[str, Any]:
    """Return the arguments, enum strings converted; raise InvalidArgumentError (a TypeError) for a wrong type."""
    checks = _checks(endpoint)
    operation = endpoint.__name__.rsplit(".", 1)[-1]
    checked = {}
    for name, value in arguments.items():
        check = checks.get(name)
        try:
            checked[name] = check(name, value) if check is not None else value
        except TypeError as error:
            raise InvalidArgumentError(f"{operation}(): {error}") from None
    return checked


@functools.cache
def _checks(endpoint: ModuleType) -> dict[str, Check]:
    hints = typing.get_type_hints(endpoint._get_kwargs)
    return {name: _check_for(hint) for name, hint in hints.items() if name not in ("return", "body")}


def _check_for(hint: Any) -> Check:
    """A checker accepting exactly the values `hint` allows (Unset and None when allowed)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = typing.get_args(hint)
        optional = type(None) in members
        unset = Unset in members
        inner = [m for m in members if m not in (type(None), Unset)]
        inner_check = _check_for(inner[0]) if len(inner) == 1 else _passthrough

        def check_union(name: str, value: Any) -> Any:
            if (value is None and optional) or (isinstance(value, Unset) and unset):
                return value
            return inner_check(name, value)

        return check_union
    if origin is list:
        (item_hint,) = typing.get_args(hint) or (Any,)
        item_check = _check_for(item_hint)

        def check_list(name: str, value: Any) -> Any:
            if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
                raise TypeError(f"argument {name!r} must be a list, not {type(value).__name__}")
            return [item_check(name, item) for item in value]

        return check_list
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return functools.partial(_check_enum, hint)
    if hint is bool:
        return functools.partial(_check_type, (bool,), "bool")
    if hint is int:
        return _check_int
    if hint is float:
        return functools.partial(_check_type, (int, float), "float")
    if hint is str:
        return functools.partial(_check_type, (str,), "str")
    if hint is datetime.datetime:
        return functools.partial(_check_type, (datetime.datetime,), "datetime.datetime")
    if hint is datetime.date:
        return functools.partial(_check_type, (datetime.date,), "datetime.date")
    return _passthrough


def _passthrough(name: str, value: Any) -> Any:
    return value


def _check_type(allowed: tuple[type, ...], label: str, name: str, value: Any) -> Any:
    if not isinstance(value, allowed) or (bool not in allowed and isinstance(value, bool)):
        raise TypeError(f"argument {name!r} must be {label}, not {type(value).__name__} ({value!r:.40})")
    return value


def _check_int(name: str, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"argument {name!r} must be int, not {type(value).__name__} ({value!r:.40})")
    return value


def _check_enum(cls: type[enum.Enum], name: str, value: Any) -> Any:
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        return cls(value)
    choices = ", ".join(repr(member.value) for member in cls)
    raise TypeError(f"argument {name!r} must be {cls.__name__} or one of {choices}, not {type(value).__name__}")
