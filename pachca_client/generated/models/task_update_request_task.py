# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.task_kind import TaskKind
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.task_update_request_task_custom_properties_item import TaskUpdateRequestTaskCustomPropertiesItem
    from ..models.task_update_request_task_custom_properties_item import (
        _from_dict as _TaskUpdateRequestTaskCustomPropertiesItem_from_dict,
    )


T = TypeVar("T", bound="TaskUpdateRequestTask")
_TaskKind_MEMBERS = TaskKind._value2member_map_
_TaskStatus_MEMBERS = TaskStatus._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
_REQUIRED: dict[str, str] = {}


@_attrs_define(repr=False)
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
            f"kind={self.kind!r}, "
            f"content={self.content!r}, "
            f"due_at={self.due_at!r}, "
            f"priority={self.priority!r}, "
            f"performer_ids={self.performer_ids!r}, "
            f"status={self.status!r}, "
            f"all_day={self.all_day!r}, "
            f"done_at={self.done_at!r}, "
            f"custom_properties={self.custom_properties!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`TaskUpdateRequestTask` from its JSON object, validated against openapi.yaml.

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
    """`TaskUpdateRequestTask.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "TaskUpdateRequestTask", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        if len(_d) != 0:
            kind = _d.get("kind", UNSET)
            content = _d.get("content", UNSET)
            due_at = _d.get("due_at", UNSET)
            priority = _d.get("priority", UNSET)
            performer_ids = _d.get("performer_ids", UNSET)
            status = _d.get("status", UNSET)
            all_day = _d.get("all_day", UNSET)
            done_at = _d.get("done_at", UNSET)
            custom_properties = _d.get("custom_properties", UNSET)
        else:
            kind = content = due_at = priority = performer_ids = status = all_day = done_at = custom_properties = UNSET
        _n = 0
        if kind is not UNSET:
            _n += 1
            try:
                kind = _TaskKind_MEMBERS[kind]
            except (KeyError, TypeError):
                kind = _v.enum_member(TaskKind, kind, "kind", strict)
            if strict:
                _v.unknown_value(TaskKind, kind, "kind")

        if content is not UNSET:
            _n += 1
            if type(content) is not str:
                content = _v.string(content, "content", strict)

        if due_at is not UNSET:
            _n += 1
            try:
                _date_time0 = _parse_date_time(due_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(due_at, "due_at", strict)
            due_at = _date_time0

        if priority is not UNSET:
            _n += 1
            if type(priority) is not int:
                priority = _v.integer(priority, "priority", strict)

        if performer_ids is not UNSET:
            _n += 1
            if type(performer_ids) is not list:
                performer_ids = _v.array(performer_ids, "performer_ids", strict)

            try:
                for _item0 in performer_ids:
                    if type(_item0) is not int:
                        _item0 = _v.integer(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(performer_ids).at_key("performer_ids") from None

        if status is not UNSET:
            _n += 1
            try:
                status = _TaskStatus_MEMBERS[status]
            except (KeyError, TypeError):
                status = _v.enum_member(TaskStatus, status, "status", strict)
            if strict:
                _v.unknown_value(TaskStatus, status, "status")

        if all_day is not UNSET:
            _n += 1
            if type(all_day) is not bool:
                all_day = _v.boolean(all_day, "all_day", strict)

        if done_at is not UNSET:
            _n += 1
            try:
                _date_time0 = _parse_date_time(done_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(done_at, "done_at", strict)
            done_at = _date_time0

        if custom_properties is not UNSET:
            _n += 1
            if type(custom_properties) is not list:
                custom_properties = _v.array(custom_properties, "custom_properties", strict)

            if custom_properties:
                _custom_properties_list = []
                try:
                    for _item0 in custom_properties:
                        _item0 = _TaskUpdateRequestTaskCustomPropertiesItem_from_dict(
                            TaskUpdateRequestTaskCustomPropertiesItem, _item0, strict
                        )

                        _custom_properties_list.append(_item0)
                except _v.ValidationError as _error:
                    raise _error.at_index(custom_properties).at_key("custom_properties") from None
                custom_properties = _custom_properties_list

        _result: T = _new(cls)
        _result.kind = kind
        _result.content = content
        _result.due_at = due_at
        _result.priority = priority
        _result.performer_ids = performer_ids
        _result.status = status
        _result.all_day = all_day
        _result.done_at = done_at
        _result.custom_properties = custom_properties
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("TaskUpdateRequestTask", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("TaskUpdateRequestTask", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global TaskUpdateRequestTaskCustomPropertiesItem, _TaskUpdateRequestTaskCustomPropertiesItem_from_dict
    from ..models.task_update_request_task_custom_properties_item import TaskUpdateRequestTaskCustomPropertiesItem
    from ..models.task_update_request_task_custom_properties_item import (
        _from_dict as _TaskUpdateRequestTaskCustomPropertiesItem_from_dict,
    )

    _references_pending = False
