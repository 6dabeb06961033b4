# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link_previews_request_link_previews import LinkPreviewsRequestLinkPreviews


T = TypeVar("T", bound="LinkPreviewsRequest")


@_attrs_define
class LinkPreviewsRequest:
    """Body of `POST /messages/{id}/link_previews`, used by unfurl bots to attach previews to a message.

    Attributes:
        link_previews (LinkPreviewsRequestLinkPreviews): Map from URL, exactly as received in the `link_shared` webhook,
            to its preview. A single invalid URL fails the whole call, and only the first preview is displayed.
    """

    link_previews: LinkPreviewsRequestLinkPreviews
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_previews = self.link_previews.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_previews": link_previews,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_previews_request_link_previews import LinkPreviewsRequestLinkPreviews  # noqa: PLC0415

        d = dict(src_dict)
        link_previews = LinkPreviewsRequestLinkPreviews.from_dict(d.pop("link_previews"))

        link_previews_request = cls(
            link_previews=link_previews,
        )

        link_previews_request.additional_properties = d
        return link_previews_request

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
