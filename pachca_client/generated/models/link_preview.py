# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_preview_image import LinkPreviewImage


T = TypeVar("T", bound="LinkPreview")

_KNOWN_KEYS = frozenset(
    {
        "title",
        "description",
        "image_url",
        "image",
    }
)


@_attrs_define
class LinkPreview:
    """Preview card a bot supplies for one URL through `POST /messages/{id}/link_previews`. Give a public `image_url` or an
    uploaded `image`; `image` takes precedence if both are set.

        Attributes:
            title (str): Heading of the card.
            description (str): Body text of the card.
            image_url (str | Unset): Publicly reachable picture for the card; ignored when `image` is supplied.
            image (LinkPreviewImage | Unset): Picture uploaded beforehand through the file-upload flow.
    """

    title: str
    description: str
    image_url: str | Unset = UNSET
    image: LinkPreviewImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        title = self.title

        description = self.description

        image_url = self.image_url

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        title = d["title"]

        description = d["description"]

        image_url = d.get("image_url", UNSET)

        _image = d.get("image", UNSET)
        image: LinkPreviewImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = LinkPreviewImage.from_dict(_image)

        link_preview = cls(
            title,
            description,
            image_url,
            image,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            link_preview.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return link_preview

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
    global LinkPreviewImage
    from ..models.link_preview_image import LinkPreviewImage

    _references_pending = False
