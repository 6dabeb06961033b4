# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_entity_type import MessageEntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.button import Button
    from ..models.message_create_request_message_files_item import MessageCreateRequestMessageFilesItem


T = TypeVar("T", bound="MessageCreateRequestMessage")

_KNOWN_KEYS = frozenset(
    {
        "entity_id",
        "entity_type",
        "content",
        "files",
        "buttons",
        "parent_message_id",
        "display_avatar_url",
        "display_name",
        "skip_invite_mentions",
    }
)


@_attrs_define
class MessageCreateRequestMessage:
    """The message to send.

    Attributes:
        entity_id (int): Id of the target matching `entity_type`: chat id, thread id or user id.
        entity_type (MessageEntityType | Unset): What a message is addressed to: `discussion` (a group chat or channel,
            by chat id), `thread` (by thread id) or `user` (a DM, by user id; the DM chat is created when missing). Default:
            MessageEntityType.DISCUSSION.
        content (str | Unset): Message text. Mention people as `@nickname` or `<@user_id>`; the latter is rewritten to
            the nickname.
        files (list[MessageCreateRequestMessageFilesItem] | Unset): Attachments uploaded beforehand via `POST /uploads`
            and `direct_url`.
        buttons (list[list[Button]] | Unset): Rows of buttons to show under the message. The spec caps this at 100
            buttons in total and 8 per row.
        parent_message_id (int | Unset): Set this to post the message as a reply to an existing one.
        display_avatar_url (str | Unset): Avatar URL shown instead of the bot's own for this message; bot tokens only.
        display_name (str | Unset): Sender name shown instead of the bot's own for this message; bot tokens only.
        skip_invite_mentions (bool | Unset): For posts in a thread: do not add the mentioned users to the thread.
            Default: False.
    """

    entity_id: int
    entity_type: MessageEntityType | Unset = MessageEntityType.DISCUSSION
    content: str | Unset = UNSET
    files: list[MessageCreateRequestMessageFilesItem] | Unset = UNSET
    buttons: list[list[Button]] | Unset = UNSET
    parent_message_id: int | Unset = UNSET
    display_avatar_url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    skip_invite_mentions: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        entity_id = self.entity_id

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        content = self.content

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        buttons: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = []
                for buttons_item_item_data in buttons_item_data:
                    buttons_item_item = buttons_item_item_data.to_dict()
                    buttons_item.append(buttons_item_item)

                buttons.append(buttons_item)

        parent_message_id = self.parent_message_id

        display_avatar_url = self.display_avatar_url

        display_name = self.display_name

        skip_invite_mentions = self.skip_invite_mentions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
            }
        )
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if content is not UNSET:
            field_dict["content"] = content
        if files is not UNSET:
            field_dict["files"] = files
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if parent_message_id is not UNSET:
            field_dict["parent_message_id"] = parent_message_id
        if display_avatar_url is not UNSET:
            field_dict["display_avatar_url"] = display_avatar_url
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if skip_invite_mentions is not UNSET:
            field_dict["skip_invite_mentions"] = skip_invite_mentions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        entity_id = d["entity_id"]

        _entity_type = d.get("entity_type", UNSET)
        entity_type: MessageEntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = MessageEntityType._from_value(_entity_type)

        content = d.get("content", UNSET)

        _files = d.get("files", UNSET)
        files: list[MessageCreateRequestMessageFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = [MessageCreateRequestMessageFilesItem.from_dict(files_item_data) for files_item_data in _files]

        _buttons = d.get("buttons", UNSET)
        buttons: list[list[Button]] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = [
                    Button.from_dict(buttons_item_item_data) for buttons_item_item_data in buttons_item_data
                ]

                buttons.append(buttons_item)

        parent_message_id = d.get("parent_message_id", UNSET)

        display_avatar_url = d.get("display_avatar_url", UNSET)

        display_name = d.get("display_name", UNSET)

        skip_invite_mentions = d.get("skip_invite_mentions", UNSET)

        message_create_request_message = cls(
            entity_id,
            entity_type,
            content,
            files,
            buttons,
            parent_message_id,
            display_avatar_url,
            display_name,
            skip_invite_mentions,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            message_create_request_message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return message_create_request_message

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
    global MessageCreateRequestMessageFilesItem
    from ..models.button import Button
    from ..models.message_create_request_message_files_item import MessageCreateRequestMessageFilesItem

    _references_pending = False
