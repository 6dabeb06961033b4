# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookLink")

_KNOWN_KEYS = frozenset(
    {
        "url",
        "domain",
        "skip",
    }
)


@_attrs_define
class WebhookLink:
    """A link found in a message, as delivered in the `link_shared` webhook.

    Attributes:
        url (str): Full URL as written in the message; use it verbatim as the key when posting previews.
        domain (str): Watched domain the URL matched.
        skip (bool): True if the author suppressed the preview for this link; the bot must not unfurl it then.
    """

    url: str
    domain: str
    skip: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        domain = self.domain

        skip = self.skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "domain": domain,
                "skip": skip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        domain = d["domain"]

        skip = d["skip"]

        webhook_link = cls(
            url,
            domain,
            skip,
        )

        if len(d) != 3 and not d.keys() <= _KNOWN_KEYS:
            webhook_link.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_link

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
