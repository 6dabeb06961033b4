# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.button import Button
    from ..models.message_update_request_message_files_item import MessageUpdateRequestMessageFilesItem


T = TypeVar("T", bound="MessageUpdateRequestMessage")

_KNOWN_KEYS = frozenset(
    {
        "content",
        "files",
        "buttons",
        "display_avatar_url",
        "display_name",
    }
)


@_attrs_define
class MessageUpdateRequestMessage:
    """Fields to replace; those left out are kept.

    Attributes:
        content (str | Unset): Replacement text, with the same mention syntax as when sending.
        files (list[MessageUpdateRequestMessageFilesItem] | Unset): Replacement list of attachments, uploaded beforehand
            via `POST /uploads` and `direct_url`.
        buttons (list[list[Button]] | Unset): New rows of buttons (at most 100 in total, 8 per row); send an empty list
            to remove all buttons.
        display_avatar_url (str | Unset): Avatar URL to show for this message instead of the bot's own; bot tokens only.
        display_name (str | Unset): Sender name to show for this message instead of the bot's own; bot tokens only.
    """

    content: str | Unset = UNSET
    files: list[MessageUpdateRequestMessageFilesItem] | Unset = UNSET
    buttons: list[list[Button]] | Unset = UNSET
    display_avatar_url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
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

        display_avatar_url = self.display_avatar_url

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if files is not UNSET:
            field_dict["files"] = files
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
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
        content = d.get("content", UNSET)

        _files = d.get("files", UNSET)
        files: list[MessageUpdateRequestMessageFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = [MessageUpdateRequestMessageFilesItem.from_dict(files_item_data) for files_item_data in _files]

        _buttons = d.get("buttons", UNSET)
        buttons: list[list[Button]] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = [
                    Button.from_dict(buttons_item_item_data) for buttons_item_item_data in buttons_item_data
                ]

                buttons.append(buttons_item)

        display_avatar_url = d.get("display_avatar_url", UNSET)

        display_name = d.get("display_name", UNSET)

        message_update_request_message = cls(
            content,
            files,
            buttons,
            display_avatar_url,
            display_name,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            message_update_request_message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return message_update_request_message

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
    global MessageUpdateRequestMessageFilesItem
    from ..models.button import Button
    from ..models.message_update_request_message_files_item import MessageUpdateRequestMessageFilesItem

    _references_pending = False
