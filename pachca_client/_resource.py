"""Base classes of the generated per-tag resources (`pachca.chats`, `pachca.messages`, ...).

A resource method is generated from openapi.yaml; it names its endpoint module and hands the
call to the client, which sends it, maps errors and unwraps the response.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._validation import check_body, check_form

if TYPE_CHECKING:
    from ._client import AsyncPachca, Pachca

ModelT = TypeVar("ModelT")


def json_body(cls: type[ModelT], value: ModelT | Mapping[str, Any]) -> dict[str, Any]:
    """A request body given as its model or as a mapping (a dict or the model's `...Dict` TypedDict), as the
    JSON it is sent as: built once, checked against openapi.yaml before anything is sent (`_validation.check_body`).

    A wrong type, an unknown key (with the closest known one suggested), a value beyond the schema's limits is a
    `ValidationError` (a ValueError) naming the path, such as `body.chat.member_ids[1]`.
    """
    return check_body(cls, value)


def as_form(cls: type[ModelT], value: ModelT | Mapping[str, Any]) -> ModelT:
    """Accept a multipart body as its model or as a mapping; file parts may be bytes, a path or a file.

    A part that is not a file where the schema wants one (a str, an int) is a `ValidationError` naming it.
    """
    return check_form(cls, value)


ClientT = TypeVar("ClientT", "Pachca", "AsyncPachca")


class _Resource(Generic[ClientT]):
    """One API tag on a client; `SyncResource` and `AsyncResource` name which kind."""

    def __init__(self, client: ClientT) -> None:
        self._client: ClientT = client

    def _via(
        self, body: Mapping[str, Any] | None, query: Mapping[str, Any] | None, headers: Mapping[str, str] | None
    ) -> ClientT:
        """The client for one call: this one, or a view that adds the call's `extra_*` to what it sends."""
        if body is None and query is None and headers is None:
            return self._client
        return self._client.with_options(extra_body=body, extra_query=query, extra_headers=headers)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class SyncResource(_Resource["Pachca"]):
    """One API tag on a `Pachca` client."""


class AsyncResource(_Resource["AsyncPachca"]):
    """One API tag on an `AsyncPachca` client."""
