# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.view_block_checkbox import ViewBlockCheckbox
    from ..models.view_block_date import ViewBlockDate
    from ..models.view_block_divider import ViewBlockDivider
    from ..models.view_block_file_input import ViewBlockFileInput
    from ..models.view_block_header import ViewBlockHeader
    from ..models.view_block_input import ViewBlockInput
    from ..models.view_block_markdown import ViewBlockMarkdown
    from ..models.view_block_plain_text import ViewBlockPlainText
    from ..models.view_block_radio import ViewBlockRadio
    from ..models.view_block_select import ViewBlockSelect
    from ..models.view_block_time import ViewBlockTime


T = TypeVar("T", bound="OpenViewRequestView")

_KNOWN_KEYS = frozenset(
    {
        "title",
        "blocks",
        "close_text",
        "submit_text",
    }
)


@_attrs_define
class OpenViewRequestView:
    """Definition of the form itself.

    Attributes:
        title (str): Heading of the modal, at most 24 characters.
        blocks (list[ViewBlockCheckbox | ViewBlockDate | ViewBlockDivider | ViewBlockFileInput | ViewBlockHeader |
            ViewBlockInput | ViewBlockMarkdown | ViewBlockPlainText | ViewBlockRadio | ViewBlockSelect | ViewBlockTime]):
            Content of the form in display order, at most 100 blocks.
        close_text (str | Unset): Label of the cancel button, at most 24 characters.
        submit_text (str | Unset): Label of the submit button, at most 24 characters.
    """

    title: str
    blocks: list[
        ViewBlockCheckbox
        | ViewBlockDate
        | ViewBlockDivider
        | ViewBlockFileInput
        | ViewBlockHeader
        | ViewBlockInput
        | ViewBlockMarkdown
        | ViewBlockPlainText
        | ViewBlockRadio
        | ViewBlockSelect
        | ViewBlockTime
    ]
    close_text: str | Unset = UNSET
    submit_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        title = self.title

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item: dict[str, Any]
            if isinstance(blocks_item_data, ViewBlockSelect):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockRadio):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockCheckbox):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockInput):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockFileInput):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockDate):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockTime):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockHeader):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockPlainText):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, ViewBlockMarkdown):
                blocks_item = blocks_item_data.to_dict()
            else:
                blocks_item = blocks_item_data.to_dict()

            blocks.append(blocks_item)

        close_text = self.close_text

        submit_text = self.submit_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "blocks": blocks,
            }
        )
        if close_text is not UNSET:
            field_dict["close_text"] = close_text
        if submit_text is not UNSET:
            field_dict["submit_text"] = submit_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        title = d["title"]

        blocks = []
        _blocks = d["blocks"]
        for blocks_item_data in _blocks:

            def _parse_blocks_item(
                data: object,
            ) -> (
                ViewBlockCheckbox
                | ViewBlockDate
                | ViewBlockDivider
                | ViewBlockFileInput
                | ViewBlockHeader
                | ViewBlockInput
                | ViewBlockMarkdown
                | ViewBlockPlainText
                | ViewBlockRadio
                | ViewBlockSelect
                | ViewBlockTime
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_0 = ViewBlockSelect.from_dict(data)

                    return componentsschemas_view_block_union_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_1 = ViewBlockRadio.from_dict(data)

                    return componentsschemas_view_block_union_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_2 = ViewBlockCheckbox.from_dict(data)

                    return componentsschemas_view_block_union_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_3 = ViewBlockInput.from_dict(data)

                    return componentsschemas_view_block_union_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_4 = ViewBlockFileInput.from_dict(data)

                    return componentsschemas_view_block_union_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_5 = ViewBlockDate.from_dict(data)

                    return componentsschemas_view_block_union_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_6 = ViewBlockTime.from_dict(data)

                    return componentsschemas_view_block_union_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_7 = ViewBlockHeader.from_dict(data)

                    return componentsschemas_view_block_union_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_8 = ViewBlockPlainText.from_dict(data)

                    return componentsschemas_view_block_union_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_view_block_union_type_9 = ViewBlockMarkdown.from_dict(data)

                    return componentsschemas_view_block_union_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_view_block_union_type_10 = ViewBlockDivider.from_dict(data)

                return componentsschemas_view_block_union_type_10

            blocks_item = _parse_blocks_item(blocks_item_data)

            blocks.append(blocks_item)

        close_text = d.get("close_text", UNSET)

        submit_text = d.get("submit_text", UNSET)

        open_view_request_view = cls(
            title,
            blocks,
            close_text,
            submit_text,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            open_view_request_view.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return open_view_request_view

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
    global ViewBlockCheckbox
    global ViewBlockDate
    global ViewBlockDivider
    global ViewBlockFileInput
    global ViewBlockHeader
    global ViewBlockInput
    global ViewBlockMarkdown
    global ViewBlockPlainText
    global ViewBlockRadio
    global ViewBlockSelect
    global ViewBlockTime
    from ..models.view_block_checkbox import ViewBlockCheckbox
    from ..models.view_block_date import ViewBlockDate
    from ..models.view_block_divider import ViewBlockDivider
    from ..models.view_block_file_input import ViewBlockFileInput
    from ..models.view_block_header import ViewBlockHeader
    from ..models.view_block_input import ViewBlockInput
    from ..models.view_block_markdown import ViewBlockMarkdown
    from ..models.view_block_plain_text import ViewBlockPlainText
    from ..models.view_block_radio import ViewBlockRadio
    from ..models.view_block_select import ViewBlockSelect
    from ..models.view_block_time import ViewBlockTime

    _references_pending = False
