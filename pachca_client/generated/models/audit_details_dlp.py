# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditDetailsDlp")

_KNOWN_KEYS = frozenset(
    {
        "dlp_rule_id",
        "dlp_rule_name",
        "message_id",
        "chat_id",
        "user_id",
        "action_message",
        "conditions_matched",
    }
)


@_attrs_define
class AuditDetailsDlp:
    """Audit-log `details` for `dlp_violation_detected`, recorded when a message trips a data-loss-prevention rule. DLP
    rules are configured only in the web UI; this event is their sole trace in the API.

        Attributes:
            dlp_rule_id (int): Id of the DLP rule that fired.
            dlp_rule_name (str): Display name of that rule, as set by administrators.
            message_id (int): Message that was checked against the rule.
            chat_id (int): Chat containing the checked message.
            user_id (int): Author of the checked message.
            action_message (None | str): Text configured for the rule's action; null when the rule defines none.
            conditions_matched (bool): Outcome of evaluating the rule; true when its conditions were met.
    """

    dlp_rule_id: int
    dlp_rule_name: str
    message_id: int
    chat_id: int
    user_id: int
    action_message: None | str
    conditions_matched: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dlp_rule_id = self.dlp_rule_id

        dlp_rule_name = self.dlp_rule_name

        message_id = self.message_id

        chat_id = self.chat_id

        user_id = self.user_id

        action_message: None | str
        action_message = self.action_message

        conditions_matched = self.conditions_matched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dlp_rule_id": dlp_rule_id,
                "dlp_rule_name": dlp_rule_name,
                "message_id": message_id,
                "chat_id": chat_id,
                "user_id": user_id,
                "action_message": action_message,
                "conditions_matched": conditions_matched,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dlp_rule_id = d["dlp_rule_id"]

        dlp_rule_name = d["dlp_rule_name"]

        message_id = d["message_id"]

        chat_id = d["chat_id"]

        user_id = d["user_id"]

        action_message = d["action_message"]

        conditions_matched = d["conditions_matched"]

        audit_details_dlp = cls(
            dlp_rule_id,
            dlp_rule_name,
            message_id,
            chat_id,
            user_id,
            action_message,
            conditions_matched,
        )

        if len(d) != 7 and not d.keys() <= _KNOWN_KEYS:
            audit_details_dlp.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_details_dlp

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
