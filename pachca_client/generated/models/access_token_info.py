# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.o_auth_scope import OAuthScope
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

T = TypeVar("T", bound="AccessTokenInfo")
_OAuthScope_MEMBERS = OAuthScope._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "token",
        "name",
        "user_id",
        "scopes",
        "created_at",
        "revoked_at",
        "expires_in",
        "last_used_at",
        "authorized_at",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "integer",
    "token": "string",
    "name": "string or null",
    "user_id": "integer",
    "scopes": "array",
    "created_at": "date-time",
    "revoked_at": "date-time or null",
    "expires_in": "integer or null",
    "last_used_at": "date-time or null",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "id", "token", "name", "user_id", "scopes", "created_at", "revoked_at", "expires_in", "last_used_at"
)


@_attrs_define(repr=False)
class AccessTokenInfo:
    """Metadata about the token that made the request, as returned by `GET /oauth/token/info`; use it to check which
    account the client acts as and which scopes it holds.

        Attributes:
            id (int): Numeric id of the token record (int64). This is not the secret itself.
            token (str): The token in masked form: only its leading 8 and trailing 4 characters are revealed.
            name (None | str): Label chosen when a personal token was created by hand; null for bot tokens, which carry no
                label.
            user_id (int): Id of the user or bot on whose behalf the token acts (int64).
            scopes (list[OAuthScope]): Permissions granted to this token; each API operation checks for one specific scope.
            created_at (datetime.datetime): When the token was issued.
            revoked_at (datetime.datetime | None): Revocation time. In practice always null: a revoked token is answered
                with 401 instead of this object.
            expires_in (int | None): Seconds of lifetime left. Currently always null, because Pachca tokens never expire.
            last_used_at (datetime.datetime | None): Most recent use of the token, or null if it was never used. The server
                refreshes it at most hourly, so it can lag by up to an hour.
            authorized_at (datetime.datetime | None | Unset): When the user gave consent to the OAuth application holding
                this token; null for tokens that were not obtained through such consent, e.g. bot tokens.
    """

    id: int
    token: str = _attrs_field(repr=False)
    name: None | str
    user_id: int
    scopes: list[OAuthScope]
    created_at: datetime.datetime
    revoked_at: datetime.datetime | None
    expires_in: int | None
    last_used_at: datetime.datetime | None
    authorized_at: datetime.datetime | None | Unset = UNSET
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
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"user_id={self.user_id!r}, "
            f"scopes={self.scopes!r}, "
            f"created_at={self.created_at!r}, "
            f"revoked_at={self.revoked_at!r}, "
            f"expires_in={self.expires_in!r}, "
            f"last_used_at={self.last_used_at!r}, "
            f"authorized_at={self.authorized_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        name: None | str
        name = self.name

        user_id = self.user_id

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        created_at = self.created_at.isoformat()

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        expires_in: int | None
        expires_in = self.expires_in

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        authorized_at: None | str | Unset
        if isinstance(self.authorized_at, Unset):
            authorized_at = UNSET
        elif isinstance(self.authorized_at, datetime.datetime):
            authorized_at = self.authorized_at.isoformat()
        else:
            authorized_at = self.authorized_at

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "token": token,
                "name": name,
                "user_id": user_id,
                "scopes": scopes,
                "created_at": created_at,
                "revoked_at": revoked_at,
                "expires_in": expires_in,
                "last_used_at": last_used_at,
            }
        )
        if authorized_at is not UNSET:
            field_dict["authorized_at"] = authorized_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AccessTokenInfo` from its JSON object, validated against openapi.yaml.

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
    """`AccessTokenInfo.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AccessTokenInfo", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        id, token, name, user_id, scopes, created_at, revoked_at, expires_in, last_used_at = _read_required(_d)
        if len(_d) != 9:
            authorized_at = _d.get("authorized_at", UNSET)
        else:
            authorized_at = UNSET
        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        if type(token) is not str:
            token = _v.string(token, "token", strict)

        if type(name) is not str and name is not None:
            name = _v.string(name, "name", strict)

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        if type(scopes) is not list:
            scopes = _v.array(scopes, "scopes", strict)

        if scopes:
            _scopes_list = []
            try:
                for _item0 in scopes:
                    try:
                        _item0 = _OAuthScope_MEMBERS[_item0]
                    except (KeyError, TypeError):
                        _item0 = _v.enum_member(OAuthScope, _item0, None, strict)
                    if strict:
                        _v.unknown_value(OAuthScope, _item0, None)

                    _scopes_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(scopes).at_key("scopes") from None
            scopes = _scopes_list

        _first_date_time = created_at
        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if revoked_at is not None:
            if revoked_at == _first_date_time:
                revoked_at = created_at
            else:
                try:
                    _date_time0 = _parse_date_time(revoked_at)
                    if _date_time0.tzinfo is None:
                        raise ValueError
                except (TypeError, ValueError):
                    _date_time0 = _v.date_time(revoked_at, "revoked_at", strict)
                revoked_at = _date_time0

        if type(expires_in) is not int and expires_in is not None:
            expires_in = _v.integer(expires_in, "expires_in", strict)

        if last_used_at is not None:
            if last_used_at == _first_date_time:
                last_used_at = created_at
            else:
                try:
                    _date_time0 = _parse_date_time(last_used_at)
                    if _date_time0.tzinfo is None:
                        raise ValueError
                except (TypeError, ValueError):
                    _date_time0 = _v.date_time(last_used_at, "last_used_at", strict)
                last_used_at = _date_time0

        _n = 9
        if authorized_at is not UNSET:
            _n += 1
            if authorized_at is not None:
                if authorized_at == _first_date_time:
                    authorized_at = created_at
                else:
                    try:
                        _date_time0 = _parse_date_time(authorized_at)
                        if _date_time0.tzinfo is None:
                            raise ValueError
                    except (TypeError, ValueError):
                        _date_time0 = _v.date_time(authorized_at, "authorized_at", strict)
                    authorized_at = _date_time0

        _result: T = _new(cls)
        _result.id = id
        _result.token = token
        _result.name = name
        _result.user_id = user_id
        _result.scopes = scopes
        _result.created_at = created_at
        _result.revoked_at = revoked_at
        _result.expires_in = expires_in
        _result.last_used_at = last_used_at
        _result.authorized_at = authorized_at
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("AccessTokenInfo", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("AccessTokenInfo", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
