# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""Webhook payloads by their `type` and `event` (from openapi.yaml): the routes and their union."""

from typing import TypeAlias

from .models.button_webhook_payload import ButtonWebhookPayload
from .models.chat_member_webhook_payload import ChatMemberWebhookPayload
from .models.company_member_webhook_payload import CompanyMemberWebhookPayload
from .models.export_webhook_payload import ExportWebhookPayload
from .models.link_shared_webhook_payload import LinkSharedWebhookPayload
from .models.message_webhook_payload import MessageWebhookPayload
from .models.reaction_webhook_payload import ReactionWebhookPayload
from .models.video_call_webhook_payload import VideoCallWebhookPayload
from .models.view_submit_webhook_payload import ViewSubmitWebhookPayload

ROUTES: dict[tuple[str, str], tuple[str, str]] = {
    ("button", "click"): ("button_webhook_payload", "ButtonWebhookPayload"),
    ("chat_member", "add"): ("chat_member_webhook_payload", "ChatMemberWebhookPayload"),
    ("chat_member", "remove"): ("chat_member_webhook_payload", "ChatMemberWebhookPayload"),
    ("company_member", "activate"): ("company_member_webhook_payload", "CompanyMemberWebhookPayload"),
    ("company_member", "confirm"): ("company_member_webhook_payload", "CompanyMemberWebhookPayload"),
    ("company_member", "delete"): ("company_member_webhook_payload", "CompanyMemberWebhookPayload"),
    ("company_member", "invite"): ("company_member_webhook_payload", "CompanyMemberWebhookPayload"),
    ("company_member", "suspend"): ("company_member_webhook_payload", "CompanyMemberWebhookPayload"),
    ("company_member", "update"): ("company_member_webhook_payload", "CompanyMemberWebhookPayload"),
    ("export", "ready"): ("export_webhook_payload", "ExportWebhookPayload"),
    ("message", "delete"): ("message_webhook_payload", "MessageWebhookPayload"),
    ("message", "link_shared"): ("link_shared_webhook_payload", "LinkSharedWebhookPayload"),
    ("message", "new"): ("message_webhook_payload", "MessageWebhookPayload"),
    ("message", "update"): ("message_webhook_payload", "MessageWebhookPayload"),
    ("reaction", "delete"): ("reaction_webhook_payload", "ReactionWebhookPayload"),
    ("reaction", "new"): ("reaction_webhook_payload", "ReactionWebhookPayload"),
    ("video_call", "finished"): ("video_call_webhook_payload", "VideoCallWebhookPayload"),
    ("video_call", "recording_ready"): ("video_call_webhook_payload", "VideoCallWebhookPayload"),
    ("video_call", "started"): ("video_call_webhook_payload", "VideoCallWebhookPayload"),
    ("view", "submit"): ("view_submit_webhook_payload", "ViewSubmitWebhookPayload"),
}

WebhookPayload: TypeAlias = (
    ButtonWebhookPayload
    | ChatMemberWebhookPayload
    | CompanyMemberWebhookPayload
    | ExportWebhookPayload
    | LinkSharedWebhookPayload
    | MessageWebhookPayload
    | ReactionWebhookPayload
    | VideoCallWebhookPayload
    | ViewSubmitWebhookPayload
)
"""Every payload model a webhook can parse into; a runtime union, so `isinstance(x, WebhookPayload)` works."""
