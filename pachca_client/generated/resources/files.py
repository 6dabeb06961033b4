# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.files`: Two-step uploads (fetch presigned form fields, then post the file straight to storage) and downloading an attachment by its id.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.files` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
Handwritten methods come from `pachca_client._uploads` (declared in scripts/facade.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, overload

from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_response, raw_response
from ..._uploads import AsyncUploads, Uploads
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_target import FileTarget
    from ..models.upload_params import UploadParams


class FilesResource(Uploads, SyncResource):
    """Two-step uploads (fetch presigned form fields, then post the file straight to storage) and downloading an attachment by its id."""

    @overload
    def download_file(
        self,
        id: int,
        destination: str | os.PathLike[str],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Path: ...

    @overload
    def download_file(
        self,
        id: int,
        destination: IO[bytes],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    def download_file(
        self,
        id: int,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Path | None:
        """Fetch a file's contents by id

        Answers with the attachment's bytes themselves, not a link, and its name in `Content-Disposition`;
        this is where the `url` of encrypted files and of files from a workspace's secure perimeter points,
        so fetch it with the token. `target` asks for a derived version instead of the original; a version
        the file lacks or a failed decryption gives 400, and a request from outside the secure perimeter
        (your server's address is the one checked) gets 403 `confidential_download_denied`. Message
        attachments are open to whoever sees the message, draft attachments only to the draft's author;
        scope `files:read`.
        """

        from ..api.files import download_file as endpoint

        return self._via(extra_body, extra_query, extra_headers)._download(
            endpoint,
            {
                "id": id,
                "target": target,
            },
            destination,
            overwrite=overwrite,
        )

    def get_upload_params(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadParams:
        """Get presigned upload parameters

        First step of an upload: answers 201 with a flat object (no `data` wrapper) holding `direct_url`, a
        `key` containing the literal `${filename}` placeholder and S3-style policy and signature fields.
        Request a new set for every file, then post the file to `direct_url` and cite the key in a message.
        Scope `uploads:write`.
        """

        from ..api.files import get_upload_params as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(endpoint, endpoint.parse_success, {})


class AsyncFilesResource(AsyncUploads, AsyncResource):
    """Two-step uploads (fetch presigned form fields, then post the file straight to storage) and downloading an attachment by its id."""

    @overload
    async def download_file(
        self,
        id: int,
        destination: str | os.PathLike[str],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Path: ...

    @overload
    async def download_file(
        self,
        id: int,
        destination: IO[bytes],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    async def download_file(
        self,
        id: int,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        target: FileTarget | Unset = UNSET,
        overwrite: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Path | None:
        """Fetch a file's contents by id

        Answers with the attachment's bytes themselves, not a link, and its name in `Content-Disposition`;
        this is where the `url` of encrypted files and of files from a workspace's secure perimeter points,
        so fetch it with the token. `target` asks for a derived version instead of the original; a version
        the file lacks or a failed decryption gives 400, and a request from outside the secure perimeter
        (your server's address is the one checked) gets 403 `confidential_download_denied`. Message
        attachments are open to whoever sees the message, draft attachments only to the draft's author;
        scope `files:read`.
        """

        from ..api.files import download_file as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._download(
            endpoint,
            {
                "id": id,
                "target": target,
            },
            destination,
            overwrite=overwrite,
        )

    async def get_upload_params(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadParams:
        """Get presigned upload parameters

        First step of an upload: answers 201 with a flat object (no `data` wrapper) holding `direct_url`, a
        `key` containing the literal `${filename}` placeholder and S3-style policy and signature fields.
        Request a new set for every file, then post the file to `direct_url` and cite the key in a message.
        Scope `uploads:write`.
        """

        from ..api.files import get_upload_params as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(endpoint, endpoint.parse_success, {})


class FilesResourceWithRawResponse:
    """`pachca.with_raw_response.files.<method>(...)`: each method of `FilesResource`, returning a `RawResponse`."""

    def __init__(self, resource: FilesResource) -> None:
        self.download_file = raw_response(resource.download_file)
        self.get_upload_params = raw_response(resource.get_upload_params)


class AsyncFilesResourceWithRawResponse:
    """`await pachca.with_raw_response.files.<method>(...)`: each method of `AsyncFilesResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.download_file = async_raw_response(resource.download_file)
        self.get_upload_params = async_raw_response(resource.get_upload_params)
