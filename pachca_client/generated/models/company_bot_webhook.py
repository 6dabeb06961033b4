# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_can_edit import BotCanEdit
from ..models.bot_event_name import BotEventName
from ..models.bot_template_engine import BotTemplateEngine
from ..models.bot_trigger_on import BotTriggerOn
from ..models.bot_who_can_add import BotWhoCanAdd

T = TypeVar("T", bound="CompanyBotWebhook")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "nickname",
        "outgoing_url",
        "events",
        "trigger_on",
        "commands",
        "scopes",
        "template",
        "template_engine",
        "challenge_key",
        "link_preview_enabled",
        "ignore_self_messages",
        "events_history_enabled",
        "single_chat",
        "can_edit",
        "who_can_add",
    }
)


@_attrs_define
class CompanyBotWebhook:
    """Bot settings in the workspace-wide bot list. Only `name` and `nickname` are always set; the other fields are null
    for bots the caller may not edit.

        Attributes:
            name (str): Display name of the bot.
            nickname (str): Unique @-handle of the bot; it has to end in `_bot`.
            outgoing_url (None | str): Endpoint that receives outgoing webhook POSTs; null when the bot has none configured
                or the caller cannot edit it.
            events (list[BotEventName] | None): Event types delivered to `outgoing_url`; null for a bot the caller cannot
                edit.
            trigger_on (BotTriggerOn | None): Which messages produce a message webhook for this bot; null for a bot the
                caller cannot edit.
            commands (list[str] | None): Trigger words the bot reacts to when `trigger_on` is `commands`; null for a bot the
                caller cannot edit.
            scopes (list[str] | None): Scopes of the bot's token; null for a bot the caller cannot edit.
            template (None | str): Incoming-webhook template; null when none is set or the caller cannot edit the bot.
            template_engine (BotTemplateEngine | None): Language `template` is written in; null for a bot the caller cannot
                edit.
            challenge_key (None | str): Name of the incoming-webhook verification field; null when none is set or the caller
                cannot edit the bot.
            link_preview_enabled (bool | None): Whether messages posted through the incoming webhook get link previews; null
                for a bot the caller cannot edit.
            ignore_self_messages (bool | None): When true, the bot's own messages do not trigger its outgoing webhook; null
                for a bot the caller cannot edit.
            events_history_enabled (bool | None): Whether a server-side history of the bot's events is kept for `GET
                /webhooks/events`; null for a bot the caller cannot edit.
            single_chat (bool | None): True if the bot is confined to a single group chat or channel; null for a bot the
                caller cannot edit.
            can_edit (list[BotCanEdit] | None): Roles that may edit the bot besides its creator, an empty list meaning the
                creator alone; null for a bot the caller cannot edit.
            who_can_add (BotWhoCanAdd | None): Which users may add the bot to chats; null for a bot the caller cannot edit.
    """

    name: str
    nickname: str
    outgoing_url: None | str
    events: list[BotEventName] | None
    trigger_on: BotTriggerOn | None
    commands: list[str] | None
    scopes: list[str] | None
    template: None | str
    template_engine: BotTemplateEngine | None
    challenge_key: None | str
    link_preview_enabled: bool | None
    ignore_self_messages: bool | None
    events_history_enabled: bool | None
    single_chat: bool | None
    can_edit: list[BotCanEdit] | None
    who_can_add: BotWhoCanAdd | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        nickname = self.nickname

        outgoing_url: None | str
        outgoing_url = self.outgoing_url

        events: list[str] | None
        if isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.value
                events.append(events_type_0_item)

        else:
            events = self.events

        trigger_on: None | str
        if isinstance(self.trigger_on, BotTriggerOn):
            trigger_on = self.trigger_on.value
        else:
            trigger_on = self.trigger_on

        commands: list[str] | None
        if isinstance(self.commands, list):
            commands = self.commands

        else:
            commands = self.commands

        scopes: list[str] | None
        if isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        template: None | str
        template = self.template

        template_engine: None | str
        if isinstance(self.template_engine, BotTemplateEngine):
            template_engine = self.template_engine.value
        else:
            template_engine = self.template_engine

        challenge_key: None | str
        challenge_key = self.challenge_key

        link_preview_enabled: bool | None
        link_preview_enabled = self.link_preview_enabled

        ignore_self_messages: bool | None
        ignore_self_messages = self.ignore_self_messages

        events_history_enabled: bool | None
        events_history_enabled = self.events_history_enabled

        single_chat: bool | None
        single_chat = self.single_chat

        can_edit: list[str] | None
        if isinstance(self.can_edit, list):
            can_edit = []
            for can_edit_type_0_item_data in self.can_edit:
                can_edit_type_0_item = can_edit_type_0_item_data.value
                can_edit.append(can_edit_type_0_item)

        else:
            can_edit = self.can_edit

        who_can_add: None | str
        if isinstance(self.who_can_add, BotWhoCanAdd):
            who_can_add = self.who_can_add.value
        else:
            who_can_add = self.who_can_add

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "nickname": nickname,
                "outgoing_url": outgoing_url,
                "events": events,
                "trigger_on": trigger_on,
                "commands": commands,
                "scopes": scopes,
                "template": template,
                "template_engine": template_engine,
                "challenge_key": challenge_key,
                "link_preview_enabled": link_preview_enabled,
                "ignore_self_messages": ignore_self_messages,
                "events_history_enabled": events_history_enabled,
                "single_chat": single_chat,
                "can_edit": can_edit,
                "who_can_add": who_can_add,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        nickname = d["nickname"]

        outgoing_url = d["outgoing_url"]

        _events = d["events"]
        events: list[BotEventName] | None
        if _events is None:
            events = None
        elif not isinstance(_events, list):
            events = _events
        else:
            try:
                events_type_0 = [
                    BotEventName._from_value(events_type_0_item_data) for events_type_0_item_data in _events
                ]

                events = events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                events = cast("list[BotEventName] | None", _events)

        _trigger_on = d["trigger_on"]
        trigger_on: BotTriggerOn | None
        if _trigger_on is None:
            trigger_on = None
        elif not isinstance(_trigger_on, str):
            trigger_on = _trigger_on
        else:
            try:
                trigger_on_type_0 = BotTriggerOn._from_value(_trigger_on)

                trigger_on = trigger_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                trigger_on = cast("BotTriggerOn | None", _trigger_on)

        _commands = d["commands"]
        commands: list[str] | None
        if _commands is None:
            commands = None
        elif not isinstance(_commands, list):
            commands = _commands
        else:
            try:
                commands_type_0 = cast(list[str], _commands)

                commands = commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                commands = cast("list[str] | None", _commands)

        _scopes = d["scopes"]
        scopes: list[str] | None
        if _scopes is None:
            scopes = None
        elif not isinstance(_scopes, list):
            scopes = _scopes
        else:
            try:
                scopes_type_0 = cast(list[str], _scopes)

                scopes = scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                scopes = cast("list[str] | None", _scopes)

        template = d["template"]

        _template_engine = d["template_engine"]
        template_engine: BotTemplateEngine | None
        if _template_engine is None:
            template_engine = None
        elif not isinstance(_template_engine, str):
            template_engine = _template_engine
        else:
            try:
                template_engine_type_0 = BotTemplateEngine._from_value(_template_engine)

                template_engine = template_engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                template_engine = cast("BotTemplateEngine | None", _template_engine)

        challenge_key = d["challenge_key"]

        link_preview_enabled = d["link_preview_enabled"]

        ignore_self_messages = d["ignore_self_messages"]

        events_history_enabled = d["events_history_enabled"]

        single_chat = d["single_chat"]

        _can_edit = d["can_edit"]
        can_edit: list[BotCanEdit] | None
        if _can_edit is None:
            can_edit = None
        elif not isinstance(_can_edit, list):
            can_edit = _can_edit
        else:
            try:
                can_edit_type_0 = [
                    BotCanEdit._from_value(can_edit_type_0_item_data) for can_edit_type_0_item_data in _can_edit
                ]

                can_edit = can_edit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                can_edit = cast("list[BotCanEdit] | None", _can_edit)

        _who_can_add = d["who_can_add"]
        who_can_add: BotWhoCanAdd | None
        if _who_can_add is None:
            who_can_add = None
        elif not isinstance(_who_can_add, str):
            who_can_add = _who_can_add
        else:
            try:
                who_can_add_type_0 = BotWhoCanAdd._from_value(_who_can_add)

                who_can_add = who_can_add_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                who_can_add = cast("BotWhoCanAdd | None", _who_can_add)

        company_bot_webhook = cls(
            name,
            nickname,
            outgoing_url,
            events,
            trigger_on,
            commands,
            scopes,
            template,
            template_engine,
            challenge_key,
            link_preview_enabled,
            ignore_self_messages,
            events_history_enabled,
            single_chat,
            can_edit,
            who_can_add,
        )

        if len(d) != 16 and not d.keys() <= _KNOWN_KEYS:
            company_bot_webhook.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return company_bot_webhook

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
