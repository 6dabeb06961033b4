# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_kind import TaskKind
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_update_request_task_custom_properties_item import TaskUpdateRequestTaskCustomPropertiesItem


T = TypeVar("T", bound="TaskUpdateRequestTask")

_KNOWN_KEYS = frozenset(
    {
        "kind",
        "content",
        "due_at",
        "priority",
        "performer_ids",
        "status",
        "all_day",
        "done_at",
        "custom_properties",
    }
)


@_attrs_define
class TaskUpdateRequestTask:
    """Task fields to change.

    Attributes:
        kind (TaskKind | Unset): Category of a task: `call` (phone someone), `meeting`, `reminder` (a plain reminder),
            `event`, or `email` (write to someone).
        content (str | Unset): New text of the task.
        due_at (datetime.datetime | Unset): New deadline; a time of exactly 23:59:59.000 makes it an all-day task.
        priority (int | Unset): 1 normal, 2 important, 3 very important.
        performer_ids (list[int] | Unset): Replacement list of assignees.
        status (TaskStatus | Unset): Completion state of a task: `undone` (still open) or `done`.
        all_day (bool | Unset): Turn the whole-day flag on or off.
        done_at (datetime.datetime | Unset): Completion time to record when marking the task done.
        custom_properties (list[TaskUpdateRequestTaskCustomPropertiesItem] | Unset): Custom property values to
            overwrite.
    """

    kind: TaskKind | Unset = UNSET
    content: str | Unset = UNSET
    due_at: datetime.datetime | Unset = UNSET
    priority: int | Unset = UNSET
    performer_ids: list[int] | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    all_day: bool | Unset = UNSET
    done_at: datetime.datetime | Unset = UNSET
    custom_properties: list[TaskUpdateRequestTaskCustomPropertiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        content = self.content

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        priority = self.priority

        performer_ids: list[int] | Unset = UNSET
        if not isinstance(self.performer_ids, Unset):
            performer_ids = self.performer_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        all_day = self.all_day

        done_at: str | Unset = UNSET
        if not isinstance(self.done_at, Unset):
            done_at = self.done_at.isoformat()

        custom_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = []
            for custom_properties_item_data in self.custom_properties:
                custom_properties_item = custom_properties_item_data.to_dict()
                custom_properties.append(custom_properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if content is not UNSET:
            field_dict["content"] = content
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if priority is not UNSET:
            field_dict["priority"] = priority
        if performer_ids is not UNSET:
            field_dict["performer_ids"] = performer_ids
        if status is not UNSET:
            field_dict["status"] = status
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        if done_at is not UNSET:
            field_dict["done_at"] = done_at
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        _kind = d.get("kind", UNSET)
        kind: TaskKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = TaskKind._from_value(_kind)

        content = d.get("content", UNSET)

        _due_at = d.get("due_at", UNSET)
        due_at: datetime.datetime | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.datetime.fromisoformat(_due_at)

        priority = d.get("priority", UNSET)

        performer_ids = d.get("performer_ids", UNSET)

        _status = d.get("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus._from_value(_status)

        all_day = d.get("all_day", UNSET)

        _done_at = d.get("done_at", UNSET)
        done_at: datetime.datetime | Unset
        if isinstance(_done_at, Unset):
            done_at = UNSET
        else:
            done_at = datetime.datetime.fromisoformat(_done_at)

        _custom_properties = d.get("custom_properties", UNSET)
        custom_properties: list[TaskUpdateRequestTaskCustomPropertiesItem] | Unset = UNSET
        if _custom_properties is not UNSET:
            custom_properties = [
                TaskUpdateRequestTaskCustomPropertiesItem.from_dict(custom_properties_item_data)
                for custom_properties_item_data in _custom_properties
            ]

        task_update_request_task = cls(
            kind,
            content,
            due_at,
            priority,
            performer_ids,
            status,
            all_day,
            done_at,
            custom_properties,
        )

        if len(d) != 0 and not d.keys() <= _KNOWN_KEYS:
            task_update_request_task.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return task_update_request_task

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
    global TaskUpdateRequestTaskCustomPropertiesItem
    from ..models.task_update_request_task_custom_properties_item import TaskUpdateRequestTaskCustomPropertiesItem

    _references_pending = False
