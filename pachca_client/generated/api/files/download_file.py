# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.api_error import ApiError
from ...models.file_target import FileTarget
from ...models.o_auth_error import OAuthError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    id: int,
    *,
    target: FileTarget | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_target: str | Unset = UNSET
    if not isinstance(target, Unset):
        json_target = target.value

    params["target"] = json_target

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{id}".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiError | OAuthError | File | OAuthError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ApiError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: ApiError | OAuthError
        try:
            response_403 = OAuthError.from_dict(_response_403)
        except ValueError:
            response_403 = ApiError.from_dict(_response_403)

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_success(response: httpx.Response) -> File:
    """The documented success answer, parsed; any other status raises `errors.UnexpectedStatus`.

    This is what `pachca_client.Pachca` calls once it has mapped error statuses to exceptions.
    """
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiError | OAuthError | File | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_answer(lambda: _parse_response(client=client, response=response), response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    target: FileTarget | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | File | OAuthError]:
    """Fetch a file's contents by id

     Answers with the attachment's bytes themselves, not a link, and its name in `Content-Disposition`;
    this is where the `url` of encrypted files and of files from a workspace's secure perimeter points,
    so fetch it with the token. `target` asks for a derived version instead of the original; a version
    the file lacks or a failed decryption gives 400, and a request from outside the secure perimeter
    (your server's address is the one checked) gets 403 `confidential_download_denied`. Message
    attachments are open to whoever sees the message, draft attachments only to the draft's author;
    scope `files:read`.

    Args:
        id (int):
        target (FileTarget | Unset): Variant that `GET /files/{id}` returns in place of the
            original file: `pdf_preview`: the document rendered as PDF; `pdf_first_page`: the first
            page of the document as a picture; `thumb`: a scaled-down copy of an image; `image`: the
            image unchanged. Asking for a variant the file does not have gives 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | File | OAuthError]
    """

    kwargs = _get_kwargs(
        id=id,
        target=target,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    target: FileTarget | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | File | OAuthError | None:
    """Fetch a file's contents by id

     Answers with the attachment's bytes themselves, not a link, and its name in `Content-Disposition`;
    this is where the `url` of encrypted files and of files from a workspace's secure perimeter points,
    so fetch it with the token. `target` asks for a derived version instead of the original; a version
    the file lacks or a failed decryption gives 400, and a request from outside the secure perimeter
    (your server's address is the one checked) gets 403 `confidential_download_denied`. Message
    attachments are open to whoever sees the message, draft attachments only to the draft's author;
    scope `files:read`.

    Args:
        id (int):
        target (FileTarget | Unset): Variant that `GET /files/{id}` returns in place of the
            original file: `pdf_preview`: the document rendered as PDF; `pdf_first_page`: the first
            page of the document as a picture; `thumb`: a scaled-down copy of an image; `image`: the
            image unchanged. Asking for a variant the file does not have gives 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | File | OAuthError
    """

    return sync_detailed(
        id=id,
        client=client,
        target=target,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    target: FileTarget | Unset = UNSET,
) -> Response[ApiError | ApiError | OAuthError | File | OAuthError]:
    """Fetch a file's contents by id

     Answers with the attachment's bytes themselves, not a link, and its name in `Content-Disposition`;
    this is where the `url` of encrypted files and of files from a workspace's secure perimeter points,
    so fetch it with the token. `target` asks for a derived version instead of the original; a version
    the file lacks or a failed decryption gives 400, and a request from outside the secure perimeter
    (your server's address is the one checked) gets 403 `confidential_download_denied`. Message
    attachments are open to whoever sees the message, draft attachments only to the draft's author;
    scope `files:read`.

    Args:
        id (int):
        target (FileTarget | Unset): Variant that `GET /files/{id}` returns in place of the
            original file: `pdf_preview`: the document rendered as PDF; `pdf_first_page`: the first
            page of the document as a picture; `thumb`: a scaled-down copy of an image; `image`: the
            image unchanged. Asking for a variant the file does not have gives 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | OAuthError | File | OAuthError]
    """

    kwargs = _get_kwargs(
        id=id,
        target=target,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    target: FileTarget | Unset = UNSET,
) -> ApiError | ApiError | OAuthError | File | OAuthError | None:
    """Fetch a file's contents by id

     Answers with the attachment's bytes themselves, not a link, and its name in `Content-Disposition`;
    this is where the `url` of encrypted files and of files from a workspace's secure perimeter points,
    so fetch it with the token. `target` asks for a derived version instead of the original; a version
    the file lacks or a failed decryption gives 400, and a request from outside the secure perimeter
    (your server's address is the one checked) gets 403 `confidential_download_denied`. Message
    attachments are open to whoever sees the message, draft attachments only to the draft's author;
    scope `files:read`.

    Args:
        id (int):
        target (FileTarget | Unset): Variant that `GET /files/{id}` returns in place of the
            original file: `pdf_preview`: the document rendered as PDF; `pdf_first_page`: the first
            page of the document as a picture; `thumb`: a scaled-down copy of an image; `image`: the
            image unchanged. Asking for a variant the file does not have gives 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | OAuthError | File | OAuthError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            target=target,
        )
    ).parsed
