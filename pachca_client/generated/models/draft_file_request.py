# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftFileRequest")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "name",
        "id",
        "file_type",
        "size",
        "width",
        "height",
        "duration_ms",
        "waveform",
    }
)


@_attrs_define
class DraftFileRequest:
    """One attachment in a draft create or update request: either a freshly uploaded file, or a file already on the draft,
    referred to by `id`, that should stay.

        Attributes:
            key (str): Upload `key` with its `${filename}` placeholder replaced by the real file name, up to 1000
                characters.
            name (str): Display name of the attachment, up to 255 characters.
            id (int | Unset): Id of a file already attached to the draft, sent when editing to keep it as it is; leave it
                out for a new upload.
            file_type (FileType | Unset): Kind of attachment: `file` (generic), `image` (shown inline, may have dimensions),
                `audio`, or `voice` (a voice message, which needs a duration and a waveform).
            size (int | Unset): Byte count shown to readers beside the attachment.
            width (int | Unset): Image width in pixels; only meaningful for `image` files.
            height (int | Unset): Image height in pixels; only meaningful for `image` files.
            duration_ms (int | Unset): Length of the recording in milliseconds; required for `voice` files.
            waveform (str | Unset): Amplitude string used to draw a voice message, up to 256 characters; required for
                `voice` files.
    """

    key: str
    name: str
    id: int | Unset = UNSET
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

        id = self.id

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
        if id is not UNSET:
            field_dict["id"] = id
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

        id = d.get("id", UNSET)

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

        draft_file_request = cls(
            key,
            name,
            id,
            file_type,
            size,
            width,
            height,
            duration_ms,
            waveform,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            draft_file_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return draft_file_request

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
