# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.views`: Modal forms that a bot pops up after a user clicks one of its buttons.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.views` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import ignore_body
from ..._resource import AsyncResource, SyncResource, json_body
from ..._response import async_raw_response, raw_response

if TYPE_CHECKING:
    from ..bodies import OpenViewRequestDict, SubmitViewResponseRequestDict
    from ..models.open_view_request import OpenViewRequest
    from ..models.submit_view_response_request import SubmitViewResponseRequest
    from ..models.submit_view_response_result import SubmitViewResponseResult


class ViewsResource(SyncResource):
    """Modal forms that a bot pops up after a user clicks one of its buttons."""

    def open_view(
        self,
        *,
        body: OpenViewRequest | OpenViewRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Open a modal form

        Shows a modal view to the user who clicked a bot's data button, using that click's `trigger_id`,
        which stays valid for only about 3 seconds; stale triggers give 410. Answers 201 with no body, and
        the filled-in form later arrives as a `view` webhook. Bot tokens only; scope `views:write`.
        """

        from ..api.views import open_view as endpoint
        from ..models.open_view_request import OpenViewRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "body": json_body(OpenViewRequest, body),
            },
        )

    def submit_view_response(
        self,
        view_id: str,
        *,
        body: SubmitViewResponseRequest | SubmitViewResponseRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubmitViewResponseResult:
        """Reply to a submitted form

        Closes a form the user has sent, or shows error texts under named fields, for bots without an
        outgoing webhook URL that read `view_submit` events from the event history instead of answering the
        webhook. Pass the event's `submit_id`, plus `errors` keyed by block `name` to reject the input;
        leaving `errors` out closes the form as accepted. Reply within about 5 seconds and only once, since
        a late or repeated reply gets 410 (`submit_expired`); scope `views:write`.
        """

        from ..api.views import submit_view_response as endpoint
        from ..models.submit_view_response_request import SubmitViewResponseRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "view_id": view_id,
                "body": json_body(SubmitViewResponseRequest, body),
            },
        )


class AsyncViewsResource(AsyncResource):
    """Modal forms that a bot pops up after a user clicks one of its buttons."""

    async def open_view(
        self,
        *,
        body: OpenViewRequest | OpenViewRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Open a modal form

        Shows a modal view to the user who clicked a bot's data button, using that click's `trigger_id`,
        which stays valid for only about 3 seconds; stale triggers give 410. Answers 201 with no body, and
        the filled-in form later arrives as a `view` webhook. Bot tokens only; scope `views:write`.
        """

        from ..api.views import open_view as endpoint
        from ..models.open_view_request import OpenViewRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "body": json_body(OpenViewRequest, body),
            },
        )

    async def submit_view_response(
        self,
        view_id: str,
        *,
        body: SubmitViewResponseRequest | SubmitViewResponseRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubmitViewResponseResult:
        """Reply to a submitted form

        Closes a form the user has sent, or shows error texts under named fields, for bots without an
        outgoing webhook URL that read `view_submit` events from the event history instead of answering the
        webhook. Pass the event's `submit_id`, plus `errors` keyed by block `name` to reject the input;
        leaving `errors` out closes the form as accepted. Reply within about 5 seconds and only once, since
        a late or repeated reply gets 410 (`submit_expired`); scope `views:write`.
        """

        from ..api.views import submit_view_response as endpoint
        from ..models.submit_view_response_request import SubmitViewResponseRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "view_id": view_id,
                "body": json_body(SubmitViewResponseRequest, body),
            },
        )


class ViewsResourceWithRawResponse:
    """`pachca.with_raw_response.views.<method>(...)`: each method of `ViewsResource`, returning a `RawResponse`."""

    def __init__(self, resource: ViewsResource) -> None:
        self.open_view = raw_response(resource.open_view)
        self.submit_view_response = raw_response(resource.submit_view_response)


class AsyncViewsResourceWithRawResponse:
    """`await pachca.with_raw_response.views.<method>(...)`: each method of `AsyncViewsResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncViewsResource) -> None:
        self.open_view = async_raw_response(resource.open_view)
        self.submit_view_response = async_raw_response(resource.submit_view_response)
