# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_submit_webhook_payload_event import ViewSubmitWebhookPayloadEvent
from ..models.view_submit_webhook_payload_type import ViewSubmitWebhookPayloadType

if TYPE_CHECKING:
    from ..models.view_submit_webhook_payload_data import ViewSubmitWebhookPayloadData


T = TypeVar("T", bound="ViewSubmitWebhookPayload")


@_attrs_define
class ViewSubmitWebhookPayload:
    """Outgoing webhook sent to the bot that posted the button when a user submits a form opened with `POST /views/open`
    (`type: view`, `event: submit`). Reply within 3 s: 200 closes the form, 400 with `{"errors": {name: text}}` shows
    messages under fields.

        Attributes:
            type_ (ViewSubmitWebhookPayloadType): Always `view`.
            event (ViewSubmitWebhookPayloadEvent): Always `submit`.
            callback_id (None | str): The `callback_id` passed when the form was opened; null if none was passed.
            private_metadata (None | str): The `private_metadata` passed when the form was opened; null if none was passed.
            chat_id (int | None): Chat where the opening button was pressed, captured when the form opened (not at submit
                time); null for forms opened before this field existed.
            user_id (int): Person who filled in and sent the form.
            data (ViewSubmitWebhookPayloadData): Answers keyed by each block's `name`: strings for most blocks, string
                arrays for checkboxes, lists of `{name, size, url}` for file inputs.
            webhook_timestamp (int): Moment the webhook was sent, in UNIX seconds (UTC). Compare it with your clock to
                reject stale or replayed deliveries.
    """

    type_: ViewSubmitWebhookPayloadType
    event: ViewSubmitWebhookPayloadEvent
    callback_id: None | str
    private_metadata: None | str
    chat_id: int | None
    user_id: int
    data: ViewSubmitWebhookPayloadData
    webhook_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event = self.event.value

        callback_id: None | str
        callback_id = self.callback_id

        private_metadata: None | str
        private_metadata = self.private_metadata

        chat_id: int | None
        chat_id = self.chat_id

        user_id = self.user_id

        data = self.data.to_dict()

        webhook_timestamp = self.webhook_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "callback_id": callback_id,
                "private_metadata": private_metadata,
                "chat_id": chat_id,
                "user_id": user_id,
                "data": data,
                "webhook_timestamp": webhook_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.view_submit_webhook_payload_data import ViewSubmitWebhookPayloadData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ViewSubmitWebhookPayloadType(d.pop("type"))

        event = ViewSubmitWebhookPayloadEvent(d.pop("event"))

        def _parse_callback_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        callback_id = _parse_callback_id(d.pop("callback_id"))

        def _parse_private_metadata(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        private_metadata = _parse_private_metadata(d.pop("private_metadata"))

        def _parse_chat_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        chat_id = _parse_chat_id(d.pop("chat_id"))

        user_id = d.pop("user_id")

        data = ViewSubmitWebhookPayloadData.from_dict(d.pop("data"))

        webhook_timestamp = d.pop("webhook_timestamp")

        view_submit_webhook_payload = cls(
            type_=type_,
            event=event,
            callback_id=callback_id,
            private_metadata=private_metadata,
            chat_id=chat_id,
            user_id=user_id,
            data=data,
            webhook_timestamp=webhook_timestamp,
        )

        view_submit_webhook_payload.additional_properties = d
        return view_submit_webhook_payload

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
