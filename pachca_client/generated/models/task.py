# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.task_kind import TaskKind
from ..models.task_status import TaskStatus
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.custom_property import CustomProperty
    from ..models.custom_property import _from_dict as _CustomProperty_from_dict


T = TypeVar("T", bound="Task")
_TaskKind_MEMBERS = TaskKind._value2member_map_
_TaskStatus_MEMBERS = TaskStatus._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "integer",
    "kind": "string (TaskKind)",
    "content": "string",
    "due_at": "date-time or null",
    "priority": "integer",
    "user_id": "integer",
    "chat_id": "integer or null",
    "status": "string (TaskStatus)",
    "created_at": "date-time",
    "performer_ids": "array",
    "all_day": "boolean",
    "custom_properties": "array",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
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
)


@_attrs_define(repr=False)
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
            f"id={self.id!r}, "
            f"kind={self.kind!r}, "
            f"content={self.content!r}, "
            f"due_at={self.due_at!r}, "
            f"priority={self.priority!r}, "
            f"user_id={self.user_id!r}, "
            f"chat_id={self.chat_id!r}, "
            f"status={self.status!r}, "
            f"created_at={self.created_at!r}, "
            f"performer_ids={self.performer_ids!r}, "
            f"all_day={self.all_day!r}, "
            f"custom_properties={self.custom_properties!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`Task` from its JSON object, validated against openapi.yaml.

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
    """`Task.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "Task", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        (
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
        ) = _read_required(_d)
        if type(id) is not int:
            id = _v.integer(id, "id", strict)

        try:
            kind = _TaskKind_MEMBERS[kind]
        except (KeyError, TypeError):
            kind = _v.enum_member(TaskKind, kind, "kind", strict)
        if strict:
            _v.unknown_value(TaskKind, kind, "kind")

        if type(content) is not str:
            content = _v.string(content, "content", strict)

        _first_date_time = due_at
        if due_at is not None:
            try:
                _date_time0 = _parse_date_time(due_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(due_at, "due_at", strict)
            due_at = _date_time0

        if type(priority) is not int:
            priority = _v.integer(priority, "priority", strict)

        if type(user_id) is not int:
            user_id = _v.integer(user_id, "user_id", strict)

        if type(chat_id) is not int and chat_id is not None:
            chat_id = _v.integer(chat_id, "chat_id", strict)

        try:
            status = _TaskStatus_MEMBERS[status]
        except (KeyError, TypeError):
            status = _v.enum_member(TaskStatus, status, "status", strict)
        if strict:
            _v.unknown_value(TaskStatus, status, "status")

        if created_at == _first_date_time:
            created_at = due_at
        else:
            try:
                _date_time0 = _parse_date_time(created_at)
                if _date_time0.tzinfo is None:
                    raise ValueError
            except (TypeError, ValueError):
                _date_time0 = _v.date_time(created_at, "created_at", strict)
            created_at = _date_time0

        if type(performer_ids) is not list:
            performer_ids = _v.array(performer_ids, "performer_ids", strict)

        try:
            for _item0 in performer_ids:
                if type(_item0) is not int:
                    _item0 = _v.integer(_item0, None, strict)

        except _v.ValidationError as _error:
            raise _error.at_index(performer_ids).at_key("performer_ids") from None

        if type(all_day) is not bool:
            all_day = _v.boolean(all_day, "all_day", strict)

        if type(custom_properties) is not list:
            custom_properties = _v.array(custom_properties, "custom_properties", strict)

        if custom_properties:
            _custom_properties_list = []
            try:
                for _item0 in custom_properties:
                    _item0 = _CustomProperty_from_dict(CustomProperty, _item0, strict)

                    _custom_properties_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(custom_properties).at_key("custom_properties") from None
            custom_properties = _custom_properties_list

        _n = 12
        _result: T = _new(cls)
        _result.id = id
        _result.kind = kind
        _result.content = content
        _result.due_at = due_at
        _result.priority = priority
        _result.user_id = user_id
        _result.chat_id = chat_id
        _result.status = status
        _result.created_at = created_at
        _result.performer_ids = performer_ids
        _result.all_day = all_day
        _result.custom_properties = custom_properties
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("Task", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("Task", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global CustomProperty, _CustomProperty_from_dict
    from ..models.custom_property import CustomProperty
    from ..models.custom_property import _from_dict as _CustomProperty_from_dict

    _references_pending = False
