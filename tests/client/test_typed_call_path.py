"""The facade's return types are checked by mypy, not asserted: a wrong one fails type checking.

A facade method hands the client a parser built from the endpoint's typed `parse_success`
(pachca_client/_answers.py), so `_request` returns exactly what is parsed. These programs are
type-checked the way a user's code is, with `mypy --strict`.
"""

from __future__ import annotations

from pathlib import Path

from type_checking import mypy_report

HEADER = """
from pachca_client import Pachca
from pachca_client._answers import data_of, data_or_none
from pachca_client.generated.api.chats import get_chat
from pachca_client.generated.api.profile import get_status
from pachca_client.generated.models.chat import Chat
from pachca_client.generated.models.message import Message
from pachca_client.generated.models.user_status import UserStatus
"""


def check(tmp_path: Path, body: str) -> str:
    return mypy_report(tmp_path, HEADER + body)


def test_a_wrong_return_type_in_a_facade_method_fails_type_checking(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        """
def get_chat_wrongly(pachca: Pachca) -> Message:
    return pachca._request(get_chat, data_of(get_chat.parse_success), {"id": 1})
""",
    )
    assert 'Incompatible return value type (got "Chat", expected "Message")' in report


def test_the_right_return_types_pass(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        """
def get_chat_rightly(pachca: Pachca) -> Chat:
    return pachca._request(get_chat, data_of(get_chat.parse_success), {"id": 1})


def get_status_rightly(pachca: Pachca) -> UserStatus | None:
    return pachca._request(get_status, data_or_none(get_status.parse_success), {})


def facade(pachca: Pachca) -> Chat:
    return pachca.chats.get_chat(1)
""",
    )
    assert report.strip() == ""
