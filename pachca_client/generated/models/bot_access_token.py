# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BotAccessToken")

_KNOWN_KEYS = frozenset(
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


@_attrs_define
class BotAccessToken:
    """One of a bot's API tokens, as listed by `GET /bots/{id}/tokens` and returned when a token is created, edited or
    reissued.

        Attributes:
            id (int): Id of the token (int64); it is the `token_id` in the token paths.
            token (str): The token in masked form: only its leading 8 and trailing 4 characters are revealed. Only the
                create and reissue responses carry it unmasked.
            name (None | str): Label given to the token; null for a token issued without one, such as the bot's original
                token.
            user_id (int): Id of the bot that owns the token (int64).
            scopes (list[str]): Permissions granted to this token; each API operation checks for one specific scope.
            created_at (datetime.datetime): When the token was issued.
            revoked_at (datetime.datetime | None): Revocation time. Always null here, since revoked tokens are left out of
                the responses.
            expires_in (int | None): Seconds of lifetime left; always null, because bot tokens have no expiry.
            last_used_at (datetime.datetime | None): Most recent use of the token, or null if it was never used. The server
                refreshes it at most hourly, so it can lag by up to an hour.
            authorized_at (datetime.datetime | None): When a user's consent produced the token; always null for bot tokens.
    """

    id: int
    token: str = _attrs_field(repr=False)
    name: None | str
    user_id: int
    scopes: list[str]
    created_at: datetime.datetime
    revoked_at: datetime.datetime | None
    expires_in: int | None
    last_used_at: datetime.datetime | None
    authorized_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        name: None | str
        name = self.name

        user_id = self.user_id

        scopes = self.scopes

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

        authorized_at: None | str
        if isinstance(self.authorized_at, datetime.datetime):
            authorized_at = self.authorized_at.isoformat()
        else:
            authorized_at = self.authorized_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
                "authorized_at": authorized_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        token = d["token"]

        name = d["name"]

        user_id = d["user_id"]

        scopes = d["scopes"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        _revoked_at = d["revoked_at"]
        revoked_at: datetime.datetime | None
        if _revoked_at is None:
            revoked_at = None
        elif not isinstance(_revoked_at, str):
            revoked_at = _revoked_at
        else:
            try:
                revoked_at_type_0 = datetime.datetime.fromisoformat(_revoked_at)

                revoked_at = revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                revoked_at = cast("datetime.datetime | None", _revoked_at)

        expires_in = d["expires_in"]

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

        _authorized_at = d["authorized_at"]
        authorized_at: datetime.datetime | None
        if _authorized_at is None:
            authorized_at = None
        elif not isinstance(_authorized_at, str):
            authorized_at = _authorized_at
        else:
            try:
                authorized_at_type_0 = datetime.datetime.fromisoformat(_authorized_at)

                authorized_at = authorized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                authorized_at = cast("datetime.datetime | None", _authorized_at)

        bot_access_token = cls(
            id,
            token,
            name,
            user_id,
            scopes,
            created_at,
            revoked_at,
            expires_in,
            last_used_at,
            authorized_at,
        )

        if len(d) != 10 and not d.keys() <= _KNOWN_KEYS:
            bot_access_token.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_access_token

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
