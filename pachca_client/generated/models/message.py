# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_entity_type import MessageEntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.button import Button
    from ..models.file import File
    from ..models.forwarding import Forwarding
    from ..models.message_thread_type_0 import MessageThreadType0
    from ..models.voice_content import VoiceContent


T = TypeVar("T", bound="Message")

_KNOWN_KEYS = frozenset(
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


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        id = d["id"]

        entity_type = MessageEntityType._from_value(d["entity_type"])

        entity_id = d["entity_id"]

        chat_id = d["chat_id"]

        root_chat_id = d["root_chat_id"]

        content = d["content"]

        user_id = d["user_id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        url = d["url"]

        files = [File.from_dict(files_item_data) for files_item_data in d["files"]]

        _voice_content = d["voice_content"]
        voice_content: None | VoiceContent
        if _voice_content is None:
            voice_content = None
        elif not isinstance(_voice_content, dict):
            voice_content = _voice_content
        else:
            try:
                voice_content_type_0 = VoiceContent.from_dict(_voice_content)

                voice_content = voice_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                voice_content = cast("None | VoiceContent", _voice_content)

        _buttons = d["buttons"]
        buttons: list[list[Button]] | None
        if _buttons is None:
            buttons = None
        elif not isinstance(_buttons, list):
            buttons = _buttons
        else:
            try:
                buttons_type_0 = []
                _buttons_type_0 = _buttons
                for buttons_type_0_item_data in _buttons_type_0:
                    buttons_type_0_item = [
                        Button.from_dict(buttons_type_0_item_item_data)
                        for buttons_type_0_item_item_data in buttons_type_0_item_data
                    ]

                    buttons_type_0.append(buttons_type_0_item)

                buttons = buttons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                buttons = cast("list[list[Button]] | None", _buttons)

        _thread = d["thread"]
        thread: MessageThreadType0 | None
        if _thread is None:
            thread = None
        elif not isinstance(_thread, dict):
            thread = _thread
        else:
            try:
                thread_type_0 = MessageThreadType0.from_dict(_thread)

                thread = thread_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                thread = cast("MessageThreadType0 | None", _thread)

        _forwarding = d["forwarding"]
        forwarding: Forwarding | None
        if _forwarding is None:
            forwarding = None
        elif not isinstance(_forwarding, dict):
            forwarding = _forwarding
        else:
            try:
                forwarding_type_0 = Forwarding.from_dict(_forwarding)

                forwarding = forwarding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                forwarding = cast("Forwarding | None", _forwarding)

        parent_message_id = d["parent_message_id"]

        _changed_at = d["changed_at"]
        changed_at: datetime.datetime | None
        if _changed_at is None:
            changed_at = None
        elif not isinstance(_changed_at, str):
            changed_at = _changed_at
        else:
            try:
                changed_at_type_0 = datetime.datetime.fromisoformat(_changed_at)

                changed_at = changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                changed_at = cast("datetime.datetime | None", _changed_at)

        _deleted_at = d["deleted_at"]
        deleted_at: datetime.datetime | None
        if _deleted_at is None:
            deleted_at = None
        elif not isinstance(_deleted_at, str):
            deleted_at = _deleted_at
        else:
            try:
                deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                deleted_at = deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                deleted_at = cast("datetime.datetime | None", _deleted_at)

        display_avatar_url = d.get("display_avatar_url", UNSET)

        display_name = d.get("display_name", UNSET)

        message = cls(
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
            display_avatar_url,
            display_name,
        )

        if len(d) != 17 and not d.keys() <= _KNOWN_KEYS:
            message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return message

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
    global Button
    global File
    global Forwarding
    global MessageThreadType0
    global VoiceContent
    from ..models.button import Button
    from ..models.file import File
    from ..models.forwarding import Forwarding
    from ..models.message_thread_type_0 import MessageThreadType0
    from ..models.voice_content import VoiceContent

    _references_pending = False
