# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.o_auth_token_type_hint import OAuthTokenTypeHint
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="OAuthRevokeRequest")
_OAuthTokenTypeHint_MEMBERS = OAuthTokenTypeHint._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "token",
        "token_type_hint",
        "client_id",
        "client_secret",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "token": "string",
}


@_attrs_define(repr=False)
class OAuthRevokeRequest:
    """Form body of `POST /oauth/revoke` (RFC 7009), with which a bot withdraws an employee token it obtained, e.g. when
    the employee disconnects the integration. A confidential client adds `client_id` and `client_secret`; a public
    client also sends the token itself as Bearer authorization.

        Attributes:
            token (str): The token to withdraw.
            token_type_hint (OAuthTokenTypeHint | Unset): Kind of token handed to `POST /oauth/revoke`: `access_token`: an
                employee access token; `refresh_token`: a refresh token.
            client_id (str | Unset): Client identifier of the bot's OAuth client.
            client_secret (str | Unset): Secret of a confidential (server-side) client; public clients leave it out.
    """

    token: str = _attrs_field(repr=False)
    token_type_hint: OAuthTokenTypeHint | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
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
            f"token_type_hint={self.token_type_hint!r}, "
            f"client_id={self.client_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_type_hint: str | Unset = UNSET
        if not isinstance(self.token_type_hint, Unset):
            token_type_hint = self.token_type_hint.value

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if token_type_hint is not UNSET:
            field_dict["token_type_hint"] = token_type_hint
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`OAuthRevokeRequest` from its JSON object, validated against openapi.yaml.

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
    """`OAuthRevokeRequest.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "OAuthRevokeRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        token = _d["token"]
        if len(_d) != 1:
            token_type_hint = _d.get("token_type_hint", UNSET)
            client_id = _d.get("client_id", UNSET)
            client_secret = _d.get("client_secret", UNSET)
        else:
            token_type_hint = client_id = client_secret = UNSET
        if type(token) is not str:
            token = _v.string(token, "token", strict)

        _n = 1
        if token_type_hint is not UNSET:
            _n += 1
            try:
                token_type_hint = _OAuthTokenTypeHint_MEMBERS[token_type_hint]
            except (KeyError, TypeError):
                token_type_hint = _v.enum_member(OAuthTokenTypeHint, token_type_hint, "token_type_hint", strict)
            if strict:
                _v.unknown_value(OAuthTokenTypeHint, token_type_hint, "token_type_hint")

        if client_id is not UNSET:
            _n += 1
            if type(client_id) is not str:
                client_id = _v.string(client_id, "client_id", strict)

        if client_secret is not UNSET:
            _n += 1
            if type(client_secret) is not str:
                client_secret = _v.string(client_secret, "client_secret", strict)

        _result: T = _new(cls)
        _result.token = token
        _result.token_type_hint = token_type_hint
        _result.client_id = client_id
        _result.client_secret = client_secret
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("OAuthRevokeRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("OAuthRevokeRequest", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
