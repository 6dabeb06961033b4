# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportRequest")

_KNOWN_KEYS = frozenset(
    {
        "start_at",
        "end_at",
        "webhook_url",
        "chat_ids",
        "skip_chats_file",
    }
)


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_at = self.start_at.isoformat()

        end_at = self.end_at.isoformat()

        webhook_url = self.webhook_url

        chat_ids: list[int] | Unset = UNSET
        if not isinstance(self.chat_ids, Unset):
            chat_ids = self.chat_ids

        skip_chats_file = self.skip_chats_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start_at = datetime.date.fromisoformat(d["start_at"])

        end_at = datetime.date.fromisoformat(d["end_at"])

        webhook_url = d.get("webhook_url", UNSET)

        chat_ids = d.get("chat_ids", UNSET)

        skip_chats_file = d.get("skip_chats_file", UNSET)

        export_request = cls(
            start_at,
            end_at,
            webhook_url,
            chat_ids,
            skip_chats_file,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            export_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return export_request

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
