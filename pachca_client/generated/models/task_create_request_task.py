# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.task_kind import TaskKind
from ..types import UNSET, Unset
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.task_create_request_task_custom_properties_item import TaskCreateRequestTaskCustomPropertiesItem
    from ..models.task_create_request_task_custom_properties_item import (
        _from_dict as _TaskCreateRequestTaskCustomPropertiesItem_from_dict,
    )


T = TypeVar("T", bound="TaskCreateRequestTask")
_TaskKind_MEMBERS = TaskKind._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "kind": "string (TaskKind)",
}


@_attrs_define(repr=False)
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
            f"chat_id={self.chat_id!r}, "
            f"all_day={self.all_day!r}, "
            f"custom_properties={self.custom_properties!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`TaskCreateRequestTask` from its JSON object, validated against openapi.yaml.

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
    """`TaskCreateRequestTask.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "TaskCreateRequestTask", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        kind = _d["kind"]
        if len(_d) != 1:
            content = _d.get("content", UNSET)
            due_at = _d.get("due_at", UNSET)
            priority = _d.get("priority", UNSET)
            performer_ids = _d.get("performer_ids", UNSET)
            chat_id = _d.get("chat_id", UNSET)
            all_day = _d.get("all_day", UNSET)
            custom_properties = _d.get("custom_properties", UNSET)
        else:
            content = due_at = priority = performer_ids = chat_id = all_day = custom_properties = UNSET
        try:
            kind = _TaskKind_MEMBERS[kind]
        except (KeyError, TypeError):
            kind = _v.enum_member(TaskKind, kind, "kind", strict)
        if strict:
            _v.unknown_value(TaskKind, kind, "kind")

        _n = 1
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

        if chat_id is not UNSET:
            _n += 1
            if type(chat_id) is not int:
                chat_id = _v.integer(chat_id, "chat_id", strict)

        if all_day is not UNSET:
            _n += 1
            if type(all_day) is not bool:
                all_day = _v.boolean(all_day, "all_day", strict)

        if custom_properties is not UNSET:
            _n += 1
            if type(custom_properties) is not list:
                custom_properties = _v.array(custom_properties, "custom_properties", strict)

            if custom_properties:
                _custom_properties_list = []
                try:
                    for _item0 in custom_properties:
                        _item0 = _TaskCreateRequestTaskCustomPropertiesItem_from_dict(
                            TaskCreateRequestTaskCustomPropertiesItem, _item0, strict
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
        _result.chat_id = chat_id
        _result.all_day = all_day
        _result.custom_properties = custom_properties
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("TaskCreateRequestTask", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("TaskCreateRequestTask", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global TaskCreateRequestTaskCustomPropertiesItem, _TaskCreateRequestTaskCustomPropertiesItem_from_dict
    from ..models.task_create_request_task_custom_properties_item import TaskCreateRequestTaskCustomPropertiesItem
    from ..models.task_create_request_task_custom_properties_item import (
        _from_dict as _TaskCreateRequestTaskCustomPropertiesItem_from_dict,
    )

    _references_pending = False
