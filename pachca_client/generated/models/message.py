# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.message_entity_type import MessageEntityType
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.button import Button
    from ..models.button import _from_dict as _Button_from_dict
    from ..models.file import File
    from ..models.file import _from_dict as _File_from_dict
    from ..models.forwarding import Forwarding
    from ..models.forwarding import _from_dict as _Forwarding_from_dict
    from ..models.message_thread_type_0 import MessageThreadType0
    from ..models.message_thread_type_0 import _from_dict as _MessageThreadType0_from_dict
    from ..models.voice_content import VoiceContent
    from ..models.voice_content import _from_dict as _VoiceContent_from_dict


T = TypeVar("T", bound="Message")
_MessageEntityType_MEMBERS = MessageEntityType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "entity_type",
        "entity_id",
        "chat_id",
        "root_chat_id",
        "content",
        "user_id",
        "created_at",
        "url",
        "files",
        "voice_content",
        "buttons",
        "thread",
        "forwarding",
        "parent_message_id",
        "changed_at",
        "deleted_at",
        "display_avatar_url",
        "display_name",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "integer",
    "entity_type": "string (MessageEntityType)",
    "entity_id": "integer",
    "chat_id": "integer",
    "root_chat_id": "integer",
    "content": "string",
    "user_id": "integer",
    "created_at": "date-time",
    "url": "string",
    "files": "array",
    "voice_content": "object (VoiceContent) or null",
    "buttons": "array or null",
    "thread": "object (MessageThreadType0) or null",
    "forwarding": "object (Forwarding) or null",
    "parent_message_id": "integer or null",
    "changed_at": "date-time or null",
    "deleted_at": "date-time or null",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "id",
    "entity_type",
    "entity_id",
    "chat_id",
    "root_chat_id",
    "content",
    "user_id",
    "created_at",
    "url",
    "files",
    "voice_content",
    "buttons",
    "thread",
    "forwarding",
    "parent_message_id",
    "changed_at",
    "deleted_at",
)


@_attrs_define(repr=False)
class Message:
    """A chat message as returned by the message endpoints, with its attachments, buttons, thread link and forward details.

    Attributes:
        id (int):
        entity_type (MessageEntityType): What a message is addressed to: `discussion` (a group chat or channel, by chat
            id), `thread` (by thread id) or `user` (a DM, by user id; the DM chat is created when missing).
        entity_id (int): Id of the target named by `entity_type`: a chat id, a thread id or a user id.
        chat_id (int): Chat that actually stores the message; for thread comments this is the thread's own chat.
        root_chat_id (int): Top-level chat of the conversation: for a thread comment it points to the chat the thread
            grew out of; otherwise it repeats `chat_id`.
        content (str): Message text with markup; may be empty when the message only carries files.
        user_id (int): Author of the message, a person or a bot.
        created_at (datetime.datetime):
        url (str): Permalink that opens the message in Pachca.
        files (list[File]): Attachments of the message; an empty list when there are none.
        voice_content (None | VoiceContent): Duration, waveform and transcript of a voice message; null for every other
            message.
        buttons (list[list[Button]] | None): Button layout as a list of rows, each row a list of buttons; null when the
            message has no buttons.
        thread (MessageThreadType0 | None): Thread opened on this message, as `{id, chat_id}`; null if none exists or if
            the message is itself a thread comment.
        forwarding (Forwarding | None): Source details if this message is a forward, otherwise null.
        parent_message_id (int | None): Message this one replies to; null when it is not a reply.
        changed_at (datetime.datetime | None): Time of the last edit: equal to `created_at` for unedited messages, null
            for old messages written before the field existed.
        deleted_at (datetime.datetime | None): When the message was deleted, otherwise null. Deleted messages are left
            out of lists but can still be fetched by id.
        display_avatar_url (None | str | Unset): Avatar override a bot set for this message. The key exists only on bot
            messages and is null when the bot did not override it.
        display_name (None | str | Unset): Sender-name override a bot set for this message. The key exists only on bot
            messages and is null when the bot did not override it.
    """

    id: int
    entity_type: MessageEntityType
    entity_id: int
    chat_id: int
    root_chat_id: int
    content: str
    user_id: int
    created_at: datetime.datetime
    url: str
    files: list[File]
    voice_content: None | VoiceContent
    buttons: list[list[Button]] | None
    thread: MessageThreadType0 | None
    forwarding: Forwarding | None
    parent_message_id: int | None
    changed_at: datetime.datetime | None
    deleted_at: datetime.datetime | None
    display_avatar_url: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
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
            f"id={self.id!r}, "
            f"entity_type={self.entity_type!r}, "
            f"entity_id={self.entity_id!r}, "
            f"chat_id={self.chat_id!r}, "
            f"root_chat_id={self.root_chat_id!r}, "
            f"content={self.content!r}, "
            f"user_id={self.user_id!r}, "
            f"created_at={self.created_at!r}, "
            f"url={self.url!r}, "
            f"files={self.files!r}, "
            f"voice_content={self.voice_content!r}, "
            f"buttons={self.buttons!r}, "
            f"thread={self.thread!r}, "
            f"forwarding={self.forwarding!r}, "
            f"parent_message_id={self.parent_message_id!r}, "
            f"changed_at={self.changed_at!r}, "
            f"deleted_at={self.deleted_at!r}, "
            f"display_avatar_url={self.display_avatar_url!r}, "
            f"display_name={self.display_name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        entity_type = self.entity_type.value

        entity_id = self.entity_id

        chat_id = self.chat_id

        root_chat_id = self.root_chat_id

        content = self.content

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        url = self.url

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        voice_content: dict[str, Any] | None
        if isinstance(self.voice_content, VoiceContent):
            voice_content = self.voice_content.to_dict()
        else:
            voice_content = self.voice_content

        buttons: list[list[dict[str, Any]]] | None
        if isinstance(self.buttons, list):
            buttons = []
            for buttons_type_0_item_data in self.buttons:
                buttons_type_0_item = []
                for buttons_type_0_item_item_data in buttons_type_0_item_data:
                    buttons_type_0_item_item = buttons_type_0_item_item_data.to_dict()
                    buttons_type_0_item.append(buttons_type_0_item_item)

                buttons.append(buttons_type_0_item)

        else:
            buttons = self.buttons

        thread: dict[str, Any] | None
        if isinstance(self.thread, MessageThreadType0):
            thread = self.thread.to_dict()
        else:
            thread = self.thread

        forwarding: dict[str, Any] | None
        if isinstance(self.forwarding, Forwarding):
            forwarding = self.forwarding.to_dict()
        else:
            forwarding = self.forwarding

        parent_message_id: int | None
        parent_message_id = self.parent_message_id

        changed_at: None | str
        if isinstance(self.changed_at, datetime.datetime):
            changed_at = self.changed_at.isoformat()
        else:
            changed_at = self.changed_at

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        display_avatar_url: None | str | Unset
        if isinstance(self.display_avatar_url, Unset):
            display_avatar_url = UNSET
        else:
            display_avatar_url = self.display_avatar_url

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "chat_id": chat_id,
                "root_chat_id": root_chat_id,
                "content": content,
                "user_id": user_id,
                "created_at": created_at,
                "url": url,
                "files": files,
                "voice_content": voice_content,
                "buttons": buttons,
                "thread": thread,
                "forwarding": forwarding,
                "parent_message_id": parent_message_id,
                "changed_at": changed_at,
                "deleted_at": deleted_at,
            }
        )
        if display_avatar_url is not UNSET:
            field_dict["display_avatar_url"] = display_avatar_url
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`Message` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _v.without_gc_pauses(_from_dict, cls, src_dict, strict)

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
    """`Message.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "Message", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
            id,
            entity_type,
            entity_id,
            chat_id,
            root_chat_id,
            content,
            user_id,
            created_at,
            url,
            files,
            voice_content,
            buttons,
            thread,
            forwarding,
            parent_message_id,
            changed_at,
            deleted_at,
        ) = _read_required(_d)
        if len(_d) != 17:
            display_avatar_url = _d.get("display_avatar_url", UNSET)
            display_name = _d.get("display_name", UNSET)
        else:
            display_avatar_url = display_name = UNSET
        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        try:
            entity_type = _MessageEntityType_MEMBERS[entity_type]
        except (KeyError, TypeError):
            entity_type = _v.enum_member(MessageEntityType, entity_type, "entity_type", strict)
        if strict:
            _v.unknown_value(MessageEntityType, entity_type, "entity_type")

        if type(entity_id) is not int:
            entity_id = _v.integer(entity_id, "entity_id", strict)

        if type(chat_id) is not int:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(root_chat_id) is not int:
            root_chat_id = _v.integer(root_chat_id, "root_chat_id", strict)

        if type(content) is not str:
            content = _v.string(content, "content", strict)

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        _first_date_time = created_at
        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        if type(url) is not str:
            url = _v.string(url, "url", strict)

        if type(files) is not list:
            files = _v.array(files, "files", strict)

        if files:
            _files_list = []
            try:
                for _item0 in files:
                    _item0 = _File_from_dict(File, _item0, strict)

                    _files_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(files).at_key("files") from None
            files = _files_list

        if voice_content is not None:
            try:
                voice_content = _VoiceContent_from_dict(VoiceContent, voice_content, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("voice_content") from None

        if buttons is not None:
            if type(buttons) is not list:
                buttons = _v.array(buttons, "buttons", strict)

            if buttons:
                _buttons_list = []
                try:
                    for _item0 in buttons:
                        if type(_item0) is not list:
                            _item0 = _v.array(_item0, None, strict)

                        if _item0:
                            _item0_list = []
                            try:
                                for _item1 in _item0:
                                    _item1 = _Button_from_dict(Button, _item1, strict)

                                    _item0_list.append(_item1)
                            except _v.ValidationError as _error:
                                raise _error.at_index(_item0).at_key(None) from None
                            _item0 = _item0_list

                        _buttons_list.append(_item0)
                except _v.ValidationError as _error:
                    raise _error.at_index(buttons).at_key("buttons") from None
                buttons = _buttons_list

        if thread is not None:
            try:
                thread = _MessageThreadType0_from_dict(MessageThreadType0, thread, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("thread") from None

        if forwarding is not None:
            try:
                forwarding = _Forwarding_from_dict(Forwarding, forwarding, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("forwarding") from None

        if type(parent_message_id) is not int and parent_message_id is not None:
            parent_message_id = _v.integer(parent_message_id, "parent_message_id", strict)

        if changed_at is not None:
            if changed_at == _first_date_time:
                changed_at = created_at
            else:
                try:
                    _date_time0 = _parse_date_time(changed_at)
                    if _date_time0.tzinfo is None:
                        raise ValueError
                except (TypeError, ValueError):
                    _date_time0 = _v.date_time(changed_at, "changed_at", strict)
                changed_at = _date_time0

        if deleted_at is not None:
            if deleted_at == _first_date_time:
                deleted_at = created_at
            else:
                try:
                    _date_time0 = _parse_date_time(deleted_at)
                    if _date_time0.tzinfo is None:
                        raise ValueError
                except (TypeError, ValueError):
                    _date_time0 = _v.date_time(deleted_at, "deleted_at", strict)
                deleted_at = _date_time0

        _n = 17
        if display_avatar_url is not UNSET:
            _n += 1
            if type(display_avatar_url) is not str and display_avatar_url is not None:
                display_avatar_url = _v.string(display_avatar_url, "display_avatar_url", strict)

        if display_name is not UNSET:
            _n += 1
            if type(display_name) is not str and display_name is not None:
                display_name = _v.string(display_name, "display_name", strict)

        _result: T = _new(cls)
        _result.id = id
        _result.entity_type = entity_type
        _result.entity_id = entity_id
        _result.chat_id = chat_id
        _result.root_chat_id = root_chat_id
        _result.content = content
        _result.user_id = user_id
        _result.created_at = created_at
        _result.url = url
        _result.files = files
        _result.voice_content = voice_content
        _result.buttons = buttons
        _result.thread = thread
        _result.forwarding = forwarding
        _result.parent_message_id = parent_message_id
        _result.changed_at = changed_at
        _result.deleted_at = deleted_at
        _result.display_avatar_url = display_avatar_url
        _result.display_name = display_name
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("Message", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("Message", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global Button, _Button_from_dict
    global File, _File_from_dict
    global Forwarding, _Forwarding_from_dict
    global MessageThreadType0, _MessageThreadType0_from_dict
    global VoiceContent, _VoiceContent_from_dict
    from ..models.button import Button
    from ..models.button import _from_dict as _Button_from_dict
    from ..models.file import File
    from ..models.file import _from_dict as _File_from_dict
    from ..models.forwarding import Forwarding
    from ..models.forwarding import _from_dict as _Forwarding_from_dict
    from ..models.message_thread_type_0 import MessageThreadType0
    from ..models.message_thread_type_0 import _from_dict as _MessageThreadType0_from_dict
    from ..models.voice_content import VoiceContent
    from ..models.voice_content import _from_dict as _VoiceContent_from_dict

    _references_pending = False
