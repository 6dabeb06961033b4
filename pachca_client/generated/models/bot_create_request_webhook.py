# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.bot_can_edit import BotCanEdit
from ..models.bot_event_name import BotEventName
from ..models.bot_template_engine import BotTemplateEngine
from ..models.bot_trigger_on import BotTriggerOn
from ..models.bot_webhook_kind import BotWebhookKind
from ..models.bot_who_can_add import BotWhoCanAdd
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="BotCreateRequestWebhook")
_BotCanEdit_MEMBERS = BotCanEdit._value2member_map_
_BotEventName_MEMBERS = BotEventName._value2member_map_
_BotTemplateEngine_MEMBERS = BotTemplateEngine._value2member_map_
_BotTriggerOn_MEMBERS = BotTriggerOn._value2member_map_
_BotWebhookKind_MEMBERS = BotWebhookKind._value2member_map_
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
        "who_can_add",
        "can_edit",
        "single_chat",
        "kind",
        "unfurl_domains",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "name": "string",
}


@_attrs_define(repr=False)
class BotCreateRequestWebhook:
    """Settings of the bot to create; only `name` is mandatory.

    Attributes:
        name (str): Display name of the bot.
        nickname (str | Unset): Unique @-handle of the bot; it has to end in `_bot`.
        outgoing_url (str | Unset): Endpoint that receives the bot's outgoing webhook POSTs.
        events (list[BotEventName] | Unset): Event types to deliver to `outgoing_url` (and to record in the event
            history, if enabled).
        trigger_on (BotTriggerOn | Unset): What makes a bot receive message webhooks: `commands` (only messages that
            start with one of its commands), `all_messages` (every message in chats it belongs to) or `unfurl` (links to
            watched domains, for link-preview bots). Default: BotTriggerOn.COMMANDS.
        commands (list[str] | Unset): Trigger words used when `trigger_on` is `commands`; joined with commas they must
            fit in 255 characters.
        scopes (list[str] | Unset): Scopes for the bot's token. Leave out to receive the default set. Scopes reserved
            for human roles are refused with 400, and the service values `bot` and `all` cannot be requested.
        template (str | Unset): Template that turns payloads posted to the bot's incoming webhook into message text.
        template_engine (BotTemplateEngine | Unset): Template language for incoming-webhook payloads: `liquid` offers
            conditions, loops and filters, while `mustache` only substitutes values.
        challenge_key (str | Unset): Name of the field carrying the verification challenge sent to the incoming webhook.
        link_preview_enabled (bool | Unset): Whether messages posted through the incoming webhook get link previews.
            Default: True.
        ignore_self_messages (bool | Unset): When true, the bot's own messages do not trigger its outgoing webhook.
            Button clicks are delivered regardless. Default: False.
        events_history_enabled (bool | Unset): Keep a server-side history of the bot's events so they can be polled via
            `GET /webhooks/events`; works even without an outgoing URL. Default: False.
        who_can_add (BotWhoCanAdd | Unset): Who may add a bot to chats, from narrowest to widest: `creator` only;
            `creator_admin` adds workspace administrators; `creator_admin_user` adds regular members; `anyone` includes
            guests too. Default: BotWhoCanAdd.CREATOR.
        can_edit (list[BotCanEdit] | Unset): Roles that may edit the bot besides its creator, who always can. An empty
            list leaves editing to the creator alone.
        single_chat (bool | Unset): If true, the bot may belong to only one group chat or channel (DMs and threads are
            not counted). Fixed at creation; updates cannot change it. Default: False.
        kind (BotWebhookKind | Unset): Where a bot's incoming webhook expects its requests from: `simple` is the custom
            format, where the bot's template turns the posted body into a message; `gitlab` and `grafana` take those
            services' webhook payloads and Pachca composes the message itself.
        unfurl_domains (list[str] | Unset): Up to 5 domains (subdomains included) the bot provides link previews for;
            links to them in messages reach the bot as `message_link_shared` events.
    """

    name: str
    nickname: str | Unset = UNSET
    outgoing_url: str | Unset = UNSET
    events: list[BotEventName] | Unset = UNSET
    trigger_on: BotTriggerOn | Unset = BotTriggerOn.COMMANDS
    commands: list[str] | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    template: str | Unset = UNSET
    template_engine: BotTemplateEngine | Unset = UNSET
    challenge_key: str | Unset = UNSET
    link_preview_enabled: bool | Unset = True
    ignore_self_messages: bool | Unset = False
    events_history_enabled: bool | Unset = False
    who_can_add: BotWhoCanAdd | Unset = BotWhoCanAdd.CREATOR
    can_edit: list[BotCanEdit] | Unset = UNSET
    single_chat: bool | Unset = False
    kind: BotWebhookKind | Unset = UNSET
    unfurl_domains: list[str] | Unset = UNSET
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
            f"who_can_add={self.who_can_add!r}, "
            f"can_edit={self.can_edit!r}, "
            f"single_chat={self.single_chat!r}, "
            f"kind={self.kind!r}, "
            f"unfurl_domains={self.unfurl_domains!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`BotCreateRequestWebhook` from its JSON object, validated against openapi.yaml.

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
    """`BotCreateRequestWebhook.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "BotCreateRequestWebhook", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        name = _d["name"]
        if len(_d) != 1:
            nickname = _d.get("nickname", UNSET)
            outgoing_url = _d.get("outgoing_url", UNSET)
            events = _d.get("events", UNSET)
            trigger_on = _d.get("trigger_on", UNSET)
            commands = _d.get("commands", UNSET)
            scopes = _d.get("scopes", UNSET)
            template = _d.get("template", UNSET)
            template_engine = _d.get("template_engine", UNSET)
            challenge_key = _d.get("challenge_key", UNSET)
            link_preview_enabled = _d.get("link_preview_enabled", UNSET)
            ignore_self_messages = _d.get("ignore_self_messages", UNSET)
            events_history_enabled = _d.get("events_history_enabled", UNSET)
            who_can_add = _d.get("who_can_add", UNSET)
            can_edit = _d.get("can_edit", UNSET)
            single_chat = _d.get("single_chat", UNSET)
            kind = _d.get("kind", UNSET)
            unfurl_domains = _d.get("unfurl_domains", UNSET)
        else:
            nickname = outgoing_url = events = trigger_on = commands = scopes = template = template_engine = (
                challenge_key
            ) = link_preview_enabled = ignore_self_messages = events_history_enabled = who_can_add = can_edit = (
                single_chat
            ) = kind = unfurl_domains = UNSET
        if type(name) is not str:
            name = _v.string(name, "name", strict)
        if strict:
            _v.check_limits(name, "name", max_length=255)

        _n = 1
        if nickname is not UNSET:
            _n += 1
            if type(nickname) is not str:
                nickname = _v.string(nickname, "nickname", strict)
            if strict:
                _v.check_limits(nickname, "nickname", max_length=255)

        if outgoing_url is not UNSET:
            _n += 1
            if type(outgoing_url) is not str:
                outgoing_url = _v.string(outgoing_url, "outgoing_url", strict)

        if events is not UNSET:
            _n += 1
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

        if trigger_on is not UNSET:
            _n += 1
            try:
                trigger_on = _BotTriggerOn_MEMBERS[trigger_on]
            except (KeyError, TypeError):
                trigger_on = _v.enum_member(BotTriggerOn, trigger_on, "trigger_on", strict)
            if strict:
                _v.unknown_value(BotTriggerOn, trigger_on, "trigger_on")

        if commands is not UNSET:
            _n += 1
            if type(commands) is not list:
                commands = _v.array(commands, "commands", strict)

            try:
                for _item0 in commands:
                    if type(_item0) is not str:
                        _item0 = _v.string(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(commands).at_key("commands") from None

        if scopes is not UNSET:
            _n += 1
            if type(scopes) is not list:
                scopes = _v.array(scopes, "scopes", strict)

            try:
                for _item0 in scopes:
                    if type(_item0) is not str:
                        _item0 = _v.string(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(scopes).at_key("scopes") from None

        if template is not UNSET:
            _n += 1
            if type(template) is not str:
                template = _v.string(template, "template", strict)

        if template_engine is not UNSET:
            _n += 1
            try:
                template_engine = _BotTemplateEngine_MEMBERS[template_engine]
            except (KeyError, TypeError):
                template_engine = _v.enum_member(BotTemplateEngine, template_engine, "template_engine", strict)
            if strict:
                _v.unknown_value(BotTemplateEngine, template_engine, "template_engine")

        if challenge_key is not UNSET:
            _n += 1
            if type(challenge_key) is not str:
                challenge_key = _v.string(challenge_key, "challenge_key", strict)

        if link_preview_enabled is not UNSET:
            _n += 1
            if type(link_preview_enabled) is not bool:
                link_preview_enabled = _v.boolean(link_preview_enabled, "link_preview_enabled", strict)

        if ignore_self_messages is not UNSET:
            _n += 1
            if type(ignore_self_messages) is not bool:
                ignore_self_messages = _v.boolean(ignore_self_messages, "ignore_self_messages", strict)

        if events_history_enabled is not UNSET:
            _n += 1
            if type(events_history_enabled) is not bool:
                events_history_enabled = _v.boolean(events_history_enabled, "events_history_enabled", strict)

        if who_can_add is not UNSET:
            _n += 1
            try:
                who_can_add = _BotWhoCanAdd_MEMBERS[who_can_add]
            except (KeyError, TypeError):
                who_can_add = _v.enum_member(BotWhoCanAdd, who_can_add, "who_can_add", strict)
            if strict:
                _v.unknown_value(BotWhoCanAdd, who_can_add, "who_can_add")

        if can_edit is not UNSET:
            _n += 1
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

        if single_chat is not UNSET:
            _n += 1
            if type(single_chat) is not bool:
                single_chat = _v.boolean(single_chat, "single_chat", strict)

        if kind is not UNSET:
            _n += 1
            try:
                kind = _BotWebhookKind_MEMBERS[kind]
            except (KeyError, TypeError):
                kind = _v.enum_member(BotWebhookKind, kind, "kind", strict)
            if strict:
                _v.unknown_value(BotWebhookKind, kind, "kind")

        if unfurl_domains is not UNSET:
            _n += 1
            if type(unfurl_domains) is not list:
                unfurl_domains = _v.array(unfurl_domains, "unfurl_domains", strict)

            try:
                for _item0 in unfurl_domains:
                    if type(_item0) is not str:
                        _item0 = _v.string(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(unfurl_domains).at_key("unfurl_domains") from None

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
        _result.who_can_add = who_can_add
        _result.can_edit = can_edit
        _result.single_chat = single_chat
        _result.kind = kind
        _result.unfurl_domains = unfurl_domains
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("BotCreateRequestWebhook", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("BotCreateRequestWebhook", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
