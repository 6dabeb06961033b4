# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_can_edit import BotCanEdit
from ..models.bot_event_name import BotEventName
from ..models.bot_template_engine import BotTemplateEngine
from ..models.bot_trigger_on import BotTriggerOn
from ..models.bot_who_can_add import BotWhoCanAdd

T = TypeVar("T", bound="BotSelfWebhook")

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
class BotSelfWebhook:
    """Settings of a bot as the bot itself sees them through its own endpoints: the same as `BotWebhook` minus the
    incoming-webhook kind and activity and the unfurl domains.

        Attributes:
            name (str): Display name of the bot.
            nickname (str): Unique @-handle of the bot; it has to end in `_bot`.
            outgoing_url (None | str): Endpoint that receives outgoing webhook POSTs; null when the bot has none configured.
            events (list[BotEventName]): Event types to deliver to `outgoing_url` (and to record in the event history, if
                enabled).
            trigger_on (BotTriggerOn): What makes a bot receive message webhooks: `commands` (only messages that start with
                one of its commands), `all_messages` (every message in chats it belongs to) or `unfurl` (links to watched
                domains, for link-preview bots).
            commands (list[str]): Trigger words the bot reacts to when `trigger_on` is `commands`.
            scopes (list[str]): Scopes of the bot's token. May contain values that cannot be requested explicitly, because
                the default set is wider than the assignable one.
            template (None | str): Incoming-webhook template; null when none is set.
            template_engine (BotTemplateEngine): Template language for incoming-webhook payloads: `liquid` offers
                conditions, loops and filters, while `mustache` only substitutes values.
            challenge_key (None | str): Name of the incoming-webhook verification field; null when none is set.
            link_preview_enabled (bool): Whether messages posted through the incoming webhook get link previews.
            ignore_self_messages (bool): When true, the bot's own messages do not trigger its outgoing webhook. Button
                clicks are delivered regardless.
            events_history_enabled (bool): Keep a server-side history of the bot's events so they can be polled via `GET
                /webhooks/events`; works even without an outgoing URL.
            single_chat (bool): True if the bot is confined to a single group chat or channel (DMs and threads are exempt).
                Chosen once, at creation.
            can_edit (list[BotCanEdit]): Roles that may edit the bot besides its creator, who always can. An empty list
                leaves editing to the creator alone.
            who_can_add (BotWhoCanAdd): Who may add a bot to chats, from narrowest to widest: `creator` only;
                `creator_admin` adds workspace administrators; `creator_admin_user` adds regular members; `anyone` includes
                guests too.
    """

    name: str
    nickname: str
    outgoing_url: None | str
    events: list[BotEventName]
    trigger_on: BotTriggerOn
    commands: list[str]
    scopes: list[str]
    template: None | str
    template_engine: BotTemplateEngine
    challenge_key: None | str
    link_preview_enabled: bool
    ignore_self_messages: bool
    events_history_enabled: bool
    single_chat: bool
    can_edit: list[BotCanEdit]
    who_can_add: BotWhoCanAdd
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        nickname = self.nickname

        outgoing_url: None | str
        outgoing_url = self.outgoing_url

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        trigger_on = self.trigger_on.value

        commands = self.commands

        scopes = self.scopes

        template: None | str
        template = self.template

        template_engine = self.template_engine.value

        challenge_key: None | str
        challenge_key = self.challenge_key

        link_preview_enabled = self.link_preview_enabled

        ignore_self_messages = self.ignore_self_messages

        events_history_enabled = self.events_history_enabled

        single_chat = self.single_chat

        can_edit = []
        for can_edit_item_data in self.can_edit:
            can_edit_item = can_edit_item_data.value
            can_edit.append(can_edit_item)

        who_can_add = self.who_can_add.value

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

        events = [BotEventName._from_value(events_item_data) for events_item_data in d["events"]]

        trigger_on = BotTriggerOn._from_value(d["trigger_on"])

        commands = d["commands"]

        scopes = d["scopes"]

        template = d["template"]

        template_engine = BotTemplateEngine._from_value(d["template_engine"])

        challenge_key = d["challenge_key"]

        link_preview_enabled = d["link_preview_enabled"]

        ignore_self_messages = d["ignore_self_messages"]

        events_history_enabled = d["events_history_enabled"]

        single_chat = d["single_chat"]

        can_edit = [BotCanEdit._from_value(can_edit_item_data) for can_edit_item_data in d["can_edit"]]

        who_can_add = BotWhoCanAdd._from_value(d["who_can_add"])

        bot_self_webhook = cls(
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
            bot_self_webhook.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_self_webhook

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
