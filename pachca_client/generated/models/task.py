# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_kind import TaskKind
from ..models.task_status import TaskStatus

if TYPE_CHECKING:
    from ..models.custom_property import CustomProperty


T = TypeVar("T", bound="Task")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "kind",
        "content",
        "due_at",
        "priority",
        "user_id",
        "chat_id",
        "status",
        "created_at",
        "performer_ids",
        "all_day",
        "custom_properties",
    }
)


@_attrs_define
class Task:
    """A task or reminder (call, meeting, reminder, event or email) as returned by the task endpoints.

    Attributes:
        id (int):
        kind (TaskKind): Category of a task: `call` (phone someone), `meeting`, `reminder` (a plain reminder), `event`,
            or `email` (write to someone).
        content (str): Text of the task.
        due_at (datetime.datetime | None): Deadline; null when the task has none.
        priority (int): Importance level: 1 is normal, 2 important, 3 very important.
        user_id (int): User who created the task.
        chat_id (int | None): Chat the task is linked to; null when it is not linked to any.
        status (TaskStatus): Completion state of a task: `undone` (still open) or `done`.
        created_at (datetime.datetime):
        performer_ids (list[int]): Users assigned to carry out the task.
        all_day (bool): True if the task spans a whole day without a specific time.
        custom_properties (list[CustomProperty]): Values of the workspace's task custom properties.
    """

    id: int
    kind: TaskKind
    content: str
    due_at: datetime.datetime | None
    priority: int
    user_id: int
    chat_id: int | None
    status: TaskStatus
    created_at: datetime.datetime
    performer_ids: list[int]
    all_day: bool
    custom_properties: list[CustomProperty]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        kind = self.kind.value

        content = self.content

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        priority = self.priority

        user_id = self.user_id

        chat_id: int | None
        chat_id = self.chat_id

        status = self.status.value

        created_at = self.created_at.isoformat()

        performer_ids = self.performer_ids

        all_day = self.all_day

        custom_properties = []
        for custom_properties_item_data in self.custom_properties:
            custom_properties_item = custom_properties_item_data.to_dict()
            custom_properties.append(custom_properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "content": content,
                "due_at": due_at,
                "priority": priority,
                "user_id": user_id,
                "chat_id": chat_id,
                "status": status,
                "created_at": created_at,
                "performer_ids": performer_ids,
                "all_day": all_day,
                "custom_properties": custom_properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        id = d["id"]

        kind = TaskKind._from_value(d["kind"])

        content = d["content"]

        _due_at = d["due_at"]
        due_at: datetime.datetime | None
        if _due_at is None:
            due_at = None
        elif not isinstance(_due_at, str):
            due_at = _due_at
        else:
            try:
                due_at_type_0 = datetime.datetime.fromisoformat(_due_at)

                due_at = due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                due_at = cast("datetime.datetime | None", _due_at)

        priority = d["priority"]

        user_id = d["user_id"]

        chat_id = d["chat_id"]

        status = TaskStatus._from_value(d["status"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        performer_ids = d["performer_ids"]

        all_day = d["all_day"]

        custom_properties = [
            CustomProperty.from_dict(custom_properties_item_data)
            for custom_properties_item_data in d["custom_properties"]
        ]

        task = cls(
            id,
            kind,
            content,
            due_at,
            priority,
            user_id,
            chat_id,
            status,
            created_at,
            performer_ids,
            all_day,
            custom_properties,
        )

        if len(d) != 12 and not d.keys() <= _KNOWN_KEYS:
            task.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return task

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
    global CustomProperty
    from ..models.custom_property import CustomProperty

    _references_pending = False
