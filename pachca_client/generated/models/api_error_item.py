# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_code import ValidationErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_item_payload_type_0 import ApiErrorItemPayloadType0


T = TypeVar("T", bound="ApiErrorItem")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "message",
        "code",
        "payload",
        "value",
    }
)


@_attrs_define
class ApiErrorItem:
    """One problem reported inside `ApiError`: the input it concerns, a machine-readable `code` and a human-readable text.

    Attributes:
        key (str): Name of the request field or parameter the problem relates to.
        message (str): Explanation meant for people, frequently in Russian. Display it, but branch on `code` in code.
        code (ValidationErrorCode): Machine-readable `code` values of `ApiError` items. Broad groups: input checks
            (`blank`, `required`, `invalid`, `inclusion`, `too_long`, `min_length`...), lookups and conflicts (`not_found`,
            `already_exists`, `taken`), permissions and billing (`forbidden`, `access_denied`, `permission_denied`,
            `payment_required`), limits (`rate_limit`, `licenses_limit`, the reaction caps
            `user_limit`/`unique_limit`/`general_limit`) and feature-specific ones such as `trigger_expired`,
            `export_file_not_found` or `thread_message`.
        payload (ApiErrorItemPayloadType0 | None): Extra structured context whose shape follows `code`: `{id}` for
            custom-property problems, `{record: {type, id}, query}` for authorization problems, null otherwise. It was a
            plain string before 2026-03-19.
        value (Any | Unset): The rejected input rendered as a string; null when the problem is not about one particular
            value.
    """

    key: str
    message: str
    code: ValidationErrorCode
    payload: ApiErrorItemPayloadType0 | None
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        key = self.key

        message = self.message

        code = self.code.value

        payload: dict[str, Any] | None
        if isinstance(self.payload, ApiErrorItemPayloadType0):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "message": message,
                "code": code,
                "payload": payload,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        key = d["key"]

        message = d["message"]

        code = ValidationErrorCode._from_value(d["code"])

        _payload = d["payload"]
        payload: ApiErrorItemPayloadType0 | None
        if _payload is None:
            payload = None
        elif not isinstance(_payload, dict):
            payload = _payload
        else:
            try:
                payload_type_0 = ApiErrorItemPayloadType0.from_dict(_payload)

                payload = payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                payload = cast("ApiErrorItemPayloadType0 | None", _payload)

        value = d.get("value", UNSET)

        api_error_item = cls(
            key,
            message,
            code,
            payload,
            value,
        )

        if len(d) != 4 and not d.keys() <= _KNOWN_KEYS:
            api_error_item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return api_error_item

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
    global ApiErrorItemPayloadType0
    from ..models.api_error_item_payload_type_0 import ApiErrorItemPayloadType0

    _references_pending = False
