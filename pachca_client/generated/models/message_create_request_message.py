# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.message_entity_type import MessageEntityType
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.button import Button
    from ..models.button import _from_dict as _Button_from_dict
    from ..models.message_create_request_message_files_item import MessageCreateRequestMessageFilesItem
    from ..models.message_create_request_message_files_item import (
        _from_dict as _MessageCreateRequestMessageFilesItem_from_dict,
    )


T = TypeVar("T", bound="MessageCreateRequestMessage")
_MessageEntityType_MEMBERS = MessageEntityType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "entity_id": "integer",
}


@_attrs_define(repr=False)
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
            f"entity_id={self.entity_id!r}, "
            f"entity_type={self.entity_type!r}, "
            f"content={self.content!r}, "
            f"files={self.files!r}, "
            f"buttons={self.buttons!r}, "
            f"parent_message_id={self.parent_message_id!r}, "
            f"display_avatar_url={self.display_avatar_url!r}, "
            f"display_name={self.display_name!r}, "
            f"skip_invite_mentions={self.skip_invite_mentions!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`MessageCreateRequestMessage` from its JSON object, validated against openapi.yaml.

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
    """`MessageCreateRequestMessage.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "MessageCreateRequestMessage", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        entity_id = _d["entity_id"]
        if len(_d) != 1:
            entity_type = _d.get("entity_type", UNSET)
            content = _d.get("content", UNSET)
            files = _d.get("files", UNSET)
            buttons = _d.get("buttons", UNSET)
            parent_message_id = _d.get("parent_message_id", UNSET)
            display_avatar_url = _d.get("display_avatar_url", UNSET)
            display_name = _d.get("display_name", UNSET)
            skip_invite_mentions = _d.get("skip_invite_mentions", UNSET)
        else:
            entity_type = content = files = buttons = parent_message_id = display_avatar_url = display_name = (
                skip_invite_mentions
            ) = UNSET
        if type(entity_id) is not int:
            entity_id = _v.integer(entity_id, "entity_id", strict)

        _n = 1
        if entity_type is not UNSET:
            _n += 1
            try:
                entity_type = _MessageEntityType_MEMBERS[entity_type]
            except (KeyError, TypeError):
                entity_type = _v.enum_member(MessageEntityType, entity_type, "entity_type", strict)
            if strict:
                _v.unknown_value(MessageEntityType, entity_type, "entity_type")

        if content is not UNSET:
            _n += 1
            if type(content) is not str:
                content = _v.string(content, "content", strict)

        if files is not UNSET:
            _n += 1
            if type(files) is not list:
                files = _v.array(files, "files", strict)

            if files:
                _files_list = []
                try:
                    for _item0 in files:
                        _item0 = _MessageCreateRequestMessageFilesItem_from_dict(
                            MessageCreateRequestMessageFilesItem, _item0, strict
                        )

                        _files_list.append(_item0)
                except _v.ValidationError as _error:
                    raise _error.at_index(files).at_key("files") from None
                files = _files_list

        if buttons is not UNSET:
            _n += 1
            if type(buttons) is not list:
                buttons = _v.array(buttons, "buttons", strict)
            if strict:
                _v.check_limits(buttons, "buttons", max_items=32)

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

        if parent_message_id is not UNSET:
            _n += 1
            if type(parent_message_id) is not int:
                parent_message_id = _v.integer(parent_message_id, "parent_message_id", strict)

        if display_avatar_url is not UNSET:
            _n += 1
            if type(display_avatar_url) is not str:
                display_avatar_url = _v.string(display_avatar_url, "display_avatar_url", strict)
            if strict:
                _v.check_limits(display_avatar_url, "display_avatar_url", max_length=255)

        if display_name is not UNSET:
            _n += 1
            if type(display_name) is not str:
                display_name = _v.string(display_name, "display_name", strict)
            if strict:
                _v.check_limits(display_name, "display_name", max_length=255)

        if skip_invite_mentions is not UNSET:
            _n += 1
            if type(skip_invite_mentions) is not bool:
                skip_invite_mentions = _v.boolean(skip_invite_mentions, "skip_invite_mentions", strict)

        _result: T = _new(cls)
        _result.entity_id = entity_id
        _result.entity_type = entity_type
        _result.content = content
        _result.files = files
        _result.buttons = buttons
        _result.parent_message_id = parent_message_id
        _result.display_avatar_url = display_avatar_url
        _result.display_name = display_name
        _result.skip_invite_mentions = skip_invite_mentions
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("MessageCreateRequestMessage", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("MessageCreateRequestMessage", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global Button, _Button_from_dict
    global MessageCreateRequestMessageFilesItem, _MessageCreateRequestMessageFilesItem_from_dict
    from ..models.button import Button
    from ..models.button import _from_dict as _Button_from_dict
    from ..models.message_create_request_message_files_item import MessageCreateRequestMessageFilesItem
    from ..models.message_create_request_message_files_item import (
        _from_dict as _MessageCreateRequestMessageFilesItem_from_dict,
    )

    _references_pending = False
