# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="ExportRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "start_at",
        "end_at",
        "webhook_url",
        "chat_ids",
        "skip_chats_file",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "start_at": "date",
    "end_at": "date",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("start_at", "end_at")


@_attrs_define(repr=False)
class ExportRequest:
    """Body of `POST /chats/exports`, which starts an asynchronous export of message history (Corporation plan, owner
    only). Asked with `Prefer: return=representation`, the reply is the export record with its id; otherwise it has no
    body. The finished archive is announced to `webhook_url`.

        Attributes:
            start_at (datetime.date): First day of the period, `YYYY-MM-DD`. The period may cover at most 45 days, or 366
                when `chat_ids` is given.
            end_at (datetime.date): Last day of the period, `YYYY-MM-DD`.
            webhook_url (str | Unset): Address that is sent `{type: export, event: ready, export_id, created_at}` once the
                archive can be downloaded.
            chat_ids (list[int] | Unset): Limit the export to these chats (no more than 50); omit to export every chat.
            skip_chats_file (bool | Unset): If true, the archive leaves out the top-level `chats.json` index. Default:
                False.
    """

    start_at: datetime.date
    end_at: datetime.date
    webhook_url: str | Unset = UNSET
    chat_ids: list[int] | Unset = UNSET
    skip_chats_file: bool | Unset = False
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
            f"start_at={self.start_at!r}, "
            f"end_at={self.end_at!r}, "
            f"webhook_url={self.webhook_url!r}, "
            f"chat_ids={self.chat_ids!r}, "
            f"skip_chats_file={self.skip_chats_file!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        start_at = self.start_at.isoformat()

        end_at = self.end_at.isoformat()

        webhook_url = self.webhook_url

        chat_ids: list[int] | Unset = UNSET
        if not isinstance(self.chat_ids, Unset):
            chat_ids = self.chat_ids

        skip_chats_file = self.skip_chats_file

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "start_at": start_at,
                "end_at": end_at,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if chat_ids is not UNSET:
            field_dict["chat_ids"] = chat_ids
        if skip_chats_file is not UNSET:
            field_dict["skip_chats_file"] = skip_chats_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ExportRequest` from its JSON object, validated against openapi.yaml.

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
    """`ExportRequest.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ExportRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        start_at, end_at = _read_required(_d)
        if len(_d) != 2:
            webhook_url = _d.get("webhook_url", UNSET)
            chat_ids = _d.get("chat_ids", UNSET)
            skip_chats_file = _d.get("skip_chats_file", UNSET)
        else:
            webhook_url = chat_ids = skip_chats_file = UNSET
        start_at = _v.date(start_at, "start_at", strict)

        end_at = _v.date(end_at, "end_at", strict)

        _n = 2
        if webhook_url is not UNSET:
            _n += 1
            if type(webhook_url) is not str:
                webhook_url = _v.string(webhook_url, "webhook_url", strict)

        if chat_ids is not UNSET:
            _n += 1
            if type(chat_ids) is not list:
                chat_ids = _v.array(chat_ids, "chat_ids", strict)

            try:
                for _item0 in chat_ids:
                    if type(_item0) is not int:
                        _item0 = _v.integer(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(chat_ids).at_key("chat_ids") from None

        if skip_chats_file is not UNSET:
            _n += 1
            if type(skip_chats_file) is not bool:
                skip_chats_file = _v.boolean(skip_chats_file, "skip_chats_file", strict)

        _result: T = _new(cls)
        _result.start_at = start_at
        _result.end_at = end_at
        _result.webhook_url = webhook_url
        _result.chat_ids = chat_ids
        _result.skip_chats_file = skip_chats_file
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ExportRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("ExportRequest", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
