# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.bot_create_request_webhook import BotCreateRequestWebhook
    from ..models.bot_create_request_webhook import _from_dict as _BotCreateRequestWebhook_from_dict
    from ..models.bot_o_auth_client_request import BotOAuthClientRequest
    from ..models.bot_o_auth_client_request import _from_dict as _BotOAuthClientRequest_from_dict
    from ..models.bot_promo_request import BotPromoRequest
    from ..models.bot_promo_request import _from_dict as _BotPromoRequest_from_dict


T = TypeVar("T", bound="BotCreateRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "webhook",
        "empty",
        "oauth_client",
        "promo",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "webhook": "object (BotCreateRequestWebhook)",
}


@_attrs_define(repr=False)
class BotCreateRequest:
    """Body of `POST /bots` (user tokens only); the new bot's settings sit under `webhook`.

    Attributes:
        webhook (BotCreateRequestWebhook): Settings of the bot to create; only `name` is mandatory.
        empty (bool | Unset): If true, the bot is created bare: no API token is issued and no incoming webhook is set up
            (one can still be requested via `webhook.kind`). Defaults to false, which gives the bot a custom-format incoming
            webhook and returns its token as `access_token`. Default: False.
        oauth_client (BotOAuthClientRequest | Unset): OAuth client settings sent as `oauth_client` when a bot is created
            or updated.
        promo (BotPromoRequest | Unset): Catalog listing settings sent as `promo` when a bot is created or updated.
    """

    webhook: BotCreateRequestWebhook
    empty: bool | Unset = False
    oauth_client: BotOAuthClientRequest | Unset = UNSET
    promo: BotPromoRequest | Unset = UNSET
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
            f"webhook={self.webhook!r}, "
            f"empty={self.empty!r}, "
            f"oauth_client={self.oauth_client!r}, "
            f"promo={self.promo!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        webhook = self.webhook.to_dict()

        empty = self.empty

        oauth_client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth_client, Unset):
            oauth_client = self.oauth_client.to_dict()

        promo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promo, Unset):
            promo = self.promo.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "webhook": webhook,
            }
        )
        if empty is not UNSET:
            field_dict["empty"] = empty
        if oauth_client is not UNSET:
            field_dict["oauth_client"] = oauth_client
        if promo is not UNSET:
            field_dict["promo"] = promo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`BotCreateRequest` from its JSON object, validated against openapi.yaml.

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
    """`BotCreateRequest.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "BotCreateRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        webhook = _d["webhook"]
        if len(_d) != 1:
            empty = _d.get("empty", UNSET)
            oauth_client = _d.get("oauth_client", UNSET)
            promo = _d.get("promo", UNSET)
        else:
            empty = oauth_client = promo = UNSET
        try:
            webhook = _BotCreateRequestWebhook_from_dict(BotCreateRequestWebhook, webhook, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("webhook") from None

        _n = 1
        if empty is not UNSET:
            _n += 1
            if type(empty) is not bool:
                empty = _v.boolean(empty, "empty", strict)

        if oauth_client is not UNSET:
            _n += 1
            try:
                oauth_client = _BotOAuthClientRequest_from_dict(BotOAuthClientRequest, oauth_client, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("oauth_client") from None

        if promo is not UNSET:
            _n += 1
            try:
                promo = _BotPromoRequest_from_dict(BotPromoRequest, promo, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("promo") from None

        _result: T = _new(cls)
        _result.webhook = webhook
        _result.empty = empty
        _result.oauth_client = oauth_client
        _result.promo = promo
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("BotCreateRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("BotCreateRequest", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global BotCreateRequestWebhook, _BotCreateRequestWebhook_from_dict
    global BotOAuthClientRequest, _BotOAuthClientRequest_from_dict
    global BotPromoRequest, _BotPromoRequest_from_dict
    from ..models.bot_create_request_webhook import BotCreateRequestWebhook
    from ..models.bot_create_request_webhook import _from_dict as _BotCreateRequestWebhook_from_dict
    from ..models.bot_o_auth_client_request import BotOAuthClientRequest
    from ..models.bot_o_auth_client_request import _from_dict as _BotOAuthClientRequest_from_dict
    from ..models.bot_promo_request import BotPromoRequest
    from ..models.bot_promo_request import _from_dict as _BotPromoRequest_from_dict

    _references_pending = False
