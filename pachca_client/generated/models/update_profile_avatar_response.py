# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.avatar_data import AvatarData


T = TypeVar("T", bound="UpdateProfileAvatarResponse")


@_attrs_define
class UpdateProfileAvatarResponse:
    """Envelope with the new avatar URL under `data`.

    Attributes:
        data (AvatarData): Response of the avatar upload calls (`{"data": {"image_url"}}`): where the newly stored
            picture can be fetched.
    """

    data: AvatarData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.avatar_data import AvatarData  # noqa: PLC0415

        d = dict(src_dict)
        data = AvatarData.from_dict(d.pop("data"))

        update_profile_avatar_response = cls(
            data=data,
        )

        update_profile_avatar_response.additional_properties = d
        return update_profile_avatar_response

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
