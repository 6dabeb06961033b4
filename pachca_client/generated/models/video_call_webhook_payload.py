# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.video_call_event_type import VideoCallEventType
from ..models.video_call_webhook_payload_type import VideoCallWebhookPayloadType
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.webhook_video_call_member import WebhookVideoCallMember
    from ..models.webhook_video_call_member import _from_dict as _WebhookVideoCallMember_from_dict
    from ..models.webhook_video_call_thread import WebhookVideoCallThread
    from ..models.webhook_video_call_thread import _from_dict as _WebhookVideoCallThread_from_dict


T = TypeVar("T", bound="VideoCallWebhookPayload")
_VideoCallEventType_MEMBERS = VideoCallEventType._value2member_map_
_VideoCallWebhookPayloadType_MEMBERS = VideoCallWebhookPayloadType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "event",
        "video_room_id",
        "chat_id",
        "owner_id",
        "webhook_timestamp",
        "thread",
        "started_at",
        "finished_at",
        "duration",
        "members",
        "recording_id",
        "file_id",
        "url",
        "size",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (VideoCallWebhookPayloadType)",
    "event": "string (VideoCallEventType)",
    "video_room_id": "integer",
    "chat_id": "integer",
    "owner_id": "integer",
    "webhook_timestamp": "integer",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("type", "event", "video_room_id", "chat_id", "owner_id", "webhook_timestamp")


@_attrs_define(repr=False)
class VideoCallWebhookPayload:
    """Outgoing webhook about a video call (`type: video_call`). Which fields are filled depends on `event`: times for
    start and finish, participants for finish, recording details for `recording_ready`.

        Attributes:
            type_ (VideoCallWebhookPayloadType): Always `video_call`.
            event (VideoCallEventType): Video-call webhook event: `started`, `finished`, or `recording_ready` (a recording
                file has become available).
            video_room_id (int): Identifier of the call.
            chat_id (int): Chat in which the call takes place.
            owner_id (int): User who started the call.
            webhook_timestamp (int): Moment the webhook was sent, in UNIX seconds (UTC). Compare it with your clock to
                reject stale or replayed deliveries.
            thread (None | Unset | WebhookVideoCallThread): Thread details when the call runs inside a thread; null
                otherwise.
            started_at (datetime.datetime | Unset): Start of the call; sent with `started` and `finished`.
            finished_at (datetime.datetime | Unset): End of the call; sent with `finished`.
            duration (int | Unset): Length in seconds: of the call for `finished`, of the recording for `recording_ready`.
            members (list[WebhookVideoCallMember] | Unset): Participants with their join and leave times; sent with
                `finished`.
            recording_id (int | Unset): Identifier of the recording; `recording_ready` only.
            file_id (int | None | Unset): File that stores the recording; `recording_ready` only, and null while the file is
                not attached yet.
            url (str | Unset): Download link for the recording; `recording_ready` only.
            size (int | Unset): Recording size in bytes; `recording_ready` only.
    """

    type_: VideoCallWebhookPayloadType
    event: VideoCallEventType
    video_room_id: int
    chat_id: int
    owner_id: int
    webhook_timestamp: int
    thread: None | Unset | WebhookVideoCallThread = UNSET
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    duration: int | Unset = UNSET
    members: list[WebhookVideoCallMember] | Unset = UNSET
    recording_id: int | Unset = UNSET
    file_id: int | None | Unset = UNSET
    url: str | Unset = UNSET
    size: int | Unset = UNSET
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
            f"video_room_id={self.video_room_id!r}, "
            f"chat_id={self.chat_id!r}, "
            f"owner_id={self.owner_id!r}, "
            f"webhook_timestamp={self.webhook_timestamp!r}, "
            f"thread={self.thread!r}, "
            f"started_at={self.started_at!r}, "
            f"finished_at={self.finished_at!r}, "
            f"duration={self.duration!r}, "
            f"members={self.members!r}, "
            f"recording_id={self.recording_id!r}, "
            f"file_id={self.file_id!r}, "
            f"url={self.url!r}, "
            f"size={self.size!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        type_ = self.type_.value

        event = self.event.value

        video_room_id = self.video_room_id

        chat_id = self.chat_id

        owner_id = self.owner_id

        webhook_timestamp = self.webhook_timestamp

        thread: dict[str, Any] | None | Unset
        if isinstance(self.thread, Unset):
            thread = UNSET
        elif isinstance(self.thread, WebhookVideoCallThread):
            thread = self.thread.to_dict()
        else:
            thread = self.thread

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        duration = self.duration

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        recording_id = self.recording_id

        file_id: int | None | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        url = self.url

        size = self.size

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "video_room_id": video_room_id,
                "chat_id": chat_id,
                "owner_id": owner_id,
                "webhook_timestamp": webhook_timestamp,
            }
        )
        if thread is not UNSET:
            field_dict["thread"] = thread
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if members is not UNSET:
            field_dict["members"] = members
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`VideoCallWebhookPayload` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _v.without_gc_pauses(_from_dict, cls, src_dict, strict)

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
    """`VideoCallWebhookPayload.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "VideoCallWebhookPayload", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, event, video_room_id, chat_id, owner_id, webhook_timestamp = _read_required(_d)
        if len(_d) != 6:
            thread = _d.get("thread", UNSET)
            started_at = _d.get("started_at", UNSET)
            finished_at = _d.get("finished_at", UNSET)
            duration = _d.get("duration", UNSET)
            members = _d.get("members", UNSET)
            recording_id = _d.get("recording_id", UNSET)
            file_id = _d.get("file_id", UNSET)
            url = _d.get("url", UNSET)
            size = _d.get("size", UNSET)
        else:
            thread = started_at = finished_at = duration = members = recording_id = file_id = url = size = UNSET
        try:
            type_ = _VideoCallWebhookPayloadType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(VideoCallWebhookPayloadType, type_, "type", strict)
        if strict:
            _v.unknown_value(VideoCallWebhookPayloadType, type_, "type")

        try:
            event = _VideoCallEventType_MEMBERS[event]
        except (KeyError, TypeError):
            event = _v.enum_member(VideoCallEventType, event, "event", strict)
        if strict:
            _v.unknown_value(VideoCallEventType, event, "event")

        if type(video_room_id) is not int:
            video_room_id = _v.integer(video_room_id, "video_room_id", strict)

        if type(chat_id) is not int:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        if type(owner_id) is not int:
            owner_id = _v.integer(owner_id, "owner_id", strict)

        if type(webhook_timestamp) is not int:
            webhook_timestamp = _v.integer(webhook_timestamp, "webhook_timestamp", strict)

        _n = 6
        if thread is not UNSET:
            _n += 1
            if thread is not None:
                try:
                    thread = _WebhookVideoCallThread_from_dict(WebhookVideoCallThread, thread, strict)
                except _v.ValidationError as _error:
                    raise _error.at_key("thread") from None

        if started_at is not UNSET:
            _n += 1
            try:
                _date_time0 = _parse_date_time(started_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(started_at, "started_at", strict)
            started_at = _date_time0

        if finished_at is not UNSET:
            _n += 1
            try:
                _date_time0 = _parse_date_time(finished_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(finished_at, "finished_at", strict)
            finished_at = _date_time0

        if duration is not UNSET:
            _n += 1
            if type(duration) is not int:
                duration = _v.integer(duration, "duration", strict)

        if members is not UNSET:
            _n += 1
            if type(members) is not list:
                members = _v.array(members, "members", strict)

            if members:
                _members_list = []
                try:
                    for _item0 in members:
                        _item0 = _WebhookVideoCallMember_from_dict(WebhookVideoCallMember, _item0, strict)

                        _members_list.append(_item0)
                except _v.ValidationError as _error:
                    raise _error.at_index(members).at_key("members") from None
                members = _members_list

        if recording_id is not UNSET:
            _n += 1
            if type(recording_id) is not int:
                recording_id = _v.integer(recording_id, "recording_id", strict)

        if file_id is not UNSET:
            _n += 1
            if type(file_id) is not int and file_id is not None:
                file_id = _v.integer(file_id, "file_id", strict)

        if url is not UNSET:
            _n += 1
            if type(url) is not str:
                url = _v.string(url, "url", strict)

        if size is not UNSET:
            _n += 1
            if type(size) is not int:
                size = _v.integer(size, "size", strict)

        _result: T = _new(cls)
        _result.type_ = type_
        _result.event = event
        _result.video_room_id = video_room_id
        _result.chat_id = chat_id
        _result.owner_id = owner_id
        _result.webhook_timestamp = webhook_timestamp
        _result.thread = thread
        _result.started_at = started_at
        _result.finished_at = finished_at
        _result.duration = duration
        _result.members = members
        _result.recording_id = recording_id
        _result.file_id = file_id
        _result.url = url
        _result.size = size
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("VideoCallWebhookPayload", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("VideoCallWebhookPayload", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global WebhookVideoCallMember, _WebhookVideoCallMember_from_dict
    global WebhookVideoCallThread, _WebhookVideoCallThread_from_dict
    from ..models.webhook_video_call_member import WebhookVideoCallMember
    from ..models.webhook_video_call_member import _from_dict as _WebhookVideoCallMember_from_dict
    from ..models.webhook_video_call_thread import WebhookVideoCallThread
    from ..models.webhook_video_call_thread import _from_dict as _WebhookVideoCallThread_from_dict

    _references_pending = False
