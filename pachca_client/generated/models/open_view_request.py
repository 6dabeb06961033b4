# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.open_view_request_type import OpenViewRequestType
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.open_view_request_view import OpenViewRequestView
    from ..models.open_view_request_view import _from_dict as _OpenViewRequestView_from_dict


T = TypeVar("T", bound="OpenViewRequest")
_OpenViewRequestType_MEMBERS = OpenViewRequestType._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "trigger_id",
        "view",
        "private_metadata",
        "callback_id",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "type": "string (OpenViewRequestType)",
    "trigger_id": "string",
    "view": "object (OpenViewRequestView)",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("type", "trigger_id", "view")


@_attrs_define(repr=False)
class OpenViewRequest:
    """Body of `POST /views/open` (bot token, within about 3 seconds of a button click): shows a modal form to the user who
    pressed the button.

        Attributes:
            type_ (OpenViewRequestType): How the view is presented; `modal` is the only option.
            trigger_id (str): The `trigger_id` from the `button` webhook. It expires after about 3 seconds, after which the
                call fails with 410.
            view (OpenViewRequestView): Definition of the form itself.
            private_metadata (str | Unset): Arbitrary string of your choosing (for instance serialised JSON context), echoed
                back in the submit webhook.
            callback_id (str | Unset): Your own identifier for the form, echoed back on submit so you can tell forms apart.
    """

    type_: OpenViewRequestType
    trigger_id: str
    view: OpenViewRequestView
    private_metadata: str | Unset = UNSET
    callback_id: str | Unset = UNSET
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
            f"trigger_id={self.trigger_id!r}, "
            f"view={self.view!r}, "
            f"private_metadata={self.private_metadata!r}, "
            f"callback_id={self.callback_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        type_ = self.type_.value

        trigger_id = self.trigger_id

        view = self.view.to_dict()

        private_metadata = self.private_metadata

        callback_id = self.callback_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "type": type_,
                "trigger_id": trigger_id,
                "view": view,
            }
        )
        if private_metadata is not UNSET:
            field_dict["private_metadata"] = private_metadata
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`OpenViewRequest` from its JSON object, validated against openapi.yaml.

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
    """`OpenViewRequest.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "OpenViewRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        type_, trigger_id, view = _read_required(_d)
        if len(_d) != 3:
            private_metadata = _d.get("private_metadata", UNSET)
            callback_id = _d.get("callback_id", UNSET)
        else:
            private_metadata = callback_id = UNSET
        try:
            type_ = _OpenViewRequestType_MEMBERS[type_]
        except (KeyError, TypeError):
            type_ = _v.enum_member(OpenViewRequestType, type_, "type", strict)
        if strict:
            _v.unknown_value(OpenViewRequestType, type_, "type")

        if type(trigger_id) is not str:
            trigger_id = _v.string(trigger_id, "trigger_id", strict)

        try:
            view = _OpenViewRequestView_from_dict(OpenViewRequestView, view, strict)
        except _v.ValidationError as _error:
            raise _error.at_key("view") from None

        _n = 3
        if private_metadata is not UNSET:
            _n += 1
            if type(private_metadata) is not str:
                private_metadata = _v.string(private_metadata, "private_metadata", strict)
            if strict:
                _v.check_limits(private_metadata, "private_metadata", max_length=3000)

        if callback_id is not UNSET:
            _n += 1
            if type(callback_id) is not str:
                callback_id = _v.string(callback_id, "callback_id", strict)
            if strict:
                _v.check_limits(callback_id, "callback_id", max_length=255)

        _result: T = _new(cls)
        _result.type_ = type_
        _result.trigger_id = trigger_id
        _result.view = view
        _result.private_metadata = private_metadata
        _result.callback_id = callback_id
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("OpenViewRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("OpenViewRequest", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global OpenViewRequestView, _OpenViewRequestView_from_dict
    from ..models.open_view_request_view import OpenViewRequestView
    from ..models.open_view_request_view import _from_dict as _OpenViewRequestView_from_dict

    _references_pending = False
