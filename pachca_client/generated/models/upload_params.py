# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..types import UNSET, Unset
from ..validation import new_instance as _new

T = TypeVar("T", bound="UploadParams")

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "Content-Disposition": "string",
    "policy": "string",
    "x-amz-credential": "string",
    "x-amz-algorithm": "string",
    "x-amz-date": "string",
    "x-amz-signature": "string",
    "key": "string",
    "direct_url": "string",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
    "Content-Disposition",
    "policy",
    "x-amz-credential",
    "x-amz-algorithm",
    "x-amz-date",
    "x-amz-signature",
    "key",
    "direct_url",
)


@_attrs_define(repr=False)
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
            f"content_disposition={self.content_disposition!r}, "
            f"policy={self.policy!r}, "
            f"x_amz_credential={self.x_amz_credential!r}, "
            f"x_amz_algorithm={self.x_amz_algorithm!r}, "
            f"x_amz_date={self.x_amz_date!r}, "
            f"x_amz_signature={self.x_amz_signature!r}, "
            f"key={self.key!r}, "
            f"direct_url={self.direct_url!r}, "
            f"acl={self.acl!r}, "
            f"bucket={self.bucket!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`UploadParams` from its JSON object, validated against openapi.yaml.

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
    """`UploadParams.from_dict`; the models that contain this one call it directly."""
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "UploadParams", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        content_disposition, policy, x_amz_credential, x_amz_algorithm, x_amz_date, x_amz_signature, key, direct_url = (
            _read_required(_d)
        )
        if len(_d) != 8:
            acl = _d.get("acl", UNSET)
            bucket = _d.get("bucket", UNSET)
        else:
            acl = bucket = UNSET
        if type(content_disposition) is not str:
            content_disposition = _v.string(content_disposition, "Content-Disposition", strict)

        if type(policy) is not str:
            policy = _v.string(policy, "policy", strict)

        if type(x_amz_credential) is not str:
            x_amz_credential = _v.string(x_amz_credential, "x-amz-credential", strict)

        if type(x_amz_algorithm) is not str:
            x_amz_algorithm = _v.string(x_amz_algorithm, "x-amz-algorithm", strict)

        if type(x_amz_date) is not str:
            x_amz_date = _v.string(x_amz_date, "x-amz-date", strict)

        if type(x_amz_signature) is not str:
            x_amz_signature = _v.string(x_amz_signature, "x-amz-signature", strict)

        if type(key) is not str:
            key = _v.string(key, "key", strict)

        if type(direct_url) is not str:
            direct_url = _v.string(direct_url, "direct_url", strict)

        _n = 8
        if acl is not UNSET:
            _n += 1
            if type(acl) is not str and acl is not None:
                acl = _v.string(acl, "acl", strict)

        if bucket is not UNSET:
            _n += 1
            if type(bucket) is not str and bucket is not None:
                bucket = _v.string(bucket, "bucket", strict)

        _result: T = _new(cls)
        _result.content_disposition = content_disposition
        _result.policy = policy
        _result.x_amz_credential = x_amz_credential
        _result.x_amz_algorithm = x_amz_algorithm
        _result.x_amz_date = x_amz_date
        _result.x_amz_signature = x_amz_signature
        _result.key = key
        _result.direct_url = direct_url
        _result.acl = acl
        _result.bucket = bucket
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("UploadParams", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("UploadParams", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None
