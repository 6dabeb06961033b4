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

from pachca_client.generated.types import UNSET
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
        UserRole(5)  # type: ignore[arg-type]  # a non-str value is refused, not kept as a new member


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


def test_a_date_time_repeating_the_first_one_is_the_same_value() -> None:
    """An unedited message's `changed_at` repeats `created_at`: one parse, the same (immutable) value."""
    parsed = Message.from_dict(message(created_at="2026-05-17T10:11:12.345Z", changed_at="2026-05-17T10:11:12.345Z"))
    assert parsed.changed_at == parsed.created_at == isoparse("2026-05-17T10:11:12.345Z")
    assert parsed.changed_at is parsed.created_at
    edited = Message.from_dict(message(created_at="2026-05-17T10:11:12Z", changed_at="2026-05-17T13:11:12+03:00"))
    assert edited.changed_at == edited.created_at and edited.changed_at is not edited.created_at
    assert edited.changed_at is not None and edited.changed_at.utcoffset() == datetime.timedelta(hours=3)


def test_a_later_date_time_is_checked_whatever_the_first_one_was() -> None:
    assert Message.from_dict(message(changed_at=None, deleted_at=None)).changed_at is None
    with pytest.raises(ValueError, match=r"^changed_at: expected date-time"):
        Message.from_dict(message(created_at="2026-05-17T10:11:12Z", changed_at="2026-05-17T10:11:12"))
    with pytest.raises(ValueError, match=r"^deleted_at: expected date-time"):
        Message.from_dict(message(created_at="2026-05-17T10:11:12Z", deleted_at=5))


def test_optional_keys_absent_present_and_beside_unknown_ones() -> None:
    bare = {k: v for k, v in message().items() if k not in ("display_avatar_url", "display_name")}
    parsed = Message.from_dict(bare)
    assert parsed.display_name is UNSET and parsed.additional_properties == {}
    # the same number of keys as the required ones would be, but one is unknown: it is kept, not lost
    swapped = {**bare, "surprise": 1}
    del swapped["url"]
    with pytest.raises(KeyError, match="url"):
        Message.from_dict(swapped)
    extra = Message.from_dict({**bare, "surprise": 1})
    assert extra.additional_properties == {"surprise": 1} and extra.display_name is UNSET
    named = Message.from_dict({**bare, "display_name": "Bot", "surprise": 2})
    assert named.display_name == "Bot" and named.additional_properties == {"surprise": 2}
