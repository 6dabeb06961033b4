# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="BotPromoRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "description",
        "published",
        "promo_images",
    }
)
_REQUIRED: dict[str, str] = {}


@_attrs_define(repr=False)
class BotPromoRequest:
    """Catalog listing settings sent as `promo` when a bot is created or updated.

    Attributes:
        description (str | Unset): Text on the listing that explains the bot's purpose. It must be set before the
            listing can be published.
        published (bool | Unset): Whether the listing is public; when true, the bot is shown as a card on the catalog's
            Overview tab. A description is needed first.
        promo_images (list[str] | Unset): Up to 5 screenshots, given as `key` values obtained from `POST /uploads`. The
            list replaces the current one and keeps the order given.
    """

    description: str | Unset = UNSET
    published: bool | Unset = UNSET
    promo_images: list[str] | Unset = UNSET
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
            f"description={self.description!r}, "
            f"published={self.published!r}, "
            f"promo_images={self.promo_images!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        published = self.published

        promo_images: list[str] | Unset = UNSET
        if not isinstance(self.promo_images, Unset):
            promo_images = self.promo_images

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if published is not UNSET:
            field_dict["published"] = published
        if promo_images is not UNSET:
            field_dict["promo_images"] = promo_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`BotPromoRequest` from its JSON object, validated against openapi.yaml.

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
    """`BotPromoRequest.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "BotPromoRequest", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        if len(_d) != 0:
            description = _d.get("description", UNSET)
            published = _d.get("published", UNSET)
            promo_images = _d.get("promo_images", UNSET)
        else:
            description = published = promo_images = UNSET
        _n = 0
        if description is not UNSET:
            _n += 1
            if type(description) is not str:
                description = _v.string(description, "description", strict)

        if published is not UNSET:
            _n += 1
            if type(published) is not bool:
                published = _v.boolean(published, "published", strict)

        if promo_images is not UNSET:
            _n += 1
            if type(promo_images) is not list:
                promo_images = _v.array(promo_images, "promo_images", strict)

            try:
                for _item0 in promo_images:
                    if type(_item0) is not str:
                        _item0 = _v.string(_item0, None, strict)

            except _v.ValidationError as _error:
                raise _error.at_index(promo_images).at_key("promo_images") from None

        _result: T = _new(cls)
        _result.description = description
        _result.published = published
        _result.promo_images = promo_images
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("BotPromoRequest", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(
                _from_dict(cls, _v.with_missing("BotPromoRequest", src_dict, _d, _REQUIRED, _error), strict)
            )
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
