# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_submit_webhook_payload_event import ViewSubmitWebhookPayloadEvent
from ..models.view_submit_webhook_payload_type import ViewSubmitWebhookPayloadType

if TYPE_CHECKING:
    from ..models.view_submit_webhook_payload_data import ViewSubmitWebhookPayloadData


T = TypeVar("T", bound="ViewSubmitWebhookPayload")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "event",
        "callback_id",
        "private_metadata",
        "chat_id",
        "user_id",
        "view_id",
        "submit_id",
        "data",
        "webhook_timestamp",
    }
)


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
            view_id (str): Identifier of the submitted form; a bot with no outgoing webhook URL puts it in the path of `POST
                /views/{view_id}/submit_response`.
            submit_id (str): Identifier of this particular submission, sent back in the body of `POST
                /views/{view_id}/submit_response`.
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
    view_id: str
    submit_id: str
    data: ViewSubmitWebhookPayloadData
    webhook_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        type_ = self.type_.value

        event = self.event.value

        callback_id: None | str
        callback_id = self.callback_id

        private_metadata: None | str
        private_metadata = self.private_metadata

        chat_id: int | None
        chat_id = self.chat_id

        user_id = self.user_id

        view_id = self.view_id

        submit_id = self.submit_id

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
                "view_id": view_id,
                "submit_id": submit_id,
                "data": data,
                "webhook_timestamp": webhook_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        type_ = ViewSubmitWebhookPayloadType._from_value(d["type"])

        event = ViewSubmitWebhookPayloadEvent._from_value(d["event"])

        callback_id = d["callback_id"]

        private_metadata = d["private_metadata"]

        chat_id = d["chat_id"]

        user_id = d["user_id"]

        view_id = d["view_id"]

        submit_id = d["submit_id"]

        data = ViewSubmitWebhookPayloadData.from_dict(d["data"])

        webhook_timestamp = d["webhook_timestamp"]

        view_submit_webhook_payload = cls(
            type_,
            event,
            callback_id,
            private_metadata,
            chat_id,
            user_id,
            view_id,
            submit_id,
            data,
            webhook_timestamp,
        )

        if len(d) != 10 and not d.keys() <= _KNOWN_KEYS:
            view_submit_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global ViewSubmitWebhookPayloadData
    from ..models.view_submit_webhook_payload_data import ViewSubmitWebhookPayloadData

    _references_pending = False
