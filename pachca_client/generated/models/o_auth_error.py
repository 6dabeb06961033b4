# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.o_auth_error_code import OAuthErrorCode
from ..validation import new_instance as _new

T = TypeVar("T", bound="OAuthError")
_OAuthErrorCode_MEMBERS = OAuthErrorCode._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "error",
        "error_description",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "error": "string (OAuthErrorCode)",
    "error_description": "string",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("error", "error_description")


@_attrs_define(repr=False)
class OAuthError:
    """Error body in OAuth 2.0 style for authentication and scope failures: 401 for a missing or bad token, 403 with
    `insufficient_scope` when the token lacks a scope.

        Attributes:
            error (OAuthErrorCode): Machine-readable reason in an `OAuthError`: `invalid_token`: no token was sent, or it is
                unknown, expired or revoked; `insufficient_scope`: the token does not carry the scope the operation needs;
                `role_forbidden`: the scope is there but the owner's role does not permit the action; `invalid_request`: a
                required parameter is absent or malformed; `invalid_client`: wrong `client_id` or `client_secret`;
                `invalid_grant`: the authorization code is expired, already used or bound to another `redirect_uri`, or the
                `code_verifier` does not fit; `unsupported_grant_type`: the `grant_type` is not one the server handles;
                `unauthorized_client`: the token belongs to a different bot, or the client failed to authenticate.
            error_description (str): Human-readable detail about the failure.
    """

    error: OAuthErrorCode
    error_description: str
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
            f"error={self.error!r}, "
            f"error_description={self.error_description!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "error": error,
                "error_description": error_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`OAuthError` from its JSON object, validated against openapi.yaml.

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
    """`OAuthError.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "OAuthError", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        error, error_description = _read_required(_d)
        try:
            error = _OAuthErrorCode_MEMBERS[error]
        except (KeyError, TypeError):
            error = _v.enum_member(OAuthErrorCode, error, "error", strict)
        if strict:
            _v.unknown_value(OAuthErrorCode, error, "error")

        if type(error_description) is not str:
            error_description = _v.string(error_description, "error_description", strict)

        _n = 2
        _result: T = _new(cls)
        _result.error = error
        _result.error_description = error_description
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("OAuthError", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("OAuthError", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
