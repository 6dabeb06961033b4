# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_webhook_payload_event import ExportWebhookPayloadEvent
from ..models.export_webhook_payload_type import ExportWebhookPayloadType

T = TypeVar("T", bound="ExportWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "event",
        "export_id",
        "created_at",
    }
)


@_attrs_define
class ExportWebhookPayload:
    """Notice that Pachca POSTs to the `webhook_url` of an export request once the archive can be downloaded (`type:
    export`, `event: ready`).

        Attributes:
            type_ (ExportWebhookPayloadType): Always `export`.
            event (ExportWebhookPayloadEvent): Always `ready`.
            export_id (int): Id of the finished export; pass it to `GET /chats/exports/{id}` to download the archive.
            created_at (datetime.datetime): Timestamp of the export record, as given by Pachca.
    """

    type_: ExportWebhookPayloadType
    event: ExportWebhookPayloadEvent
    export_id: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event = self.event.value

        export_id = self.export_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "export_id": export_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ExportWebhookPayloadType._from_value(d["type"])

        event = ExportWebhookPayloadEvent._from_value(d["event"])

        export_id = d["export_id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        export_webhook_payload = cls(
            type_,
            event,
            export_id,
            created_at,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            export_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return export_webhook_payload

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
