# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bot_response import BotResponse


T = TypeVar("T", bound="RotateBotClientSecretResponse")

_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)


@_attrs_define
class RotateBotClientSecretResponse:
    """Envelope with the bot's settings, including the one-time `client_secret`, under `data`.

    Attributes:
        data (BotResponse): A bot as returned by the bot read and update calls: its id plus its settings.
    """

    data: BotResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        data = BotResponse.from_dict(d["data"])

        rotate_bot_client_secret_response = cls(
            data,
        )

        if len(d) != 1 and not d.keys() <= _KNOWN_KEYS:
            rotate_bot_client_secret_response.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return rotate_bot_client_secret_response

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
    global BotResponse
    from ..models.bot_response import BotResponse

    _references_pending = False
