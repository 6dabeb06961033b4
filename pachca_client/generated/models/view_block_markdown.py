# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_block_markdown_type import ViewBlockMarkdownType

T = TypeVar("T", bound="ViewBlockMarkdown")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "text",
    }
)


@_attrs_define
class ViewBlockMarkdown:
    """Form block showing formatted text written in Markdown (`type: markdown`).

    Attributes:
        type_ (ViewBlockMarkdownType): Always `markdown`.
        text (str): Markdown source to render, up to 12000 characters.
    """

    type_: ViewBlockMarkdownType
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ViewBlockMarkdownType._from_value(d["type"])

        text = d["text"]

        view_block_markdown = cls(
            type_,
            text,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            view_block_markdown.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return view_block_markdown

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
