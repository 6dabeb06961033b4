# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_details_bot_webhook_settings_changes import AuditDetailsBotWebhookSettingsChanges


T = TypeVar("T", bound="AuditDetailsBotWebhookSettings")

_KNOWN_KEYS = frozenset(
    {
        "bot_id",
        "actor_id",
        "changes",
    }
)


@_attrs_define
class AuditDetailsBotWebhookSettings:
    """Audit-log `details` for `bot_webhook_settings_updated`.

    Attributes:
        bot_id (int): Bot whose outgoing-webhook settings were edited.
        actor_id (int | None): Person who triggered the action; null when no human initiated it.
        changes (AuditDetailsBotWebhookSettingsChanges): Map from setting name (`outgoing_url`, `ignore_self_messages`,
            `events_history_enabled`) to an object with its `previous` and `new` values.
    """

    bot_id: int
    actor_id: int | None
    changes: AuditDetailsBotWebhookSettingsChanges
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        bot_id = self.bot_id

        actor_id: int | None
        actor_id = self.actor_id

        changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
                "actor_id": actor_id,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        bot_id = d["bot_id"]

        actor_id = d["actor_id"]

        changes = AuditDetailsBotWebhookSettingsChanges.from_dict(d["changes"])

        audit_details_bot_webhook_settings = cls(
            bot_id,
            actor_id,
            changes,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            audit_details_bot_webhook_settings.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return audit_details_bot_webhook_settings

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
    global AuditDetailsBotWebhookSettingsChanges
    from ..models.audit_details_bot_webhook_settings_changes import AuditDetailsBotWebhookSettingsChanges

    _references_pending = False
