# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="AuditDetailsToken")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "token_kind",
        "resource_owner_id",
        "scopes",
        "token_name",
        "bot_id",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "token_kind": "string",
    "resource_owner_id": "integer",
    "scopes": "array",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("token_kind", "resource_owner_id", "scopes")


@_attrs_define(repr=False)
class AuditDetailsToken:
    """Audit-log `details` for `bot_token_created`, `bot_token_reissued` and `bot_token_deleted`: which bot token was
    affected and what it was allowed to do.

        Attributes:
            token_kind (str): Category of the affected token, as a label reported by the server.
            resource_owner_id (int): Id of the user or bot on whose behalf the token acts.
            scopes (list[str]): Scope names the token held when the event was logged.
            token_name (None | str | Unset): Label of the token; null when it has none.
            bot_id (int | None | Unset): Bot the token belongs to; null when the token is not tied to a bot.
    """

    token_kind: str
    resource_owner_id: int
    scopes: list[str]
    token_name: None | str | Unset = UNSET
    bot_id: int | None | Unset = UNSET
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
            f"token_kind={self.token_kind!r}, "
            f"resource_owner_id={self.resource_owner_id!r}, "
            f"scopes={self.scopes!r}, "
            f"token_name={self.token_name!r}, "
            f"bot_id={self.bot_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        token_kind = self.token_kind

        resource_owner_id = self.resource_owner_id

        scopes = self.scopes

        token_name: None | str | Unset
        if isinstance(self.token_name, Unset):
            token_name = UNSET
        else:
            token_name = self.token_name

        bot_id: int | None | Unset
        if isinstance(self.bot_id, Unset):
            bot_id = UNSET
        else:
            bot_id = self.bot_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "token_kind": token_kind,
                "resource_owner_id": resource_owner_id,
                "scopes": scopes,
            }
        )
        if token_name is not UNSET:
            field_dict["token_name"] = token_name
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditDetailsToken` from its JSON object, validated against openapi.yaml.

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
    """`AuditDetailsToken.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditDetailsToken", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        token_kind, resource_owner_id, scopes = _read_required(_d)
        if len(_d) != 3:
            token_name = _d.get("token_name", UNSET)
            bot_id = _d.get("bot_id", UNSET)
        else:
            token_name = bot_id = UNSET
        if type(token_kind) is not str:
            token_kind = _v.string(token_kind, "token_kind", strict)

        if type(resource_owner_id) is not int:
            resource_owner_id = _v.integer(resource_owner_id, "resource_owner_id", strict)

        if type(scopes) is not list:
            scopes = _v.array(scopes, "scopes", strict)

        try:
            for _item0 in scopes:
                if type(_item0) is not str:
                    _item0 = _v.string(_item0, None, strict)

        except _v.ValidationError as _error:
            raise _error.at_index(scopes).at_key("scopes") from None

        _n = 3
        if token_name is not UNSET:
            _n += 1
            if type(token_name) is not str and token_name is not None:
                token_name = _v.string(token_name, "token_name", strict)

        if bot_id is not UNSET:
            _n += 1
            if type(bot_id) is not int and bot_id is not None:
                bot_id = _v.integer(bot_id, "bot_id", strict)

        _result: T = _new(cls)
        _result.token_kind = token_kind
        _result.resource_owner_id = resource_owner_id
        _result.scopes = scopes
        _result.token_name = token_name
        _result.bot_id = bot_id
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("AuditDetailsToken", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("AuditDetailsToken", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
