# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link_preview import LinkPreview


T = TypeVar("T", bound="LinkPreviewsRequestLinkPreviews")


@_attrs_define
class LinkPreviewsRequestLinkPreviews:
    """Map from URL, exactly as received in the `link_shared` webhook, to its preview. A single invalid URL fails the whole
    call, and only the first preview is displayed.

    """

    additional_properties: dict[str, LinkPreview] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        link_previews_request_link_previews = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = LinkPreview.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        link_previews_request_link_previews.additional_properties = additional_properties
        return link_previews_request_link_previews

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LinkPreview:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LinkPreview) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global LinkPreview
    global LinkPreviewImage
    from ..models.link_preview import LinkPreview
    from ..models.link_preview_image import LinkPreviewImage

    _references_pending = False
