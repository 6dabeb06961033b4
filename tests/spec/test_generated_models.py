"""Every generated model round-trips, with all fields set, with every nullable field null, and
with fields or enum values the spec does not know yet (the API grows; old clients must not break)."""

from __future__ import annotations

import copy
import re

import pytest
from spec_models import model_class, model_schemas
from spec_samples import load_project_spec, sample, schema_sample

from pachca_client.generated import models
from pachca_client.generated.types import UNSET

MODEL_SCHEMAS = model_schemas(load_project_spec())


def test_every_object_schema_has_a_model() -> None:
    assert MODEL_SCHEMAS, "openapi.yaml has object schemas"
    for name in MODEL_SCHEMAS:
        assert hasattr(models, name), name


@pytest.mark.parametrize("name", sorted(MODEL_SCHEMAS))
def test_round_trip_with_every_field(name: str) -> None:
    spec = load_project_spec()
    cls = model_class(name)
    data = sample(spec, MODEL_SCHEMAS[name])
    if any(p.get("format") == "binary" for p in MODEL_SCHEMAS[name].get("properties", {}).values()):
        pytest.skip("multipart body: covered by the request tests")
    model = cls.from_dict(copy.deepcopy(data))
    assert model.to_dict() == data
    assert cls.from_dict(model.to_dict()) == model


@pytest.mark.parametrize("name", sorted(MODEL_SCHEMAS))
def test_round_trip_with_nullable_fields_null(name: str) -> None:
    spec = load_project_spec()
    schema = MODEL_SCHEMAS[name]
    if any(p.get("format") == "binary" for p in schema.get("properties", {}).values()):
        pytest.skip("multipart body: covered by the request tests")
    cls = model_class(name)
    data = sample(spec, schema, nulls=True)
    model = cls.from_dict(copy.deepcopy(data))
    assert model.to_dict() == data
    assert cls.from_dict(model.to_dict()) == model


def test_the_fields_that_used_to_crash_on_null_now_parse() -> None:
    """allOf + nullable lost its nullability in the generator (openapi-python-client #679)."""
    for schema_name, field in [
        ("Message", "voice_content"),
        ("Message", "forwarding"),
        ("User", "user_status"),
        ("MessageWebhookPayload", "thread"),
        ("VideoCallWebhookPayload", "thread"),
    ]:
        data = schema_sample(schema_name)
        data[field] = None
        model = model_class(schema_name).from_dict(data)
        assert getattr(model, field) is None
        assert model.to_dict()[field] is None


@pytest.mark.parametrize("name", sorted(MODEL_SCHEMAS))
def test_a_repr_shows_unset_fields_as_unset_without_an_address(name: str) -> None:
    schema = MODEL_SCHEMAS[name]
    if any(p.get("format") == "binary" for p in schema.get("properties", {}).values()):
        pytest.skip("multipart body: covered by the request tests")
    required = set(schema.get("required", []))
    data = {key: value for key, value in sample(load_project_spec(), schema).items() if key in required}
    text = repr(model_class(name).from_dict(data))
    assert re.search(r"0x[0-9a-f]+", text) is None, text
    optional = [prop for key, prop in schema.get("properties", {}).items() if key not in required]
    if any(not prop.get("x-secret") for prop in optional):  # a credential is left out of the repr
        assert "=UNSET" in text, text


def test_unset_reads_as_its_name() -> None:
    assert repr(UNSET) == str(UNSET) == "UNSET"
    message = models.MessageCreateRequestMessage.from_dict({"entity_id": 1, "content": "Hello"})
    assert "entity_id=1, entity_type=UNSET, content='Hello', files=UNSET" in repr(message)


def test_unknown_fields_are_kept() -> None:
    data = schema_sample("Chat")
    data["field_from_the_future"] = {"nested": [1, 2]}
    chat = models.Chat.from_dict(data)
    assert chat["field_from_the_future"] == {"nested": [1, 2]}
    assert chat.to_dict() == data


def test_unknown_enum_values_are_kept() -> None:
    event = schema_sample("AuditEvent")
    event["event_key"] = "brand_new_event_kind"
    parsed = models.AuditEvent.from_dict(event)
    assert parsed.event_key == "brand_new_event_kind"
    assert isinstance(parsed.event_key, models.AuditEventKey)
    assert parsed.to_dict()["event_key"] == "brand_new_event_kind"
    assert models.AuditEventKey("user_login") is models.AuditEventKey.USER_LOGIN

    item = {"key": "name", "value": None, "message": "m", "code": "code_added_next_year", "payload": None}
    assert models.ApiErrorItem.from_dict(item).to_dict() == item


def test_discriminating_constants_stay_strict() -> None:
    """`type: message` tells webhook payloads apart; a one-value enum must reject other values."""
    with pytest.raises(ValueError):
        models.MessageWebhookPayloadType("reaction")


def test_audit_details_pick_the_specific_variant_not_the_empty_one() -> None:
    event = schema_sample("AuditEvent")
    event["details"] = {"chat_id": 7, "message_id": 8, "reason": "policy"}
    parsed = models.AuditEvent.from_dict(event)
    assert isinstance(parsed.details, models.AuditDetailsKms)
    assert parsed.details.reason == "policy"
    event["details"] = {}
    assert isinstance(models.AuditEvent.from_dict(event).details, models.AuditDetailsEmpty)


def test_oauth_scope_members_have_readable_names() -> None:
    assert models.OAuthScope.CHATS_READ == "chats:read"
    assert models.OAuthScope.BOT_SELF_WEBHOOK_WRITE == "bot_self:webhook:write"
