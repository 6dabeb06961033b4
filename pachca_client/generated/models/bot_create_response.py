# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_o_auth_client import BotOAuthClient
    from ..models.bot_permissions import BotPermissions
    from ..models.bot_promo import BotPromo
    from ..models.bot_webhook import BotWebhook


T = TypeVar("T", bound="BotCreateResponse")

_KNOWN_KEYS = frozenset(
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


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        id = d["id"]

        name = d["name"]

        nickname = d["nickname"]

        avatar_url = d["avatar_url"]

        creator_id = d["creator_id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        authorized_users_count = d["authorized_users_count"]

        _last_used_at = d["last_used_at"]
        last_used_at: datetime.datetime | None
        if _last_used_at is None:
            last_used_at = None
        elif not isinstance(_last_used_at, str):
            last_used_at = _last_used_at
        else:
            try:
                last_used_at_type_0 = datetime.datetime.fromisoformat(_last_used_at)

                last_used_at = last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_used_at = cast("datetime.datetime | None", _last_used_at)

        webhook = BotWebhook.from_dict(d["webhook"])

        oauth_client_enabled = d["oauth_client_enabled"]

        _oauth_client = d["oauth_client"]
        oauth_client: BotOAuthClient | None
        if _oauth_client is None:
            oauth_client = None
        elif not isinstance(_oauth_client, dict):
            oauth_client = _oauth_client
        else:
            try:
                oauth_client_type_0 = BotOAuthClient.from_dict(_oauth_client)

                oauth_client = oauth_client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                oauth_client = cast("BotOAuthClient | None", _oauth_client)

        _promo = d["promo"]
        promo: BotPromo | None
        if _promo is None:
            promo = None
        elif not isinstance(_promo, dict):
            promo = _promo
        else:
            try:
                promo_type_0 = BotPromo.from_dict(_promo)

                promo = promo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                promo = cast("BotPromo | None", _promo)

        permissions = BotPermissions.from_dict(d["permissions"])

        client_secret = d.get("client_secret", UNSET)

        access_token = d.get("access_token", UNSET)

        bot_create_response = cls(
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
            client_secret,
            access_token,
        )

        if len(d) != 13 and not d.keys() <= _KNOWN_KEYS:
            bot_create_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_create_response

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


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global BotOAuthClient
    global BotPermissions
    global BotPromo
    global BotWebhook
    from ..models.bot_o_auth_client import BotOAuthClient
    from ..models.bot_permissions import BotPermissions
    from ..models.bot_promo import BotPromo
    from ..models.bot_webhook import BotWebhook

    _references_pending = False
