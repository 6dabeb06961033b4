# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""TypedDicts of the request bodies: `<Model>Dict` is the dict form of `<Model>`.

    pachca.chats.create_chat(body={"chat": {"name": "Releases", "member_ids": [1, 2]}})

mypy checks such a dict against `ChatCreateRequestDict` (an unknown or misspelled key is an error) and
an IDE completes its keys. A nested object may be given as its dict or as its model. Date-times may
be a timezone-aware `datetime.datetime` or an RFC 3339 string, enums their member or their value.
"""

import datetime
import os
from collections.abc import Sequence
from typing import IO, Literal, NotRequired, TypedDict

from .models.bot_can_edit import BotCanEdit
from .models.bot_create_request_webhook import BotCreateRequestWebhook
from .models.bot_event_name import BotEventName
from .models.bot_o_auth_client_request import BotOAuthClientRequest
from .models.bot_promo_request import BotPromoRequest
from .models.bot_template_engine import BotTemplateEngine
from .models.bot_trigger_on import BotTriggerOn
from .models.bot_update_request_webhook import BotUpdateRequestWebhook
from .models.bot_webhook_kind import BotWebhookKind
from .models.bot_webhook_self_update_request_webhook import BotWebhookSelfUpdateRequestWebhook
from .models.bot_who_can_add import BotWhoCanAdd
from .models.button import Button
from .models.chat_create_request_chat import ChatCreateRequestChat
from .models.chat_member_role import ChatMemberRole
from .models.chat_update_request_chat import ChatUpdateRequestChat
from .models.draft_create_request_draft import DraftCreateRequestDraft
from .models.draft_file_request import DraftFileRequest
from .models.draft_schedule_request import DraftScheduleRequest
from .models.draft_update_request_draft import DraftUpdateRequestDraft
from .models.file_type import FileType
from .models.group_tag_request_group_tag import GroupTagRequestGroupTag
from .models.link_previews_request_link_previews import LinkPreviewsRequestLinkPreviews
from .models.message_create_request_message import MessageCreateRequestMessage
from .models.message_create_request_message_files_item import MessageCreateRequestMessageFilesItem
from .models.message_entity_type import MessageEntityType
from .models.message_update_request_message import MessageUpdateRequestMessage
from .models.message_update_request_message_files_item import MessageUpdateRequestMessageFilesItem
from .models.o_auth_token_request_grant_type import OAuthTokenRequestGrantType
from .models.o_auth_token_type_hint import OAuthTokenTypeHint
from .models.open_view_request_type import OpenViewRequestType
from .models.open_view_request_view import OpenViewRequestView
from .models.status_update_request_status import StatusUpdateRequestStatus
from .models.submit_view_response_request_errors import SubmitViewResponseRequestErrors
from .models.task_create_request_task import TaskCreateRequestTask
from .models.task_create_request_task_custom_properties_item import TaskCreateRequestTaskCustomPropertiesItem
from .models.task_kind import TaskKind
from .models.task_status import TaskStatus
from .models.task_update_request_task import TaskUpdateRequestTask
from .models.task_update_request_task_custom_properties_item import TaskUpdateRequestTaskCustomPropertiesItem
from .models.user_create_request_user import UserCreateRequestUser
from .models.user_create_request_user_custom_properties_item import UserCreateRequestUserCustomPropertiesItem
from .models.user_create_role import UserCreateRole
from .models.user_role_input import UserRoleInput
from .models.user_update_request_user import UserUpdateRequestUser
from .models.user_update_request_user_custom_properties_item import UserUpdateRequestUserCustomPropertiesItem
from .models.view_block_checkbox import ViewBlockCheckbox
from .models.view_block_date import ViewBlockDate
from .models.view_block_divider import ViewBlockDivider
from .models.view_block_file_input import ViewBlockFileInput
from .models.view_block_header import ViewBlockHeader
from .models.view_block_input import ViewBlockInput
from .models.view_block_markdown import ViewBlockMarkdown
from .models.view_block_plain_text import ViewBlockPlainText
from .models.view_block_radio import ViewBlockRadio
from .models.view_block_select import ViewBlockSelect
from .models.view_block_time import ViewBlockTime
from .types import File


class AddMembersRequestDict(TypedDict):
    """The dict form of `AddMembersRequest`: Body of the call that adds users to a chat, channel or thread."""

    member_ids: Sequence[int]
    silent: NotRequired[bool]


class AddTagsRequestDict(TypedDict):
    """The dict form of `AddTagsRequest`: Body for attaching group tags to a chat; every user carrying one of the tags becomes a member of it."""

    group_tag_ids: Sequence[int]


class BotCreateRequestDict(TypedDict):
    """The dict form of `BotCreateRequest`: Body of `POST /bots` (user tokens only); the new bot's settings sit under `webhook`."""

    webhook: "BotCreateRequestWebhookDict | BotCreateRequestWebhook"
    empty: NotRequired[bool]
    oauth_client: NotRequired["BotOAuthClientRequestDict | BotOAuthClientRequest"]
    promo: NotRequired["BotPromoRequestDict | BotPromoRequest"]


class BotCreateRequestWebhookDict(TypedDict):
    """The dict form of `BotCreateRequestWebhook`: Settings of the bot to create; only `name` is mandatory."""

    name: str
    nickname: NotRequired[str]
    outgoing_url: NotRequired[str]
    events: NotRequired[
        Sequence[
            BotEventName
            | Literal[
                "message_new",
                "message_update",
                "message_delete",
                "reaction_new",
                "reaction_delete",
                "button_click",
                "message_link_shared",
                "chat_member_add",
                "chat_member_remove",
                "company_member_invite",
                "company_member_confirm",
                "company_member_suspend",
                "company_member_activate",
                "company_member_delete",
                "company_member_update",
                "video_call_started",
                "video_call_finished",
                "video_call_recording_ready",
            ]
        ]
    ]
    trigger_on: NotRequired[BotTriggerOn | Literal["commands", "all_messages", "unfurl"]]
    commands: NotRequired[Sequence[str]]
    scopes: NotRequired[Sequence[str]]
    template: NotRequired[str]
    template_engine: NotRequired[BotTemplateEngine | Literal["liquid", "mustache"]]
    challenge_key: NotRequired[str]
    link_preview_enabled: NotRequired[bool]
    ignore_self_messages: NotRequired[bool]
    events_history_enabled: NotRequired[bool]
    who_can_add: NotRequired[BotWhoCanAdd | Literal["creator", "creator_admin", "creator_admin_user", "anyone"]]
    can_edit: NotRequired[Sequence[BotCanEdit | Literal["admin", "chat_owners"]]]
    single_chat: NotRequired[bool]
    kind: NotRequired[BotWebhookKind | Literal["simple", "gitlab", "grafana"]]
    unfurl_domains: NotRequired[Sequence[str]]


class BotOAuthClientRequestDict(TypedDict):
    """The dict form of `BotOAuthClientRequest`: OAuth client settings sent as `oauth_client` when a bot is created or updated."""

    pass


class BotPromoRequestDict(TypedDict):
    """The dict form of `BotPromoRequest`: Catalog listing settings sent as `promo` when a bot is created or updated."""

    pass


class BotTokenCreateRequestDict(TypedDict):
    """The dict form of `BotTokenCreateRequest`: Body of `POST /bots/{id}/tokens`, which issues an additional, named token for a bot."""

    name: str
    scopes: NotRequired[Sequence[str]]


class BotTokenUpdateRequestDict(TypedDict):
    """The dict form of `BotTokenUpdateRequest`: Body of `PUT /bots/{id}/tokens/{token_id}`: a new label and/or scope list for one of a bot's tokens;
    fields left out stay as they are."""

    name: NotRequired[str]
    scopes: NotRequired[Sequence[str]]


class BotUpdateRequestDict(TypedDict):
    """The dict form of `BotUpdateRequest`: Body of `PUT /bots/{id}`: settings to change, nested under `webhook`; fields left out keep their
    current values."""

    webhook: NotRequired["BotUpdateRequestWebhookDict | BotUpdateRequestWebhook"]
    oauth_client: NotRequired["BotOAuthClientRequestDict | BotOAuthClientRequest | None"]
    promo: NotRequired["BotPromoRequestDict | BotPromoRequest"]


class BotUpdateRequestWebhookDict(TypedDict):
    """The dict form of `BotUpdateRequestWebhook`: Bot settings to change."""

    name: NotRequired[str]
    nickname: NotRequired[str]
    outgoing_url: NotRequired[str]
    events: NotRequired[
        Sequence[
            BotEventName
            | Literal[
                "message_new",
                "message_update",
                "message_delete",
                "reaction_new",
                "reaction_delete",
                "button_click",
                "message_link_shared",
                "chat_member_add",
                "chat_member_remove",
                "company_member_invite",
                "company_member_confirm",
                "company_member_suspend",
                "company_member_activate",
                "company_member_delete",
                "company_member_update",
                "video_call_started",
                "video_call_finished",
                "video_call_recording_ready",
            ]
        ]
    ]
    trigger_on: NotRequired[BotTriggerOn | Literal["commands", "all_messages", "unfurl"]]
    commands: NotRequired[Sequence[str]]
    scopes: NotRequired[Sequence[str]]
    template: NotRequired[str]
    template_engine: NotRequired[BotTemplateEngine | Literal["liquid", "mustache"]]
    challenge_key: NotRequired[str]
    link_preview_enabled: NotRequired[bool]
    ignore_self_messages: NotRequired[bool]
    events_history_enabled: NotRequired[bool]
    who_can_add: NotRequired[BotWhoCanAdd | Literal["creator", "creator_admin", "creator_admin_user", "anyone"]]
    can_edit: NotRequired[Sequence[BotCanEdit | Literal["admin", "chat_owners"]]]
    single_chat: NotRequired[bool]
    kind: NotRequired[BotWebhookKind | Literal["simple", "gitlab", "grafana"]]
    unfurl_domains: NotRequired[Sequence[str]]


class BotWebhookSelfUpdateRequestDict(TypedDict):
    """The dict form of `BotWebhookSelfUpdateRequest`: Body of `PUT /bot/webhook`, through which a bot (bot token only) points its own outgoing webhook at
    a URL."""

    webhook: "BotWebhookSelfUpdateRequestWebhookDict | BotWebhookSelfUpdateRequestWebhook"


class BotWebhookSelfUpdateRequestWebhookDict(TypedDict):
    """The dict form of `BotWebhookSelfUpdateRequestWebhook`: Wrapper for the one setting a bot may change on itself."""

    outgoing_url: str


class ButtonDict(TypedDict):
    """The dict form of `Button`: A button attached to a message. Set exactly one of `url` (opens a link after the user confirms) or
    `data` (sends a `button` webhook to the bot)."""

    text: str
    url: NotRequired[str]
    data: NotRequired[str]


class ChatCreateRequestChatDict(TypedDict):
    """The dict form of `ChatCreateRequestChat`: Parameters of the chat to create; `name` is mandatory."""

    name: str
    member_ids: NotRequired[Sequence[int]]
    group_tag_ids: NotRequired[Sequence[int]]
    channel: NotRequired[bool]
    public: NotRequired[bool]


class ChatCreateRequestDict(TypedDict):
    """The dict form of `ChatCreateRequest`: Body of `POST /chats`; the new chat's fields are wrapped in `chat`."""

    chat: "ChatCreateRequestChatDict | ChatCreateRequestChat"


class ChatUpdateRequestChatDict(TypedDict):
    """The dict form of `ChatUpdateRequestChat`: Fields to change; those left out stay as they are."""

    name: NotRequired[str]
    public: NotRequired[bool]


class ChatUpdateRequestDict(TypedDict):
    """The dict form of `ChatUpdateRequest`: Body of `PUT /chats/{id}`: the fields to change, wrapped in `chat`."""

    chat: "ChatUpdateRequestChatDict | ChatUpdateRequestChat"


class DraftCreateRequestDict(TypedDict):
    """The dict form of `DraftCreateRequest`: Body of `POST /drafts`: the new draft, wrapped in `draft`. Adding `schedule` makes it a scheduled
    message. A chat holds at most one plain draft (a second one gets 409 `already_exists` with the
    existing id in `payload.draft_id`) and at most 50 scheduled messages."""

    draft: "DraftCreateRequestDraftDict | DraftCreateRequestDraft"


class DraftCreateRequestDraftDict(TypedDict):
    """The dict form of `DraftCreateRequestDraft`: The draft to store; it needs text, attachments or both."""

    entity_type: MessageEntityType | Literal["discussion", "thread", "user"]
    entity_id: int
    content: NotRequired[str]
    parent_message_id: NotRequired[int | None]
    files: NotRequired["Sequence[DraftFileRequestDict | DraftFileRequest]"]
    schedule: NotRequired["DraftScheduleRequestDict | DraftScheduleRequest | None"]


class DraftFileRequestDict(TypedDict):
    """The dict form of `DraftFileRequest`: One attachment in a draft create or update request: either a freshly uploaded file, or a file
    already on the draft, referred to by `id`, that should stay."""

    pass


class DraftScheduleRequestDict(TypedDict):
    """The dict form of `DraftScheduleRequest`: Timing to set on a scheduled message: its first send, an optional end and the repeat rule."""

    pass


class DraftUpdateRequestDict(TypedDict):
    """The dict form of `DraftUpdateRequest`: Body of `PUT /drafts/{id}`: the draft fields to overwrite, wrapped in `draft`. The chat of a draft
    cannot be changed; to move it, create a new draft and delete the old one."""

    draft: "DraftUpdateRequestDraftDict | DraftUpdateRequestDraft"


class DraftUpdateRequestDraftDict(TypedDict):
    """The dict form of `DraftUpdateRequestDraft`: Fields to replace; those left out are kept."""

    content: NotRequired[str]
    parent_message_id: NotRequired[int | None]
    files: NotRequired["Sequence[DraftFileRequestDict | DraftFileRequest]"]
    schedule: NotRequired["DraftScheduleRequestDict | DraftScheduleRequest | None"]


class ExportRequestDict(TypedDict):
    """The dict form of `ExportRequest`: Body of `POST /chats/exports`, which starts an asynchronous export of message history (Corporation
    plan, owner only). Asked with `Prefer: return=representation`, the reply is the export record with
    its id; otherwise it has no body. The finished archive is announced to `webhook_url`."""

    start_at: datetime.date | str
    end_at: datetime.date | str
    webhook_url: NotRequired[str]
    chat_ids: NotRequired[Sequence[int]]
    skip_chats_file: NotRequired[bool]


class GroupTagRequestDict(TypedDict):
    """The dict form of `GroupTagRequest`: Body for creating or renaming a group tag, wrapped in `group_tag`."""

    group_tag: "GroupTagRequestGroupTagDict | GroupTagRequestGroupTag"


class GroupTagRequestGroupTagDict(TypedDict):
    """The dict form of `GroupTagRequestGroupTag`: Tag fields to save."""

    name: str


class LinkPreviewsRequestDict(TypedDict):
    """The dict form of `LinkPreviewsRequest`: Body of `POST /messages/{id}/link_previews`, used by unfurl bots to attach previews to a message."""

    link_previews: "LinkPreviewsRequestLinkPreviewsDict | LinkPreviewsRequestLinkPreviews"


class LinkPreviewsRequestLinkPreviewsDict(TypedDict):
    """The dict form of `LinkPreviewsRequestLinkPreviews`: Map from URL, exactly as received in the `link_shared` webhook, to its preview. A single invalid URL
    fails the whole call, and only the first preview is displayed."""

    pass


class MarkChatUnreadRequestDict(TypedDict):
    """The dict form of `MarkChatUnreadRequest`: Optional body of `PUT /chats/{id}/unread`, which flags a chat as unread for the token owner alone;
    other members notice nothing."""

    message_id: NotRequired[int]


class MessageCreateRequestDict(TypedDict):
    """The dict form of `MessageCreateRequest`: Body of `POST /messages`: the message under `message`, plus the top-level `link_preview` flag."""

    message: "MessageCreateRequestMessageDict | MessageCreateRequestMessage"
    link_preview: NotRequired[bool]


class MessageCreateRequestMessageDict(TypedDict):
    """The dict form of `MessageCreateRequestMessage`: The message to send."""

    entity_id: int
    entity_type: NotRequired[MessageEntityType | Literal["discussion", "thread", "user"]]
    content: NotRequired[str]
    files: NotRequired["Sequence[MessageCreateRequestMessageFilesItemDict | MessageCreateRequestMessageFilesItem]"]
    buttons: NotRequired["Sequence[Sequence[ButtonDict | Button]]"]
    parent_message_id: NotRequired[int]
    display_avatar_url: NotRequired[str]
    display_name: NotRequired[str]
    skip_invite_mentions: NotRequired[bool]


class MessageCreateRequestMessageFilesItemDict(TypedDict):
    """The dict form of `MessageCreateRequestMessageFilesItem`: One already uploaded file to attach."""

    key: str
    name: str
    file_type: FileType | Literal["file", "image", "audio", "voice", "video"]
    size: NotRequired[int]
    width: NotRequired[int]
    height: NotRequired[int]
    duration_ms: NotRequired[int]
    waveform: NotRequired[str]


class MessageUpdateRequestDict(TypedDict):
    """The dict form of `MessageUpdateRequest`: Body of `PUT /messages/{id}`: the parts of the message to replace, wrapped in `message`."""

    message: "MessageUpdateRequestMessageDict | MessageUpdateRequestMessage"


class MessageUpdateRequestMessageDict(TypedDict):
    """The dict form of `MessageUpdateRequestMessage`: Fields to replace; those left out are kept."""

    content: NotRequired[str]
    files: NotRequired["Sequence[MessageUpdateRequestMessageFilesItemDict | MessageUpdateRequestMessageFilesItem]"]
    buttons: NotRequired["Sequence[Sequence[ButtonDict | Button]]"]
    display_avatar_url: NotRequired[str]
    display_name: NotRequired[str]


class MessageUpdateRequestMessageFilesItemDict(TypedDict):
    """The dict form of `MessageUpdateRequestMessageFilesItem`: One already uploaded file to attach."""

    key: str
    name: str
    file_type: NotRequired[FileType | Literal["file", "image", "audio", "voice", "video"]]
    size: NotRequired[int]
    width: NotRequired[int]
    height: NotRequired[int]
    duration_ms: NotRequired[int]
    waveform: NotRequired[str]


class OAuthRevokeRequestDict(TypedDict):
    """The dict form of `OAuthRevokeRequest`: Form body of `POST /oauth/revoke` (RFC 7009), with which a bot withdraws an employee token it
    obtained, e.g. when the employee disconnects the integration. A confidential client adds `client_id`
    and `client_secret`; a public client also sends the token itself as Bearer authorization."""

    token: str
    token_type_hint: NotRequired[OAuthTokenTypeHint | Literal["access_token", "refresh_token"]]
    client_id: NotRequired[str]
    client_secret: NotRequired[str]


class OAuthTokenRequestDict(TypedDict):
    """The dict form of `OAuthTokenRequest`: Form body of `POST /oauth/token` for the authorization-code grant with PKCE: trades the `code` from
    the redirect for an employee token. A code is valid for 10 minutes and only once."""

    grant_type: OAuthTokenRequestGrantType | Literal["authorization_code"]
    code: str
    redirect_uri: str
    client_id: NotRequired[str]
    client_secret: NotRequired[str]
    code_verifier: NotRequired[str]


class OpenViewRequestDict(TypedDict):
    """The dict form of `OpenViewRequest`: Body of `POST /views/open` (bot token, within about 3 seconds of a button click): shows a modal form
    to the user who pressed the button."""

    type: OpenViewRequestType | Literal["modal"]
    trigger_id: str
    view: "OpenViewRequestViewDict | OpenViewRequestView"
    private_metadata: NotRequired[str]
    callback_id: NotRequired[str]


class OpenViewRequestViewDict(TypedDict):
    """The dict form of `OpenViewRequestView`: Definition of the form itself."""

    title: str
    blocks: "Sequence[ViewBlockSelectDict | ViewBlockSelect | ViewBlockRadioDict | ViewBlockRadio | ViewBlockCheckboxDict | ViewBlockCheckbox | ViewBlockInputDict | ViewBlockInput | ViewBlockFileInputDict | ViewBlockFileInput | ViewBlockDateDict | ViewBlockDate | ViewBlockTimeDict | ViewBlockTime | ViewBlockHeaderDict | ViewBlockHeader | ViewBlockPlainTextDict | ViewBlockPlainText | ViewBlockMarkdownDict | ViewBlockMarkdown | ViewBlockDividerDict | ViewBlockDivider]"
    close_text: NotRequired[str]
    submit_text: NotRequired[str]


class ReactionRequestDict(TypedDict):
    """The dict form of `ReactionRequest`: Body for adding or removing a reaction on a message."""

    code: str
    name: NotRequired[str]


class StatusUpdateRequestDict(TypedDict):
    """The dict form of `StatusUpdateRequest`: Body for setting the caller's own or another user's status, wrapped in `status`."""

    status: "StatusUpdateRequestStatusDict | StatusUpdateRequestStatus"


class StatusUpdateRequestStatusDict(TypedDict):
    """The dict form of `StatusUpdateRequestStatus`: Status fields to set."""

    emoji: NotRequired[str]
    title: NotRequired[str]
    expires_at: NotRequired[datetime.datetime | str]
    is_away: NotRequired[bool]
    away_message: NotRequired[str]


class SubmitViewResponseRequestDict(TypedDict):
    """The dict form of `SubmitViewResponseRequest`: Body of `POST /views/{view_id}/submit_response`, how a bot without an outgoing webhook URL answers a
    form submission it read from the event history. Without `errors` the form closes as accepted; with
    it, each message appears under its field. Only the first answer within 5 s counts."""

    submit_id: str
    errors: NotRequired["SubmitViewResponseRequestErrorsDict | SubmitViewResponseRequestErrors"]


class SubmitViewResponseRequestErrorsDict(TypedDict):
    """The dict form of `SubmitViewResponseRequestErrors`: Messages to show under fields, keyed by block `name`; leave it out to accept the submission and
    close the form."""

    pass


class TaskCreateRequestDict(TypedDict):
    """The dict form of `TaskCreateRequest`: Body of `POST /tasks`, with the task fields inside `task`."""

    task: "TaskCreateRequestTaskDict | TaskCreateRequestTask"


class TaskCreateRequestTaskCustomPropertiesItemDict(TypedDict):
    """The dict form of `TaskCreateRequestTaskCustomPropertiesItem`: One property id with the value to store."""

    id: int
    value: str


class TaskCreateRequestTaskDict(TypedDict):
    """The dict form of `TaskCreateRequestTask`: The task to create; `kind` is mandatory."""

    kind: TaskKind | Literal["call", "meeting", "reminder", "event", "email"]
    content: NotRequired[str]
    due_at: NotRequired[datetime.datetime | str]
    priority: NotRequired[int]
    performer_ids: NotRequired[Sequence[int]]
    chat_id: NotRequired[int]
    all_day: NotRequired[bool]
    custom_properties: NotRequired[
        "Sequence[TaskCreateRequestTaskCustomPropertiesItemDict | TaskCreateRequestTaskCustomPropertiesItem]"
    ]


class TaskUpdateRequestDict(TypedDict):
    """The dict form of `TaskUpdateRequest`: Body of `PUT /tasks/{id}`; only the fields present inside `task` are changed."""

    task: "TaskUpdateRequestTaskDict | TaskUpdateRequestTask"


class TaskUpdateRequestTaskCustomPropertiesItemDict(TypedDict):
    """The dict form of `TaskUpdateRequestTaskCustomPropertiesItem`: One property id with the value to store."""

    id: int
    value: str


class TaskUpdateRequestTaskDict(TypedDict):
    """The dict form of `TaskUpdateRequestTask`: Task fields to change."""

    kind: NotRequired[TaskKind | Literal["call", "meeting", "reminder", "event", "email"]]
    content: NotRequired[str]
    due_at: NotRequired[datetime.datetime | str]
    priority: NotRequired[int]
    performer_ids: NotRequired[Sequence[int]]
    status: NotRequired[TaskStatus | Literal["done", "undone"]]
    all_day: NotRequired[bool]
    done_at: NotRequired[datetime.datetime | str]
    custom_properties: NotRequired[
        "Sequence[TaskUpdateRequestTaskCustomPropertiesItemDict | TaskUpdateRequestTaskCustomPropertiesItem]"
    ]


class UpdateBotAvatarBodyDict(TypedDict):
    """The dict form of `UpdateBotAvatarBody`: Multipart form carrying the bot's new avatar picture."""

    image: File | bytes | os.PathLike[str] | IO[bytes]


class UpdateChatAvatarBodyDict(TypedDict):
    """The dict form of `UpdateChatAvatarBody`: Multipart form carrying the chat's new avatar picture."""

    image: File | bytes | os.PathLike[str] | IO[bytes]


class UpdateMemberRoleRequestDict(TypedDict):
    """The dict form of `UpdateMemberRoleRequest`: Body for changing a chat member's role."""

    role: ChatMemberRole | Literal["admin", "editor", "member"]


class UpdateProfileAvatarBodyDict(TypedDict):
    """The dict form of `UpdateProfileAvatarBody`: Multipart form carrying the new avatar picture."""

    image: File | bytes | os.PathLike[str] | IO[bytes]


class UpdateUserAvatarBodyDict(TypedDict):
    """The dict form of `UpdateUserAvatarBody`: Multipart form carrying the employee's new avatar picture."""

    image: File | bytes | os.PathLike[str] | IO[bytes]


class UserCreateRequestDict(TypedDict):
    """The dict form of `UserCreateRequest`: Body of `POST /users`: the new employee under `user`, plus the top-level `skip_email_notify` flag."""

    user: "UserCreateRequestUserDict | UserCreateRequestUser"
    skip_email_notify: NotRequired[bool]


class UserCreateRequestUserCustomPropertiesItemDict(TypedDict):
    """The dict form of `UserCreateRequestUserCustomPropertiesItem`: One property id with the value to store."""

    id: int
    value: str


class UserCreateRequestUserDict(TypedDict):
    """The dict form of `UserCreateRequestUser`: Fields of the employee to create; `email` is mandatory."""

    email: str
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    phone_number: NotRequired[str]
    nickname: NotRequired[str]
    department: NotRequired[str]
    title: NotRequired[str]
    role: NotRequired[UserCreateRole | Literal["admin", "user", "multi_guest", "guest"]]
    suspended: NotRequired[bool]
    list_tags: NotRequired[Sequence[str]]
    chat_ids: NotRequired[Sequence[int]]
    custom_properties: NotRequired[
        "Sequence[UserCreateRequestUserCustomPropertiesItemDict | UserCreateRequestUserCustomPropertiesItem]"
    ]


class UserUpdateRequestDict(TypedDict):
    """The dict form of `UserUpdateRequest`: Body of `PUT /users/{id}`: the fields to change under `user`; those left out keep their values."""

    user: "UserUpdateRequestUserDict | UserUpdateRequestUser"


class UserUpdateRequestUserCustomPropertiesItemDict(TypedDict):
    """The dict form of `UserUpdateRequestUserCustomPropertiesItem`: One property id with the value to store."""

    id: int
    value: str


class UserUpdateRequestUserDict(TypedDict):
    """The dict form of `UserUpdateRequestUser`: Employee fields to change."""

    first_name: NotRequired[str]
    last_name: NotRequired[str]
    email: NotRequired[str]
    phone_number: NotRequired[str]
    nickname: NotRequired[str]
    department: NotRequired[str]
    title: NotRequired[str]
    role: NotRequired[UserRoleInput | Literal["admin", "user", "multi_guest"]]
    suspended: NotRequired[bool]
    list_tags: NotRequired[Sequence[str]]
    custom_properties: NotRequired[
        "Sequence[UserUpdateRequestUserCustomPropertiesItemDict | UserUpdateRequestUserCustomPropertiesItem]"
    ]


class ViewBlockCheckboxDict(TypedDict):
    """The dict form of `ViewBlockCheckbox`: Form block with a group of checkboxes (`type: checkbox`); several may be ticked, and the answer is
    submitted as an array of the ticked values."""

    pass


class ViewBlockDateDict(TypedDict):
    """The dict form of `ViewBlockDate`: Form block with a date picker (`type: date`); the answer arrives as a `YYYY-MM-DD` string."""

    pass


class ViewBlockDividerDict(TypedDict):
    """The dict form of `ViewBlockDivider`: Form block that draws a horizontal separator (`type: divider`); it has no other fields."""

    pass


class ViewBlockFileInputDict(TypedDict):
    """The dict form of `ViewBlockFileInput`: Form block for attaching files (`type: file_input`); the answer arrives as a list of `{name, size,
    url}` objects."""

    pass


class ViewBlockHeaderDict(TypedDict):
    """The dict form of `ViewBlockHeader`: Form block showing a heading (`type: header`)."""

    pass


class ViewBlockInputDict(TypedDict):
    """The dict form of `ViewBlockInput`: Text-entry form block (`type: input`), single- or multi-line; the answer is submitted as a string."""

    pass


class ViewBlockMarkdownDict(TypedDict):
    """The dict form of `ViewBlockMarkdown`: Form block showing formatted text written in Markdown (`type: markdown`)."""

    pass


class ViewBlockPlainTextDict(TypedDict):
    """The dict form of `ViewBlockPlainText`: Form block showing text without formatting (`type: plain_text`)."""

    pass


class ViewBlockRadioDict(TypedDict):
    """The dict form of `ViewBlockRadio`: Form block with radio buttons (`type: radio`); exactly one choice, submitted as its value string."""

    pass


class ViewBlockSelectDict(TypedDict):
    """The dict form of `ViewBlockSelect`: Form block with a drop-down list (`type: select`); the value of the chosen entry is submitted."""

    pass


class ViewBlockTimeDict(TypedDict):
    """The dict form of `ViewBlockTime`: Form block with a time picker (`type: time`); the answer arrives as an `HH:mm` string."""

    pass


__all__ = [
    "AddMembersRequestDict",
    "AddTagsRequestDict",
    "BotCreateRequestDict",
    "BotCreateRequestWebhookDict",
    "BotOAuthClientRequestDict",
    "BotPromoRequestDict",
    "BotTokenCreateRequestDict",
    "BotTokenUpdateRequestDict",
    "BotUpdateRequestDict",
    "BotUpdateRequestWebhookDict",
    "BotWebhookSelfUpdateRequestDict",
    "BotWebhookSelfUpdateRequestWebhookDict",
    "ButtonDict",
    "ChatCreateRequestChatDict",
    "ChatCreateRequestDict",
    "ChatUpdateRequestChatDict",
    "ChatUpdateRequestDict",
    "DraftCreateRequestDict",
    "DraftCreateRequestDraftDict",
    "DraftFileRequestDict",
    "DraftScheduleRequestDict",
    "DraftUpdateRequestDict",
    "DraftUpdateRequestDraftDict",
    "ExportRequestDict",
    "GroupTagRequestDict",
    "GroupTagRequestGroupTagDict",
    "LinkPreviewsRequestDict",
    "LinkPreviewsRequestLinkPreviewsDict",
    "MarkChatUnreadRequestDict",
    "MessageCreateRequestDict",
    "MessageCreateRequestMessageDict",
    "MessageCreateRequestMessageFilesItemDict",
    "MessageUpdateRequestDict",
    "MessageUpdateRequestMessageDict",
    "MessageUpdateRequestMessageFilesItemDict",
    "OAuthRevokeRequestDict",
    "OAuthTokenRequestDict",
    "OpenViewRequestDict",
    "OpenViewRequestViewDict",
    "ReactionRequestDict",
    "StatusUpdateRequestDict",
    "StatusUpdateRequestStatusDict",
    "SubmitViewResponseRequestDict",
    "SubmitViewResponseRequestErrorsDict",
    "TaskCreateRequestDict",
    "TaskCreateRequestTaskCustomPropertiesItemDict",
    "TaskCreateRequestTaskDict",
    "TaskUpdateRequestDict",
    "TaskUpdateRequestTaskCustomPropertiesItemDict",
    "TaskUpdateRequestTaskDict",
    "UpdateBotAvatarBodyDict",
    "UpdateChatAvatarBodyDict",
    "UpdateMemberRoleRequestDict",
    "UpdateProfileAvatarBodyDict",
    "UpdateUserAvatarBodyDict",
    "UserCreateRequestDict",
    "UserCreateRequestUserCustomPropertiesItemDict",
    "UserCreateRequestUserDict",
    "UserUpdateRequestDict",
    "UserUpdateRequestUserCustomPropertiesItemDict",
    "UserUpdateRequestUserDict",
    "ViewBlockCheckboxDict",
    "ViewBlockDateDict",
    "ViewBlockDividerDict",
    "ViewBlockFileInputDict",
    "ViewBlockHeaderDict",
    "ViewBlockInputDict",
    "ViewBlockMarkdownDict",
    "ViewBlockPlainTextDict",
    "ViewBlockRadioDict",
    "ViewBlockSelectDict",
    "ViewBlockTimeDict",
]
