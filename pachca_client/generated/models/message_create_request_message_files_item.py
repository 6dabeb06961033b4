# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.file_type import FileType
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="MessageCreateRequestMessageFilesItem")
_FileType_MEMBERS = FileType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "key": "string",
    "name": "string",
    "file_type": "string (FileType)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("key", "name", "file_type")


@_attrs_define(repr=False)
class MessageCreateRequestMessageFilesItem:
    """One already uploaded file to attach.

    Attributes:
        key (str): Upload `key` with its `${filename}` placeholder replaced by the real file name.
        name (str): Display name of the attachment. An extension differing from the one in `key` is refused (422,
            `wrong_params`).
        file_type (FileType): Kind of attachment: `file` (generic), `image` (shown inline, may have dimensions),
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
    file_type: FileType
    size: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    duration_ms: int | Unset = UNSET
    waveform: str | Unset = UNSET
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
            f"key={self.key!r}, "
            f"name={self.name!r}, "
            f"file_type={self.file_type!r}, "
            f"size={self.size!r}, "
            f"width={self.width!r}, "
            f"height={self.height!r}, "
            f"duration_ms={self.duration_ms!r}, "
            f"waveform={self.waveform!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        file_type = self.file_type.value

        size = self.size

        width = self.width

        height = self.height

        duration_ms = self.duration_ms

        waveform = self.waveform

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "file_type": file_type,
            }
        )
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`MessageCreateRequestMessageFilesItem` from its JSON object, validated against openapi.yaml.

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
    """`MessageCreateRequestMessageFilesItem.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "MessageCreateRequestMessageFilesItem", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        key, name, file_type = _read_required(_d)
        if len(_d) != 3:
            size = _d.get("size", UNSET)
            width = _d.get("width", UNSET)
            height = _d.get("height", UNSET)
            duration_ms = _d.get("duration_ms", UNSET)
            waveform = _d.get("waveform", UNSET)
        else:
            size = width = height = duration_ms = waveform = UNSET
        if type(key) is not str:
            key = _v.string(key, "key", strict)
        if strict:
            _v.check_limits(key, "key", max_length=1000)

        if type(name) is not str:
            name = _v.string(name, "name", strict)
        if strict:
            _v.check_limits(name, "name", max_length=255)

        try:
            file_type = _FileType_MEMBERS[file_type]
        except (KeyError, TypeError):
            file_type = _v.enum_member(FileType, file_type, "file_type", strict)
        if strict:
            _v.unknown_value(FileType, file_type, "file_type")

        _n = 3
        if size is not UNSET:
            _n += 1
            if type(size) is not int:
                size = _v.integer(size, "size", strict)

        if width is not UNSET:
            _n += 1
            if type(width) is not int:
                width = _v.integer(width, "width", strict)

        if height is not UNSET:
            _n += 1
            if type(height) is not int:
                height = _v.integer(height, "height", strict)

        if duration_ms is not UNSET:
            _n += 1
            if type(duration_ms) is not int:
                duration_ms = _v.integer(duration_ms, "duration_ms", strict)
            if strict:
                _v.check_limits(duration_ms, "duration_ms", minimum=1.0)

        if waveform is not UNSET:
            _n += 1
            if type(waveform) is not str:
                waveform = _v.string(waveform, "waveform", strict)
            if strict:
                _v.check_limits(waveform, "waveform", max_length=256)

        _result: T = _new(cls)
        _result.key = key
        _result.name = name
        _result.file_type = file_type
        _result.size = size
        _result.width = width
        _result.height = height
        _result.duration_ms = duration_ms
        _result.waveform = waveform
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(
                _from_dict(cls, _v.tolerated("MessageCreateRequestMessageFilesItem", src_dict, _d, _error), strict)
            )
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(
                    cls,
                    _v.with_missing("MessageCreateRequestMessageFilesItem", src_dict, _d, _REQUIRED, _error),
                    strict,
                )
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
