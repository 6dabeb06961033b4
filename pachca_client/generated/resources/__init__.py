# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""Typed per-tag resources: `pachca.chats.get_chat(...)`, one module per tag of openapi.yaml.

`SyncResources` / `AsyncResources` give `Pachca` / `AsyncPachca` one attribute per tag, created
(and its module imported) on first use.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..._client import AsyncPachca, Pachca
    from .bots import AsyncBotsResource, BotsResource
    from .chats import AsyncChatsResource, ChatsResource
    from .custom_properties import AsyncCustomPropertiesResource, CustomPropertiesResource
    from .drafts import AsyncDraftsResource, DraftsResource
    from .files import AsyncFilesResource, FilesResource
    from .group_tags import AsyncGroupTagsResource, GroupTagsResource
    from .members import AsyncMembersResource, MembersResource
    from .messages import AsyncMessagesResource, MessagesResource
    from .oauth import AsyncOauthResource, OauthResource
    from .profile import AsyncProfileResource, ProfileResource
    from .reactions import AsyncReactionsResource, ReactionsResource
    from .read_members import AsyncReadMembersResource, ReadMembersResource
    from .search import AsyncSearchResource, SearchResource
    from .security import AsyncSecurityResource, SecurityResource
    from .tasks import AsyncTasksResource, TasksResource
    from .threads import AsyncThreadsResource, ThreadsResource
    from .users import AsyncUsersResource, UsersResource
    from .views import AsyncViewsResource, ViewsResource

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
