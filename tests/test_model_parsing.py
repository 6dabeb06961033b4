"""What the faster generated `from_dict` (scripts/templates/model.py.jinja and property_templates/) keeps.

Parsing must give exactly what the generator's own templates gave: the same values, unknown keys
kept, unknown enum values kept, malformed nullable objects kept as they came, missing required
keys reported by name.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from dateutil.parser import isoparse
from spec_samples import load_project_spec, sample

from pachca_client.models import Chat, Message, MessageEntityType, User, UserRole

API_DATE_TIMES = [
    "2020-06-08T09:32:57.000Z",
    "2026-05-17T10:11:12Z",
    "2026-05-17T10:11:12.345Z",
    "2026-05-17T10:11:12.345678Z",
    "2026-05-17T13:11:12.000+03:00",
    "2026-05-17T10:11:12+00:00",
]


def message(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = sample(load_project_spec(), {"$ref": "#/components/schemas/Message"})
    payload.update(changes)
    return payload


@pytest.mark.parametrize("value", API_DATE_TIMES)
def test_date_times_parse_as_dateutil_does(value: str) -> None:
    parsed = Chat.from_dict({**sample(load_project_spec(), {"$ref": "#/components/schemas/Chat"}), "created_at": value})
    assert parsed.created_at == isoparse(value)
    assert parsed.created_at.utcoffset() == isoparse(value).utcoffset()
    changed = Message.from_dict(message(changed_at=value)).changed_at
    assert isinstance(changed, datetime.datetime) and changed == isoparse(value)


def test_unknown_keys_are_kept_and_known_ones_are_not() -> None:
    parsed = Message.from_dict(message(new_field={"x": 1}))
    assert parsed.additional_properties == {"new_field": {"x": 1}}
    assert Message.from_dict(message()).additional_properties == {}
    assert parsed.to_dict()["new_field"] == {"x": 1}


def test_the_source_mapping_is_not_modified() -> None:
    payload = message(new_field=1)
    before = dict(payload)
    Message.from_dict(payload)
    assert payload == before


def test_enum_values_known_and_unknown() -> None:
    assert Message.from_dict(message(entity_type="thread")).entity_type is MessageEntityType.THREAD
    role = User.from_dict({**sample(load_project_spec(), {"$ref": "#/components/schemas/User"}), "role": "owner"}).role
    assert role == "owner" and isinstance(role, UserRole) and role is UserRole("owner")
    with pytest.raises(ValueError):
        UserRole._from_value(5)  # type: ignore[arg-type]


def test_a_missing_required_key_is_named() -> None:
    payload = message()
    del payload["chat_id"]
    with pytest.raises(KeyError, match="chat_id"):
        Message.from_dict(payload)


def test_a_round_trip_through_positional_construction_keeps_every_field() -> None:
    payload = message()
    assert Message.from_dict(payload).to_dict() == Message.from_dict(Message.from_dict(payload).to_dict()).to_dict()
    parsed = Message.from_dict(payload)
    assert (parsed.id, parsed.chat_id, parsed.user_id, parsed.entity_id) == (
        payload["id"],
        payload["chat_id"],
        payload["user_id"],
        payload["entity_id"],
    )
