"""What the domain needs of a fake workspace: its state, clock, events, audit log, file storage, the profile
(`me`) and the record of scheduled drafts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from .._core import JSON

if TYPE_CHECKING:
    from .._clock import FakeClock
    from .._events import Events
    from .._server import LoopbackServer
    from .._state import State


class Workspace(Protocol):
    state: State
    clock: FakeClock
    events: Events
    storage: LoopbackServer
    me: JSON
    sent_drafts: list[JSON]
    draft_failures: list[JSON]

    def audit(self, event_key: str, entity_type: str, entity_id: Any, details: JSON, *, actor: int) -> None: ...

    def add_user(self, **fields: Any) -> JSON: ...

    def add_chat(self, name: str, member_ids: Iterable[Any] | None = None, **fields: Any) -> JSON: ...
