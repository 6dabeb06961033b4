# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.validation_error_code import ValidationErrorCode
from ..types import UNSET, Unset
from ..validation import new_instance as _new

if TYPE_CHECKING:
    from ..models.api_error_item_payload_type_0 import ApiErrorItemPayloadType0
    from ..models.api_error_item_payload_type_0 import _from_dict as _ApiErrorItemPayloadType0_from_dict


T = TypeVar("T", bound="ApiErrorItem")
_ValidationErrorCode_MEMBERS = ValidationErrorCode._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "message",
        "code",
        "payload",
        "value",
    }
)
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "key": "string",
    "message": "string",
    "code": "string (ValidationErrorCode)",
    "payload": "object (ApiErrorItemPayloadType0) or null",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter("key", "message", "code", "payload")


@_attrs_define(repr=False)
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
            f"key={self.key!r}, "
            f"message={self.message!r}, "
            f"code={self.code!r}, "
            f"payload={self.payload!r}, "
            f"value={self.value!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`ApiErrorItem` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _from_dict(cls, src_dict, strict)

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
    """`ApiErrorItem.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "ApiErrorItem", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        key, message, code, payload = _read_required(_d)
        if len(_d) != 4:
            value = _d.get("value", UNSET)
        else:
            value = UNSET
        if type(key) is not str:
            key = _v.string(key, "key", strict)

        if type(message) is not str:
            message = _v.string(message, "message", strict)

        try:
            code = _ValidationErrorCode_MEMBERS[code]
        except (KeyError, TypeError):
            code = _v.enum_member(ValidationErrorCode, code, "code", strict)
        if strict:
            _v.unknown_value(ValidationErrorCode, code, "code")

        if payload is not None:
            try:
                payload = _ApiErrorItemPayloadType0_from_dict(ApiErrorItemPayloadType0, payload, strict)
            except _v.ValidationError as _error:
                raise _error.at_key("payload") from None

        _n = 4
        if value is not UNSET:
            _n += 1
            pass

        _result: T = _new(cls)
        _result.key = key
        _result.message = message
        _result.code = code
        _result.payload = payload
        _result.value = value
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("ApiErrorItem", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("ApiErrorItem", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global ApiErrorItemPayloadType0, _ApiErrorItemPayloadType0_from_dict
    from ..models.api_error_item_payload_type_0 import ApiErrorItemPayloadType0
    from ..models.api_error_item_payload_type_0 import _from_dict as _ApiErrorItemPayloadType0_from_dict

    _references_pending = False
