# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_call_event_type import VideoCallEventType
from ..models.video_call_webhook_payload_type import VideoCallWebhookPayloadType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_video_call_member import WebhookVideoCallMember
    from ..models.webhook_video_call_thread import WebhookVideoCallThread


T = TypeVar("T", bound="VideoCallWebhookPayload")

_KNOWN_KEYS = frozenset(
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


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        type_ = VideoCallWebhookPayloadType._from_value(d["type"])

        event = VideoCallEventType._from_value(d["event"])

        video_room_id = d["video_room_id"]

        chat_id = d["chat_id"]

        owner_id = d["owner_id"]

        webhook_timestamp = d["webhook_timestamp"]

        _thread = d.get("thread", UNSET)
        thread: None | Unset | WebhookVideoCallThread
        if _thread is None:
            thread = None
        elif isinstance(_thread, Unset):
            thread = _thread
        elif not isinstance(_thread, dict):
            thread = _thread
        else:
            try:
                thread_type_0 = WebhookVideoCallThread.from_dict(_thread)

                thread = thread_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                thread = cast("None | Unset | WebhookVideoCallThread", _thread)

        _started_at = d.get("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _finished_at = d.get("finished_at", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        duration = d.get("duration", UNSET)

        _members = d.get("members", UNSET)
        members: list[WebhookVideoCallMember] | Unset = UNSET
        if _members is not UNSET:
            members = [WebhookVideoCallMember.from_dict(members_item_data) for members_item_data in _members]

        recording_id = d.get("recording_id", UNSET)

        file_id = d.get("file_id", UNSET)

        url = d.get("url", UNSET)

        size = d.get("size", UNSET)

        video_call_webhook_payload = cls(
            type_,
            event,
            video_room_id,
            chat_id,
            owner_id,
            webhook_timestamp,
            thread,
            started_at,
            finished_at,
            duration,
            members,
            recording_id,
            file_id,
            url,
            size,
        )

        if len(d) != 6 and not d.keys() <= _KNOWN_KEYS:
            video_call_webhook_payload.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return video_call_webhook_payload

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
    global WebhookVideoCallMember
    global WebhookVideoCallThread
    from ..models.webhook_video_call_member import WebhookVideoCallMember
    from ..models.webhook_video_call_thread import WebhookVideoCallThread

    _references_pending = False
