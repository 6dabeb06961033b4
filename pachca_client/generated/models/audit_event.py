# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import validation as _v
from ..models.audit_event_key import AuditEventKey
from ..validation import new_instance as _new
from ..validation import parse_date_time as _parse_date_time

if TYPE_CHECKING:
    from ..models.audit_details_bot import AuditDetailsBot
    from ..models.audit_details_bot import _from_dict as _AuditDetailsBot_from_dict
    from ..models.audit_details_bot_o_auth_client import AuditDetailsBotOAuthClient
    from ..models.audit_details_bot_o_auth_client import _from_dict as _AuditDetailsBotOAuthClient_from_dict
    from ..models.audit_details_bot_o_auth_client_disabled import AuditDetailsBotOAuthClientDisabled
    from ..models.audit_details_bot_o_auth_client_disabled import (
        _from_dict as _AuditDetailsBotOAuthClientDisabled_from_dict,
    )
    from ..models.audit_details_bot_o_auth_client_secret_rotated import AuditDetailsBotOAuthClientSecretRotated
    from ..models.audit_details_bot_o_auth_client_secret_rotated import (
        _from_dict as _AuditDetailsBotOAuthClientSecretRotated_from_dict,
    )
    from ..models.audit_details_bot_scopes import AuditDetailsBotScopes
    from ..models.audit_details_bot_scopes import _from_dict as _AuditDetailsBotScopes_from_dict
    from ..models.audit_details_bot_token_updated import AuditDetailsBotTokenUpdated
    from ..models.audit_details_bot_token_updated import _from_dict as _AuditDetailsBotTokenUpdated_from_dict
    from ..models.audit_details_bot_webhook_settings import AuditDetailsBotWebhookSettings
    from ..models.audit_details_bot_webhook_settings import _from_dict as _AuditDetailsBotWebhookSettings_from_dict
    from ..models.audit_details_chat_id import AuditDetailsChatId
    from ..models.audit_details_chat_id import _from_dict as _AuditDetailsChatId_from_dict
    from ..models.audit_details_chat_permission import AuditDetailsChatPermission
    from ..models.audit_details_chat_permission import _from_dict as _AuditDetailsChatPermission_from_dict
    from ..models.audit_details_chat_renamed import AuditDetailsChatRenamed
    from ..models.audit_details_chat_renamed import _from_dict as _AuditDetailsChatRenamed_from_dict
    from ..models.audit_details_device_authorization_approved import AuditDetailsDeviceAuthorizationApproved
    from ..models.audit_details_device_authorization_approved import (
        _from_dict as _AuditDetailsDeviceAuthorizationApproved_from_dict,
    )
    from ..models.audit_details_device_authorization_denied import AuditDetailsDeviceAuthorizationDenied
    from ..models.audit_details_device_authorization_denied import (
        _from_dict as _AuditDetailsDeviceAuthorizationDenied_from_dict,
    )
    from ..models.audit_details_dlp import AuditDetailsDlp
    from ..models.audit_details_dlp import _from_dict as _AuditDetailsDlp_from_dict
    from ..models.audit_details_empty import AuditDetailsEmpty
    from ..models.audit_details_empty import _from_dict as _AuditDetailsEmpty_from_dict
    from ..models.audit_details_initiator import AuditDetailsInitiator
    from ..models.audit_details_initiator import _from_dict as _AuditDetailsInitiator_from_dict
    from ..models.audit_details_inviter import AuditDetailsInviter
    from ..models.audit_details_inviter import _from_dict as _AuditDetailsInviter_from_dict
    from ..models.audit_details_kms import AuditDetailsKms
    from ..models.audit_details_kms import _from_dict as _AuditDetailsKms_from_dict
    from ..models.audit_details_login_grant_approved import AuditDetailsLoginGrantApproved
    from ..models.audit_details_login_grant_approved import _from_dict as _AuditDetailsLoginGrantApproved_from_dict
    from ..models.audit_details_login_grant_created import AuditDetailsLoginGrantCreated
    from ..models.audit_details_login_grant_created import _from_dict as _AuditDetailsLoginGrantCreated_from_dict
    from ..models.audit_details_login_grant_denied import AuditDetailsLoginGrantDenied
    from ..models.audit_details_login_grant_denied import _from_dict as _AuditDetailsLoginGrantDenied_from_dict
    from ..models.audit_details_o_auth_authorization_granted import AuditDetailsOAuthAuthorizationGranted
    from ..models.audit_details_o_auth_authorization_granted import (
        _from_dict as _AuditDetailsOAuthAuthorizationGranted_from_dict,
    )
    from ..models.audit_details_o_auth_authorization_revoked import AuditDetailsOAuthAuthorizationRevoked
    from ..models.audit_details_o_auth_authorization_revoked import (
        _from_dict as _AuditDetailsOAuthAuthorizationRevoked_from_dict,
    )
    from ..models.audit_details_role_changed import AuditDetailsRoleChanged
    from ..models.audit_details_role_changed import _from_dict as _AuditDetailsRoleChanged_from_dict
    from ..models.audit_details_search import AuditDetailsSearch
    from ..models.audit_details_search import _from_dict as _AuditDetailsSearch_from_dict
    from ..models.audit_details_tag_chat import AuditDetailsTagChat
    from ..models.audit_details_tag_chat import _from_dict as _AuditDetailsTagChat_from_dict
    from ..models.audit_details_tag_name import AuditDetailsTagName
    from ..models.audit_details_tag_name import _from_dict as _AuditDetailsTagName_from_dict
    from ..models.audit_details_token import AuditDetailsToken
    from ..models.audit_details_token import _from_dict as _AuditDetailsToken_from_dict
    from ..models.audit_details_token_scopes import AuditDetailsTokenScopes
    from ..models.audit_details_token_scopes import _from_dict as _AuditDetailsTokenScopes_from_dict
    from ..models.audit_details_user_login_qr import AuditDetailsUserLoginQr
    from ..models.audit_details_user_login_qr import _from_dict as _AuditDetailsUserLoginQr_from_dict
    from ..models.audit_details_user_updated import AuditDetailsUserUpdated
    from ..models.audit_details_user_updated import _from_dict as _AuditDetailsUserUpdated_from_dict
    from ..models.audit_details_video_call_finished import AuditDetailsVideoCallFinished
    from ..models.audit_details_video_call_finished import _from_dict as _AuditDetailsVideoCallFinished_from_dict
    from ..models.audit_details_video_call_recording import AuditDetailsVideoCallRecording
    from ..models.audit_details_video_call_recording import _from_dict as _AuditDetailsVideoCallRecording_from_dict
    from ..models.audit_details_video_call_started import AuditDetailsVideoCallStarted
    from ..models.audit_details_video_call_started import _from_dict as _AuditDetailsVideoCallStarted_from_dict


T = TypeVar("T", bound="AuditEvent")
_AuditEventKey_MEMBERS = AuditEventKey._value2member_map_

_KNOWN_KEYS: frozenset[str] = frozenset(
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
# What each required key holds, for the error when it is missing.
_REQUIRED = {
    "id": "string",
    "created_at": "date-time",
    "event_key": "string (AuditEventKey)",
    "entity_id": "string",
    "entity_type": "string",
    "actor_id": "string",
    "actor_type": "string",
    "details": "object (AuditDetailsDlp) or object (AuditDetailsVideoCallRecording) or object (AuditDetailsSearch) or object (AuditDetailsBotOAuthClientDisabled) or object (AuditDetailsBotScopes) or object (AuditDetailsBotOAuthClient) or object (AuditDetailsBotTokenUpdated) or object (AuditDetailsToken) or object (AuditDetailsVideoCallFinished) or object (AuditDetailsRoleChanged) or object (AuditDetailsKms) or object (AuditDetailsBotWebhookSettings) or object (AuditDetailsBotOAuthClientSecretRotated) or object (AuditDetailsLoginGrantDenied) or object (AuditDetailsOAuthAuthorizationRevoked) or object (AuditDetailsDeviceAuthorizationApproved) or object (AuditDetailsDeviceAuthorizationDenied) or object (AuditDetailsChatRenamed) or object (AuditDetailsTagChat) or object (AuditDetailsBot) or object (AuditDetailsOAuthAuthorizationGranted) or object (AuditDetailsVideoCallStarted) or object (AuditDetailsUserLoginQr) or object (AuditDetailsLoginGrantApproved) or object (AuditDetailsUserUpdated) or object (AuditDetailsTagName) or object (AuditDetailsInitiator) or object (AuditDetailsInviter) or object (AuditDetailsChatPermission) or object (AuditDetailsChatId) or object (AuditDetailsTokenScopes) or object (AuditDetailsLoginGrantCreated) or object (AuditDetailsEmpty)",
    "ip_address": "string or null",
    "user_agent": "string or null",
}
# The required keys in one call (a KeyError names the first one missing).
_read_required = _itemgetter(
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
)


@_attrs_define(repr=False)
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
    # Unknown keys: None until there are some (most objects have none, and an empty dict per object
    # costs time and memory); `additional_properties` makes the dict on first use. None and {} compare equal.
    _additional_properties: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=_v.extras_key)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that openapi.yaml does not declare, with their values."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"created_at={self.created_at!r}, "
            f"event_key={self.event_key!r}, "
            f"entity_id={self.entity_id!r}, "
            f"entity_type={self.entity_type!r}, "
            f"actor_id={self.actor_id!r}, "
            f"actor_type={self.actor_type!r}, "
            f"details={self.details!r}, "
            f"ip_address={self.ip_address!r}, "
            f"user_agent={self.user_agent!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """`AuditEvent` from its JSON object, validated against openapi.yaml.

        A mismatch raises `validation.ValidationError`, which names the JSON path and what was expected.
        Unknown keys are kept in `additional_properties` and unknown enum values are kept, unless `strict`
        (a request body): then they are errors, as are values beyond the schema's limits (`maxLength`, ...).
        """
        return _from_dict(cls, src_dict, strict)

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


def _from_dict(cls: type[T], src_dict: Mapping[str, Any], strict: bool) -> T:
    """`AuditEvent.from_dict`; the models that contain this one call it directly."""
    if _references_pending:
        _import_references()
    _d = src_dict
    if type(_d) is not dict:
        _d = _v.object_(_d, "AuditEvent", strict)
        if type(_d) is _v.Deviant:
            return _d  # type: ignore[return-value]
    try:
        id, created_at, event_key, entity_id, entity_type, actor_id, actor_type, details, ip_address, user_agent = (
            _read_required(_d)
        )
        if type(id) is not str:
            id = _v.string(id, "id", strict)

        try:
            _date_time0 = _parse_date_time(created_at)
            if _date_time0.tzinfo is None:
                raise ValueError
        except (TypeError, ValueError):
            _date_time0 = _v.date_time(created_at, "created_at", strict)
        created_at = _date_time0

        try:
            event_key = _AuditEventKey_MEMBERS[event_key]
        except (KeyError, TypeError):
            event_key = _v.enum_member(AuditEventKey, event_key, "event_key", strict)
        if strict:
            _v.unknown_value(AuditEventKey, event_key, "event_key")

        if type(entity_id) is not str:
            entity_id = _v.string(entity_id, "entity_id", strict)

        if type(entity_type) is not str:
            entity_type = _v.string(entity_type, "entity_type", strict)

        if type(actor_id) is not str:
            actor_id = _v.string(actor_id, "actor_id", strict)

        if type(actor_type) is not str:
            actor_type = _v.string(actor_type, "actor_type", strict)

        _matched0 = False
        _reading0 = _v.strict_reading()
        try:
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsDlp_from_dict(AuditDetailsDlp, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsVideoCallRecording_from_dict(
                        AuditDetailsVideoCallRecording, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsSearch_from_dict(AuditDetailsSearch, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsBotOAuthClientDisabled_from_dict(
                        AuditDetailsBotOAuthClientDisabled, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsBotScopes_from_dict(AuditDetailsBotScopes, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsBotOAuthClient_from_dict(AuditDetailsBotOAuthClient, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsBotTokenUpdated_from_dict(
                        AuditDetailsBotTokenUpdated, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsToken_from_dict(AuditDetailsToken, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsVideoCallFinished_from_dict(
                        AuditDetailsVideoCallFinished, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsRoleChanged_from_dict(AuditDetailsRoleChanged, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsKms_from_dict(AuditDetailsKms, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsBotWebhookSettings_from_dict(
                        AuditDetailsBotWebhookSettings, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsBotOAuthClientSecretRotated_from_dict(
                        AuditDetailsBotOAuthClientSecretRotated, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsLoginGrantDenied_from_dict(
                        AuditDetailsLoginGrantDenied, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsOAuthAuthorizationRevoked_from_dict(
                        AuditDetailsOAuthAuthorizationRevoked, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsDeviceAuthorizationApproved_from_dict(
                        AuditDetailsDeviceAuthorizationApproved, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsDeviceAuthorizationDenied_from_dict(
                        AuditDetailsDeviceAuthorizationDenied, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsChatRenamed_from_dict(AuditDetailsChatRenamed, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsTagChat_from_dict(AuditDetailsTagChat, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsBot_from_dict(AuditDetailsBot, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsOAuthAuthorizationGranted_from_dict(
                        AuditDetailsOAuthAuthorizationGranted, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsVideoCallStarted_from_dict(
                        AuditDetailsVideoCallStarted, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsUserLoginQr_from_dict(AuditDetailsUserLoginQr, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsLoginGrantApproved_from_dict(
                        AuditDetailsLoginGrantApproved, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsUserUpdated_from_dict(AuditDetailsUserUpdated, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsTagName_from_dict(AuditDetailsTagName, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsInitiator_from_dict(AuditDetailsInitiator, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsInviter_from_dict(AuditDetailsInviter, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsChatPermission_from_dict(AuditDetailsChatPermission, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsChatId_from_dict(AuditDetailsChatId, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsTokenScopes_from_dict(AuditDetailsTokenScopes, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsLoginGrantCreated_from_dict(
                        AuditDetailsLoginGrantCreated, _candidate0, strict
                    )

                    _matched0 = True
                except _v.ValidationError:
                    pass
            if not _matched0:
                try:
                    _candidate0 = details
                    _candidate0 = _AuditDetailsEmpty_from_dict(AuditDetailsEmpty, _candidate0, strict)

                    _matched0 = True
                except _v.ValidationError:
                    pass
        finally:
            _v.restore_reading(_reading0)
        if not _matched0:
            raise _v.no_match(
                "details",
                details,
                "AuditDetailsDlp, AuditDetailsVideoCallRecording, AuditDetailsSearch, AuditDetailsBotOAuthClientDisabled, AuditDetailsBotScopes, AuditDetailsBotOAuthClient, AuditDetailsBotTokenUpdated, AuditDetailsToken, AuditDetailsVideoCallFinished, AuditDetailsRoleChanged, AuditDetailsKms, AuditDetailsBotWebhookSettings, AuditDetailsBotOAuthClientSecretRotated, AuditDetailsLoginGrantDenied, AuditDetailsOAuthAuthorizationRevoked, AuditDetailsDeviceAuthorizationApproved, AuditDetailsDeviceAuthorizationDenied, AuditDetailsChatRenamed, AuditDetailsTagChat, AuditDetailsBot, AuditDetailsOAuthAuthorizationGranted, AuditDetailsVideoCallStarted, AuditDetailsUserLoginQr, AuditDetailsLoginGrantApproved, AuditDetailsUserUpdated, AuditDetailsTagName, AuditDetailsInitiator, AuditDetailsInviter, AuditDetailsChatPermission, AuditDetailsChatId, AuditDetailsTokenScopes, AuditDetailsLoginGrantCreated, AuditDetailsEmpty",
            )
        details = _candidate0

        if type(ip_address) is not str and ip_address is not None:
            ip_address = _v.string(ip_address, "ip_address", strict)

        if type(user_agent) is not str and user_agent is not None:
            user_agent = _v.string(user_agent, "user_agent", strict)

        _n = 10
        _result: T = _new(cls)
        _result.id = id
        _result.created_at = created_at
        _result.event_key = event_key
        _result.entity_id = entity_id
        _result.entity_type = entity_type
        _result.actor_id = actor_id
        _result.actor_type = actor_type
        _result.details = details
        _result.ip_address = ip_address
        _result.user_agent = user_agent
        _result._additional_properties = None if len(_d) == _n else _v.extras(_d, _KNOWN_KEYS, strict, True)
        return _result
    except _v.ValidationError as _error:
        if not strict and _v.tolerating():  # read again with a deviant in place of the field (pachca_client._tolerance)
            return _v.guard(_from_dict(cls, _v.tolerated("AuditEvent", src_dict, _d, _error), strict))
        raise _error.within(src_dict)
    except KeyError as _error:
        if not strict and _v.tolerating():
            return _v.guard(_from_dict(cls, _v.with_missing("AuditEvent", src_dict, _d, _REQUIRED, _error), strict))
        raise _v.missing(_error.args[0], _REQUIRED, _d, _KNOWN_KEYS, strict).within(src_dict) from None


_references_pending = True


def _import_references() -> None:
    """Import the models this one refers to, once. Not at the top: they may refer back to this one."""
    global _references_pending
    global AuditDetailsBot, _AuditDetailsBot_from_dict
    global AuditDetailsBotOAuthClient, _AuditDetailsBotOAuthClient_from_dict
    global AuditDetailsBotOAuthClientDisabled, _AuditDetailsBotOAuthClientDisabled_from_dict
    global AuditDetailsBotOAuthClientSecretRotated, _AuditDetailsBotOAuthClientSecretRotated_from_dict
    global AuditDetailsBotScopes, _AuditDetailsBotScopes_from_dict
    global AuditDetailsBotTokenUpdated, _AuditDetailsBotTokenUpdated_from_dict
    global AuditDetailsBotWebhookSettings, _AuditDetailsBotWebhookSettings_from_dict
    global AuditDetailsChatId, _AuditDetailsChatId_from_dict
    global AuditDetailsChatPermission, _AuditDetailsChatPermission_from_dict
    global AuditDetailsChatRenamed, _AuditDetailsChatRenamed_from_dict
    global AuditDetailsDeviceAuthorizationApproved, _AuditDetailsDeviceAuthorizationApproved_from_dict
    global AuditDetailsDeviceAuthorizationDenied, _AuditDetailsDeviceAuthorizationDenied_from_dict
    global AuditDetailsDlp, _AuditDetailsDlp_from_dict
    global AuditDetailsEmpty, _AuditDetailsEmpty_from_dict
    global AuditDetailsInitiator, _AuditDetailsInitiator_from_dict
    global AuditDetailsInviter, _AuditDetailsInviter_from_dict
    global AuditDetailsKms, _AuditDetailsKms_from_dict
    global AuditDetailsLoginGrantApproved, _AuditDetailsLoginGrantApproved_from_dict
    global AuditDetailsLoginGrantCreated, _AuditDetailsLoginGrantCreated_from_dict
    global AuditDetailsLoginGrantDenied, _AuditDetailsLoginGrantDenied_from_dict
    global AuditDetailsOAuthAuthorizationGranted, _AuditDetailsOAuthAuthorizationGranted_from_dict
    global AuditDetailsOAuthAuthorizationRevoked, _AuditDetailsOAuthAuthorizationRevoked_from_dict
    global AuditDetailsRoleChanged, _AuditDetailsRoleChanged_from_dict
    global AuditDetailsSearch, _AuditDetailsSearch_from_dict
    global AuditDetailsTagChat, _AuditDetailsTagChat_from_dict
    global AuditDetailsTagName, _AuditDetailsTagName_from_dict
    global AuditDetailsToken, _AuditDetailsToken_from_dict
    global AuditDetailsTokenScopes, _AuditDetailsTokenScopes_from_dict
    global AuditDetailsUserLoginQr, _AuditDetailsUserLoginQr_from_dict
    global AuditDetailsUserUpdated, _AuditDetailsUserUpdated_from_dict
    global AuditDetailsVideoCallFinished, _AuditDetailsVideoCallFinished_from_dict
    global AuditDetailsVideoCallRecording, _AuditDetailsVideoCallRecording_from_dict
    global AuditDetailsVideoCallStarted, _AuditDetailsVideoCallStarted_from_dict
    from ..models.audit_details_bot import AuditDetailsBot
    from ..models.audit_details_bot import _from_dict as _AuditDetailsBot_from_dict
    from ..models.audit_details_bot_o_auth_client import AuditDetailsBotOAuthClient
    from ..models.audit_details_bot_o_auth_client import _from_dict as _AuditDetailsBotOAuthClient_from_dict
    from ..models.audit_details_bot_o_auth_client_disabled import AuditDetailsBotOAuthClientDisabled
    from ..models.audit_details_bot_o_auth_client_disabled import (
        _from_dict as _AuditDetailsBotOAuthClientDisabled_from_dict,
    )
    from ..models.audit_details_bot_o_auth_client_secret_rotated import AuditDetailsBotOAuthClientSecretRotated
    from ..models.audit_details_bot_o_auth_client_secret_rotated import (
        _from_dict as _AuditDetailsBotOAuthClientSecretRotated_from_dict,
    )
    from ..models.audit_details_bot_scopes import AuditDetailsBotScopes
    from ..models.audit_details_bot_scopes import _from_dict as _AuditDetailsBotScopes_from_dict
    from ..models.audit_details_bot_token_updated import AuditDetailsBotTokenUpdated
    from ..models.audit_details_bot_token_updated import _from_dict as _AuditDetailsBotTokenUpdated_from_dict
    from ..models.audit_details_bot_webhook_settings import AuditDetailsBotWebhookSettings
    from ..models.audit_details_bot_webhook_settings import _from_dict as _AuditDetailsBotWebhookSettings_from_dict
    from ..models.audit_details_chat_id import AuditDetailsChatId
    from ..models.audit_details_chat_id import _from_dict as _AuditDetailsChatId_from_dict
    from ..models.audit_details_chat_permission import AuditDetailsChatPermission
    from ..models.audit_details_chat_permission import _from_dict as _AuditDetailsChatPermission_from_dict
    from ..models.audit_details_chat_renamed import AuditDetailsChatRenamed
    from ..models.audit_details_chat_renamed import _from_dict as _AuditDetailsChatRenamed_from_dict
    from ..models.audit_details_device_authorization_approved import AuditDetailsDeviceAuthorizationApproved
    from ..models.audit_details_device_authorization_approved import (
        _from_dict as _AuditDetailsDeviceAuthorizationApproved_from_dict,
    )
    from ..models.audit_details_device_authorization_denied import AuditDetailsDeviceAuthorizationDenied
    from ..models.audit_details_device_authorization_denied import (
        _from_dict as _AuditDetailsDeviceAuthorizationDenied_from_dict,
    )
    from ..models.audit_details_dlp import AuditDetailsDlp
    from ..models.audit_details_dlp import _from_dict as _AuditDetailsDlp_from_dict
    from ..models.audit_details_empty import AuditDetailsEmpty
    from ..models.audit_details_empty import _from_dict as _AuditDetailsEmpty_from_dict
    from ..models.audit_details_initiator import AuditDetailsInitiator
    from ..models.audit_details_initiator import _from_dict as _AuditDetailsInitiator_from_dict
    from ..models.audit_details_inviter import AuditDetailsInviter
    from ..models.audit_details_inviter import _from_dict as _AuditDetailsInviter_from_dict
    from ..models.audit_details_kms import AuditDetailsKms
    from ..models.audit_details_kms import _from_dict as _AuditDetailsKms_from_dict
    from ..models.audit_details_login_grant_approved import AuditDetailsLoginGrantApproved
    from ..models.audit_details_login_grant_approved import _from_dict as _AuditDetailsLoginGrantApproved_from_dict
    from ..models.audit_details_login_grant_created import AuditDetailsLoginGrantCreated
    from ..models.audit_details_login_grant_created import _from_dict as _AuditDetailsLoginGrantCreated_from_dict
    from ..models.audit_details_login_grant_denied import AuditDetailsLoginGrantDenied
    from ..models.audit_details_login_grant_denied import _from_dict as _AuditDetailsLoginGrantDenied_from_dict
    from ..models.audit_details_o_auth_authorization_granted import AuditDetailsOAuthAuthorizationGranted
    from ..models.audit_details_o_auth_authorization_granted import (
        _from_dict as _AuditDetailsOAuthAuthorizationGranted_from_dict,
    )
    from ..models.audit_details_o_auth_authorization_revoked import AuditDetailsOAuthAuthorizationRevoked
    from ..models.audit_details_o_auth_authorization_revoked import (
        _from_dict as _AuditDetailsOAuthAuthorizationRevoked_from_dict,
    )
    from ..models.audit_details_role_changed import AuditDetailsRoleChanged
    from ..models.audit_details_role_changed import _from_dict as _AuditDetailsRoleChanged_from_dict
    from ..models.audit_details_search import AuditDetailsSearch
    from ..models.audit_details_search import _from_dict as _AuditDetailsSearch_from_dict
    from ..models.audit_details_tag_chat import AuditDetailsTagChat
    from ..models.audit_details_tag_chat import _from_dict as _AuditDetailsTagChat_from_dict
    from ..models.audit_details_tag_name import AuditDetailsTagName
    from ..models.audit_details_tag_name import _from_dict as _AuditDetailsTagName_from_dict
    from ..models.audit_details_token import AuditDetailsToken
    from ..models.audit_details_token import _from_dict as _AuditDetailsToken_from_dict
    from ..models.audit_details_token_scopes import AuditDetailsTokenScopes
    from ..models.audit_details_token_scopes import _from_dict as _AuditDetailsTokenScopes_from_dict
    from ..models.audit_details_user_login_qr import AuditDetailsUserLoginQr
    from ..models.audit_details_user_login_qr import _from_dict as _AuditDetailsUserLoginQr_from_dict
    from ..models.audit_details_user_updated import AuditDetailsUserUpdated
    from ..models.audit_details_user_updated import _from_dict as _AuditDetailsUserUpdated_from_dict
    from ..models.audit_details_video_call_finished import AuditDetailsVideoCallFinished
    from ..models.audit_details_video_call_finished import _from_dict as _AuditDetailsVideoCallFinished_from_dict
    from ..models.audit_details_video_call_recording import AuditDetailsVideoCallRecording
    from ..models.audit_details_video_call_recording import _from_dict as _AuditDetailsVideoCallRecording_from_dict
    from ..models.audit_details_video_call_started import AuditDetailsVideoCallStarted
    from ..models.audit_details_video_call_started import _from_dict as _AuditDetailsVideoCallStarted_from_dict

    _references_pending = False
