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
from ..models.bot_webhook_kind import BotWebhookKind
from ..models.bot_who_can_add import BotWhoCanAdd
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotUpdateRequestWebhook")

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
        "who_can_add",
        "can_edit",
        "single_chat",
        "kind",
        "unfurl_domains",
    }
)


@_attrs_define
class BotUpdateRequestWebhook:
    """Bot settings to change.

    Attributes:
        name (str | Unset): Display name of the bot.
        nickname (str | Unset): Unique @-handle of the bot; it has to end in `_bot`.
        outgoing_url (str | Unset): New endpoint for outgoing webhook POSTs; an empty string turns delivery off.
        events (list[BotEventName] | Unset): Event types to deliver to `outgoing_url` (and to record in the event
            history, if enabled).
        trigger_on (BotTriggerOn | Unset): What makes a bot receive message webhooks: `commands` (only messages that
            start with one of its commands), `all_messages` (every message in chats it belongs to) or `unfurl` (links to
            watched domains, for link-preview bots).
        commands (list[str] | Unset): Trigger words used when `trigger_on` is `commands`; joined with commas they must
            fit in 255 characters.
        scopes (list[str] | Unset): Scopes for the bot's token. Leave out to receive the default set. Scopes reserved
            for human roles are refused with 400, and the service values `bot` and `all` cannot be requested.
        template (str | Unset): Template that turns payloads posted to the bot's incoming webhook into message text.
        template_engine (BotTemplateEngine | Unset): Template language for incoming-webhook payloads: `liquid` offers
            conditions, loops and filters, while `mustache` only substitutes values.
        challenge_key (str | Unset): Name of the field carrying the verification challenge sent to the incoming webhook.
        link_preview_enabled (bool | Unset): Whether messages posted through the incoming webhook get link previews.
        ignore_self_messages (bool | Unset): When true, the bot's own messages do not trigger its outgoing webhook.
            Button clicks are delivered regardless.
        events_history_enabled (bool | Unset): Keep a server-side history of the bot's events so they can be polled via
            `GET /webhooks/events`; works even without an outgoing URL.
        who_can_add (BotWhoCanAdd | Unset): Who may add a bot to chats, from narrowest to widest: `creator` only;
            `creator_admin` adds workspace administrators; `creator_admin_user` adds regular members; `anyone` includes
            guests too.
        can_edit (list[BotCanEdit] | Unset): Roles that may edit the bot besides its creator, who always can. An empty
            list leaves editing to the creator alone.
        single_chat (bool | Unset): Whether the bot is limited to one group chat or channel (DMs and threads are not
            counted). The setting is fixed when the bot is created, so a value sent here does not change it.
        kind (BotWebhookKind | Unset): Where a bot's incoming webhook expects its requests from: `simple` is the custom
            format, where the bot's template turns the posted body into a message; `gitlab` and `grafana` take those
            services' webhook payloads and Pachca composes the message itself.
        unfurl_domains (list[str] | Unset): Up to 5 domains (subdomains included) the bot provides link previews for;
            links to them in messages reach the bot as `message_link_shared` events.
    """

    name: str | Unset = UNSET
    nickname: str | Unset = UNSET
    outgoing_url: str | Unset = UNSET
    events: list[BotEventName] | Unset = UNSET
    trigger_on: BotTriggerOn | Unset = UNSET
    commands: list[str] | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    template: str | Unset = UNSET
    template_engine: BotTemplateEngine | Unset = UNSET
    challenge_key: str | Unset = UNSET
    link_preview_enabled: bool | Unset = UNSET
    ignore_self_messages: bool | Unset = UNSET
    events_history_enabled: bool | Unset = UNSET
    who_can_add: BotWhoCanAdd | Unset = UNSET
    can_edit: list[BotCanEdit] | Unset = UNSET
    single_chat: bool | Unset = UNSET
    kind: BotWebhookKind | Unset = UNSET
    unfurl_domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        nickname = self.nickname

        outgoing_url = self.outgoing_url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        trigger_on: str | Unset = UNSET
        if not isinstance(self.trigger_on, Unset):
            trigger_on = self.trigger_on.value

        commands: list[str] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = self.commands

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        template = self.template

        template_engine: str | Unset = UNSET
        if not isinstance(self.template_engine, Unset):
            template_engine = self.template_engine.value

        challenge_key = self.challenge_key

        link_preview_enabled = self.link_preview_enabled

        ignore_self_messages = self.ignore_self_messages

        events_history_enabled = self.events_history_enabled

        who_can_add: str | Unset = UNSET
        if not isinstance(self.who_can_add, Unset):
            who_can_add = self.who_can_add.value

        can_edit: list[str] | Unset = UNSET
        if not isinstance(self.can_edit, Unset):
            can_edit = []
            for can_edit_item_data in self.can_edit:
                can_edit_item = can_edit_item_data.value
                can_edit.append(can_edit_item)

        single_chat = self.single_chat

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        unfurl_domains: list[str] | Unset = UNSET
        if not isinstance(self.unfurl_domains, Unset):
            unfurl_domains = self.unfurl_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if outgoing_url is not UNSET:
            field_dict["outgoing_url"] = outgoing_url
        if events is not UNSET:
            field_dict["events"] = events
        if trigger_on is not UNSET:
            field_dict["trigger_on"] = trigger_on
        if commands is not UNSET:
            field_dict["commands"] = commands
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if template is not UNSET:
            field_dict["template"] = template
        if template_engine is not UNSET:
            field_dict["template_engine"] = template_engine
        if challenge_key is not UNSET:
            field_dict["challenge_key"] = challenge_key
        if link_preview_enabled is not UNSET:
            field_dict["link_preview_enabled"] = link_preview_enabled
        if ignore_self_messages is not UNSET:
            field_dict["ignore_self_messages"] = ignore_self_messages
        if events_history_enabled is not UNSET:
            field_dict["events_history_enabled"] = events_history_enabled
        if who_can_add is not UNSET:
            field_dict["who_can_add"] = who_can_add
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit
        if single_chat is not UNSET:
            field_dict["single_chat"] = single_chat
        if kind is not UNSET:
            field_dict["kind"] = kind
        if unfurl_domains is not UNSET:
            field_dict["unfurl_domains"] = unfurl_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        nickname = d.get("nickname", UNSET)

        outgoing_url = d.get("outgoing_url", UNSET)

        _events = d.get("events", UNSET)
        events: list[BotEventName] | Unset = UNSET
        if _events is not UNSET:
            events = [BotEventName._from_value(events_item_data) for events_item_data in _events]

        _trigger_on = d.get("trigger_on", UNSET)
        trigger_on: BotTriggerOn | Unset
        if isinstance(_trigger_on, Unset):
            trigger_on = UNSET
        else:
            trigger_on = BotTriggerOn._from_value(_trigger_on)

        commands = d.get("commands", UNSET)

        scopes = d.get("scopes", UNSET)

        template = d.get("template", UNSET)

        _template_engine = d.get("template_engine", UNSET)
        template_engine: BotTemplateEngine | Unset
        if isinstance(_template_engine, Unset):
            template_engine = UNSET
        else:
            template_engine = BotTemplateEngine._from_value(_template_engine)

        challenge_key = d.get("challenge_key", UNSET)

        link_preview_enabled = d.get("link_preview_enabled", UNSET)

        ignore_self_messages = d.get("ignore_self_messages", UNSET)

        events_history_enabled = d.get("events_history_enabled", UNSET)

        _who_can_add = d.get("who_can_add", UNSET)
        who_can_add: BotWhoCanAdd | Unset
        if isinstance(_who_can_add, Unset):
            who_can_add = UNSET
        else:
            who_can_add = BotWhoCanAdd._from_value(_who_can_add)

        _can_edit = d.get("can_edit", UNSET)
        can_edit: list[BotCanEdit] | Unset = UNSET
        if _can_edit is not UNSET:
            can_edit = [BotCanEdit._from_value(can_edit_item_data) for can_edit_item_data in _can_edit]

        single_chat = d.get("single_chat", UNSET)

        _kind = d.get("kind", UNSET)
        kind: BotWebhookKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = BotWebhookKind._from_value(_kind)

        unfurl_domains = d.get("unfurl_domains", UNSET)

        bot_update_request_webhook = cls(
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
            who_can_add,
            can_edit,
            single_chat,
            kind,
            unfurl_domains,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            bot_update_request_webhook.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_update_request_webhook

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
