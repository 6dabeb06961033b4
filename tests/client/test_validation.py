"""Responses and request bodies are validated completely against openapi.yaml, with the JSON path named.

Responses: every JSON type, required field, nullable, date / date-time format, enum (unknown values
kept, a bounded number of them cached), union and nested object; unknown keys kept. A mismatch is a
`ValidationError` (a ValueError) whose message names the path and what was expected; through the
client it is an `APIResponseValidationError`.

Requests (`from_dict(..., strict=True)`, what `json_body`/`as_form` use): the same checks, plus unknown
keys (with the closest known one suggested), unknown enum values and the schema's limits.
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import ClassName
from spec_models import model_class, model_schemas
from spec_samples import load_project_spec, sample, schema_sample

from pachca_client import APIResponseValidationError, Pachca
from pachca_client._validation import MissingFieldError, UnknownFieldError, ValidationError
from pachca_client.generated import validation
from pachca_client.models import (
    AuditEvent,
    Chat,
    ChatCreateRequest,
    ChatCreateRequestChat,
    Message,
    MessageEntityType,
    OpenViewRequest,
    SearchMessagesResponse,
    UserRole,
)

SPEC = load_project_spec()


def message(**changes: Any) -> dict[str, Any]:
    return schema_sample("Message", **changes)


def error_of(cls: Any, data: Any, **options: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        cls.from_dict(data, **options)
    return caught.value


# --- responses -------------------------------------------------------------------------------------------


def test_the_issue_example_is_refused_through_the_client() -> None:
    body = {"data": {"id": "abc", "name": {"x": 1}, "archived": "no"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with Pachca("token", base_url="https://api.test/v1", transport=transport) as pachca:
        with pytest.raises(APIResponseValidationError) as caught:
            pachca.chats.get_chat(1)
    assert "data" in str(caught.value) and "missing" in str(caught.value)
    complete = {**schema_sample("Chat"), "id": "abc", "name": {"x": 1}, "archived": "no"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"data": complete}))
    with Pachca("token", base_url="https://api.test/v1", transport=transport) as pachca:
        with pytest.raises(APIResponseValidationError, match=r"data\.id: expected integer, got string"):
            pachca.chats.get_chat(1)


def test_the_path_names_list_items_and_nested_objects() -> None:
    page = {"data": [message() for _ in range(5)], "meta": schema_sample("SearchPaginationMeta")}
    page["data"][3]["thread"] = {"id": 1, "chat_id": "42"}
    error = error_of(SearchMessagesResponse, page)
    assert str(error) == "data[3].thread.chat_id: expected integer, got string"
    assert (error.path, error.expected, error.got) == ("data[3].thread.chat_id", "integer", "string")

    page["data"][3] = message()
    page["data"][4]["buttons"][1][0]["text"] = 5
    assert str(error_of(SearchMessagesResponse, page)) == "data[4].buttons[1][0].text: expected string, got integer"

    page["data"][4] = message(files=[schema_sample("File"), "not a file"])
    assert str(error_of(SearchMessagesResponse, page)).startswith("data[4].files[1]: expected object (File)")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("id", "1", "id: expected integer, got string"),
        ("id", True, "id: expected integer, got boolean"),
        ("id", 1.0, "id: expected integer, got number"),
        ("content", None, "content: expected string, got null"),
        ("files", {}, "files: expected array, got object"),
        ("thread", "not an object", "thread: expected object (MessageThreadType0), got string"),
        ("forwarding", [1], "forwarding: expected object (Forwarding), got array"),
        ("entity_type", 3, "entity_type: expected string (MessageEntityType), got integer"),
        ("parent_message_id", "7", "parent_message_id: expected integer, got string"),
        ("created_at", 5, "created_at: expected date-time string, got integer"),
    ],
)
def test_each_json_type_is_checked(field: str, value: Any, expected: str) -> None:
    assert str(error_of(Message, message(**{field: value}))) == expected


def test_nullable_fields_take_null_and_required_ones_must_be_there() -> None:
    nulls = schema_sample("Message", nulls=True)
    parsed = Message.from_dict(nulls)
    assert parsed.thread is None and parsed.forwarding is None and parsed.changed_at is None
    payload = message()
    del payload["chat_id"]
    error = error_of(Message, payload)
    assert isinstance(error, MissingFieldError) and isinstance(error, KeyError)
    assert error.path == "chat_id" and error.args == ("chat_id",)
    assert str(error) == "'chat_id': required field is missing (expected integer)"


@pytest.mark.parametrize(
    "value", ["2026-05-17", "2026-05-17T10:11:12", "17.05.2026 10:11", "2026-13-01T00:00:00Z", "soon"]
)
def test_date_times_need_a_date_a_time_and_an_offset(value: str) -> None:
    error = error_of(Message, message(created_at=value))
    assert error.path == "created_at" and "date-time" in error.expected


def test_dates_are_checked() -> None:
    from pachca_client.models import ExportRequest

    data = schema_sample("ExportRequest")
    assert ExportRequest.from_dict(data).start_at == datetime.date(2026, 5, 17)
    for value in ("2026-05-17T00:00:00Z", "17.05.2026", "20260517", 20260517):
        assert error_of(ExportRequest, {**data, "start_at": value}).path == "start_at"


def test_a_malformed_nullable_object_is_refused_not_kept() -> None:
    """Replaces spec/test_model_parsing.py::test_a_malformed_nullable_object_is_kept_as_it_came: no raw fallback."""
    for changes in ({"forwarding": {"unexpected": True}}, {"thread": "not an object"}, {"changed_at": 5}):
        with pytest.raises(ValidationError):
            Message.from_dict(message(**changes))
    assert Message.from_dict(message(forwarding=None)).forwarding is None


def test_unknown_keys_and_enum_values_are_kept_in_responses() -> None:
    parsed = Message.from_dict(message(new_field={"x": 1}, entity_type="channel_thread"))
    assert parsed.additional_properties == {"new_field": {"x": 1}}
    assert parsed.entity_type == "channel_thread" and isinstance(parsed.entity_type, MessageEntityType)


@pytest.fixture
def pristine_user_role() -> Iterator[None]:
    """The enum's cache of unknown values is process-wide: empty it for the test and put it back after,
    so a full cache here cannot change what another test (in any order) sees."""
    saved = dict(UserRole._value2member_map_)
    for value in set(saved) - {member.value for member in UserRole}:
        del UserRole._value2member_map_[value]
    try:
        yield
    finally:
        UserRole._value2member_map_.clear()
        UserRole._value2member_map_.update(saved)


@pytest.mark.usefixtures("pristine_user_role")
def test_unknown_enum_values_are_cached_up_to_a_bound() -> None:
    declared = len(UserRole._member_names_)
    for index in range(validation.UNKNOWN_ENUM_VALUES_KEPT + 50):
        assert UserRole(f"new-role-{index}") == f"new-role-{index}"
    assert len(UserRole._value2member_map_) - declared <= validation.UNKNOWN_ENUM_VALUES_KEPT
    assert UserRole("new-role-0") is UserRole("new-role-0")  # cached ones stay the same object
    assert (
        UserRole(f"new-role-{validation.UNKNOWN_ENUM_VALUES_KEPT + 49}")
        == f"new-role-{validation.UNKNOWN_ENUM_VALUES_KEPT + 49}"
    )


def test_a_union_takes_the_first_member_that_fits_and_refuses_what_none_does() -> None:
    event = schema_sample("AuditEvent")
    assert AuditEvent.from_dict(event).details is not None
    event["details"] = "not an object"
    error = error_of(AuditEvent, event)
    assert error.path == "details" and error.expected.startswith("one of: ")


def view(*blocks: Any) -> dict[str, Any]:
    return {"type": "modal", "trigger_id": "t-1", "view": {"title": "Form", "blocks": list(blocks)}}


RADIO = {"type": "radio", "name": "size", "label": "Size", "options": [{"text": "S", "value": "s"}]}


def test_a_union_told_apart_by_type_parses_the_member_its_type_names() -> None:
    body = OpenViewRequest.from_dict(view({"type": "header", "text": "Hi"}, RADIO, {"type": "divider"}), strict=True)
    assert [type(block).__name__ for block in body.view.blocks] == [
        "ViewBlockHeader",
        "ViewBlockRadio",
        "ViewBlockDivider",
    ]


def test_a_member_told_apart_by_type_may_come_as_any_mapping() -> None:
    blocks = [MappingProxyType({"type": "header", "text": "Hi"}), MappingProxyType({"type": "divider"})]
    body = OpenViewRequest.from_dict(view(*blocks), strict=True)
    assert [type(block).__name__ for block in body.view.blocks] == ["ViewBlockHeader", "ViewBlockDivider"]
    error = error_of(OpenViewRequest, view(MappingProxyType({"type": "headr", "text": "Hi"})), strict=True)
    assert error.path == "view.blocks[0].type" and "did you mean 'header'?" in error.detail()


@pytest.mark.parametrize(
    ("block", "path", "detail"),
    [
        (
            {**RADIO, "options": [{"text": 5, "value": "s"}]},
            "view.blocks[1].options[0].text",
            "expected string, got integer",
        ),
        ({**RADIO, "label": "x" * 151}, "view.blocks[1].label", "expected at most 150 characters, got 151"),
        ({**RADIO, "type": "radios"}, "view.blocks[1].type", "got 'radios'; did you mean 'radio'?"),
        ({"name": "size"}, "view.blocks[1].type", "required field is missing"),
        ({**RADIO, "type": 5}, "view.blocks[1].type", "got integer"),
        ("radio", "view.blocks[1]", "expected object, got string"),
    ],
)
def test_a_fault_in_a_member_told_apart_by_type_is_named_at_its_own_path(block: Any, path: str, detail: str) -> None:
    error = error_of(OpenViewRequest, view({"type": "header", "text": "Hi"}, block), strict=True)
    assert error.path == path and detail in error.detail()


def test_the_top_level_value_must_be_an_object() -> None:
    assert str(error_of(Chat, [1, 2])) == "expected object (Chat), got array"


# The generated models with fields to check (an object schema without properties has none).
MODEL_SCHEMAS = {name: node for name, node in model_schemas(SPEC).items() if node.get("properties")}


def _wrong_value(prop: dict[str, Any]) -> Any:
    """A JSON value of another type than the property's (None for a non-nullable one)."""
    while "$ref" in prop:
        prop = SPEC["components"]["schemas"][prop["$ref"].rsplit("/", 1)[-1]]
    kind = prop.get("type")
    if "anyOf" in prop or "allOf" in prop or kind is None:
        return [[["no member takes this"]]]
    return {"integer": "1", "number": "1.5", "string": 12345, "boolean": "true", "array": {"a": 1}, "object": 5}[kind]


@pytest.mark.parametrize("name", sorted(MODEL_SCHEMAS))
def test_every_field_of_every_model_is_checked(name: str) -> None:
    node = MODEL_SCHEMAS[name]
    if any(p.get("format") == "binary" for p in node["properties"].values()):
        pytest.skip("multipart body")
    cls = model_class(name)
    valid = sample(SPEC, node)
    cls.from_dict(copy.deepcopy(valid))
    for key, prop in node["properties"].items():
        if "$ref" not in prop and not prop.get("type") and "anyOf" not in prop:
            continue  # a free-form value (`{}`): anything goes
        data = copy.deepcopy(valid)
        data[key] = _wrong_value(prop)
        with pytest.raises(ValidationError) as caught:
            cls.from_dict(data)
        assert caught.value.segments[0] == key, f"{name}.{key}: {caught.value}"
        if key in node.get("required", []):
            del data[key]
            with pytest.raises(MissingFieldError):
                cls.from_dict(data)


# --- requests ------------------------------------------------------------------------------------------


def scripted_client(seen: list[httpx.Request]) -> Pachca:
    created = {"data": schema_sample("Chat"), "meta": {"not_found_member_ids": []}}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json=created)

    return Pachca("token", base_url="https://api.test/v1", transport=httpx.MockTransport(handler))


def request_error(body: Any) -> ValidationError:
    seen: list[httpx.Request] = []
    with scripted_client(seen) as pachca, pytest.raises(ValidationError) as caught:
        pachca.chats.create_chat(body=body)
    assert seen == [], "nothing is sent"
    return caught.value


def test_an_unknown_key_suggests_the_closest_known_one() -> None:
    error = request_error({"chat": {"name": "x", "membr_ids": [1]}})
    assert isinstance(error, UnknownFieldError) and error.suggestion == "member_ids"
    assert error.path == "body.chat.membr_ids"
    assert "did you mean 'member_ids'?" in str(error)
    assert request_error({"chatt": {"name": "x"}}).path == "body.chatt"


def test_request_limits_and_items_are_checked() -> None:
    assert str(request_error({"chat": {"name": "x" * 256}})).endswith(
        "body.chat.name: expected at most 255 characters, got 256"
    )
    assert request_error({"chat": {"name": "x", "member_ids": [1, "2"]}}).path == "body.chat.member_ids[1]"
    assert request_error({"chat": {}}).path == "body.chat.name"
    assert "not a valid ChatCreateRequest" in str(request_error({"chat": {"name": 5}}))


def test_limits_from_the_spec_apply_to_every_kind() -> None:
    kinds = {"maxLength", "maxItems", "maximum", "minimum"}
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for name, node in SPEC["components"]["schemas"].items():
        for key, prop in node.get("properties", {}).items():
            for kind in kinds & set(prop):
                found.setdefault(kind, (name, key, prop))
    assert set(found) == kinds
    for kind, (name, key, prop) in found.items():
        cls = model_class(str(ClassName(name, "field_")))
        data = schema_sample(name)
        limit = prop[kind]
        if kind == "maxLength":
            data[key] = "x" * (limit + 1)
        elif kind == "maxItems":
            data[key] = [data[key][0]] * (limit + 1)
        else:
            data[key] = limit + 1 if kind == "maximum" else limit - 1
        cls.from_dict(copy.deepcopy(data))  # a response: limits are the server's business
        with pytest.raises(ValidationError) as caught:
            cls.from_dict(data, strict=True)
        assert caught.value.path == key, (name, kind, str(caught.value))


def test_unknown_enum_values_are_refused_in_requests() -> None:
    data = schema_sample("Message")
    data["entity_type"] = "threads"
    error = error_of(Message, data, strict=True)
    assert error.path == "entity_type" and "did you mean 'thread'?" in str(error)


def test_mapping_bodies_may_hold_python_values() -> None:
    seen: list[httpx.Request] = []
    with scripted_client(seen) as pachca:
        pachca.chats.create_chat(body={"chat": {"name": "x", "member_ids": (1, 2), "public": True}})
        pachca.chats.create_chat(body={"chat": ChatCreateRequestChat(name="y")})
    assert [json.loads(r.content) for r in seen] == [
        {"chat": {"name": "x", "member_ids": [1, 2], "public": True}},
        {"chat": {"name": "y", "channel": False, "public": False}},  # the model's defaults
    ]


def test_dates_and_date_times_in_a_mapping_body() -> None:
    from pachca_client._validation import check_body
    from pachca_client.models import DraftScheduleRequest, ExportRequest

    export = {**schema_sample("ExportRequest"), "start_at": datetime.date(2026, 5, 1)}
    assert check_body(ExportRequest, export)["start_at"] == "2026-05-01"  # the JSON it is sent as
    aware = datetime.datetime(2026, 5, 17, 10, tzinfo=datetime.UTC)
    schedule = {**schema_sample("DraftScheduleRequest"), "start_date": aware}
    schedule["repetition"] = {**schedule["repetition"], "nth_day": 1}
    schedule.pop("end_date", None)
    assert check_body(DraftScheduleRequest, schedule)["start_date"] == "2026-05-17T10:00:00+00:00"
    with pytest.raises(ValidationError, match=r"body\.start_date: expected date-time with a UTC offset"):
        check_body(DraftScheduleRequest, {**schedule, "start_date": datetime.datetime(2026, 5, 17, 10)})


def test_the_json_of_a_body_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    to_dict = ChatCreateRequest.to_dict

    def counted(self: ChatCreateRequest) -> dict[str, Any]:
        built.append("to_dict")
        return to_dict(self)

    monkeypatch.setattr(ChatCreateRequest, "to_dict", counted)
    seen: list[httpx.Request] = []
    with scripted_client(seen) as pachca:
        pachca.chats.create_chat(body=ChatCreateRequest(chat=ChatCreateRequestChat(name="model")))
        assert built == ["to_dict"], "a model body: its to_dict() once, read back by the check and sent as it is"
        pachca.chats.create_chat(body={"chat": {"name": "mapping"}})
        assert built == ["to_dict"], "a mapping body: made JSON by the check and sent, never a model's to_dict()"
    assert [json.loads(r.content)["chat"]["name"] for r in seen] == ["model", "mapping"]


def test_a_model_body_is_checked_attribute_by_attribute() -> None:
    error = request_error(ChatCreateRequest(chat=ChatCreateRequestChat(name=5)))  # type: ignore[arg-type]
    assert error.path == "body.chat.name" and str(error).endswith("expected str, got int")
    model = ChatCreateRequest(chat=ChatCreateRequestChat(name="x"))
    model.chat.additional_properties["membr_ids"] = [1]
    assert request_error(model).path == "body.chat.membr_ids"


def test_a_multipart_part_that_is_not_a_file_is_refused_at_the_call() -> None:
    seen: list[httpx.Request] = []
    with scripted_client(seen) as pachca:
        for part in ("avatar.png", 5):
            with pytest.raises(ValidationError, match=r"body\.image: expected a file"):
                pachca.chats.update_chat_avatar(1, body={"image": part})
        with pytest.raises(UnknownFieldError, match="did you mean 'image'"):
            pachca.chats.update_chat_avatar(1, body={"imag": b"png"})
        with pytest.raises(MissingFieldError):
            pachca.chats.update_chat_avatar(1, body={})
    assert seen == []
