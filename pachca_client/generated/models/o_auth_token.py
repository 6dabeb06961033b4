# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.o_auth_token_token_type import OAuthTokenTokenType
from ..validation import new_instance as _new

T = TypeVar("T", bound="OAuthToken")
_OAuthTokenTokenType_MEMBERS = OAuthTokenTokenType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access_token",
        "token_type",
        "refresh_token",
        "scope",
        "created_at",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "access_token": "string",
    "token_type": "string (OAuthTokenTokenType)",
    "refresh_token": "string",
    "scope": "string",
    "created_at": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("access_token", "token_type", "refresh_token", "scope", "created_at")


@_attrs_define(repr=False)
class OAuthToken:
    """Reply of `POST /oauth/token`: the employee token a bot gets for an authorization code. It carries no expiry and
    works until the employee withdraws access, so it never needs refreshing.

        Attributes:
            access_token (str): Employee token to send as `Authorization: Bearer` when acting for that employee; store it as
                carefully as a password.
            token_type (OAuthTokenTokenType): Scheme to use the token with; the only value is `Bearer`.
            refresh_token (str): Refresh token issued together with the access token.
            scope (str): Granted scopes as one space-separated string; they come from the bot's settings, not from the
                authorization link.
            created_at (int): Issue time of the token, in UNIX seconds.
    """

    access_token: str = _attrs_field(repr=False)
    token_type: OAuthTokenTokenType
    refresh_token: str = _attrs_field(repr=False)
    scope: str
    created_at: int
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
            f"token_type={self.token_type!r}, "
            f"scope={self.scope!r}, "
            f"created_at={self.created_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type.value

        refresh_token = self.refresh_token

        scope = self.scope

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "refresh_token": refresh_token,
                "scope": scope,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`OAuthToken` from its JSON object, validated against openapi.yaml.

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
    """`OAuthToken.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "OAuthToken", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        access_token, token_type, refresh_token, scope, created_at = _read_required(_d)
        if type(access_token) is not str:
            access_token = _v.string(access_token, "access_token", strict)

        try:
            token_type = _OAuthTokenTokenType_MEMBERS[token_type]
        except (KeyError, TypeError):
            token_type = _v.enum_member_folded(OAuthTokenTokenType, token_type, "token_type", strict)
        if strict:
            _v.unknown_value(OAuthTokenTokenType, token_type, "token_type")

        if type(refresh_token) is not str:
            refresh_token = _v.string(refresh_token, "refresh_token", strict)

        if type(scope) is not str:
            scope = _v.string(scope, "scope", strict)

        if type(created_at) is not int:
            created_at = _v.integer(created_at, "created_at", strict)

        _n = 5
        _result: T = _new(cls)
        _result.access_token = access_token
        _result.token_type = token_type
        _result.refresh_token = refresh_token
        _result.scope = scope
        _result.created_at = created_at
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("OAuthToken", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("OAuthToken", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
