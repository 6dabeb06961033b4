# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.bot_can_edit import BotCanEdit
from ..models.bot_event_name import BotEventName
from ..models.bot_template_engine import BotTemplateEngine
from ..models.bot_trigger_on import BotTriggerOn
from ..models.bot_who_can_add import BotWhoCanAdd
from ..validation import new_instance as _new

T = TypeVar("T", bound="BotSelfWebhook")
_BotCanEdit_MEMBERS = BotCanEdit._value2member_map_
_BotEventName_MEMBERS = BotEventName._value2member_map_
_BotTemplateEngine_MEMBERS = BotTemplateEngine._value2member_map_
_BotTriggerOn_MEMBERS = BotTriggerOn._value2member_map_
_BotWhoCanAdd_MEMBERS = BotWhoCanAdd._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "name": "string",
    "nickname": "string",
    "outgoing_url": "string or null",
    "events": "array",
    "trigger_on": "string (BotTriggerOn)",
    "commands": "array",
    "scopes": "array",
    "template": "string or null",
    "template_engine": "string (BotTemplateEngine)",
    "challenge_key": "string or null",
    "link_preview_enabled": "boolean",
    "ignore_self_messages": "boolean",
    "events_history_enabled": "boolean",
    "single_chat": "boolean",
    "can_edit": "array",
    "who_can_add": "string (BotWhoCanAdd)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
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
)


@_attrs_define(repr=False)
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
            f"name={self.name!r}, "
            f"nickname={self.nickname!r}, "
            f"outgoing_url={self.outgoing_url!r}, "
            f"events={self.events!r}, "
            f"trigger_on={self.trigger_on!r}, "
            f"commands={self.commands!r}, "
            f"scopes={self.scopes!r}, "
            f"template={self.template!r}, "
            f"template_engine={self.template_engine!r}, "
            f"challenge_key={self.challenge_key!r}, "
            f"link_preview_enabled={self.link_preview_enabled!r}, "
            f"ignore_self_messages={self.ignore_self_messages!r}, "
            f"events_history_enabled={self.events_history_enabled!r}, "
            f"single_chat={self.single_chat!r}, "
            f"can_edit={self.can_edit!r}, "
            f"who_can_add={self.who_can_add!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`BotSelfWebhook` from its JSON object, validated against openapi.yaml.

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
    """`BotSelfWebhook.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "BotSelfWebhook", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
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
        ) = _read_required(_d)
        if type(name) is not str:
            name = _v.string(name, "name", strict)
        if strict:
            _v.check_limits(name, "name", max_length=255)

        if type(nickname) is not str:
            nickname = _v.string(nickname, "nickname", strict)
        if strict:
            _v.check_limits(nickname, "nickname", max_length=255)

        if type(outgoing_url) is not str and outgoing_url is not None:
            outgoing_url = _v.string(outgoing_url, "outgoing_url", strict)

        if type(events) is not list:
            events = _v.array(events, "events", strict)

        if events:
            _events_list = []
            try:
                for _item0 in events:
                    try:
                        _item0 = _BotEventName_MEMBERS[_item0]
                    except (KeyError, TypeError):
                        _item0 = _v.enum_member(BotEventName, _item0, None, strict)
                    if strict:
                        _v.unknown_value(BotEventName, _item0, None)

                    _events_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(events).at_key("events") from None
            events = _events_list

        try:
            trigger_on = _BotTriggerOn_MEMBERS[trigger_on]
        except (KeyError, TypeError):
            trigger_on = _v.enum_member(BotTriggerOn, trigger_on, "trigger_on", strict)
        if strict:
            _v.unknown_value(BotTriggerOn, trigger_on, "trigger_on")

        if type(commands) is not list:
            commands = _v.array(commands, "commands", strict)

        try:
            for _item0 in commands:
                if type(_item0) is not str:
                    _item0 = _v.string(_item0, None, strict)

        except _v.ValidationError as _error:
            raise _error.at_index(commands).at_key("commands") from None

        if type(scopes) is not list:
            scopes = _v.array(scopes, "scopes", strict)

        try:
            for _item0 in scopes:
                if type(_item0) is not str:
                    _item0 = _v.string(_item0, None, strict)

        except _v.ValidationError as _error:
            raise _error.at_index(scopes).at_key("scopes") from None

        if type(template) is not str and template is not None:
            template = _v.string(template, "template", strict)

        try:
            template_engine = _BotTemplateEngine_MEMBERS[template_engine]
        except (KeyError, TypeError):
            template_engine = _v.enum_member(BotTemplateEngine, template_engine, "template_engine", strict)
        if strict:
            _v.unknown_value(BotTemplateEngine, template_engine, "template_engine")

        if type(challenge_key) is not str and challenge_key is not None:
            challenge_key = _v.string(challenge_key, "challenge_key", strict)

        if type(link_preview_enabled) is not bool:
            link_preview_enabled = _v.boolean(link_preview_enabled, "link_preview_enabled", strict)

        if type(ignore_self_messages) is not bool:
            ignore_self_messages = _v.boolean(ignore_self_messages, "ignore_self_messages", strict)

        if type(events_history_enabled) is not bool:
            events_history_enabled = _v.boolean(events_history_enabled, "events_history_enabled", strict)

        if type(single_chat) is not bool:
            single_chat = _v.boolean(single_chat, "single_chat", strict)

        if type(can_edit) is not list:
            can_edit = _v.array(can_edit, "can_edit", strict)

        if can_edit:
            _can_edit_list = []
            try:
                for _item0 in can_edit:
                    try:
                        _item0 = _BotCanEdit_MEMBERS[_item0]
                    except (KeyError, TypeError):
                        _item0 = _v.enum_member(BotCanEdit, _item0, None, strict)
                    if strict:
                        _v.unknown_value(BotCanEdit, _item0, None)

                    _can_edit_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(can_edit).at_key("can_edit") from None
            can_edit = _can_edit_list

        try:
            who_can_add = _BotWhoCanAdd_MEMBERS[who_can_add]
        except (KeyError, TypeError):
            who_can_add = _v.enum_member(BotWhoCanAdd, who_can_add, "who_can_add", strict)
        if strict:
            _v.unknown_value(BotWhoCanAdd, who_can_add, "who_can_add")

        _n = 16
        _result: T = _new(cls)
        _result.name = name
        _result.nickname = nickname
        _result.outgoing_url = outgoing_url
        _result.events = events
        _result.trigger_on = trigger_on
        _result.commands = commands
        _result.scopes = scopes
        _result.template = template
        _result.template_engine = template_engine
        _result.challenge_key = challenge_key
        _result.link_preview_enabled = link_preview_enabled
        _result.ignore_self_messages = ignore_self_messages
        _result.events_history_enabled = events_history_enabled
        _result.single_chat = single_chat
        _result.can_edit = can_edit
        _result.who_can_add = who_can_add
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("BotSelfWebhook", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("BotSelfWebhook", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
