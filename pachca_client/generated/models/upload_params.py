# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadParams")

_KNOWN_KEYS = frozenset(
    {
        "Content-Disposition",
        "policy",
        "x-amz-credential",
        "x-amz-algorithm",
        "x-amz-date",
        "x-amz-signature",
        "key",
        "direct_url",
        "acl",
        "bucket",
    }
)


@_attrs_define
class UploadParams:
    """Flat (unwrapped) response of `POST /uploads`: one-time presigned form fields for uploading a single file to
    `direct_url`. Request a fresh set for every file.

        Attributes:
            content_disposition (str): Form field to send back unchanged; currently `attachment`.
            policy (str): Signed upload policy to send back unchanged.
            x_amz_credential (str): Credential scope of the signature; send back unchanged.
            x_amz_algorithm (str): Signing algorithm, currently `AWS4-HMAC-SHA256`; send back unchanged.
            x_amz_date (str): Timestamp at which the policy was signed; send back unchanged.
            x_amz_signature (str): Signature over the policy. It expires after an undocumented interval, after which the
                upload gets 403.
            key (str): Storage key containing the literal `${filename}`. Upload it as is, then substitute the real file name
                when attaching the file to a message.
            direct_url (str): Address to POST the multipart form to, without the Authorization header.
            acl (None | str | Unset): Access-control value to send back unchanged; currently `private`.
            bucket (None | str | Unset): Storage bucket name to send back unchanged; null when the reply names none.
    """

    content_disposition: str
    policy: str
    x_amz_credential: str
    x_amz_algorithm: str
    x_amz_date: str
    x_amz_signature: str
    key: str
    direct_url: str
    acl: None | str | Unset = UNSET
    bucket: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_disposition = self.content_disposition

        policy = self.policy

        x_amz_credential = self.x_amz_credential

        x_amz_algorithm = self.x_amz_algorithm

        x_amz_date = self.x_amz_date

        x_amz_signature = self.x_amz_signature

        key = self.key

        direct_url = self.direct_url

        acl: None | str | Unset
        if isinstance(self.acl, Unset):
            acl = UNSET
        else:
            acl = self.acl

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Content-Disposition": content_disposition,
                "policy": policy,
                "x-amz-credential": x_amz_credential,
                "x-amz-algorithm": x_amz_algorithm,
                "x-amz-date": x_amz_date,
                "x-amz-signature": x_amz_signature,
                "key": key,
                "direct_url": direct_url,
            }
        )
        if acl is not UNSET:
            field_dict["acl"] = acl
        if bucket is not UNSET:
            field_dict["bucket"] = bucket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        content_disposition = d["Content-Disposition"]

        policy = d["policy"]

        x_amz_credential = d["x-amz-credential"]

        x_amz_algorithm = d["x-amz-algorithm"]

        x_amz_date = d["x-amz-date"]

        x_amz_signature = d["x-amz-signature"]

        key = d["key"]

        direct_url = d["direct_url"]

        acl = d.get("acl", UNSET)

        bucket = d.get("bucket", UNSET)

        upload_params = cls(
            content_disposition,
            policy,
            x_amz_credential,
            x_amz_algorithm,
            x_amz_date,
            x_amz_signature,
            key,
            direct_url,
            acl,
            bucket,
        )

        if len(d) != 8 and not d.keys() <= _KNOWN_KEYS:
            upload_params.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return upload_params

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
