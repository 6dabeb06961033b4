# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""Typed per-tag resources: `pachca.chats.get_chat(...)`, one module per tag of openapi.yaml.

`SyncResources` / `AsyncResources` give `Pachca` / `AsyncPachca` one attribute per tag, created
(and its module imported) on first use, and `with_raw_response` the same tags, each method returning
a `RawResponse` (status, headers, request id, `.parse()` for the usual value).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..._client import AsyncPachca, Pachca
    from .bots import (
        AsyncBotsResource,
        AsyncBotsResourceWithRawResponse,
        BotsResource,
        BotsResourceWithRawResponse,
    )
    from .chats import (
        AsyncChatsResource,
        AsyncChatsResourceWithRawResponse,
        ChatsResource,
        ChatsResourceWithRawResponse,
    )
    from .custom_properties import (
        AsyncCustomPropertiesResource,
        AsyncCustomPropertiesResourceWithRawResponse,
        CustomPropertiesResource,
        CustomPropertiesResourceWithRawResponse,
    )
    from .drafts import (
        AsyncDraftsResource,
        AsyncDraftsResourceWithRawResponse,
        DraftsResource,
        DraftsResourceWithRawResponse,
    )
    from .files import (
        AsyncFilesResource,
        AsyncFilesResourceWithRawResponse,
        FilesResource,
        FilesResourceWithRawResponse,
    )
    from .group_tags import (
        AsyncGroupTagsResource,
        AsyncGroupTagsResourceWithRawResponse,
        GroupTagsResource,
        GroupTagsResourceWithRawResponse,
    )
    from .members import (
        AsyncMembersResource,
        AsyncMembersResourceWithRawResponse,
        MembersResource,
        MembersResourceWithRawResponse,
    )
    from .messages import (
        AsyncMessagesResource,
        AsyncMessagesResourceWithRawResponse,
        MessagesResource,
        MessagesResourceWithRawResponse,
    )
    from .oauth import (
        AsyncOauthResource,
        AsyncOauthResourceWithRawResponse,
        OauthResource,
        OauthResourceWithRawResponse,
    )
    from .profile import (
        AsyncProfileResource,
        AsyncProfileResourceWithRawResponse,
        ProfileResource,
        ProfileResourceWithRawResponse,
    )
    from .reactions import (
        AsyncReactionsResource,
        AsyncReactionsResourceWithRawResponse,
        ReactionsResource,
        ReactionsResourceWithRawResponse,
    )
    from .read_members import (
        AsyncReadMembersResource,
        AsyncReadMembersResourceWithRawResponse,
        ReadMembersResource,
        ReadMembersResourceWithRawResponse,
    )
    from .search import (
        AsyncSearchResource,
        AsyncSearchResourceWithRawResponse,
        SearchResource,
        SearchResourceWithRawResponse,
    )
    from .security import (
        AsyncSecurityResource,
        AsyncSecurityResourceWithRawResponse,
        SecurityResource,
        SecurityResourceWithRawResponse,
    )
    from .tasks import (
        AsyncTasksResource,
        AsyncTasksResourceWithRawResponse,
        TasksResource,
        TasksResourceWithRawResponse,
    )
    from .threads import (
        AsyncThreadsResource,
        AsyncThreadsResourceWithRawResponse,
        ThreadsResource,
        ThreadsResourceWithRawResponse,
    )
    from .users import (
        AsyncUsersResource,
        AsyncUsersResourceWithRawResponse,
        UsersResource,
        UsersResourceWithRawResponse,
    )
    from .views import (
        AsyncViewsResource,
        AsyncViewsResourceWithRawResponse,
        ViewsResource,
        ViewsResourceWithRawResponse,
    )

RESOURCE_NAMES = (
    "bots",
    "chats",
    "custom_properties",
    "drafts",
    "files",
    "group_tags",
    "members",
    "messages",
    "oauth",
    "profile",
    "reactions",
    "read_members",
    "search",
    "security",
    "tasks",
    "threads",
    "users",
    "views",
)


class SyncResources:
    """One attribute per API tag, created on first use."""

    @cached_property
    def with_raw_response(self) -> SyncRawResponses:
        """The same methods, each returning a `RawResponse`: `pachca.with_raw_response.chats.get_chat(1)`."""
        return SyncRawResponses(self)

    @cached_property
    def bots(self) -> BotsResource:
        from .bots import BotsResource

        return BotsResource(cast("Pachca", self))

    @cached_property
    def chats(self) -> ChatsResource:
        from .chats import ChatsResource

        return ChatsResource(cast("Pachca", self))

    @cached_property
    def custom_properties(self) -> CustomPropertiesResource:
        from .custom_properties import CustomPropertiesResource

        return CustomPropertiesResource(cast("Pachca", self))

    @cached_property
    def drafts(self) -> DraftsResource:
        from .drafts import DraftsResource

        return DraftsResource(cast("Pachca", self))

    @cached_property
    def files(self) -> FilesResource:
        from .files import FilesResource

        return FilesResource(cast("Pachca", self))

    @cached_property
    def group_tags(self) -> GroupTagsResource:
        from .group_tags import GroupTagsResource

        return GroupTagsResource(cast("Pachca", self))

    @cached_property
    def members(self) -> MembersResource:
        from .members import MembersResource

        return MembersResource(cast("Pachca", self))

    @cached_property
    def messages(self) -> MessagesResource:
        from .messages import MessagesResource

        return MessagesResource(cast("Pachca", self))

    @cached_property
    def oauth(self) -> OauthResource:
        from .oauth import OauthResource

        return OauthResource(cast("Pachca", self))

    @cached_property
    def profile(self) -> ProfileResource:
        from .profile import ProfileResource

        return ProfileResource(cast("Pachca", self))

    @cached_property
    def reactions(self) -> ReactionsResource:
        from .reactions import ReactionsResource

        return ReactionsResource(cast("Pachca", self))

    @cached_property
    def read_members(self) -> ReadMembersResource:
        from .read_members import ReadMembersResource

        return ReadMembersResource(cast("Pachca", self))

    @cached_property
    def search(self) -> SearchResource:
        from .search import SearchResource

        return SearchResource(cast("Pachca", self))

    @cached_property
    def security(self) -> SecurityResource:
        from .security import SecurityResource

        return SecurityResource(cast("Pachca", self))

    @cached_property
    def tasks(self) -> TasksResource:
        from .tasks import TasksResource

        return TasksResource(cast("Pachca", self))

    @cached_property
    def threads(self) -> ThreadsResource:
        from .threads import ThreadsResource

        return ThreadsResource(cast("Pachca", self))

    @cached_property
    def users(self) -> UsersResource:
        from .users import UsersResource

        return UsersResource(cast("Pachca", self))

    @cached_property
    def views(self) -> ViewsResource:
        from .views import ViewsResource

        return ViewsResource(cast("Pachca", self))


class AsyncResources:
    """One attribute per API tag, created on first use."""

    @cached_property
    def with_raw_response(self) -> AsyncRawResponses:
        """The same methods, each returning a `RawResponse`: `await pachca.with_raw_response.chats.get_chat(1)`."""
        return AsyncRawResponses(self)

    @cached_property
    def bots(self) -> AsyncBotsResource:
        from .bots import AsyncBotsResource

        return AsyncBotsResource(cast("AsyncPachca", self))

    @cached_property
    def chats(self) -> AsyncChatsResource:
        from .chats import AsyncChatsResource

        return AsyncChatsResource(cast("AsyncPachca", self))

    @cached_property
    def custom_properties(self) -> AsyncCustomPropertiesResource:
        from .custom_properties import AsyncCustomPropertiesResource

        return AsyncCustomPropertiesResource(cast("AsyncPachca", self))

    @cached_property
    def drafts(self) -> AsyncDraftsResource:
        from .drafts import AsyncDraftsResource

        return AsyncDraftsResource(cast("AsyncPachca", self))

    @cached_property
    def files(self) -> AsyncFilesResource:
        from .files import AsyncFilesResource

        return AsyncFilesResource(cast("AsyncPachca", self))

    @cached_property
    def group_tags(self) -> AsyncGroupTagsResource:
        from .group_tags import AsyncGroupTagsResource

        return AsyncGroupTagsResource(cast("AsyncPachca", self))

    @cached_property
    def members(self) -> AsyncMembersResource:
        from .members import AsyncMembersResource

        return AsyncMembersResource(cast("AsyncPachca", self))

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        from .messages import AsyncMessagesResource

        return AsyncMessagesResource(cast("AsyncPachca", self))

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        from .oauth import AsyncOauthResource

        return AsyncOauthResource(cast("AsyncPachca", self))

    @cached_property
    def profile(self) -> AsyncProfileResource:
        from .profile import AsyncProfileResource

        return AsyncProfileResource(cast("AsyncPachca", self))

    @cached_property
    def reactions(self) -> AsyncReactionsResource:
        from .reactions import AsyncReactionsResource

        return AsyncReactionsResource(cast("AsyncPachca", self))

    @cached_property
    def read_members(self) -> AsyncReadMembersResource:
        from .read_members import AsyncReadMembersResource

        return AsyncReadMembersResource(cast("AsyncPachca", self))

    @cached_property
    def search(self) -> AsyncSearchResource:
        from .search import AsyncSearchResource

        return AsyncSearchResource(cast("AsyncPachca", self))

    @cached_property
    def security(self) -> AsyncSecurityResource:
        from .security import AsyncSecurityResource

        return AsyncSecurityResource(cast("AsyncPachca", self))

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        from .tasks import AsyncTasksResource

        return AsyncTasksResource(cast("AsyncPachca", self))

    @cached_property
    def threads(self) -> AsyncThreadsResource:
        from .threads import AsyncThreadsResource

        return AsyncThreadsResource(cast("AsyncPachca", self))

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .users import AsyncUsersResource

        return AsyncUsersResource(cast("AsyncPachca", self))

    @cached_property
    def views(self) -> AsyncViewsResource:
        from .views import AsyncViewsResource

        return AsyncViewsResource(cast("AsyncPachca", self))


class SyncRawResponses:
    """`pachca.with_raw_response`: one attribute per API tag, its methods returning a `RawResponse`."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def bots(self) -> BotsResourceWithRawResponse:
        from .bots import BotsResourceWithRawResponse

        return BotsResourceWithRawResponse(self._resources.bots)

    @cached_property
    def chats(self) -> ChatsResourceWithRawResponse:
        from .chats import ChatsResourceWithRawResponse

        return ChatsResourceWithRawResponse(self._resources.chats)

    @cached_property
    def custom_properties(self) -> CustomPropertiesResourceWithRawResponse:
        from .custom_properties import CustomPropertiesResourceWithRawResponse

        return CustomPropertiesResourceWithRawResponse(self._resources.custom_properties)

    @cached_property
    def drafts(self) -> DraftsResourceWithRawResponse:
        from .drafts import DraftsResourceWithRawResponse

        return DraftsResourceWithRawResponse(self._resources.drafts)

    @cached_property
    def files(self) -> FilesResourceWithRawResponse:
        from .files import FilesResourceWithRawResponse

        return FilesResourceWithRawResponse(self._resources.files)

    @cached_property
    def group_tags(self) -> GroupTagsResourceWithRawResponse:
        from .group_tags import GroupTagsResourceWithRawResponse

        return GroupTagsResourceWithRawResponse(self._resources.group_tags)

    @cached_property
    def members(self) -> MembersResourceWithRawResponse:
        from .members import MembersResourceWithRawResponse

        return MembersResourceWithRawResponse(self._resources.members)

    @cached_property
    def messages(self) -> MessagesResourceWithRawResponse:
        from .messages import MessagesResourceWithRawResponse

        return MessagesResourceWithRawResponse(self._resources.messages)

    @cached_property
    def oauth(self) -> OauthResourceWithRawResponse:
        from .oauth import OauthResourceWithRawResponse

        return OauthResourceWithRawResponse(self._resources.oauth)

    @cached_property
    def profile(self) -> ProfileResourceWithRawResponse:
        from .profile import ProfileResourceWithRawResponse

        return ProfileResourceWithRawResponse(self._resources.profile)

    @cached_property
    def reactions(self) -> ReactionsResourceWithRawResponse:
        from .reactions import ReactionsResourceWithRawResponse

        return ReactionsResourceWithRawResponse(self._resources.reactions)

    @cached_property
    def read_members(self) -> ReadMembersResourceWithRawResponse:
        from .read_members import ReadMembersResourceWithRawResponse

        return ReadMembersResourceWithRawResponse(self._resources.read_members)

    @cached_property
    def search(self) -> SearchResourceWithRawResponse:
        from .search import SearchResourceWithRawResponse

        return SearchResourceWithRawResponse(self._resources.search)

    @cached_property
    def security(self) -> SecurityResourceWithRawResponse:
        from .security import SecurityResourceWithRawResponse

        return SecurityResourceWithRawResponse(self._resources.security)

    @cached_property
    def tasks(self) -> TasksResourceWithRawResponse:
        from .tasks import TasksResourceWithRawResponse

        return TasksResourceWithRawResponse(self._resources.tasks)

    @cached_property
    def threads(self) -> ThreadsResourceWithRawResponse:
        from .threads import ThreadsResourceWithRawResponse

        return ThreadsResourceWithRawResponse(self._resources.threads)

    @cached_property
    def users(self) -> UsersResourceWithRawResponse:
        from .users import UsersResourceWithRawResponse

        return UsersResourceWithRawResponse(self._resources.users)

    @cached_property
    def views(self) -> ViewsResourceWithRawResponse:
        from .views import ViewsResourceWithRawResponse

        return ViewsResourceWithRawResponse(self._resources.views)


class AsyncRawResponses:
    """`pachca.with_raw_response`: one attribute per API tag, its methods returning a `RawResponse`."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def bots(self) -> AsyncBotsResourceWithRawResponse:
        from .bots import AsyncBotsResourceWithRawResponse

        return AsyncBotsResourceWithRawResponse(self._resources.bots)

    @cached_property
    def chats(self) -> AsyncChatsResourceWithRawResponse:
        from .chats import AsyncChatsResourceWithRawResponse

        return AsyncChatsResourceWithRawResponse(self._resources.chats)

    @cached_property
    def custom_properties(self) -> AsyncCustomPropertiesResourceWithRawResponse:
        from .custom_properties import AsyncCustomPropertiesResourceWithRawResponse

        return AsyncCustomPropertiesResourceWithRawResponse(self._resources.custom_properties)

    @cached_property
    def drafts(self) -> AsyncDraftsResourceWithRawResponse:
        from .drafts import AsyncDraftsResourceWithRawResponse

        return AsyncDraftsResourceWithRawResponse(self._resources.drafts)

    @cached_property
    def files(self) -> AsyncFilesResourceWithRawResponse:
        from .files import AsyncFilesResourceWithRawResponse

        return AsyncFilesResourceWithRawResponse(self._resources.files)

    @cached_property
    def group_tags(self) -> AsyncGroupTagsResourceWithRawResponse:
        from .group_tags import AsyncGroupTagsResourceWithRawResponse

        return AsyncGroupTagsResourceWithRawResponse(self._resources.group_tags)

    @cached_property
    def members(self) -> AsyncMembersResourceWithRawResponse:
        from .members import AsyncMembersResourceWithRawResponse

        return AsyncMembersResourceWithRawResponse(self._resources.members)

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithRawResponse:
        from .messages import AsyncMessagesResourceWithRawResponse

        return AsyncMessagesResourceWithRawResponse(self._resources.messages)

    @cached_property
    def oauth(self) -> AsyncOauthResourceWithRawResponse:
        from .oauth import AsyncOauthResourceWithRawResponse

        return AsyncOauthResourceWithRawResponse(self._resources.oauth)

    @cached_property
    def profile(self) -> AsyncProfileResourceWithRawResponse:
        from .profile import AsyncProfileResourceWithRawResponse

        return AsyncProfileResourceWithRawResponse(self._resources.profile)

    @cached_property
    def reactions(self) -> AsyncReactionsResourceWithRawResponse:
        from .reactions import AsyncReactionsResourceWithRawResponse

        return AsyncReactionsResourceWithRawResponse(self._resources.reactions)

    @cached_property
    def read_members(self) -> AsyncReadMembersResourceWithRawResponse:
        from .read_members import AsyncReadMembersResourceWithRawResponse

        return AsyncReadMembersResourceWithRawResponse(self._resources.read_members)

    @cached_property
    def search(self) -> AsyncSearchResourceWithRawResponse:
        from .search import AsyncSearchResourceWithRawResponse

        return AsyncSearchResourceWithRawResponse(self._resources.search)

    @cached_property
    def security(self) -> AsyncSecurityResourceWithRawResponse:
        from .security import AsyncSecurityResourceWithRawResponse

        return AsyncSecurityResourceWithRawResponse(self._resources.security)

    @cached_property
    def tasks(self) -> AsyncTasksResourceWithRawResponse:
        from .tasks import AsyncTasksResourceWithRawResponse

        return AsyncTasksResourceWithRawResponse(self._resources.tasks)

    @cached_property
    def threads(self) -> AsyncThreadsResourceWithRawResponse:
        from .threads import AsyncThreadsResourceWithRawResponse

        return AsyncThreadsResourceWithRawResponse(self._resources.threads)

    @cached_property
    def users(self) -> AsyncUsersResourceWithRawResponse:
        from .users import AsyncUsersResourceWithRawResponse

        return AsyncUsersResourceWithRawResponse(self._resources.users)

    @cached_property
    def views(self) -> AsyncViewsResourceWithRawResponse:
        from .views import AsyncViewsResourceWithRawResponse

        return AsyncViewsResourceWithRawResponse(self._resources.views)
