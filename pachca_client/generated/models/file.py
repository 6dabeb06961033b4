# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="File")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "key",
        "name",
        "file_type",
        "url",
        "width",
        "height",
        "duration_ms",
    }
)


@_attrs_define
class File:
    """A file attached to a message, as found in `Message.files`.

    Attributes:
        id (int): Id of the stored file.
        key (str): Storage path of the file, as produced by the upload.
        name (str): File name including its extension.
        file_type (FileType): Kind of attachment: `file` (generic), `image` (shown inline, may have dimensions),
            `audio`, or `voice` (a voice message, which needs a duration and a waveform).
        url (str): Presigned download link. It expires (roughly a week), so re-read the message for a fresh link instead
            of storing it.
        width (int | None | Unset): Pixel width for images; null for other files or when no size was given on upload.
        height (int | None | Unset): Pixel height for images; null for other files or when no size was given on upload.
        duration_ms (int | None | Unset): Length in milliseconds for voice, audio and video files; null for other files
            or when no length was given on upload.
    """

    id: int
    key: str
    name: str
    file_type: FileType
    url: str
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        name = self.name

        file_type = self.file_type.value

        url = self.url

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "name": name,
                "file_type": file_type,
                "url": url,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        key = d["key"]

        name = d["name"]

        file_type = FileType._from_value(d["file_type"])

        url = d["url"]

        width = d.get("width", UNSET)

        height = d.get("height", UNSET)

        duration_ms = d.get("duration_ms", UNSET)

        file = cls(
            id,
            key,
            name,
            file_type,
            url,
            width,
            height,
            duration_ms,
        )

        if len(d) != 5 and not d.keys() <= _KNOWN_KEYS:
            file.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return file

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
