# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, File, Unset

T = TypeVar("T", bound="FileUploadRequest")

_KNOWN_KEYS = frozenset(
    {
        "Content-Disposition",
        "policy",
        "x-amz-credential",
        "x-amz-algorithm",
        "x-amz-date",
        "x-amz-signature",
        "key",
        "file",
        "acl",
        "bucket",
    }
)


@_attrs_define
class FileUploadRequest:
    """Multipart form posted to the `direct_url` obtained from `POST /uploads`. Echo the eight received fields verbatim,
    put `file` last, and send no Authorization header.

        Attributes:
            content_disposition (str): Echo of `Content-Disposition` from the `POST /uploads` reply.
            policy (str): Echo of `policy` from the `POST /uploads` reply.
            x_amz_credential (str): Echo of `x-amz-credential` from the `POST /uploads` reply.
            x_amz_algorithm (str): Echo of `x-amz-algorithm` from the `POST /uploads` reply.
            x_amz_date (str): Echo of `x-amz-date` from the `POST /uploads` reply.
            x_amz_signature (str): Echo of `x-amz-signature` from the `POST /uploads` reply.
            key (str): Echo of `key` from the `POST /uploads` reply, sent unchanged with its `${filename}` placeholder.
            file (File): Binary content of the file; must be the final part of the form.
            acl (str | Unset): Echo of `acl` from the `POST /uploads` reply.
            bucket (str | Unset): Echo of `bucket` from the `POST /uploads` reply, when that reply carried one.
    """

    content_disposition: str
    policy: str
    x_amz_credential: str
    x_amz_algorithm: str
    x_amz_date: str
    x_amz_signature: str
    key: str
    file: File
    acl: str | Unset = UNSET
    bucket: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_disposition = self.content_disposition

        policy = self.policy

        x_amz_credential = self.x_amz_credential

        x_amz_algorithm = self.x_amz_algorithm

        x_amz_date = self.x_amz_date

        x_amz_signature = self.x_amz_signature

        key = self.key

        file = self.file.to_tuple()

        acl = self.acl

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
                "file": file,
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

        file = File(payload=BytesIO(d["file"]))

        acl = d.get("acl", UNSET)

        bucket = d.get("bucket", UNSET)

        file_upload_request = cls(
            content_disposition,
            policy,
            x_amz_credential,
            x_amz_algorithm,
            x_amz_date,
            x_amz_signature,
            key,
            file,
            acl,
            bucket,
        )

        if len(d) != 8 and not d.keys() <= _KNOWN_KEYS:
            file_upload_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return file_upload_request

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
