# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_view_request_type import OpenViewRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_view_request_view import OpenViewRequestView


T = TypeVar("T", bound="OpenViewRequest")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "trigger_id",
        "view",
        "private_metadata",
        "callback_id",
    }
)


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        type_ = self.type_.value

        trigger_id = self.trigger_id

        view = self.view.to_dict()

        private_metadata = self.private_metadata

        callback_id = self.callback_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        type_ = OpenViewRequestType._from_value(d["type"])

        trigger_id = d["trigger_id"]

        view = OpenViewRequestView.from_dict(d["view"])

        private_metadata = d.get("private_metadata", UNSET)

        callback_id = d.get("callback_id", UNSET)

        open_view_request = cls(
            type_,
            trigger_id,
            view,
            private_metadata,
            callback_id,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            open_view_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return open_view_request

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
    global OpenViewRequestView
    from ..models.open_view_request_view import OpenViewRequestView

    _references_pending = False
