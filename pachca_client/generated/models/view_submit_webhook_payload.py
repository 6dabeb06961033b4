# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.view_submit_webhook_payload_event import ViewSubmitWebhookPayloadEvent
from ..models.view_submit_webhook_payload_type import ViewSubmitWebhookPayloadType
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.view_submit_webhook_payload_data import ViewSubmitWebhookPayloadData
    from ..models.view_submit_webhook_payload_data import _from_dict as _ViewSubmitWebhookPayloadData_from_dict


T = TypeVar("T", bound="ViewSubmitWebhookPayload")
_ViewSubmitWebhookPayloadEvent_MEMBERS = ViewSubmitWebhookPayloadEvent._value2member_map_
_ViewSubmitWebhookPayloadType_MEMBERS = ViewSubmitWebhookPayloadType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (ViewSubmitWebhookPayloadType)",
    "event": "string (ViewSubmitWebhookPayloadEvent)",
    "callback_id": "string or null",
    "private_metadata": "string or null",
    "chat_id": "integer or null",
    "user_id": "integer",
    "view_id": "string",
    "submit_id": "string",
    "data": "object (ViewSubmitWebhookPayloadData)",
    "webhook_timestamp": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
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
)


@_attrs_define(repr=False)
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
            f"type_={self.type_!r}, "
            f"event={self.event!r}, "
            f"callback_id={self.callback_id!r}, "
            f"private_metadata={self.private_metadata!r}, "
            f"chat_id={self.chat_id!r}, "
            f"user_id={self.user_id!r}, "
            f"view_id={self.view_id!r}, "
            f"submit_id={self.submit_id!r}, "
            f"data={self.data!r}, "
            f"webhook_timestamp={self.webhook_timestamp!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ViewSubmitWebhookPayload` from its JSON object, validated against openapi.yaml.

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
    """`ViewSubmitWebhookPayload.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ViewSubmitWebhookPayload", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, event, callback_id, private_metadata, chat_id, user_id, view_id, submit_id, data, webhook_timestamp = (
            _read_required(_d)
        )
        try:
            type_ = _ViewSubmitWebhookPayloadType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(ViewSubmitWebhookPayloadType, type_, "type", strict)
        if strict:
            _v.unknown_value(ViewSubmitWebhookPayloadType, type_, "type")

        try:
            event = _ViewSubmitWebhookPayloadEvent_MEMBERS[event]
        except (KeyError, TypeError):
            event = _v.enum_member(ViewSubmitWebhookPayloadEvent, event, "event", strict)
        if strict:
            _v.unknown_value(ViewSubmitWebhookPayloadEvent, event, "event")

        if type(callback_id) is not str and callback_id is not None:
            callback_id = _v.string(callback_id, "callback_id", strict)

        if type(private_metadata) is not str and private_metadata is not None:
            private_metadata = _v.string(private_metadata, "private_metadata", strict)

        if type(chat_id) is not int and chat_id is not None:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        if type(view_id) is not str:
            view_id = _v.string(view_id, "view_id", strict)

        if type(submit_id) is not str:
            submit_id = _v.string(submit_id, "submit_id", strict)

        try:
            data = _ViewSubmitWebhookPayloadData_from_dict(ViewSubmitWebhookPayloadData, data, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("data") from None

        if type(webhook_timestamp) is not int:
            webhook_timestamp = _v.integer(webhook_timestamp, "webhook_timestamp", strict)

        _n = 10
        _result: T = _new(cls)
        _result.type_ = type_
        _result.event = event
        _result.callback_id = callback_id
        _result.private_metadata = private_metadata
        _result.chat_id = chat_id
        _result.user_id = user_id
        _result.view_id = view_id
        _result.submit_id = submit_id
        _result.data = data
        _result.webhook_timestamp = webhook_timestamp
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ViewSubmitWebhookPayload", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("ViewSubmitWebhookPayload", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global ViewSubmitWebhookPayloadData, _ViewSubmitWebhookPayloadData_from_dict
    from ..models.view_submit_webhook_payload_data import ViewSubmitWebhookPayloadData
    from ..models.view_submit_webhook_payload_data import _from_dict as _ViewSubmitWebhookPayloadData_from_dict

    _references_pending = False
