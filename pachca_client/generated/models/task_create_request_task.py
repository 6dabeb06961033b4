# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_kind import TaskKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_create_request_task_custom_properties_item import TaskCreateRequestTaskCustomPropertiesItem


T = TypeVar("T", bound="TaskCreateRequestTask")

_KNOWN_KEYS = frozenset(
    {
        "kind",
        "content",
        "due_at",
        "priority",
        "performer_ids",
        "chat_id",
        "all_day",
        "custom_properties",
    }
)


@_attrs_define
class TaskCreateRequestTask:
    """The task to create; `kind` is mandatory.

    Attributes:
        kind (TaskKind): Category of a task: `call` (phone someone), `meeting`, `reminder` (a plain reminder), `event`,
            or `email` (write to someone).
        content (str | Unset): Text of the task; when omitted, the name of the kind is used.
        due_at (datetime.datetime | Unset): Deadline; a timezone offset is accepted. A time of exactly 23:59:59.000
            turns it into an all-day task.
        priority (int | Unset): 1 (the default), 2 for important, 3 for very important. Default: 1.
        performer_ids (list[int] | Unset): Users to assign; the caller is assigned when this is omitted.
        chat_id (int | Unset): Optional chat this task should be associated with.
        all_day (bool | Unset): Create the task for a whole day without a specific time.
        custom_properties (list[TaskCreateRequestTaskCustomPropertiesItem] | Unset): Custom property values to set on
            the task.
    """

    kind: TaskKind
    content: str | Unset = UNSET
    due_at: datetime.datetime | Unset = UNSET
    priority: int | Unset = 1
    performer_ids: list[int] | Unset = UNSET
    chat_id: int | Unset = UNSET
    all_day: bool | Unset = UNSET
    custom_properties: list[TaskCreateRequestTaskCustomPropertiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        kind = self.kind.value

        content = self.content

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        priority = self.priority

        performer_ids: list[int] | Unset = UNSET
        if not isinstance(self.performer_ids, Unset):
            performer_ids = self.performer_ids

        chat_id = self.chat_id

        all_day = self.all_day

        custom_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = []
            for custom_properties_item_data in self.custom_properties:
                custom_properties_item = custom_properties_item_data.to_dict()
                custom_properties.append(custom_properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if priority is not UNSET:
            field_dict["priority"] = priority
        if performer_ids is not UNSET:
            field_dict["performer_ids"] = performer_ids
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        kind = TaskKind._from_value(d["kind"])

        content = d.get("content", UNSET)

        _due_at = d.get("due_at", UNSET)
        due_at: datetime.datetime | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.datetime.fromisoformat(_due_at)

        priority = d.get("priority", UNSET)

        performer_ids = d.get("performer_ids", UNSET)

        chat_id = d.get("chat_id", UNSET)

        all_day = d.get("all_day", UNSET)

        _custom_properties = d.get("custom_properties", UNSET)
        custom_properties: list[TaskCreateRequestTaskCustomPropertiesItem] | Unset = UNSET
        if _custom_properties is not UNSET:
            custom_properties = [
                TaskCreateRequestTaskCustomPropertiesItem.from_dict(custom_properties_item_data)
                for custom_properties_item_data in _custom_properties
            ]

        task_create_request_task = cls(
            kind,
            content,
            due_at,
            priority,
            performer_ids,
            chat_id,
            all_day,
            custom_properties,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            task_create_request_task.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return task_create_request_task

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
    global TaskCreateRequestTaskCustomPropertiesItem
    from ..models.task_create_request_task_custom_properties_item import TaskCreateRequestTaskCustomPropertiesItem

    _references_pending = False
