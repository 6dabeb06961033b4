# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="BotOAuthClientRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "confidential",
        "redirect_uris",
        "scopes",
    }
)
_REQUIRED: dict[str, str] = {}


@_attrs_define(repr=False)
class BotOAuthClientRequest:
    """OAuth client settings sent as `oauth_client` when a bot is created or updated.

    Attributes:
        confidential (bool | Unset): True for a server-side application that holds `client_secret` and redeems the code
            itself; false for a public client (browser, mobile app, CLI) that relies on PKCE. Left out, the current value is
            kept; a newly enabled client starts as confidential.
        redirect_uris (list[str] | Unset): Allowed return addresses after consent; the list is replaced in full. HTTPS
            is mandatory except for loopback hosts (`localhost`, `127.0.0.1`, `[::1]`), whose port is ignored when matching;
            otherwise the address in an authorization link has to match an entry exactly. At least one is needed to switch
            the client on.
        scopes (list[str] | Unset): Scopes users will be asked to grant, limited to those the bot itself may hold; the
            list is replaced in full. Left out when the client is first switched on, every bot scope is requested.
    """

    confidential: bool | Unset = UNSET
    redirect_uris: list[str] | Unset = UNSET
    scopes: list[str] | Unset = UNSET
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
            f"confidential={self.confidential!r}, "
            f"redirect_uris={self.redirect_uris!r}, "
            f"scopes={self.scopes!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        confidential = self.confidential

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`BotOAuthClientRequest` from its JSON object, validated against openapi.yaml.

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
    """`BotOAuthClientRequest.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "BotOAuthClientRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        if len(_d) != 0:
            confidential = _d.get("confidential", UNSET)
            redirect_uris = _d.get("redirect_uris", UNSET)
            scopes = _d.get("scopes", UNSET)
        else:
            confidential = redirect_uris = scopes = UNSET
        _n = 0
        if confidential is not UNSET:
            _n += 1
            if type(confidential) is not bool:
                confidential = _v.boolean(confidential, "confidential", strict)

        if redirect_uris is not UNSET:
            _n += 1
            if type(redirect_uris) is not list:
                redirect_uris = _v.array(redirect_uris, "redirect_uris", strict)

            try:
                for _item0 in redirect_uris:
                    if type(_item0) is not str:
                        _item0 = _v.string(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(redirect_uris).at_key("redirect_uris") from None

        if scopes is not UNSET:
            _n += 1
            if type(scopes) is not list:
                scopes = _v.array(scopes, "scopes", strict)

            try:
                for _item0 in scopes:
                    if type(_item0) is not str:
                        _item0 = _v.string(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(scopes).at_key("scopes") from None

        _result: T = _new(cls)
        _result.confidential = confidential
        _result.redirect_uris = redirect_uris
        _result.scopes = scopes
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("BotOAuthClientRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("BotOAuthClientRequest", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
