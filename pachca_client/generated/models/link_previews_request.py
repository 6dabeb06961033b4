# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link_previews_request_link_previews import LinkPreviewsRequestLinkPreviews


T = TypeVar("T", bound="LinkPreviewsRequest")

_KNOWN_KEYS = frozenset(
    {
        "link_previews",
    }
)


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
        if _references_pending:
            _import_references()
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
        if _references_pending:
            _import_references()
        d = src_dict
        link_previews = LinkPreviewsRequestLinkPreviews.from_dict(d["link_previews"])

        link_previews_request = cls(
            link_previews,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            link_previews_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global LinkPreviewsRequestLinkPreviews
    from ..models.link_previews_request_link_previews import LinkPreviewsRequestLinkPreviews

    _references_pending = False
