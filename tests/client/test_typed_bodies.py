"""A request body given as a dict is type-checked: each body has a generated TypedDict (`<Model>Dict`,
pachca_client/generated/bodies.py) and the facade accepts `Model | ModelDict`, so mypy rejects a
misspelled key or a wrong value type in a dict body, and an IDE completes the keys.

These programs are type-checked the way a user's code is, with `mypy --strict`.
"""

from __future__ import annotations

import sys
import typing
from pathlib import Path

from type_checking import mypy_report

from pachca_client.generated import bodies
from pachca_client.generated.resources.chats import ChatsResource

HEADER = """
import datetime
from pachca_client import Pachca
from pachca_client.generated.bodies import ButtonDict, ChatCreateRequestDict
from pachca_client.models import ChatCreateRequestChat
"""


def check(tmp_path: Path, body: str) -> str:
    return mypy_report(tmp_path, HEADER + body)


def test_a_misspelled_key_in_a_dict_body_fails_type_checking(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        """
def create(pachca: Pachca) -> None:
    pachca.chats.create_chat(body={"chat": {"name": "Releases", "membr_ids": [1, 2]}})
""",
    )
    assert 'Argument "body" to "create_chat" of "ChatsResource" has incompatible type' in report, report


def test_a_wrong_value_type_in_a_dict_body_fails_type_checking(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        """
def create(pachca: Pachca) -> None:
    body: ChatCreateRequestDict = {"chat": {"name": 5}}
    pachca.chats.create_chat(body=body)
""",
    )
    assert 'TypedDict item "chat" has type "ChatCreateRequestChatDict | ChatCreateRequestChat"' in report, report


def test_right_dict_bodies_pass(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        """
def create(pachca: Pachca) -> None:
    pachca.chats.create_chat(body={"chat": {"name": "Releases", "member_ids": [1, 2], "public": True}})
    pachca.chats.create_chat(body={"chat": ChatCreateRequestChat(name="Releases")})
    buttons: list[ButtonDict] = [{"text": "Docs", "url": "https://example.com"}]
    pachca.messages.create_message(
        body={"message": {"entity_id": 1, "content": "hi", "entity_type": "discussion", "buttons": [buttons]}}
    )
    pachca.chats.request_export(body={"start_at": datetime.date(2026, 5, 1), "end_at": "2026-05-17", "webhook_url": "https://example.com/hook"})
""",
    )
    assert report.strip() == "", report


def test_every_body_of_the_facade_has_its_typed_dict() -> None:
    module = sys.modules[ChatsResource.__module__]
    hints = typing.get_type_hints(ChatsResource.create_chat, vars(module) | vars(bodies) | _models())
    assert bodies.ChatCreateRequestDict in typing.get_args(hints["body"])
    assert bodies.ChatCreateRequestChatDict.__required_keys__ == {"name"}
    assert bodies.ChatCreateRequestChatDict.__optional_keys__ == {"member_ids", "group_tag_ids", "channel", "public"}
    assert len(bodies.__all__) > 30


def _models() -> dict[str, object]:
    from pachca_client.generated import models

    return {name: getattr(models, name) for name in models.__all__}
