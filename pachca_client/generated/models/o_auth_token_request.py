# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.o_auth_token_request_grant_type import OAuthTokenRequestGrantType
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="OAuthTokenRequest")
_OAuthTokenRequestGrantType_MEMBERS = OAuthTokenRequestGrantType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "grant_type",
        "code",
        "redirect_uri",
        "client_id",
        "client_secret",
        "code_verifier",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "grant_type": "string (OAuthTokenRequestGrantType)",
    "code": "string",
    "redirect_uri": "string",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("grant_type", "code", "redirect_uri")


@_attrs_define(repr=False)
class OAuthTokenRequest:
    """Form body of `POST /oauth/token` for the authorization-code grant with PKCE: trades the `code` from the redirect for
    an employee token. A code is valid for 10 minutes and only once.

        Attributes:
            grant_type (OAuthTokenRequestGrantType): Always `authorization_code`.
            code (str): Authorization code received on the redirect back to the bot.
            redirect_uri (str): Exactly the redirect address used in the authorization link.
            client_id (str | Unset): Client identifier of the bot's OAuth client.
            client_secret (str | Unset): Secret of a confidential (server-side) client; it may go in an HTTP Basic header
                instead, and public clients leave it out.
            code_verifier (str | Unset): PKCE verifier whose SHA-256 hash was sent as `code_challenge` in the authorization
                link; mandatory for public clients.
    """

    grant_type: OAuthTokenRequestGrantType
    code: str = _attrs_field(repr=False)
    redirect_uri: str
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    code_verifier: str | Unset = _attrs_field(default=UNSET, repr=False)
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
            f"grant_type={self.grant_type!r}, "
            f"redirect_uri={self.redirect_uri!r}, "
            f"client_id={self.client_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        code = self.code

        redirect_uri = self.redirect_uri

        client_id = self.client_id

        client_secret = self.client_secret

        code_verifier = self.code_verifier

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "code": code,
                "redirect_uri": redirect_uri,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`OAuthTokenRequest` from its JSON object, validated against openapi.yaml.

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
    """`OAuthTokenRequest.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "OAuthTokenRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        grant_type, code, redirect_uri = _read_required(_d)
        if len(_d) != 3:
            client_id = _d.get("client_id", UNSET)
            client_secret = _d.get("client_secret", UNSET)
            code_verifier = _d.get("code_verifier", UNSET)
        else:
            client_id = client_secret = code_verifier = UNSET
        try:
            grant_type = _OAuthTokenRequestGrantType_MEMBERS[grant_type]
        except (KeyError, TypeError):
            grant_type = _v.enum_member(OAuthTokenRequestGrantType, grant_type, "grant_type", strict)
        if strict:
            _v.unknown_value(OAuthTokenRequestGrantType, grant_type, "grant_type")

        if type(code) is not str:
            code = _v.string(code, "code", strict)

        if type(redirect_uri) is not str:
            redirect_uri = _v.string(redirect_uri, "redirect_uri", strict)

        _n = 3
        if client_id is not UNSET:
            _n += 1
            if type(client_id) is not str:
                client_id = _v.string(client_id, "client_id", strict)

        if client_secret is not UNSET:
            _n += 1
            if type(client_secret) is not str:
                client_secret = _v.string(client_secret, "client_secret", strict)

        if code_verifier is not UNSET:
            _n += 1
            if type(code_verifier) is not str:
                code_verifier = _v.string(code_verifier, "code_verifier", strict)

        _result: T = _new(cls)
        _result.grant_type = grant_type
        _result.code = code
        _result.redirect_uri = redirect_uri
        _result.client_id = client_id
        _result.client_secret = client_secret
        _result.code_verifier = code_verifier
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("OAuthTokenRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("OAuthTokenRequest", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
