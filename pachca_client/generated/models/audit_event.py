# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_event_key import AuditEventKey

if TYPE_CHECKING:
    from ..models.audit_details_bot import AuditDetailsBot
    from ..models.audit_details_bot_o_auth_client import AuditDetailsBotOAuthClient
    from ..models.audit_details_bot_o_auth_client_disabled import AuditDetailsBotOAuthClientDisabled
    from ..models.audit_details_bot_o_auth_client_secret_rotated import AuditDetailsBotOAuthClientSecretRotated
    from ..models.audit_details_bot_scopes import AuditDetailsBotScopes
    from ..models.audit_details_bot_token_updated import AuditDetailsBotTokenUpdated
    from ..models.audit_details_bot_webhook_settings import AuditDetailsBotWebhookSettings
    from ..models.audit_details_chat_id import AuditDetailsChatId
    from ..models.audit_details_chat_permission import AuditDetailsChatPermission
    from ..models.audit_details_chat_renamed import AuditDetailsChatRenamed
    from ..models.audit_details_device_authorization_approved import AuditDetailsDeviceAuthorizationApproved
    from ..models.audit_details_device_authorization_denied import AuditDetailsDeviceAuthorizationDenied
    from ..models.audit_details_dlp import AuditDetailsDlp
    from ..models.audit_details_empty import AuditDetailsEmpty
    from ..models.audit_details_initiator import AuditDetailsInitiator
    from ..models.audit_details_inviter import AuditDetailsInviter
    from ..models.audit_details_kms import AuditDetailsKms
    from ..models.audit_details_login_grant_approved import AuditDetailsLoginGrantApproved
    from ..models.audit_details_login_grant_created import AuditDetailsLoginGrantCreated
    from ..models.audit_details_login_grant_denied import AuditDetailsLoginGrantDenied
    from ..models.audit_details_o_auth_authorization_granted import AuditDetailsOAuthAuthorizationGranted
    from ..models.audit_details_o_auth_authorization_revoked import AuditDetailsOAuthAuthorizationRevoked
    from ..models.audit_details_role_changed import AuditDetailsRoleChanged
    from ..models.audit_details_search import AuditDetailsSearch
    from ..models.audit_details_tag_chat import AuditDetailsTagChat
    from ..models.audit_details_tag_name import AuditDetailsTagName
    from ..models.audit_details_token import AuditDetailsToken
    from ..models.audit_details_token_scopes import AuditDetailsTokenScopes
    from ..models.audit_details_user_login_qr import AuditDetailsUserLoginQr
    from ..models.audit_details_user_updated import AuditDetailsUserUpdated
    from ..models.audit_details_video_call_finished import AuditDetailsVideoCallFinished
    from ..models.audit_details_video_call_recording import AuditDetailsVideoCallRecording
    from ..models.audit_details_video_call_started import AuditDetailsVideoCallStarted


T = TypeVar("T", bound="AuditEvent")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "created_at",
        "event_key",
        "entity_id",
        "entity_type",
        "actor_id",
        "actor_type",
        "details",
        "ip_address",
        "user_agent",
    }
)


@_attrs_define
class AuditEvent:
    """One record of the workspace audit log, returned by `GET /audit_events` on the Corporation plan. Records are listed
    newest first and kept for 90 days.

        Attributes:
            id (str): Identifier of the record, a UUID string.
            created_at (datetime.datetime): When the recorded action happened (UTC).
            event_key (AuditEventKey): The 45 kinds of action the audit log records, also accepted one at a time as the
                `event_key` filter. Names read `<object>_<action>` and cover sign-ins and 2FA, users and roles, group tags,
                chats and membership, messages, reactions, threads, access tokens, KMS operations, DLP hits, API searches, bot
                settings, OAuth grants and video calls.
            entity_id (str): Id of the object acted upon, serialised as a numeric string (ids inside `details` are real
                integers).
            entity_type (str): Kind of object acted upon, such as a user, chat or message.
            actor_id (str): Id of whoever performed the action, as a numeric string.
            actor_type (str): Kind of actor behind the action, e.g. a person or a bot.
            details (AuditDetailsBot | AuditDetailsBotOAuthClient | AuditDetailsBotOAuthClientDisabled |
                AuditDetailsBotOAuthClientSecretRotated | AuditDetailsBotScopes | AuditDetailsBotTokenUpdated |
                AuditDetailsBotWebhookSettings | AuditDetailsChatId | AuditDetailsChatPermission | AuditDetailsChatRenamed |
                AuditDetailsDeviceAuthorizationApproved | AuditDetailsDeviceAuthorizationDenied | AuditDetailsDlp |
                AuditDetailsEmpty | AuditDetailsInitiator | AuditDetailsInviter | AuditDetailsKms |
                AuditDetailsLoginGrantApproved | AuditDetailsLoginGrantCreated | AuditDetailsLoginGrantDenied |
                AuditDetailsOAuthAuthorizationGranted | AuditDetailsOAuthAuthorizationRevoked | AuditDetailsRoleChanged |
                AuditDetailsSearch | AuditDetailsTagChat | AuditDetailsTagName | AuditDetailsToken | AuditDetailsTokenScopes |
                AuditDetailsUserLoginQr | AuditDetailsUserUpdated | AuditDetailsVideoCallFinished |
                AuditDetailsVideoCallRecording | AuditDetailsVideoCallStarted): Any of the `AuditDetails*` shapes. The variants
                have no discriminator field of their own, so choose the variant from the enclosing record's `event_key` rather
                than from the keys present.
            ip_address (None | str): Client IP of the request that caused the event; null for events not triggered by a user
                request.
            user_agent (None | str): Client identification string of the originating request, at most 255 characters kept;
                null when no user request caused the event.
    """

    id: str
    created_at: datetime.datetime
    event_key: AuditEventKey
    entity_id: str
    entity_type: str
    actor_id: str
    actor_type: str
    details: (
        AuditDetailsBot
        | AuditDetailsBotOAuthClient
        | AuditDetailsBotOAuthClientDisabled
        | AuditDetailsBotOAuthClientSecretRotated
        | AuditDetailsBotScopes
        | AuditDetailsBotTokenUpdated
        | AuditDetailsBotWebhookSettings
        | AuditDetailsChatId
        | AuditDetailsChatPermission
        | AuditDetailsChatRenamed
        | AuditDetailsDeviceAuthorizationApproved
        | AuditDetailsDeviceAuthorizationDenied
        | AuditDetailsDlp
        | AuditDetailsEmpty
        | AuditDetailsInitiator
        | AuditDetailsInviter
        | AuditDetailsKms
        | AuditDetailsLoginGrantApproved
        | AuditDetailsLoginGrantCreated
        | AuditDetailsLoginGrantDenied
        | AuditDetailsOAuthAuthorizationGranted
        | AuditDetailsOAuthAuthorizationRevoked
        | AuditDetailsRoleChanged
        | AuditDetailsSearch
        | AuditDetailsTagChat
        | AuditDetailsTagName
        | AuditDetailsToken
        | AuditDetailsTokenScopes
        | AuditDetailsUserLoginQr
        | AuditDetailsUserUpdated
        | AuditDetailsVideoCallFinished
        | AuditDetailsVideoCallRecording
        | AuditDetailsVideoCallStarted
    )
    ip_address: None | str
    user_agent: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        created_at = self.created_at.isoformat()

        event_key = self.event_key.value

        entity_id = self.entity_id

        entity_type = self.entity_type

        actor_id = self.actor_id

        actor_type = self.actor_type

        details: dict[str, Any]
        if isinstance(self.details, AuditDetailsDlp):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsVideoCallRecording):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsSearch):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsBotOAuthClientDisabled):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsBotScopes):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsBotOAuthClient):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsBotTokenUpdated):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsToken):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsVideoCallFinished):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsRoleChanged):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsKms):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsBotWebhookSettings):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsBotOAuthClientSecretRotated):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsLoginGrantDenied):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsOAuthAuthorizationRevoked):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsDeviceAuthorizationApproved):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsDeviceAuthorizationDenied):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsChatRenamed):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsTagChat):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsBot):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsOAuthAuthorizationGranted):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsVideoCallStarted):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsUserLoginQr):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsLoginGrantApproved):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsUserUpdated):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsTagName):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsInitiator):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsInviter):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsChatPermission):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsChatId):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsTokenScopes):
            details = self.details.to_dict()
        elif isinstance(self.details, AuditDetailsLoginGrantCreated):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        ip_address: None | str
        ip_address = self.ip_address

        user_agent: None | str
        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "event_key": event_key,
                "entity_id": entity_id,
                "entity_type": entity_type,
                "actor_id": actor_id,
                "actor_type": actor_type,
                "details": details,
                "ip_address": ip_address,
                "user_agent": user_agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _references_pending:
            _import_references()
        d = src_dict
        id = d["id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        event_key = AuditEventKey._from_value(d["event_key"])

        entity_id = d["entity_id"]

        entity_type = d["entity_type"]

        actor_id = d["actor_id"]

        actor_type = d["actor_type"]

        def _parse_details(
            data: object,
        ) -> (
            AuditDetailsBot
            | AuditDetailsBotOAuthClient
            | AuditDetailsBotOAuthClientDisabled
            | AuditDetailsBotOAuthClientSecretRotated
            | AuditDetailsBotScopes
            | AuditDetailsBotTokenUpdated
            | AuditDetailsBotWebhookSettings
            | AuditDetailsChatId
            | AuditDetailsChatPermission
            | AuditDetailsChatRenamed
            | AuditDetailsDeviceAuthorizationApproved
            | AuditDetailsDeviceAuthorizationDenied
            | AuditDetailsDlp
            | AuditDetailsEmpty
            | AuditDetailsInitiator
            | AuditDetailsInviter
            | AuditDetailsKms
            | AuditDetailsLoginGrantApproved
            | AuditDetailsLoginGrantCreated
            | AuditDetailsLoginGrantDenied
            | AuditDetailsOAuthAuthorizationGranted
            | AuditDetailsOAuthAuthorizationRevoked
            | AuditDetailsRoleChanged
            | AuditDetailsSearch
            | AuditDetailsTagChat
            | AuditDetailsTagName
            | AuditDetailsToken
            | AuditDetailsTokenScopes
            | AuditDetailsUserLoginQr
            | AuditDetailsUserUpdated
            | AuditDetailsVideoCallFinished
            | AuditDetailsVideoCallRecording
            | AuditDetailsVideoCallStarted
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_0 = AuditDetailsDlp.from_dict(data)

                return componentsschemas_audit_event_details_union_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_1 = AuditDetailsVideoCallRecording.from_dict(data)

                return componentsschemas_audit_event_details_union_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_2 = AuditDetailsSearch.from_dict(data)

                return componentsschemas_audit_event_details_union_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_3 = AuditDetailsBotOAuthClientDisabled.from_dict(data)

                return componentsschemas_audit_event_details_union_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_4 = AuditDetailsBotScopes.from_dict(data)

                return componentsschemas_audit_event_details_union_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_5 = AuditDetailsBotOAuthClient.from_dict(data)

                return componentsschemas_audit_event_details_union_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_6 = AuditDetailsBotTokenUpdated.from_dict(data)

                return componentsschemas_audit_event_details_union_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_7 = AuditDetailsToken.from_dict(data)

                return componentsschemas_audit_event_details_union_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_8 = AuditDetailsVideoCallFinished.from_dict(data)

                return componentsschemas_audit_event_details_union_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_9 = AuditDetailsRoleChanged.from_dict(data)

                return componentsschemas_audit_event_details_union_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_10 = AuditDetailsKms.from_dict(data)

                return componentsschemas_audit_event_details_union_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_11 = AuditDetailsBotWebhookSettings.from_dict(data)

                return componentsschemas_audit_event_details_union_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_12 = AuditDetailsBotOAuthClientSecretRotated.from_dict(
                    data
                )

                return componentsschemas_audit_event_details_union_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_13 = AuditDetailsLoginGrantDenied.from_dict(data)

                return componentsschemas_audit_event_details_union_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_14 = AuditDetailsOAuthAuthorizationRevoked.from_dict(
                    data
                )

                return componentsschemas_audit_event_details_union_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_15 = AuditDetailsDeviceAuthorizationApproved.from_dict(
                    data
                )

                return componentsschemas_audit_event_details_union_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_16 = AuditDetailsDeviceAuthorizationDenied.from_dict(
                    data
                )

                return componentsschemas_audit_event_details_union_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_17 = AuditDetailsChatRenamed.from_dict(data)

                return componentsschemas_audit_event_details_union_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_18 = AuditDetailsTagChat.from_dict(data)

                return componentsschemas_audit_event_details_union_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_19 = AuditDetailsBot.from_dict(data)

                return componentsschemas_audit_event_details_union_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_20 = AuditDetailsOAuthAuthorizationGranted.from_dict(
                    data
                )

                return componentsschemas_audit_event_details_union_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_21 = AuditDetailsVideoCallStarted.from_dict(data)

                return componentsschemas_audit_event_details_union_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_22 = AuditDetailsUserLoginQr.from_dict(data)

                return componentsschemas_audit_event_details_union_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_23 = AuditDetailsLoginGrantApproved.from_dict(data)

                return componentsschemas_audit_event_details_union_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_24 = AuditDetailsUserUpdated.from_dict(data)

                return componentsschemas_audit_event_details_union_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_25 = AuditDetailsTagName.from_dict(data)

                return componentsschemas_audit_event_details_union_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_26 = AuditDetailsInitiator.from_dict(data)

                return componentsschemas_audit_event_details_union_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_27 = AuditDetailsInviter.from_dict(data)

                return componentsschemas_audit_event_details_union_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_28 = AuditDetailsChatPermission.from_dict(data)

                return componentsschemas_audit_event_details_union_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_29 = AuditDetailsChatId.from_dict(data)

                return componentsschemas_audit_event_details_union_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_30 = AuditDetailsTokenScopes.from_dict(data)

                return componentsschemas_audit_event_details_union_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audit_event_details_union_type_31 = AuditDetailsLoginGrantCreated.from_dict(data)

                return componentsschemas_audit_event_details_union_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_audit_event_details_union_type_32 = AuditDetailsEmpty.from_dict(data)

            return componentsschemas_audit_event_details_union_type_32

        details = _parse_details(d["details"])

        ip_address = d["ip_address"]

        user_agent = d["user_agent"]

        audit_event = cls(
            id,
            created_at,
            event_key,
            entity_id,
            entity_type,
            actor_id,
            actor_type,
            details,
            ip_address,
            user_agent,
        )

        if len(d) != 10 and not d.keys() <= _KNOWN_KEYS:
            audit_event.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return audit_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global AuditDetailsBot
    global AuditDetailsBotOAuthClient
    global AuditDetailsBotOAuthClientDisabled
    global AuditDetailsBotOAuthClientSecretRotated
    global AuditDetailsBotScopes
    global AuditDetailsBotTokenUpdated
    global AuditDetailsBotWebhookSettings
    global AuditDetailsChatId
    global AuditDetailsChatPermission
    global AuditDetailsChatRenamed
    global AuditDetailsDeviceAuthorizationApproved
    global AuditDetailsDeviceAuthorizationDenied
    global AuditDetailsDlp
    global AuditDetailsEmpty
    global AuditDetailsInitiator
    global AuditDetailsInviter
    global AuditDetailsKms
    global AuditDetailsLoginGrantApproved
    global AuditDetailsLoginGrantCreated
    global AuditDetailsLoginGrantDenied
    global AuditDetailsOAuthAuthorizationGranted
    global AuditDetailsOAuthAuthorizationRevoked
    global AuditDetailsRoleChanged
    global AuditDetailsSearch
    global AuditDetailsTagChat
    global AuditDetailsTagName
    global AuditDetailsToken
    global AuditDetailsTokenScopes
    global AuditDetailsUserLoginQr
    global AuditDetailsUserUpdated
    global AuditDetailsVideoCallFinished
    global AuditDetailsVideoCallRecording
    global AuditDetailsVideoCallStarted
    from ..models.audit_details_bot import AuditDetailsBot
    from ..models.audit_details_bot_o_auth_client import AuditDetailsBotOAuthClient
    from ..models.audit_details_bot_o_auth_client_disabled import AuditDetailsBotOAuthClientDisabled
    from ..models.audit_details_bot_o_auth_client_secret_rotated import AuditDetailsBotOAuthClientSecretRotated
    from ..models.audit_details_bot_scopes import AuditDetailsBotScopes
    from ..models.audit_details_bot_token_updated import AuditDetailsBotTokenUpdated
    from ..models.audit_details_bot_webhook_settings import AuditDetailsBotWebhookSettings
    from ..models.audit_details_chat_id import AuditDetailsChatId
    from ..models.audit_details_chat_permission import AuditDetailsChatPermission
    from ..models.audit_details_chat_renamed import AuditDetailsChatRenamed
    from ..models.audit_details_device_authorization_approved import AuditDetailsDeviceAuthorizationApproved
    from ..models.audit_details_device_authorization_denied import AuditDetailsDeviceAuthorizationDenied
    from ..models.audit_details_dlp import AuditDetailsDlp
    from ..models.audit_details_empty import AuditDetailsEmpty
    from ..models.audit_details_initiator import AuditDetailsInitiator
    from ..models.audit_details_inviter import AuditDetailsInviter
    from ..models.audit_details_kms import AuditDetailsKms
    from ..models.audit_details_login_grant_approved import AuditDetailsLoginGrantApproved
    from ..models.audit_details_login_grant_created import AuditDetailsLoginGrantCreated
    from ..models.audit_details_login_grant_denied import AuditDetailsLoginGrantDenied
    from ..models.audit_details_o_auth_authorization_granted import AuditDetailsOAuthAuthorizationGranted
    from ..models.audit_details_o_auth_authorization_revoked import AuditDetailsOAuthAuthorizationRevoked
    from ..models.audit_details_role_changed import AuditDetailsRoleChanged
    from ..models.audit_details_search import AuditDetailsSearch
    from ..models.audit_details_tag_chat import AuditDetailsTagChat
    from ..models.audit_details_tag_name import AuditDetailsTagName
    from ..models.audit_details_token import AuditDetailsToken
    from ..models.audit_details_token_scopes import AuditDetailsTokenScopes
    from ..models.audit_details_user_login_qr import AuditDetailsUserLoginQr
    from ..models.audit_details_user_updated import AuditDetailsUserUpdated
    from ..models.audit_details_video_call_finished import AuditDetailsVideoCallFinished
    from ..models.audit_details_video_call_recording import AuditDetailsVideoCallRecording
    from ..models.audit_details_video_call_started import AuditDetailsVideoCallStarted

    _references_pending = False
