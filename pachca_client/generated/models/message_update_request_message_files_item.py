# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageUpdateRequestMessageFilesItem")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "name",
        "file_type",
        "size",
        "width",
        "height",
        "duration_ms",
        "waveform",
    }
)


@_attrs_define
class MessageUpdateRequestMessageFilesItem:
    """One already uploaded file to attach.

    Attributes:
        key (str): Upload `key` with its `${filename}` placeholder replaced by the real file name.
        name (str): Display name of the attachment. An extension differing from the one in `key` is refused (422,
            `wrong_params`).
        file_type (FileType | Unset): Kind of attachment: `file` (generic), `image` (shown inline, may have dimensions),
            `audio`, or `voice` (a voice message, which needs a duration and a waveform).
        size (int | Unset): Byte count shown to readers beside the attachment.
        width (int | Unset): Image width in pixels; only meaningful for `image` files.
        height (int | Unset): Image height in pixels; only meaningful for `image` files.
        duration_ms (int | Unset): Length of a voice recording in milliseconds (at least 1); required for `voice`,
            ignored for other kinds.
        waveform (str | Unset): Amplitude string used to draw a voice message, up to 256 characters; required for
            `voice`, ignored for other kinds.
    """

    key: str
    name: str
    file_type: FileType | Unset = UNSET
    size: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    duration_ms: int | Unset = UNSET
    waveform: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        file_type: str | Unset = UNSET
        if not isinstance(self.file_type, Unset):
            file_type = self.file_type.value

        size = self.size

        width = self.width

        height = self.height

        duration_ms = self.duration_ms

        waveform = self.waveform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if size is not UNSET:
            field_dict["size"] = size
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if waveform is not UNSET:
            field_dict["waveform"] = waveform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        name = d["name"]

        _file_type = d.get("file_type", UNSET)
        file_type: FileType | Unset
        if isinstance(_file_type, Unset):
            file_type = UNSET
        else:
            file_type = FileType._from_value(_file_type)

        size = d.get("size", UNSET)

        width = d.get("width", UNSET)

        height = d.get("height", UNSET)

        duration_ms = d.get("duration_ms", UNSET)

        waveform = d.get("waveform", UNSET)

        message_update_request_message_files_item = cls(
            key,
            name,
            file_type,
            size,
            width,
            height,
            duration_ms,
            waveform,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            message_update_request_message_files_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return message_update_request_message_files_item

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
