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
        from ..models.open_view_request_view import OpenViewRequestView  # noqa: PLC0415

        d = dict(src_dict)
        type_ = OpenViewRequestType(d.pop("type"))

        trigger_id = d.pop("trigger_id")

        view = OpenViewRequestView.from_dict(d.pop("view"))

        private_metadata = d.pop("private_metadata", UNSET)

        callback_id = d.pop("callback_id", UNSET)

        open_view_request = cls(
            type_=type_,
            trigger_id=trigger_id,
            view=view,
            private_metadata=private_metadata,
            callback_id=callback_id,
        )

        open_view_request.additional_properties = d
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
