# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..validation import new_instance as _new

T = TypeVar("T", bound="AuditDetailsDlp")

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "dlp_rule_id": "integer",
    "dlp_rule_name": "string",
    "message_id": "integer",
    "chat_id": "integer",
    "user_id": "integer",
    "action_message": "string or null",
    "conditions_matched": "boolean",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "dlp_rule_id", "dlp_rule_name", "message_id", "chat_id", "user_id", "action_message", "conditions_matched"
)


@_attrs_define(repr=False)
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
            f"dlp_rule_id={self.dlp_rule_id!r}, "
            f"dlp_rule_name={self.dlp_rule_name!r}, "
            f"message_id={self.message_id!r}, "
            f"chat_id={self.chat_id!r}, "
            f"user_id={self.user_id!r}, "
            f"action_message={self.action_message!r}, "
            f"conditions_matched={self.conditions_matched!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditDetailsDlp` from its JSON object, validated against openapi.yaml.

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
    """`AuditDetailsDlp.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditDetailsDlp", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        dlp_rule_id, dlp_rule_name, message_id, chat_id, user_id, action_message, conditions_matched = _read_required(
            _d
        )
        if type(dlp_rule_id) is not int:
            dlp_rule_id = _v.integer(dlp_rule_id, "dlp_rule_id", strict)

        if type(dlp_rule_name) is not str:
            dlp_rule_name = _v.string(dlp_rule_name, "dlp_rule_name", strict)

        if type(message_id) is not int:
            message_id = _v.integer(message_id, "message_id", strict)

        if type(chat_id) is not int:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        if type(action_message) is not str and action_message is not None:
            action_message = _v.string(action_message, "action_message", strict)

        if type(conditions_matched) is not bool:
            conditions_matched = _v.boolean(conditions_matched, "conditions_matched", strict)

        _n = 7
        _result: T = _new(cls)
        _result.dlp_rule_id = dlp_rule_id
        _result.dlp_rule_name = dlp_rule_name
        _result.message_id = message_id
        _result.chat_id = chat_id
        _result.user_id = user_id
        _result.action_message = action_message
        _result.conditions_matched = conditions_matched
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("AuditDetailsDlp", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("AuditDetailsDlp", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
