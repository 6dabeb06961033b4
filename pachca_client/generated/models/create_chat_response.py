# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat import Chat
    from ..models.create_chat_response_meta import CreateChatResponseMeta


T = TypeVar("T", bound="CreateChatResponse")

_KNOWN_KEYS = frozenset(
    {
        "data",
        "meta",
    }
)


@_attrs_define
class CreateChatResponse:
    """Envelope with the resulting object under `data`.

    Attributes:
        data (Chat): A group discussion, channel or one-to-one conversation, as returned by the chat endpoints.
        meta (CreateChatResponseMeta): Extra details about the creation that are not part of the chat object.
    """

    data: Chat
    meta: CreateChatResponseMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        data = self.data.to_dict()

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
        data = Chat.from_dict(d["data"])

        meta = CreateChatResponseMeta.from_dict(d["meta"])

        create_chat_response = cls(
            data,
            meta,
        )

        if len(d) != 2 and not d.keys() <= _KNOWN_KEYS:
            create_chat_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return create_chat_response

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
    global CreateChatResponseMeta
    from ..models.chat import Chat
    from ..models.create_chat_response_meta import CreateChatResponseMeta

    _references_pending = False
