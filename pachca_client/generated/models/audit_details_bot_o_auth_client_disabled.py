# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new

T = TypeVar("T", bound="AuditDetailsBotOAuthClientDisabled")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bot_id",
        "actor_id",
        "client_id",
        "deleted_access_tokens_count",
        "deleted_access_grants_count",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "bot_id": "integer",
    "actor_id": "integer or null",
    "client_id": "string",
    "deleted_access_tokens_count": "integer",
    "deleted_access_grants_count": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "bot_id", "actor_id", "client_id", "deleted_access_tokens_count", "deleted_access_grants_count"
)


@_attrs_define(repr=False)
class AuditDetailsBotOAuthClientDisabled:
    """Audit-log `details` for `bot_oauth_client_disabled`: a bot can no longer act for employees, and what it had been
    granted through its OAuth client was withdrawn.

        Attributes:
            bot_id (int): Bot whose OAuth client was switched off.
            actor_id (int | None): Person who triggered the action; null when no human initiated it.
            client_id (str): Identifier of the bot's OAuth client.
            deleted_access_tokens_count (int): How many employee tokens obtained through that client stopped working as a
                result.
            deleted_access_grants_count (int): How many authorization codes that had not yet been exchanged for tokens were
                cancelled.
    """

    bot_id: int
    actor_id: int | None
    client_id: str
    deleted_access_tokens_count: int
    deleted_access_grants_count: int
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
            f"bot_id={self.bot_id!r}, "
            f"actor_id={self.actor_id!r}, "
            f"client_id={self.client_id!r}, "
            f"deleted_access_tokens_count={self.deleted_access_tokens_count!r}, "
            f"deleted_access_grants_count={self.deleted_access_grants_count!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        actor_id: int | None
        actor_id = self.actor_id

        client_id = self.client_id

        deleted_access_tokens_count = self.deleted_access_tokens_count

        deleted_access_grants_count = self.deleted_access_grants_count

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
                "actor_id": actor_id,
                "client_id": client_id,
                "deleted_access_tokens_count": deleted_access_tokens_count,
                "deleted_access_grants_count": deleted_access_grants_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditDetailsBotOAuthClientDisabled` from its JSON object, validated against openapi.yaml.

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
    """`AuditDetailsBotOAuthClientDisabled.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditDetailsBotOAuthClientDisabled", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        bot_id, actor_id, client_id, deleted_access_tokens_count, deleted_access_grants_count = _read_required(_d)
        if type(bot_id) is not int:
            bot_id = _v.integer(bot_id, "bot_id", strict)

        if type(actor_id) is not int and actor_id is not None:
            actor_id = _v.integer(actor_id, "actor_id", strict)

        if type(client_id) is not str:
            client_id = _v.string(client_id, "client_id", strict)

        if type(deleted_access_tokens_count) is not int:
            deleted_access_tokens_count = _v.integer(deleted_access_tokens_count, "deleted_access_tokens_count", strict)

        if type(deleted_access_grants_count) is not int:
            deleted_access_grants_count = _v.integer(deleted_access_grants_count, "deleted_access_grants_count", strict)

        _n = 5
        _result: T = _new(cls)
        _result.bot_id = bot_id
        _result.actor_id = actor_id
        _result.client_id = client_id
        _result.deleted_access_tokens_count = deleted_access_tokens_count
        _result.deleted_access_grants_count = deleted_access_grants_count
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(
                _from_dict(cls, _v.tolerated("AuditDetailsBotOAuthClientDisabled", src_dict, _d, _error), strict)
            )
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(
                    cls, _v.with_missing("AuditDetailsBotOAuthClientDisabled", src_dict, _d, _REQUIRED, _error), strict
                )
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
