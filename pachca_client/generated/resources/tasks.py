# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.tasks`: Reminders such as calls, meetings and events, with due dates and assignees.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.tasks` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of, ignore_body
from ..._pagination import AsyncPaginator, SyncPaginator
from ..._resource import AsyncResource, SyncResource, json_body
from ..._response import async_raw_response, raw_response
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..bodies import TaskCreateRequestDict, TaskUpdateRequestDict
    from ..models.list_tasks_response import ListTasksResponse
    from ..models.task import Task
    from ..models.task_create_request import TaskCreateRequest
    from ..models.task_status import TaskStatus
    from ..models.task_update_request import TaskUpdateRequest


class TasksResource(SyncResource):
    """Reminders such as calls, meetings and events, with due dates and assignees."""

    def list_tasks(
        self,
        *,
        status: TaskStatus | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        performer_ids: list[int] | Unset = UNSET,
        author_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListTasksResponse:
        """List tasks

        Returns tasks available to the caller. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50. Scope `tasks:read`.
        """

        from ..api.tasks import list_tasks as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "status": status,
                "chat_ids": chat_ids,
                "performer_ids": performer_ids,
                "author_id": author_id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_tasks_iter(
        self,
        *,
        status: TaskStatus | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        performer_ids: list[int] | Unset = UNSET,
        author_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListTasksResponse, Task]:
        """Iterate over every item of `list_tasks`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.tasks import list_tasks as endpoint

        return SyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "status": status,
                "chat_ids": chat_ids,
                "performer_ids": performer_ids,
                "author_id": author_id,
                "limit": limit,
            },
        )

    def create_task(
        self,
        *,
        body: TaskCreateRequest | TaskCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Task:
        """Create a task

        Creates a reminder of the required `kind` (call, meeting, reminder, event or email); its `content`
        becomes the task text. Without `performer_ids` the caller is the assignee, and `chat_id` attaches
        the task to a chat the caller belongs to. Custom task properties may be filled in too. Scope
        `tasks:create`.
        """

        from ..api.tasks import create_task as endpoint
        from ..models.task_create_request import TaskCreateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(TaskCreateRequest, body),
            },
        )

    def get_task(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Task:
        """Get a task

        Fetches one task by id. Scope `tasks:read`.
        """

        from ..api.tasks import get_task as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    def update_task(
        self,
        id: int,
        *,
        body: TaskUpdateRequest | TaskUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Task:
        """Update a task

        Changes fields of a task, such as text, due time, priority, status or assignees, and returns the
        result. Scope `tasks:update`.
        """

        from ..api.tasks import update_task as endpoint
        from ..models.task_update_request import TaskUpdateRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(TaskUpdateRequest, body),
            },
        )

    def delete_task(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a task

        Deletes the task. Returns 204 with an empty body. Scope `tasks:delete`.
        """

        from ..api.tasks import delete_task as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )


class AsyncTasksResource(AsyncResource):
    """Reminders such as calls, meetings and events, with due dates and assignees."""

    async def list_tasks(
        self,
        *,
        status: TaskStatus | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        performer_ids: list[int] | Unset = UNSET,
        author_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListTasksResponse:
        """List tasks

        Returns tasks available to the caller. Cursor-paginated: feed `meta.paginate.next_page` back as
        `cursor` until `has_next` is false; `limit` goes up to 50. Scope `tasks:read`.
        """

        from ..api.tasks import list_tasks as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "status": status,
                "chat_ids": chat_ids,
                "performer_ids": performer_ids,
                "author_id": author_id,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def list_tasks_iter(
        self,
        *,
        status: TaskStatus | Unset = UNSET,
        chat_ids: list[int] | Unset = UNSET,
        performer_ids: list[int] | Unset = UNSET,
        author_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListTasksResponse, Task]:
        """Iterate over every item of `list_tasks`, fetching pages only as needed; `.pages()` yields whole pages."""
        from ..api.tasks import list_tasks as endpoint

        return AsyncPaginator(
            self._via(extra_body, extra_query, extra_headers),
            endpoint,
            {
                "status": status,
                "chat_ids": chat_ids,
                "performer_ids": performer_ids,
                "author_id": author_id,
                "limit": limit,
            },
        )

    async def create_task(
        self,
        *,
        body: TaskCreateRequest | TaskCreateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Task:
        """Create a task

        Creates a reminder of the required `kind` (call, meeting, reminder, event or email); its `content`
        becomes the task text. Without `performer_ids` the caller is the assignee, and `chat_id` attaches
        the task to a chat the caller belongs to. Custom task properties may be filled in too. Scope
        `tasks:create`.
        """

        from ..api.tasks import create_task as endpoint
        from ..models.task_create_request import TaskCreateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "body": json_body(TaskCreateRequest, body),
            },
        )

    async def get_task(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Task:
        """Get a task

        Fetches one task by id. Scope `tasks:read`.
        """

        from ..api.tasks import get_task as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
            },
        )

    async def update_task(
        self,
        id: int,
        *,
        body: TaskUpdateRequest | TaskUpdateRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Task:
        """Update a task

        Changes fields of a task, such as text, due time, priority, status or assignees, and returns the
        result. Scope `tasks:update`.
        """

        from ..api.tasks import update_task as endpoint
        from ..models.task_update_request import TaskUpdateRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "id": id,
                "body": json_body(TaskUpdateRequest, body),
            },
        )

    async def delete_task(
        self,
        id: int,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a task

        Deletes the task. Returns 204 with an empty body. Scope `tasks:delete`.
        """

        from ..api.tasks import delete_task as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "id": id,
            },
        )


class TasksResourceWithRawResponse:
    """`pachca.with_raw_response.tasks.<method>(...)`: each method of `TasksResource`, returning a `RawResponse`."""

    def __init__(self, resource: TasksResource) -> None:
        self.list_tasks = raw_response(resource.list_tasks)
        self.create_task = raw_response(resource.create_task)
        self.get_task = raw_response(resource.get_task)
        self.update_task = raw_response(resource.update_task)
        self.delete_task = raw_response(resource.delete_task)


class AsyncTasksResourceWithRawResponse:
    """`await pachca.with_raw_response.tasks.<method>(...)`: each method of `AsyncTasksResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncTasksResource) -> None:
        self.list_tasks = async_raw_response(resource.list_tasks)
        self.create_task = async_raw_response(resource.create_task)
        self.get_task = async_raw_response(resource.get_task)
        self.update_task = async_raw_response(resource.update_task)
        self.delete_task = async_raw_response(resource.delete_task)
