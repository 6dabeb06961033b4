# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""Every model of the API. Each is imported on first use, so importing one model stays cheap."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_info import AccessTokenInfo
    from .add_members_request import AddMembersRequest
    from .add_tags_request import AddTagsRequest
    from .api_error import ApiError
    from .api_error_item import ApiErrorItem
    from .api_error_item_payload_type_0 import ApiErrorItemPayloadType0
    from .audit_details_bot import AuditDetailsBot
    from .audit_details_bot_o_auth_client import AuditDetailsBotOAuthClient
    from .audit_details_bot_o_auth_client_changes import AuditDetailsBotOAuthClientChanges
    from .audit_details_bot_o_auth_client_disabled import AuditDetailsBotOAuthClientDisabled
    from .audit_details_bot_o_auth_client_secret_rotated import AuditDetailsBotOAuthClientSecretRotated
    from .audit_details_bot_scopes import AuditDetailsBotScopes
    from .audit_details_bot_token_updated import AuditDetailsBotTokenUpdated
    from .audit_details_bot_webhook_settings import AuditDetailsBotWebhookSettings
    from .audit_details_bot_webhook_settings_changes import AuditDetailsBotWebhookSettingsChanges
    from .audit_details_chat_id import AuditDetailsChatId
    from .audit_details_chat_permission import AuditDetailsChatPermission
    from .audit_details_chat_renamed import AuditDetailsChatRenamed
    from .audit_details_device_authorization_approved import AuditDetailsDeviceAuthorizationApproved
    from .audit_details_device_authorization_denied import AuditDetailsDeviceAuthorizationDenied
    from .audit_details_dlp import AuditDetailsDlp
    from .audit_details_empty import AuditDetailsEmpty
    from .audit_details_initiator import AuditDetailsInitiator
    from .audit_details_inviter import AuditDetailsInviter
    from .audit_details_kms import AuditDetailsKms
    from .audit_details_login_grant_approved import AuditDetailsLoginGrantApproved
    from .audit_details_login_grant_created import AuditDetailsLoginGrantCreated
    from .audit_details_login_grant_denied import AuditDetailsLoginGrantDenied
    from .audit_details_o_auth_authorization_granted import AuditDetailsOAuthAuthorizationGranted
    from .audit_details_o_auth_authorization_revoked import AuditDetailsOAuthAuthorizationRevoked
    from .audit_details_role_changed import AuditDetailsRoleChanged
    from .audit_details_search import AuditDetailsSearch
    from .audit_details_search_filters import AuditDetailsSearchFilters
    from .audit_details_tag_chat import AuditDetailsTagChat
    from .audit_details_tag_name import AuditDetailsTagName
    from .audit_details_token import AuditDetailsToken
    from .audit_details_token_scopes import AuditDetailsTokenScopes
    from .audit_details_user_login_qr import AuditDetailsUserLoginQr
    from .audit_details_user_updated import AuditDetailsUserUpdated
    from .audit_details_video_call_finished import AuditDetailsVideoCallFinished
    from .audit_details_video_call_recording import AuditDetailsVideoCallRecording
    from .audit_details_video_call_started import AuditDetailsVideoCallStarted
    from .audit_event import AuditEvent
    from .audit_event_key import AuditEventKey
    from .audit_login_grant_deny_reason import AuditLoginGrantDenyReason
    from .audit_login_grant_device import AuditLoginGrantDevice
    from .audit_login_grant_device_platform import AuditLoginGrantDevicePlatform
    from .avatar_data import AvatarData
    from .bot_access_token import BotAccessToken
    from .bot_can_edit import BotCanEdit
    from .bot_create_request import BotCreateRequest
    from .bot_create_request_webhook import BotCreateRequestWebhook
    from .bot_create_response import BotCreateResponse
    from .bot_event_name import BotEventName
    from .bot_o_auth_client import BotOAuthClient
    from .bot_o_auth_client_request import BotOAuthClientRequest
    from .bot_permissions import BotPermissions
    from .bot_promo import BotPromo
    from .bot_promo_image import BotPromoImage
    from .bot_promo_request import BotPromoRequest
    from .bot_response import BotResponse
    from .bot_scope_catalog import BotScopeCatalog
    from .bot_scope_catalog_group import BotScopeCatalogGroup
    from .bot_scope_catalog_item import BotScopeCatalogItem
    from .bot_scope_catalog_preset import BotScopeCatalogPreset
    from .bot_self_response import BotSelfResponse
    from .bot_self_token_response import BotSelfTokenResponse
    from .bot_self_webhook import BotSelfWebhook
    from .bot_template_engine import BotTemplateEngine
    from .bot_token_create_request import BotTokenCreateRequest
    from .bot_token_update_request import BotTokenUpdateRequest
    from .bot_trigger_on import BotTriggerOn
    from .bot_update_request import BotUpdateRequest
    from .bot_update_request_webhook import BotUpdateRequestWebhook
    from .bot_webhook import BotWebhook
    from .bot_webhook_kind import BotWebhookKind
    from .bot_webhook_self_update_request import BotWebhookSelfUpdateRequest
    from .bot_webhook_self_update_request_webhook import BotWebhookSelfUpdateRequestWebhook
    from .bot_who_can_add import BotWhoCanAdd
    from .button import Button
    from .button_webhook_payload import ButtonWebhookPayload
    from .button_webhook_payload_event import ButtonWebhookPayloadEvent
    from .button_webhook_payload_type import ButtonWebhookPayloadType
    from .chat import Chat
    from .chat_activity import ChatActivity
    from .chat_availability import ChatAvailability
    from .chat_create_request import ChatCreateRequest
    from .chat_create_request_chat import ChatCreateRequestChat
    from .chat_export import ChatExport
    from .chat_member_role import ChatMemberRole
    from .chat_member_role_filter import ChatMemberRoleFilter
    from .chat_member_webhook_payload import ChatMemberWebhookPayload
    from .chat_member_webhook_payload_type import ChatMemberWebhookPayloadType
    from .chat_sort_field import ChatSortField
    from .chat_subtype import ChatSubtype
    from .chat_update_request import ChatUpdateRequest
    from .chat_update_request_chat import ChatUpdateRequestChat
    from .company_bot_response import CompanyBotResponse
    from .company_bot_webhook import CompanyBotWebhook
    from .company_member_webhook_payload import CompanyMemberWebhookPayload
    from .company_member_webhook_payload_type import CompanyMemberWebhookPayloadType
    from .create_bot_response import CreateBotResponse
    from .create_bot_token_response import CreateBotTokenResponse
    from .create_chat_response import CreateChatResponse
    from .create_chat_response_meta import CreateChatResponseMeta
    from .create_draft_response import CreateDraftResponse
    from .create_message_response import CreateMessageResponse
    from .create_standalone_thread_response import CreateStandaloneThreadResponse
    from .create_tag_response import CreateTagResponse
    from .create_task_response import CreateTaskResponse
    from .create_thread_response import CreateThreadResponse
    from .create_user_response import CreateUserResponse
    from .custom_property import CustomProperty
    from .custom_property_data_type import CustomPropertyDataType
    from .custom_property_definition import CustomPropertyDefinition
    from .draft import Draft
    from .draft_create_request import DraftCreateRequest
    from .draft_create_request_draft import DraftCreateRequestDraft
    from .draft_file_request import DraftFileRequest
    from .draft_repetition import DraftRepetition
    from .draft_repetition_interval import DraftRepetitionInterval
    from .draft_repetition_request import DraftRepetitionRequest
    from .draft_schedule import DraftSchedule
    from .draft_schedule_request import DraftScheduleRequest
    from .draft_type import DraftType
    from .draft_update_request import DraftUpdateRequest
    from .draft_update_request_draft import DraftUpdateRequestDraft
    from .export_request import ExportRequest
    from .export_webhook_payload import ExportWebhookPayload
    from .export_webhook_payload_event import ExportWebhookPayloadEvent
    from .export_webhook_payload_type import ExportWebhookPayloadType
    from .file import File
    from .file_target import FileTarget
    from .file_type import FileType
    from .file_upload_request import FileUploadRequest
    from .forwarding import Forwarding
    from .get_audit_events_response import GetAuditEventsResponse
    from .get_bot_response import GetBotResponse
    from .get_chat_response import GetChatResponse
    from .get_draft_response import GetDraftResponse
    from .get_message_response import GetMessageResponse
    from .get_profile_response import GetProfileResponse
    from .get_status_response import GetStatusResponse
    from .get_tag_response import GetTagResponse
    from .get_tag_users_response import GetTagUsersResponse
    from .get_task_response import GetTaskResponse
    from .get_thread_response import GetThreadResponse
    from .get_token_info_response import GetTokenInfoResponse
    from .get_user_response import GetUserResponse
    from .get_user_status_response import GetUserStatusResponse
    from .get_webhook_events_response import GetWebhookEventsResponse
    from .group_tag import GroupTag
    from .group_tag_request import GroupTagRequest
    from .group_tag_request_group_tag import GroupTagRequestGroupTag
    from .invite_status import InviteStatus
    from .link_preview import LinkPreview
    from .link_preview_image import LinkPreviewImage
    from .link_previews_request import LinkPreviewsRequest
    from .link_previews_request_link_previews import LinkPreviewsRequestLinkPreviews
    from .link_shared_webhook_payload import LinkSharedWebhookPayload
    from .link_shared_webhook_payload_event import LinkSharedWebhookPayloadEvent
    from .link_shared_webhook_payload_type import LinkSharedWebhookPayloadType
    from .list_bot_tokens_response import ListBotTokensResponse
    from .list_bots_response import ListBotsResponse
    from .list_chat_messages_response import ListChatMessagesResponse
    from .list_chats_response import ListChatsResponse
    from .list_company_bots_response import ListCompanyBotsResponse
    from .list_company_chats_response import ListCompanyChatsResponse
    from .list_drafts_response import ListDraftsResponse
    from .list_members_response import ListMembersResponse
    from .list_properties_response import ListPropertiesResponse
    from .list_reactions_response import ListReactionsResponse
    from .list_read_members_response import ListReadMembersResponse
    from .list_tags_response import ListTagsResponse
    from .list_tasks_response import ListTasksResponse
    from .list_threads_response import ListThreadsResponse
    from .list_users_response import ListUsersResponse
    from .mark_chat_unread_request import MarkChatUnreadRequest
    from .member_event_type import MemberEventType
    from .message import Message
    from .message_create_request import MessageCreateRequest
    from .message_create_request_message import MessageCreateRequestMessage
    from .message_create_request_message_files_item import MessageCreateRequestMessageFilesItem
    from .message_entity_type import MessageEntityType
    from .message_search_sort import MessageSearchSort
    from .message_sort_field import MessageSortField
    from .message_thread_type_0 import MessageThreadType0
    from .message_update_request import MessageUpdateRequest
    from .message_update_request_message import MessageUpdateRequestMessage
    from .message_update_request_message_files_item import MessageUpdateRequestMessageFilesItem
    from .message_webhook_payload import MessageWebhookPayload
    from .message_webhook_payload_type import MessageWebhookPayloadType
    from .o_auth_error import OAuthError
    from .o_auth_error_code import OAuthErrorCode
    from .o_auth_revoke_request import OAuthRevokeRequest
    from .o_auth_scope import OAuthScope
    from .o_auth_token import OAuthToken
    from .o_auth_token_request import OAuthTokenRequest
    from .o_auth_token_request_grant_type import OAuthTokenRequestGrantType
    from .o_auth_token_token_type import OAuthTokenTokenType
    from .o_auth_token_type_hint import OAuthTokenTypeHint
    from .open_view_request import OpenViewRequest
    from .open_view_request_type import OpenViewRequestType
    from .open_view_request_view import OpenViewRequestView
    from .pagination_meta import PaginationMeta
    from .pagination_meta_paginate import PaginationMetaPaginate
    from .reaction import Reaction
    from .reaction_event_type import ReactionEventType
    from .reaction_request import ReactionRequest
    from .reaction_webhook_payload import ReactionWebhookPayload
    from .reaction_webhook_payload_type import ReactionWebhookPayloadType
    from .recreate_bot_token_response import RecreateBotTokenResponse
    from .reissue_bot_token_response import ReissueBotTokenResponse
    from .request_export_prefer import RequestExportPrefer
    from .request_export_response import RequestExportResponse
    from .rotate_bot_client_secret_response import RotateBotClientSecretResponse
    from .search_chats_response import SearchChatsResponse
    from .search_entity_type import SearchEntityType
    from .search_messages_response import SearchMessagesResponse
    from .search_pagination_meta import SearchPaginationMeta
    from .search_pagination_meta_paginate import SearchPaginationMetaPaginate
    from .search_sort_order import SearchSortOrder
    from .search_users_response import SearchUsersResponse
    from .self_recreate_bot_token_response import SelfRecreateBotTokenResponse
    from .self_update_bot_webhook_response import SelfUpdateBotWebhookResponse
    from .sort_order import SortOrder
    from .status_update_request import StatusUpdateRequest
    from .status_update_request_status import StatusUpdateRequestStatus
    from .submit_view_response_request import SubmitViewResponseRequest
    from .submit_view_response_request_errors import SubmitViewResponseRequestErrors
    from .submit_view_response_result import SubmitViewResponseResult
    from .task import Task
    from .task_create_request import TaskCreateRequest
    from .task_create_request_task import TaskCreateRequestTask
    from .task_create_request_task_custom_properties_item import TaskCreateRequestTaskCustomPropertiesItem
    from .task_kind import TaskKind
    from .task_status import TaskStatus
    from .task_update_request import TaskUpdateRequest
    from .task_update_request_task import TaskUpdateRequestTask
    from .task_update_request_task_custom_properties_item import TaskUpdateRequestTaskCustomPropertiesItem
    from .thread import Thread
    from .unknown_webhook_payload import UnknownWebhookPayload
    from .update_bot_avatar_body import UpdateBotAvatarBody
    from .update_bot_avatar_response import UpdateBotAvatarResponse
    from .update_bot_response import UpdateBotResponse
    from .update_bot_token_response import UpdateBotTokenResponse
    from .update_chat_avatar_body import UpdateChatAvatarBody
    from .update_chat_avatar_response import UpdateChatAvatarResponse
    from .update_chat_response import UpdateChatResponse
    from .update_draft_response import UpdateDraftResponse
    from .update_member_role_request import UpdateMemberRoleRequest
    from .update_message_response import UpdateMessageResponse
    from .update_profile_avatar_body import UpdateProfileAvatarBody
    from .update_profile_avatar_response import UpdateProfileAvatarResponse
    from .update_status_response import UpdateStatusResponse
    from .update_tag_response import UpdateTagResponse
    from .update_task_response import UpdateTaskResponse
    from .update_user_avatar_body import UpdateUserAvatarBody
    from .update_user_avatar_response import UpdateUserAvatarResponse
    from .update_user_response import UpdateUserResponse
    from .update_user_status_response import UpdateUserStatusResponse
    from .upload_params import UploadParams
    from .user import User
    from .user_create_request import UserCreateRequest
    from .user_create_request_user import UserCreateRequestUser
    from .user_create_request_user_custom_properties_item import UserCreateRequestUserCustomPropertiesItem
    from .user_create_role import UserCreateRole
    from .user_event_type import UserEventType
    from .user_role import UserRole
    from .user_role_input import UserRoleInput
    from .user_status import UserStatus
    from .user_status_away_message_type_0 import UserStatusAwayMessageType0
    from .user_update_request import UserUpdateRequest
    from .user_update_request_user import UserUpdateRequestUser
    from .user_update_request_user_custom_properties_item import UserUpdateRequestUserCustomPropertiesItem
    from .validation_error_code import ValidationErrorCode
    from .video_call_event_type import VideoCallEventType
    from .video_call_webhook_payload import VideoCallWebhookPayload
    from .video_call_webhook_payload_type import VideoCallWebhookPayloadType
    from .view_block import ViewBlock
    from .view_block_checkbox import ViewBlockCheckbox
    from .view_block_checkbox_option import ViewBlockCheckboxOption
    from .view_block_checkbox_type import ViewBlockCheckboxType
    from .view_block_date import ViewBlockDate
    from .view_block_date_type import ViewBlockDateType
    from .view_block_divider import ViewBlockDivider
    from .view_block_divider_type import ViewBlockDividerType
    from .view_block_file_input import ViewBlockFileInput
    from .view_block_file_input_type import ViewBlockFileInputType
    from .view_block_header import ViewBlockHeader
    from .view_block_header_type import ViewBlockHeaderType
    from .view_block_input import ViewBlockInput
    from .view_block_input_type import ViewBlockInputType
    from .view_block_markdown import ViewBlockMarkdown
    from .view_block_markdown_type import ViewBlockMarkdownType
    from .view_block_plain_text import ViewBlockPlainText
    from .view_block_plain_text_type import ViewBlockPlainTextType
    from .view_block_radio import ViewBlockRadio
    from .view_block_radio_type import ViewBlockRadioType
    from .view_block_select import ViewBlockSelect
    from .view_block_select_option import ViewBlockSelectOption
    from .view_block_select_type import ViewBlockSelectType
    from .view_block_selectable_option import ViewBlockSelectableOption
    from .view_block_time import ViewBlockTime
    from .view_block_time_type import ViewBlockTimeType
    from .view_submit_webhook_payload import ViewSubmitWebhookPayload
    from .view_submit_webhook_payload_data import ViewSubmitWebhookPayloadData
    from .view_submit_webhook_payload_event import ViewSubmitWebhookPayloadEvent
    from .view_submit_webhook_payload_type import ViewSubmitWebhookPayloadType
    from .voice_content import VoiceContent
    from .webhook_event import WebhookEvent
    from .webhook_event_type import WebhookEventType
    from .webhook_link import WebhookLink
    from .webhook_message_thread import WebhookMessageThread
    from .webhook_video_call_member import WebhookVideoCallMember
    from .webhook_video_call_thread import WebhookVideoCallThread

_MODULES = {
    "AccessTokenInfo": ".access_token_info",
    "AddMembersRequest": ".add_members_request",
    "AddTagsRequest": ".add_tags_request",
    "ApiError": ".api_error",
    "ApiErrorItem": ".api_error_item",
    "ApiErrorItemPayloadType0": ".api_error_item_payload_type_0",
    "AuditDetailsBot": ".audit_details_bot",
    "AuditDetailsBotOAuthClient": ".audit_details_bot_o_auth_client",
    "AuditDetailsBotOAuthClientChanges": ".audit_details_bot_o_auth_client_changes",
    "AuditDetailsBotOAuthClientDisabled": ".audit_details_bot_o_auth_client_disabled",
    "AuditDetailsBotOAuthClientSecretRotated": ".audit_details_bot_o_auth_client_secret_rotated",
    "AuditDetailsBotScopes": ".audit_details_bot_scopes",
    "AuditDetailsBotTokenUpdated": ".audit_details_bot_token_updated",
    "AuditDetailsBotWebhookSettings": ".audit_details_bot_webhook_settings",
    "AuditDetailsBotWebhookSettingsChanges": ".audit_details_bot_webhook_settings_changes",
    "AuditDetailsChatId": ".audit_details_chat_id",
    "AuditDetailsChatPermission": ".audit_details_chat_permission",
    "AuditDetailsChatRenamed": ".audit_details_chat_renamed",
    "AuditDetailsDeviceAuthorizationApproved": ".audit_details_device_authorization_approved",
    "AuditDetailsDeviceAuthorizationDenied": ".audit_details_device_authorization_denied",
    "AuditDetailsDlp": ".audit_details_dlp",
    "AuditDetailsEmpty": ".audit_details_empty",
    "AuditDetailsInitiator": ".audit_details_initiator",
    "AuditDetailsInviter": ".audit_details_inviter",
    "AuditDetailsKms": ".audit_details_kms",
    "AuditDetailsLoginGrantApproved": ".audit_details_login_grant_approved",
    "AuditDetailsLoginGrantCreated": ".audit_details_login_grant_created",
    "AuditDetailsLoginGrantDenied": ".audit_details_login_grant_denied",
    "AuditDetailsOAuthAuthorizationGranted": ".audit_details_o_auth_authorization_granted",
    "AuditDetailsOAuthAuthorizationRevoked": ".audit_details_o_auth_authorization_revoked",
    "AuditDetailsRoleChanged": ".audit_details_role_changed",
    "AuditDetailsSearch": ".audit_details_search",
    "AuditDetailsSearchFilters": ".audit_details_search_filters",
    "AuditDetailsTagChat": ".audit_details_tag_chat",
    "AuditDetailsTagName": ".audit_details_tag_name",
    "AuditDetailsToken": ".audit_details_token",
    "AuditDetailsTokenScopes": ".audit_details_token_scopes",
    "AuditDetailsUserLoginQr": ".audit_details_user_login_qr",
    "AuditDetailsUserUpdated": ".audit_details_user_updated",
    "AuditDetailsVideoCallFinished": ".audit_details_video_call_finished",
    "AuditDetailsVideoCallRecording": ".audit_details_video_call_recording",
    "AuditDetailsVideoCallStarted": ".audit_details_video_call_started",
    "AuditEvent": ".audit_event",
    "AuditEventKey": ".audit_event_key",
    "AuditLoginGrantDenyReason": ".audit_login_grant_deny_reason",
    "AuditLoginGrantDevice": ".audit_login_grant_device",
    "AuditLoginGrantDevicePlatform": ".audit_login_grant_device_platform",
    "AvatarData": ".avatar_data",
    "BotAccessToken": ".bot_access_token",
    "BotCanEdit": ".bot_can_edit",
    "BotCreateRequest": ".bot_create_request",
    "BotCreateRequestWebhook": ".bot_create_request_webhook",
    "BotCreateResponse": ".bot_create_response",
    "BotEventName": ".bot_event_name",
    "BotOAuthClient": ".bot_o_auth_client",
    "BotOAuthClientRequest": ".bot_o_auth_client_request",
    "BotPermissions": ".bot_permissions",
    "BotPromo": ".bot_promo",
    "BotPromoImage": ".bot_promo_image",
    "BotPromoRequest": ".bot_promo_request",
    "BotResponse": ".bot_response",
    "BotScopeCatalog": ".bot_scope_catalog",
    "BotScopeCatalogGroup": ".bot_scope_catalog_group",
    "BotScopeCatalogItem": ".bot_scope_catalog_item",
    "BotScopeCatalogPreset": ".bot_scope_catalog_preset",
    "BotSelfResponse": ".bot_self_response",
    "BotSelfTokenResponse": ".bot_self_token_response",
    "BotSelfWebhook": ".bot_self_webhook",
    "BotTemplateEngine": ".bot_template_engine",
    "BotTokenCreateRequest": ".bot_token_create_request",
    "BotTokenUpdateRequest": ".bot_token_update_request",
    "BotTriggerOn": ".bot_trigger_on",
    "BotUpdateRequest": ".bot_update_request",
    "BotUpdateRequestWebhook": ".bot_update_request_webhook",
    "BotWebhook": ".bot_webhook",
    "BotWebhookKind": ".bot_webhook_kind",
    "BotWebhookSelfUpdateRequest": ".bot_webhook_self_update_request",
    "BotWebhookSelfUpdateRequestWebhook": ".bot_webhook_self_update_request_webhook",
    "BotWhoCanAdd": ".bot_who_can_add",
    "Button": ".button",
    "ButtonWebhookPayload": ".button_webhook_payload",
    "ButtonWebhookPayloadEvent": ".button_webhook_payload_event",
    "ButtonWebhookPayloadType": ".button_webhook_payload_type",
    "Chat": ".chat",
    "ChatActivity": ".chat_activity",
    "ChatAvailability": ".chat_availability",
    "ChatCreateRequest": ".chat_create_request",
    "ChatCreateRequestChat": ".chat_create_request_chat",
    "ChatExport": ".chat_export",
    "ChatMemberRole": ".chat_member_role",
    "ChatMemberRoleFilter": ".chat_member_role_filter",
    "ChatMemberWebhookPayload": ".chat_member_webhook_payload",
    "ChatMemberWebhookPayloadType": ".chat_member_webhook_payload_type",
    "ChatSortField": ".chat_sort_field",
    "ChatSubtype": ".chat_subtype",
    "ChatUpdateRequest": ".chat_update_request",
    "ChatUpdateRequestChat": ".chat_update_request_chat",
    "CompanyBotResponse": ".company_bot_response",
    "CompanyBotWebhook": ".company_bot_webhook",
    "CompanyMemberWebhookPayload": ".company_member_webhook_payload",
    "CompanyMemberWebhookPayloadType": ".company_member_webhook_payload_type",
    "CreateBotResponse": ".create_bot_response",
    "CreateBotTokenResponse": ".create_bot_token_response",
    "CreateChatResponse": ".create_chat_response",
    "CreateChatResponseMeta": ".create_chat_response_meta",
    "CreateDraftResponse": ".create_draft_response",
    "CreateMessageResponse": ".create_message_response",
    "CreateStandaloneThreadResponse": ".create_standalone_thread_response",
    "CreateTagResponse": ".create_tag_response",
    "CreateTaskResponse": ".create_task_response",
    "CreateThreadResponse": ".create_thread_response",
    "CreateUserResponse": ".create_user_response",
    "CustomProperty": ".custom_property",
    "CustomPropertyDataType": ".custom_property_data_type",
    "CustomPropertyDefinition": ".custom_property_definition",
    "Draft": ".draft",
    "DraftCreateRequest": ".draft_create_request",
    "DraftCreateRequestDraft": ".draft_create_request_draft",
    "DraftFileRequest": ".draft_file_request",
    "DraftRepetition": ".draft_repetition",
    "DraftRepetitionInterval": ".draft_repetition_interval",
    "DraftRepetitionRequest": ".draft_repetition_request",
    "DraftSchedule": ".draft_schedule",
    "DraftScheduleRequest": ".draft_schedule_request",
    "DraftType": ".draft_type",
    "DraftUpdateRequest": ".draft_update_request",
    "DraftUpdateRequestDraft": ".draft_update_request_draft",
    "ExportRequest": ".export_request",
    "ExportWebhookPayload": ".export_webhook_payload",
    "ExportWebhookPayloadEvent": ".export_webhook_payload_event",
    "ExportWebhookPayloadType": ".export_webhook_payload_type",
    "File": ".file",
    "FileTarget": ".file_target",
    "FileType": ".file_type",
    "FileUploadRequest": ".file_upload_request",
    "Forwarding": ".forwarding",
    "GetAuditEventsResponse": ".get_audit_events_response",
    "GetBotResponse": ".get_bot_response",
    "GetChatResponse": ".get_chat_response",
    "GetDraftResponse": ".get_draft_response",
    "GetMessageResponse": ".get_message_response",
    "GetProfileResponse": ".get_profile_response",
    "GetStatusResponse": ".get_status_response",
    "GetTagResponse": ".get_tag_response",
    "GetTagUsersResponse": ".get_tag_users_response",
    "GetTaskResponse": ".get_task_response",
    "GetThreadResponse": ".get_thread_response",
    "GetTokenInfoResponse": ".get_token_info_response",
    "GetUserResponse": ".get_user_response",
    "GetUserStatusResponse": ".get_user_status_response",
    "GetWebhookEventsResponse": ".get_webhook_events_response",
    "GroupTag": ".group_tag",
    "GroupTagRequest": ".group_tag_request",
    "GroupTagRequestGroupTag": ".group_tag_request_group_tag",
    "InviteStatus": ".invite_status",
    "LinkPreview": ".link_preview",
    "LinkPreviewImage": ".link_preview_image",
    "LinkPreviewsRequest": ".link_previews_request",
    "LinkPreviewsRequestLinkPreviews": ".link_previews_request_link_previews",
    "LinkSharedWebhookPayload": ".link_shared_webhook_payload",
    "LinkSharedWebhookPayloadEvent": ".link_shared_webhook_payload_event",
    "LinkSharedWebhookPayloadType": ".link_shared_webhook_payload_type",
    "ListBotTokensResponse": ".list_bot_tokens_response",
    "ListBotsResponse": ".list_bots_response",
    "ListChatMessagesResponse": ".list_chat_messages_response",
    "ListChatsResponse": ".list_chats_response",
    "ListCompanyBotsResponse": ".list_company_bots_response",
    "ListCompanyChatsResponse": ".list_company_chats_response",
    "ListDraftsResponse": ".list_drafts_response",
    "ListMembersResponse": ".list_members_response",
    "ListPropertiesResponse": ".list_properties_response",
    "ListReactionsResponse": ".list_reactions_response",
    "ListReadMembersResponse": ".list_read_members_response",
    "ListTagsResponse": ".list_tags_response",
    "ListTasksResponse": ".list_tasks_response",
    "ListThreadsResponse": ".list_threads_response",
    "ListUsersResponse": ".list_users_response",
    "MarkChatUnreadRequest": ".mark_chat_unread_request",
    "MemberEventType": ".member_event_type",
    "Message": ".message",
    "MessageCreateRequest": ".message_create_request",
    "MessageCreateRequestMessage": ".message_create_request_message",
    "MessageCreateRequestMessageFilesItem": ".message_create_request_message_files_item",
    "MessageEntityType": ".message_entity_type",
    "MessageSearchSort": ".message_search_sort",
    "MessageSortField": ".message_sort_field",
    "MessageThreadType0": ".message_thread_type_0",
    "MessageUpdateRequest": ".message_update_request",
    "MessageUpdateRequestMessage": ".message_update_request_message",
    "MessageUpdateRequestMessageFilesItem": ".message_update_request_message_files_item",
    "MessageWebhookPayload": ".message_webhook_payload",
    "MessageWebhookPayloadType": ".message_webhook_payload_type",
    "OAuthError": ".o_auth_error",
    "OAuthErrorCode": ".o_auth_error_code",
    "OAuthRevokeRequest": ".o_auth_revoke_request",
    "OAuthScope": ".o_auth_scope",
    "OAuthToken": ".o_auth_token",
    "OAuthTokenRequest": ".o_auth_token_request",
    "OAuthTokenRequestGrantType": ".o_auth_token_request_grant_type",
    "OAuthTokenTokenType": ".o_auth_token_token_type",
    "OAuthTokenTypeHint": ".o_auth_token_type_hint",
    "OpenViewRequest": ".open_view_request",
    "OpenViewRequestType": ".open_view_request_type",
    "OpenViewRequestView": ".open_view_request_view",
    "PaginationMeta": ".pagination_meta",
    "PaginationMetaPaginate": ".pagination_meta_paginate",
    "Reaction": ".reaction",
    "ReactionEventType": ".reaction_event_type",
    "ReactionRequest": ".reaction_request",
    "ReactionWebhookPayload": ".reaction_webhook_payload",
    "ReactionWebhookPayloadType": ".reaction_webhook_payload_type",
    "RecreateBotTokenResponse": ".recreate_bot_token_response",
    "ReissueBotTokenResponse": ".reissue_bot_token_response",
    "RequestExportPrefer": ".request_export_prefer",
    "RequestExportResponse": ".request_export_response",
    "RotateBotClientSecretResponse": ".rotate_bot_client_secret_response",
    "SearchChatsResponse": ".search_chats_response",
    "SearchEntityType": ".search_entity_type",
    "SearchMessagesResponse": ".search_messages_response",
    "SearchPaginationMeta": ".search_pagination_meta",
    "SearchPaginationMetaPaginate": ".search_pagination_meta_paginate",
    "SearchSortOrder": ".search_sort_order",
    "SearchUsersResponse": ".search_users_response",
    "SelfRecreateBotTokenResponse": ".self_recreate_bot_token_response",
    "SelfUpdateBotWebhookResponse": ".self_update_bot_webhook_response",
    "SortOrder": ".sort_order",
    "StatusUpdateRequest": ".status_update_request",
    "StatusUpdateRequestStatus": ".status_update_request_status",
    "SubmitViewResponseRequest": ".submit_view_response_request",
    "SubmitViewResponseRequestErrors": ".submit_view_response_request_errors",
    "SubmitViewResponseResult": ".submit_view_response_result",
    "Task": ".task",
    "TaskCreateRequest": ".task_create_request",
    "TaskCreateRequestTask": ".task_create_request_task",
    "TaskCreateRequestTaskCustomPropertiesItem": ".task_create_request_task_custom_properties_item",
    "TaskKind": ".task_kind",
    "TaskStatus": ".task_status",
    "TaskUpdateRequest": ".task_update_request",
    "TaskUpdateRequestTask": ".task_update_request_task",
    "TaskUpdateRequestTaskCustomPropertiesItem": ".task_update_request_task_custom_properties_item",
    "Thread": ".thread",
    "UnknownWebhookPayload": ".unknown_webhook_payload",
    "UpdateBotAvatarBody": ".update_bot_avatar_body",
    "UpdateBotAvatarResponse": ".update_bot_avatar_response",
    "UpdateBotResponse": ".update_bot_response",
    "UpdateBotTokenResponse": ".update_bot_token_response",
    "UpdateChatAvatarBody": ".update_chat_avatar_body",
    "UpdateChatAvatarResponse": ".update_chat_avatar_response",
    "UpdateChatResponse": ".update_chat_response",
    "UpdateDraftResponse": ".update_draft_response",
    "UpdateMemberRoleRequest": ".update_member_role_request",
    "UpdateMessageResponse": ".update_message_response",
    "UpdateProfileAvatarBody": ".update_profile_avatar_body",
    "UpdateProfileAvatarResponse": ".update_profile_avatar_response",
    "UpdateStatusResponse": ".update_status_response",
    "UpdateTagResponse": ".update_tag_response",
    "UpdateTaskResponse": ".update_task_response",
    "UpdateUserAvatarBody": ".update_user_avatar_body",
    "UpdateUserAvatarResponse": ".update_user_avatar_response",
    "UpdateUserResponse": ".update_user_response",
    "UpdateUserStatusResponse": ".update_user_status_response",
    "UploadParams": ".upload_params",
    "User": ".user",
    "UserCreateRequest": ".user_create_request",
    "UserCreateRequestUser": ".user_create_request_user",
    "UserCreateRequestUserCustomPropertiesItem": ".user_create_request_user_custom_properties_item",
    "UserCreateRole": ".user_create_role",
    "UserEventType": ".user_event_type",
    "UserRole": ".user_role",
    "UserRoleInput": ".user_role_input",
    "UserStatus": ".user_status",
    "UserStatusAwayMessageType0": ".user_status_away_message_type_0",
    "UserUpdateRequest": ".user_update_request",
    "UserUpdateRequestUser": ".user_update_request_user",
    "UserUpdateRequestUserCustomPropertiesItem": ".user_update_request_user_custom_properties_item",
    "ValidationErrorCode": ".validation_error_code",
    "VideoCallEventType": ".video_call_event_type",
    "VideoCallWebhookPayload": ".video_call_webhook_payload",
    "VideoCallWebhookPayloadType": ".video_call_webhook_payload_type",
    "ViewBlock": ".view_block",
    "ViewBlockCheckbox": ".view_block_checkbox",
    "ViewBlockCheckboxOption": ".view_block_checkbox_option",
    "ViewBlockCheckboxType": ".view_block_checkbox_type",
    "ViewBlockDate": ".view_block_date",
    "ViewBlockDateType": ".view_block_date_type",
    "ViewBlockDivider": ".view_block_divider",
    "ViewBlockDividerType": ".view_block_divider_type",
    "ViewBlockFileInput": ".view_block_file_input",
    "ViewBlockFileInputType": ".view_block_file_input_type",
    "ViewBlockHeader": ".view_block_header",
    "ViewBlockHeaderType": ".view_block_header_type",
    "ViewBlockInput": ".view_block_input",
    "ViewBlockInputType": ".view_block_input_type",
    "ViewBlockMarkdown": ".view_block_markdown",
    "ViewBlockMarkdownType": ".view_block_markdown_type",
    "ViewBlockPlainText": ".view_block_plain_text",
    "ViewBlockPlainTextType": ".view_block_plain_text_type",
    "ViewBlockRadio": ".view_block_radio",
    "ViewBlockRadioType": ".view_block_radio_type",
    "ViewBlockSelect": ".view_block_select",
    "ViewBlockSelectOption": ".view_block_select_option",
    "ViewBlockSelectType": ".view_block_select_type",
    "ViewBlockSelectableOption": ".view_block_selectable_option",
    "ViewBlockTime": ".view_block_time",
    "ViewBlockTimeType": ".view_block_time_type",
    "ViewSubmitWebhookPayload": ".view_submit_webhook_payload",
    "ViewSubmitWebhookPayloadData": ".view_submit_webhook_payload_data",
    "ViewSubmitWebhookPayloadEvent": ".view_submit_webhook_payload_event",
    "ViewSubmitWebhookPayloadType": ".view_submit_webhook_payload_type",
    "VoiceContent": ".voice_content",
    "WebhookEvent": ".webhook_event",
    "WebhookEventType": ".webhook_event_type",
    "WebhookLink": ".webhook_link",
    "WebhookMessageThread": ".webhook_message_thread",
    "WebhookVideoCallMember": ".webhook_video_call_member",
    "WebhookVideoCallThread": ".webhook_video_call_thread",
}

__all__ = (
    "AccessTokenInfo",
    "AddMembersRequest",
    "AddTagsRequest",
    "ApiError",
    "ApiErrorItem",
    "ApiErrorItemPayloadType0",
    "AuditDetailsBot",
    "AuditDetailsBotOAuthClient",
    "AuditDetailsBotOAuthClientChanges",
    "AuditDetailsBotOAuthClientDisabled",
    "AuditDetailsBotOAuthClientSecretRotated",
    "AuditDetailsBotScopes",
    "AuditDetailsBotTokenUpdated",
    "AuditDetailsBotWebhookSettings",
    "AuditDetailsBotWebhookSettingsChanges",
    "AuditDetailsChatId",
    "AuditDetailsChatPermission",
    "AuditDetailsChatRenamed",
    "AuditDetailsDeviceAuthorizationApproved",
    "AuditDetailsDeviceAuthorizationDenied",
    "AuditDetailsDlp",
    "AuditDetailsEmpty",
    "AuditDetailsInitiator",
    "AuditDetailsInviter",
    "AuditDetailsKms",
    "AuditDetailsLoginGrantApproved",
    "AuditDetailsLoginGrantCreated",
    "AuditDetailsLoginGrantDenied",
    "AuditDetailsOAuthAuthorizationGranted",
    "AuditDetailsOAuthAuthorizationRevoked",
    "AuditDetailsRoleChanged",
    "AuditDetailsSearch",
    "AuditDetailsSearchFilters",
    "AuditDetailsTagChat",
    "AuditDetailsTagName",
    "AuditDetailsToken",
    "AuditDetailsTokenScopes",
    "AuditDetailsUserLoginQr",
    "AuditDetailsUserUpdated",
    "AuditDetailsVideoCallFinished",
    "AuditDetailsVideoCallRecording",
    "AuditDetailsVideoCallStarted",
    "AuditEvent",
    "AuditEventKey",
    "AuditLoginGrantDenyReason",
    "AuditLoginGrantDevice",
    "AuditLoginGrantDevicePlatform",
    "AvatarData",
    "BotAccessToken",
    "BotCanEdit",
    "BotCreateRequest",
    "BotCreateRequestWebhook",
    "BotCreateResponse",
    "BotEventName",
    "BotOAuthClient",
    "BotOAuthClientRequest",
    "BotPermissions",
    "BotPromo",
    "BotPromoImage",
    "BotPromoRequest",
    "BotResponse",
    "BotScopeCatalog",
    "BotScopeCatalogGroup",
    "BotScopeCatalogItem",
    "BotScopeCatalogPreset",
    "BotSelfResponse",
    "BotSelfTokenResponse",
    "BotSelfWebhook",
    "BotTemplateEngine",
    "BotTokenCreateRequest",
    "BotTokenUpdateRequest",
    "BotTriggerOn",
    "BotUpdateRequest",
    "BotUpdateRequestWebhook",
    "BotWebhook",
    "BotWebhookKind",
    "BotWebhookSelfUpdateRequest",
    "BotWebhookSelfUpdateRequestWebhook",
    "BotWhoCanAdd",
    "Button",
    "ButtonWebhookPayload",
    "ButtonWebhookPayloadEvent",
    "ButtonWebhookPayloadType",
    "Chat",
    "ChatActivity",
    "ChatAvailability",
    "ChatCreateRequest",
    "ChatCreateRequestChat",
    "ChatExport",
    "ChatMemberRole",
    "ChatMemberRoleFilter",
    "ChatMemberWebhookPayload",
    "ChatMemberWebhookPayloadType",
    "ChatSortField",
    "ChatSubtype",
    "ChatUpdateRequest",
    "ChatUpdateRequestChat",
    "CompanyBotResponse",
    "CompanyBotWebhook",
    "CompanyMemberWebhookPayload",
    "CompanyMemberWebhookPayloadType",
    "CreateBotResponse",
    "CreateBotTokenResponse",
    "CreateChatResponse",
    "CreateChatResponseMeta",
    "CreateDraftResponse",
    "CreateMessageResponse",
    "CreateStandaloneThreadResponse",
    "CreateTagResponse",
    "CreateTaskResponse",
    "CreateThreadResponse",
    "CreateUserResponse",
    "CustomProperty",
    "CustomPropertyDataType",
    "CustomPropertyDefinition",
    "Draft",
    "DraftCreateRequest",
    "DraftCreateRequestDraft",
    "DraftFileRequest",
    "DraftRepetition",
    "DraftRepetitionInterval",
    "DraftRepetitionRequest",
    "DraftSchedule",
    "DraftScheduleRequest",
    "DraftType",
    "DraftUpdateRequest",
    "DraftUpdateRequestDraft",
    "ExportRequest",
    "ExportWebhookPayload",
    "ExportWebhookPayloadEvent",
    "ExportWebhookPayloadType",
    "File",
    "FileTarget",
    "FileType",
    "FileUploadRequest",
    "Forwarding",
    "GetAuditEventsResponse",
    "GetBotResponse",
    "GetChatResponse",
    "GetDraftResponse",
    "GetMessageResponse",
    "GetProfileResponse",
    "GetStatusResponse",
    "GetTagResponse",
    "GetTagUsersResponse",
    "GetTaskResponse",
    "GetThreadResponse",
    "GetTokenInfoResponse",
    "GetUserResponse",
    "GetUserStatusResponse",
    "GetWebhookEventsResponse",
    "GroupTag",
    "GroupTagRequest",
    "GroupTagRequestGroupTag",
    "InviteStatus",
    "LinkPreview",
    "LinkPreviewImage",
    "LinkPreviewsRequest",
    "LinkPreviewsRequestLinkPreviews",
    "LinkSharedWebhookPayload",
    "LinkSharedWebhookPayloadEvent",
    "LinkSharedWebhookPayloadType",
    "ListBotTokensResponse",
    "ListBotsResponse",
    "ListChatMessagesResponse",
    "ListChatsResponse",
    "ListCompanyBotsResponse",
    "ListCompanyChatsResponse",
    "ListDraftsResponse",
    "ListMembersResponse",
    "ListPropertiesResponse",
    "ListReactionsResponse",
    "ListReadMembersResponse",
    "ListTagsResponse",
    "ListTasksResponse",
    "ListThreadsResponse",
    "ListUsersResponse",
    "MarkChatUnreadRequest",
    "MemberEventType",
    "Message",
    "MessageCreateRequest",
    "MessageCreateRequestMessage",
    "MessageCreateRequestMessageFilesItem",
    "MessageEntityType",
    "MessageSearchSort",
    "MessageSortField",
    "MessageThreadType0",
    "MessageUpdateRequest",
    "MessageUpdateRequestMessage",
    "MessageUpdateRequestMessageFilesItem",
    "MessageWebhookPayload",
    "MessageWebhookPayloadType",
    "OAuthError",
    "OAuthErrorCode",
    "OAuthRevokeRequest",
    "OAuthScope",
    "OAuthToken",
    "OAuthTokenRequest",
    "OAuthTokenRequestGrantType",
    "OAuthTokenTokenType",
    "OAuthTokenTypeHint",
    "OpenViewRequest",
    "OpenViewRequestType",
    "OpenViewRequestView",
    "PaginationMeta",
    "PaginationMetaPaginate",
    "Reaction",
    "ReactionEventType",
    "ReactionRequest",
    "ReactionWebhookPayload",
    "ReactionWebhookPayloadType",
    "RecreateBotTokenResponse",
    "ReissueBotTokenResponse",
    "RequestExportPrefer",
    "RequestExportResponse",
    "RotateBotClientSecretResponse",
    "SearchChatsResponse",
    "SearchEntityType",
    "SearchMessagesResponse",
    "SearchPaginationMeta",
    "SearchPaginationMetaPaginate",
    "SearchSortOrder",
    "SearchUsersResponse",
    "SelfRecreateBotTokenResponse",
    "SelfUpdateBotWebhookResponse",
    "SortOrder",
    "StatusUpdateRequest",
    "StatusUpdateRequestStatus",
    "SubmitViewResponseRequest",
    "SubmitViewResponseRequestErrors",
    "SubmitViewResponseResult",
    "Task",
    "TaskCreateRequest",
    "TaskCreateRequestTask",
    "TaskCreateRequestTaskCustomPropertiesItem",
    "TaskKind",
    "TaskStatus",
    "TaskUpdateRequest",
    "TaskUpdateRequestTask",
    "TaskUpdateRequestTaskCustomPropertiesItem",
    "Thread",
    "UnknownWebhookPayload",
    "UpdateBotAvatarBody",
    "UpdateBotAvatarResponse",
    "UpdateBotResponse",
    "UpdateBotTokenResponse",
    "UpdateChatAvatarBody",
    "UpdateChatAvatarResponse",
    "UpdateChatResponse",
    "UpdateDraftResponse",
    "UpdateMemberRoleRequest",
    "UpdateMessageResponse",
    "UpdateProfileAvatarBody",
    "UpdateProfileAvatarResponse",
    "UpdateStatusResponse",
    "UpdateTagResponse",
    "UpdateTaskResponse",
    "UpdateUserAvatarBody",
    "UpdateUserAvatarResponse",
    "UpdateUserResponse",
    "UpdateUserStatusResponse",
    "UploadParams",
    "User",
    "UserCreateRequest",
    "UserCreateRequestUser",
    "UserCreateRequestUserCustomPropertiesItem",
    "UserCreateRole",
    "UserEventType",
    "UserRole",
    "UserRoleInput",
    "UserStatus",
    "UserStatusAwayMessageType0",
    "UserUpdateRequest",
    "UserUpdateRequestUser",
    "UserUpdateRequestUserCustomPropertiesItem",
    "ValidationErrorCode",
    "VideoCallEventType",
    "VideoCallWebhookPayload",
    "VideoCallWebhookPayloadType",
    "ViewBlock",
    "ViewBlockCheckbox",
    "ViewBlockCheckboxOption",
    "ViewBlockCheckboxType",
    "ViewBlockDate",
    "ViewBlockDateType",
    "ViewBlockDivider",
    "ViewBlockDividerType",
    "ViewBlockFileInput",
    "ViewBlockFileInputType",
    "ViewBlockHeader",
    "ViewBlockHeaderType",
    "ViewBlockInput",
    "ViewBlockInputType",
    "ViewBlockMarkdown",
    "ViewBlockMarkdownType",
    "ViewBlockPlainText",
    "ViewBlockPlainTextType",
    "ViewBlockRadio",
    "ViewBlockRadioType",
    "ViewBlockSelect",
    "ViewBlockSelectOption",
    "ViewBlockSelectType",
    "ViewBlockSelectableOption",
    "ViewBlockTime",
    "ViewBlockTimeType",
    "ViewSubmitWebhookPayload",
    "ViewSubmitWebhookPayloadData",
    "ViewSubmitWebhookPayloadEvent",
    "ViewSubmitWebhookPayloadType",
    "VoiceContent",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookLink",
    "WebhookMessageThread",
    "WebhookVideoCallMember",
    "WebhookVideoCallThread",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
