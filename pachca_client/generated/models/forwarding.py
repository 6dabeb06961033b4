# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

T = TypeVar("T", bound="Forwarding")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "original_message_id",
        "original_chat_id",
        "author_id",
        "original_created_at",
        "original_thread_id",
        "original_thread_message_id",
        "original_thread_parent_chat_id",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "original_message_id": "integer",
    "original_chat_id": "integer",
    "author_id": "integer",
    "original_created_at": "date-time",
    "original_thread_id": "integer or null",
    "original_thread_message_id": "integer or null",
    "original_thread_parent_chat_id": "integer or null",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "original_message_id",
    "original_chat_id",
    "author_id",
    "original_created_at",
    "original_thread_id",
    "original_thread_message_id",
    "original_thread_parent_chat_id",
)


@_attrs_define(repr=False)
class Forwarding:
    """Where a forwarded message came from; found in `Message.forwarding` when the message is a forward.

    Attributes:
        original_message_id (int): Message that was forwarded.
        original_chat_id (int): Chat holding the original message.
        author_id (int): Original sender of the forwarded content.
        original_created_at (datetime.datetime): When the original message was posted.
        original_thread_id (int | None): Thread that contained the original message; null if it was not in a thread.
        original_thread_message_id (int | None): Message to which the original's thread is attached; null if the
            original was outside any thread or the thread is standalone.
        original_thread_parent_chat_id (int | None): Chat of that thread-anchor message; null in the same cases as
            `original_thread_message_id`.
    """

    original_message_id: int
    original_chat_id: int
    author_id: int
    original_created_at: datetime.datetime
    original_thread_id: int | None
    original_thread_message_id: int | None
    original_thread_parent_chat_id: int | None
    # Unknown keys: None until there are some (most objects have none, and an empty dict per object
    # costs time and memory); `additional_properties` makes the dict on first use. None and {} compare equal.
    _additional_properties: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=_v.extras_key)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that openapi.yaml does not declare, with their values."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"original_message_id={self.original_message_id!r}, "
            f"original_chat_id={self.original_chat_id!r}, "
            f"author_id={self.author_id!r}, "
            f"original_created_at={self.original_created_at!r}, "
            f"original_thread_id={self.original_thread_id!r}, "
            f"original_thread_message_id={self.original_thread_message_id!r}, "
            f"original_thread_parent_chat_id={self.original_thread_parent_chat_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        original_message_id = self.original_message_id

        original_chat_id = self.original_chat_id

        author_id = self.author_id

        original_created_at = self.original_created_at.isoformat()

        original_thread_id: int | None
        original_thread_id = self.original_thread_id

        original_thread_message_id: int | None
        original_thread_message_id = self.original_thread_message_id

        original_thread_parent_chat_id: int | None
        original_thread_parent_chat_id = self.original_thread_parent_chat_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "original_message_id": original_message_id,
                "original_chat_id": original_chat_id,
                "author_id": author_id,
                "original_created_at": original_created_at,
                "original_thread_id": original_thread_id,
                "original_thread_message_id": original_thread_message_id,
                "original_thread_parent_chat_id": original_thread_parent_chat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`Forwarding` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _from_dict(cls, src_dict, strict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _from_dict(cls: type[T], src_dict: Mapping[str, Any], strict: bool) -> T:
    """`Forwarding.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "Forwarding", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
            original_message_id,
            original_chat_id,
            author_id,
            original_created_at,
            original_thread_id,
            original_thread_message_id,
            original_thread_parent_chat_id,
        ) = _read_required(_d)
        if type(original_message_id) is not int:
            original_message_id = _v.integer(original_message_id, "original_message_id", strict)

        if type(original_chat_id) is not int:
            original_chat_id = _v.integer(original_chat_id, "original_chat_id", strict)

        if type(author_id) is not int:
            author_id = _v.integer(author_id, "author_id", strict)

        try:
            _date_time0 = _parse_date_time(original_created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(original_created_at, "original_created_at", strict)
        original_created_at = _date_time0

        if type(original_thread_id) is not int and original_thread_id is not None:
            original_thread_id = _v.integer(original_thread_id, "original_thread_id", strict)

        if type(original_thread_message_id) is not int and original_thread_message_id is not None:
            original_thread_message_id = _v.integer(original_thread_message_id, "original_thread_message_id", strict)

        if type(original_thread_parent_chat_id) is not int and original_thread_parent_chat_id is not None:
            original_thread_parent_chat_id = _v.integer(
                original_thread_parent_chat_id, "original_thread_parent_chat_id", strict
            )

        _n = 7
        _result: T = _new(cls)
        _result.original_message_id = original_message_id
        _result.original_chat_id = original_chat_id
        _result.author_id = author_id
        _result.original_created_at = original_created_at
        _result.original_thread_id = original_thread_id
        _result.original_thread_message_id = original_thread_message_id
        _result.original_thread_parent_chat_id = original_thread_parent_chat_id
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("Forwarding", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("Forwarding", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
