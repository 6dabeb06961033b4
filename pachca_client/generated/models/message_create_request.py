# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_create_request_message import MessageCreateRequestMessage


T = TypeVar("T", bound="MessageCreateRequest")

_KNOWN_KEYS = frozenset(
    {
        "message",
        "link_preview",
    }
)


@_attrs_define
class MessageCreateRequest:
    """Body of `POST /messages`: the message under `message`, plus the top-level `link_preview` flag.

    Attributes:
        message (MessageCreateRequestMessage): The message to send.
        link_preview (bool | Unset): Render a preview for the first URL in the text. Note it sits next to `message`, not
            inside it. Default: False.
    """

    message: MessageCreateRequestMessage
    link_preview: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        message = self.message.to_dict()

        link_preview = self.link_preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if link_preview is not UNSET:
            field_dict["link_preview"] = link_preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        message = MessageCreateRequestMessage.from_dict(d["message"])

        link_preview = d.get("link_preview", UNSET)

        message_create_request = cls(
            message,
            link_preview,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            message_create_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return message_create_request

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
    global MessageCreateRequestMessage
    from ..models.message_create_request_message import MessageCreateRequestMessage

    _references_pending = False
