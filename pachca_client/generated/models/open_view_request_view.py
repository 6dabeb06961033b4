# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.view_block_checkbox import ViewBlockCheckbox
    from ..models.view_block_checkbox import _from_dict as _ViewBlockCheckbox_from_dict
    from ..models.view_block_date import ViewBlockDate
    from ..models.view_block_date import _from_dict as _ViewBlockDate_from_dict
    from ..models.view_block_divider import ViewBlockDivider
    from ..models.view_block_divider import _from_dict as _ViewBlockDivider_from_dict
    from ..models.view_block_file_input import ViewBlockFileInput
    from ..models.view_block_file_input import _from_dict as _ViewBlockFileInput_from_dict
    from ..models.view_block_header import ViewBlockHeader
    from ..models.view_block_header import _from_dict as _ViewBlockHeader_from_dict
    from ..models.view_block_input import ViewBlockInput
    from ..models.view_block_input import _from_dict as _ViewBlockInput_from_dict
    from ..models.view_block_markdown import ViewBlockMarkdown
    from ..models.view_block_markdown import _from_dict as _ViewBlockMarkdown_from_dict
    from ..models.view_block_plain_text import ViewBlockPlainText
    from ..models.view_block_plain_text import _from_dict as _ViewBlockPlainText_from_dict
    from ..models.view_block_radio import ViewBlockRadio
    from ..models.view_block_radio import _from_dict as _ViewBlockRadio_from_dict
    from ..models.view_block_select import ViewBlockSelect
    from ..models.view_block_select import _from_dict as _ViewBlockSelect_from_dict
    from ..models.view_block_time import ViewBlockTime
    from ..models.view_block_time import _from_dict as _ViewBlockTime_from_dict


T = TypeVar("T", bound="OpenViewRequestView")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "title",
        "blocks",
        "close_text",
        "submit_text",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "title": "string",
    "blocks": "array",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("title", "blocks")


@_attrs_define(repr=False)
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
            f"title={self.title!r}, "
            f"blocks={self.blocks!r}, "
            f"close_text={self.close_text!r}, "
            f"submit_text={self.submit_text!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`OpenViewRequestView` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _v.without_gc_pauses(_from_dict, cls, src_dict, strict)

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
    """`OpenViewRequestView.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "OpenViewRequestView", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        title, blocks = _read_required(_d)
        if len(_d) != 2:
            close_text = _d.get("close_text", UNSET)
            submit_text = _d.get("submit_text", UNSET)
        else:
            close_text = submit_text = UNSET
        if type(title) is not str:
            title = _v.string(title, "title", strict)
        if strict:
            _v.check_limits(title, "title", max_length=24)

        if type(blocks) is not list:
            blocks = _v.array(blocks, "blocks", strict)
        if strict:
            _v.check_limits(blocks, "blocks", max_items=100)

        if blocks:
            _blocks_list = []
            try:
                for _item0 in blocks:
                    _kind1 = _v.discriminator(_item0, "type")
                    if _kind1 in {("select",)}:
                        _item0 = _ViewBlockSelect_from_dict(ViewBlockSelect, _item0, strict)

                    elif _kind1 in {("radio",)}:
                        _item0 = _ViewBlockRadio_from_dict(ViewBlockRadio, _item0, strict)

                    elif _kind1 in {("checkbox",)}:
                        _item0 = _ViewBlockCheckbox_from_dict(ViewBlockCheckbox, _item0, strict)

                    elif _kind1 in {("input",)}:
                        _item0 = _ViewBlockInput_from_dict(ViewBlockInput, _item0, strict)

                    elif _kind1 in {("file_input",)}:
                        _item0 = _ViewBlockFileInput_from_dict(ViewBlockFileInput, _item0, strict)

                    elif _kind1 in {("date",)}:
                        _item0 = _ViewBlockDate_from_dict(ViewBlockDate, _item0, strict)

                    elif _kind1 in {("time",)}:
                        _item0 = _ViewBlockTime_from_dict(ViewBlockTime, _item0, strict)

                    elif _kind1 in {("header",)}:
                        _item0 = _ViewBlockHeader_from_dict(ViewBlockHeader, _item0, strict)

                    elif _kind1 in {("plain_text",)}:
                        _item0 = _ViewBlockPlainText_from_dict(ViewBlockPlainText, _item0, strict)

                    elif _kind1 in {("markdown",)}:
                        _item0 = _ViewBlockMarkdown_from_dict(ViewBlockMarkdown, _item0, strict)

                    elif _kind1 in {("divider",)}:
                        _item0 = _ViewBlockDivider_from_dict(ViewBlockDivider, _item0, strict)

                    else:
                        if type(_item0) is not _v.Deviant:
                            raise _v.unknown_kind(
                                _item0,
                                "type",
                                kinds=(
                                    "select",
                                    "radio",
                                    "checkbox",
                                    "input",
                                    "file_input",
                                    "date",
                                    "time",
                                    "header",
                                    "plain_text",
                                    "markdown",
                                    "divider",
                                ),
                            ).at_key(None)

                    _blocks_list.append(_item0)
            except _v.ValidationError as _error:
                raise _error.at_index(blocks).at_key("blocks") from None
            blocks = _blocks_list

        _n = 2
        if close_text is not UNSET:
            _n += 1
            if type(close_text) is not str:
                close_text = _v.string(close_text, "close_text", strict)
            if strict:
                _v.check_limits(close_text, "close_text", max_length=24)

        if submit_text is not UNSET:
            _n += 1
            if type(submit_text) is not str:
                submit_text = _v.string(submit_text, "submit_text", strict)
            if strict:
                _v.check_limits(submit_text, "submit_text", max_length=24)

        _result: T = _new(cls)
        _result.title = title
        _result.blocks = blocks
        _result.close_text = close_text
        _result.submit_text = submit_text
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("OpenViewRequestView", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("OpenViewRequestView", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global ViewBlockCheckbox, _ViewBlockCheckbox_from_dict
    global ViewBlockDate, _ViewBlockDate_from_dict
    global ViewBlockDivider, _ViewBlockDivider_from_dict
    global ViewBlockFileInput, _ViewBlockFileInput_from_dict
    global ViewBlockHeader, _ViewBlockHeader_from_dict
    global ViewBlockInput, _ViewBlockInput_from_dict
    global ViewBlockMarkdown, _ViewBlockMarkdown_from_dict
    global ViewBlockPlainText, _ViewBlockPlainText_from_dict
    global ViewBlockRadio, _ViewBlockRadio_from_dict
    global ViewBlockSelect, _ViewBlockSelect_from_dict
    global ViewBlockTime, _ViewBlockTime_from_dict
    from ..models.view_block_checkbox import ViewBlockCheckbox
    from ..models.view_block_checkbox import _from_dict as _ViewBlockCheckbox_from_dict
    from ..models.view_block_date import ViewBlockDate
    from ..models.view_block_date import _from_dict as _ViewBlockDate_from_dict
    from ..models.view_block_divider import ViewBlockDivider
    from ..models.view_block_divider import _from_dict as _ViewBlockDivider_from_dict
    from ..models.view_block_file_input import ViewBlockFileInput
    from ..models.view_block_file_input import _from_dict as _ViewBlockFileInput_from_dict
    from ..models.view_block_header import ViewBlockHeader
    from ..models.view_block_header import _from_dict as _ViewBlockHeader_from_dict
    from ..models.view_block_input import ViewBlockInput
    from ..models.view_block_input import _from_dict as _ViewBlockInput_from_dict
    from ..models.view_block_markdown import ViewBlockMarkdown
    from ..models.view_block_markdown import _from_dict as _ViewBlockMarkdown_from_dict
    from ..models.view_block_plain_text import ViewBlockPlainText
    from ..models.view_block_plain_text import _from_dict as _ViewBlockPlainText_from_dict
    from ..models.view_block_radio import ViewBlockRadio
    from ..models.view_block_radio import _from_dict as _ViewBlockRadio_from_dict
    from ..models.view_block_select import ViewBlockSelect
    from ..models.view_block_select import _from_dict as _ViewBlockSelect_from_dict
    from ..models.view_block_time import ViewBlockTime
    from ..models.view_block_time import _from_dict as _ViewBlockTime_from_dict

    _references_pending = False
