# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.bot_o_auth_client import BotOAuthClient
    from ..models.bot_o_auth_client import _from_dict as _BotOAuthClient_from_dict
    from ..models.bot_permissions import BotPermissions
    from ..models.bot_permissions import _from_dict as _BotPermissions_from_dict
    from ..models.bot_promo import BotPromo
    from ..models.bot_promo import _from_dict as _BotPromo_from_dict
    from ..models.bot_webhook import BotWebhook
    from ..models.bot_webhook import _from_dict as _BotWebhook_from_dict


T = TypeVar("T", bound="BotCreateResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "nickname",
        "avatar_url",
        "creator_id",
        "created_at",
        "authorized_users_count",
        "last_used_at",
        "webhook",
        "oauth_client_enabled",
        "oauth_client",
        "promo",
        "permissions",
        "client_secret",
        "access_token",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "integer",
    "name": "string",
    "nickname": "string",
    "avatar_url": "string or null",
    "creator_id": "integer or null",
    "created_at": "date-time",
    "authorized_users_count": "integer",
    "last_used_at": "date-time or null",
    "webhook": "object (BotWebhook)",
    "oauth_client_enabled": "boolean",
    "oauth_client": "object (BotOAuthClient) or null",
    "promo": "object (BotPromo) or null",
    "permissions": "object (BotPermissions)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "id",
    "name",
    "nickname",
    "avatar_url",
    "creator_id",
    "created_at",
    "authorized_users_count",
    "last_used_at",
    "webhook",
    "oauth_client_enabled",
    "oauth_client",
    "promo",
    "permissions",
)


@_attrs_define(repr=False)
class BotCreateResponse:
    """Result of creating a bot: its id, the stored settings and the bot's API token.

    Attributes:
        id (int): Id of the new bot; the same number is its user id.
        name (str): Display name of the bot.
        nickname (str): Unique @-handle of the bot; it has to end in `_bot`.
        avatar_url (None | str): Link to the bot's avatar image, or null if it has none.
        creator_id (int | None): Who created the bot, as a user id; null when that is unknown.
        created_at (datetime.datetime): When the bot was created.
        authorized_users_count (int): Number of users who have allowed the bot to act on their behalf through its OAuth
            client.
        last_used_at (datetime.datetime | None): Latest activity of the bot: a call to its incoming webhook or an API
            request made with any token belonging to it, including user tokens obtained through its OAuth client. Null if
            there was none yet; API use is noted at most once an hour.
        webhook (BotWebhook): Full configuration of a bot: identity, outgoing-webhook delivery, incoming-webhook
            templating, token scopes and who may add or edit it.
        oauth_client_enabled (bool): True if users can currently authorize the bot to act for them, i.e. its OAuth
            client is switched on.
        oauth_client (BotOAuthClient | None): The bot's OAuth client. It can be present while the client is switched
            off, so rely on `oauth_client_enabled` for its state; null may come for a bot that has no tokens.
        promo (BotPromo | None): The bot's listing in the app catalog; null while its OAuth client is switched off.
        permissions (BotPermissions): What the calling user is allowed to do with a bot; returned as `permissions` in
            bot responses.
        client_secret (str | Unset): The full OAuth client secret. Present only once: in the response that switches on a
            confidential client, converts the client to confidential, or rotates the secret.
        access_token (str | Unset): Bearer token for acting as the bot. The API shows it only here and after a rotation,
            so save it; it can also be copied from the bot's API tab in the app.
    """

    id: int
    name: str
    nickname: str
    avatar_url: None | str
    creator_id: int | None
    created_at: datetime.datetime
    authorized_users_count: int
    last_used_at: datetime.datetime | None
    webhook: BotWebhook
    oauth_client_enabled: bool
    oauth_client: BotOAuthClient | None
    promo: BotPromo | None
    permissions: BotPermissions
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
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
            f"nickname={self.nickname!r}, "
            f"avatar_url={self.avatar_url!r}, "
            f"creator_id={self.creator_id!r}, "
            f"created_at={self.created_at!r}, "
            f"authorized_users_count={self.authorized_users_count!r}, "
            f"last_used_at={self.last_used_at!r}, "
            f"webhook={self.webhook!r}, "
            f"oauth_client_enabled={self.oauth_client_enabled!r}, "
            f"oauth_client={self.oauth_client!r}, "
            f"promo={self.promo!r}, "
            f"permissions={self.permissions!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        name = self.name

        nickname = self.nickname

        avatar_url: None | str
        avatar_url = self.avatar_url

        creator_id: int | None
        creator_id = self.creator_id

        created_at = self.created_at.isoformat()

        authorized_users_count = self.authorized_users_count

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        webhook = self.webhook.to_dict()

        oauth_client_enabled = self.oauth_client_enabled

        oauth_client: dict[str, Any] | None
        if isinstance(self.oauth_client, BotOAuthClient):
            oauth_client = self.oauth_client.to_dict()
        else:
            oauth_client = self.oauth_client

        promo: dict[str, Any] | None
        if isinstance(self.promo, BotPromo):
            promo = self.promo.to_dict()
        else:
            promo = self.promo

        permissions = self.permissions.to_dict()

        client_secret = self.client_secret

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "nickname": nickname,
                "avatar_url": avatar_url,
                "creator_id": creator_id,
                "created_at": created_at,
                "authorized_users_count": authorized_users_count,
                "last_used_at": last_used_at,
                "webhook": webhook,
                "oauth_client_enabled": oauth_client_enabled,
                "oauth_client": oauth_client,
                "promo": promo,
                "permissions": permissions,
            }
        )
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`BotCreateResponse` from its JSON object, validated against openapi.yaml.

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
    """`BotCreateResponse.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "BotCreateResponse", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
            id,
            name,
            nickname,
            avatar_url,
            creator_id,
            created_at,
            authorized_users_count,
            last_used_at,
            webhook,
            oauth_client_enabled,
            oauth_client,
            promo,
            permissions,
        ) = _read_required(_d)
        if len(_d) != 13:
            client_secret = _d.get("client_secret", UNSET)
            access_token = _d.get("access_token", UNSET)
        else:
            client_secret = access_token = UNSET
        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        if type(name) is not str:
            name = _v.string(name, "name", strict)

        if type(nickname) is not str:
            nickname = _v.string(nickname, "nickname", strict)

        if type(avatar_url) is not str and avatar_url is not None:
            avatar_url = _v.string(avatar_url, "avatar_url", strict)

        if type(creator_id) is not int and creator_id is not None:
            creator_id = _v.integer(creator_id, "creator_id", strict)

        _first_date_time = created_at
        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if type(authorized_users_count) is not int:
            authorized_users_count = _v.integer(authorized_users_count, "authorized_users_count", strict)

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

        try:
            webhook = _BotWebhook_from_dict(BotWebhook, webhook, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("webhook") from None

        if type(oauth_client_enabled) is not bool:
            oauth_client_enabled = _v.boolean(oauth_client_enabled, "oauth_client_enabled", strict)

        if oauth_client is not None:
            try:
                oauth_client = _BotOAuthClient_from_dict(BotOAuthClient, oauth_client, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("oauth_client") from None

        if promo is not None:
            try:
                promo = _BotPromo_from_dict(BotPromo, promo, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("promo") from None

        try:
            permissions = _BotPermissions_from_dict(BotPermissions, permissions, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("permissions") from None

        _n = 13
        if client_secret is not UNSET:
            _n += 1
            if type(client_secret) is not str:
                client_secret = _v.string(client_secret, "client_secret", strict)

        if access_token is not UNSET:
            _n += 1
            if type(access_token) is not str:
                access_token = _v.string(access_token, "access_token", strict)

        _result: T = _new(cls)
        _result.id = id
        _result.name = name
        _result.nickname = nickname
        _result.avatar_url = avatar_url
        _result.creator_id = creator_id
        _result.created_at = created_at
        _result.authorized_users_count = authorized_users_count
        _result.last_used_at = last_used_at
        _result.webhook = webhook
        _result.oauth_client_enabled = oauth_client_enabled
        _result.oauth_client = oauth_client
        _result.promo = promo
        _result.permissions = permissions
        _result.client_secret = client_secret
        _result.access_token = access_token
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("BotCreateResponse", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("BotCreateResponse", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global BotOAuthClient, _BotOAuthClient_from_dict
    global BotPermissions, _BotPermissions_from_dict
    global BotPromo, _BotPromo_from_dict
    global BotWebhook, _BotWebhook_from_dict
    from ..models.bot_o_auth_client import BotOAuthClient
    from ..models.bot_o_auth_client import _from_dict as _BotOAuthClient_from_dict
    from ..models.bot_permissions import BotPermissions
    from ..models.bot_permissions import _from_dict as _BotPermissions_from_dict
    from ..models.bot_promo import BotPromo
    from ..models.bot_promo import _from_dict as _BotPromo_from_dict
    from ..models.bot_webhook import BotWebhook
    from ..models.bot_webhook import _from_dict as _BotWebhook_from_dict

    _references_pending = False
