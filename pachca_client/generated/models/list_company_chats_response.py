# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat import Chat
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="ListCompanyChatsResponse")

_KNOWN_KEYS = frozenset(
    {
        "data",
        "meta",
    }
)


@_attrs_define
class ListCompanyChatsResponse:
    """List response: the page of items in `data` and paging state in `meta`.

    Attributes:
        data (list[Chat]): Chats on this page.
        meta (PaginationMeta): `meta` object of cursor-paginated lists. Keep requesting with `cursor` set to `next_page`
            until `has_next` is false.
    """

    data: list[Chat]
    meta: PaginationMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        data = [Chat.from_dict(data_item_data) for data_item_data in d["data"]]

        meta = PaginationMeta.from_dict(d["meta"])

        list_company_chats_response = cls(
            data,
            meta,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            list_company_chats_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return list_company_chats_response

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
    global Chat
    global PaginationMeta
    from ..models.chat import Chat
    from ..models.pagination_meta import PaginationMeta

    _references_pending = False
