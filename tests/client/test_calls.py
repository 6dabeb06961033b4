"""Pachca's calls against httpx.MockTransport: unwrapping `data`, bodies,
argument checking at the call site, and one attribute per tag with every operation (`_client.py`, `_validation.py`)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from client_helpers import TOKEN, client, schema_sample
from normalize_spec import iter_operations

from pachca_client.models import Chat, ListChatsResponse

# --- the happy path -------------------------------------------------------------------------------


def test_get_unwraps_data_and_sends_the_token_to_the_api() -> None:
    chat = schema_sample("Chat", id=42)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": chat})

    with client(handler) as pachca:
        result = pachca.chats.get_chat(42)
    assert isinstance(result, Chat)
    assert result.id == 42 and result.to_dict() == chat
    assert str(seen[0].url) == "https://api.pachca.com/api/shared/v1/chats/42"
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert seen[0].headers["user-agent"].startswith("pachca-client/")


def test_list_returns_the_page_model_and_does_not_send_unset_defaults() -> None:
    page = {"data": [schema_sample("Chat")], "meta": {"paginate": {"next_page": "c2", "has_next": True}}}
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=page)

    with client(handler) as pachca:
        result = pachca.chats.list_chats()
        assert isinstance(result, ListChatsResponse)
        assert result.meta.paginate.next_page == "c2"
        pachca.chats.list_chats(limit=10, archived=True)
    assert seen[0].url.query == b""
    assert dict(seen[1].url.params) == {"limit": "10", "archived": "true"}


def test_bodies_are_accepted_as_models_or_mappings() -> None:
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json={"data": schema_sample("Message")})

    with client(handler) as pachca:
        pachca.messages.create_message(body={"message": {"entity_id": 5, "content": "hi"}})
        with pytest.raises(TypeError, match="MessageCreateRequest or a mapping, not int"):
            pachca.messages.create_message(body=5)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="not a valid MessageCreateRequest"):
            pachca.messages.create_message(body={"message": {"content": "no entity id"}})
    assert bodies == [{"message": {"entity_id": 5, "content": "hi"}}]


def test_no_content_operations_return_none_and_status_can_be_null() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(204)
        return httpx.Response(200, content=b"null", headers={"content-type": "application/json"})

    with client(handler) as pachca:
        assert pachca.messages.delete_message(1) is None
        assert pachca.profile.get_status() is None


def test_export_download_returns_the_redirect_location_without_following_it() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "https://storage.example.invalid/export.zip?sig=1"})

    with client(handler) as pachca:
        assert pachca.chats.download_export(7) == "https://storage.example.invalid/export.zip?sig=1"


# --- the facade and its arguments --------------------------------------------------------------------


def test_every_tag_is_an_attribute_with_every_operation(project_spec: dict[str, Any]) -> None:
    from openapi_python_client.strings import snake_case

    with client(lambda request: httpx.Response(204)) as pachca:
        count = 0
        for _, _, operation in iter_operations(project_spec):
            if "x-external-url" in operation:
                continue
            resource = getattr(pachca, snake_case(operation["tags"][0]))
            assert callable(getattr(resource, snake_case(operation["operationId"])))
            if operation.get("x-paginated"):
                assert callable(getattr(resource, snake_case(operation["operationId"]) + "_iter"))
                count += 1
        assert count == sum(1 for _, _, op in iter_operations(project_spec) if op.get("x-paginated")) > 0
        for tag in project_spec["tags"]:
            assert hasattr(pachca, snake_case(tag["name"]))


def test_wrong_argument_types_fail_at_the_call_site_with_the_operation_named() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": [], "meta": {"paginate": {"next_page": "x", "has_next": False}}})

    with client(handler) as pachca:
        with pytest.raises(TypeError, match=r"get_chat\(\): argument 'id' must be int, not str"):
            pachca.chats.get_chat("abc")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="argument 'limit' must be int, not bool"):
            pachca.chats.list_chats(limit=True)
        with pytest.raises(TypeError, match="argument 'chat_ids' must be a list, not int"):
            pachca.search.search_messages(chat_ids=5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="argument 'order' must be SortOrder or one of 'asc', 'desc'"):
            pachca.chats.list_chats(order=1)  # type: ignore[arg-type]
        assert sent == [], "nothing is sent when an argument is wrong"
        pachca.chats.list_chats(order="asc", sort="last_message_at")  # type: ignore[arg-type]
    assert dict(sent[0].url.params) == {"order": "asc", "sort": "last_message_at"}
