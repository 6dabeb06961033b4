"""What the domain and the routes need of a fake workspace: its state, clock, events, audit log, file storage,
rate limits, the profile (`me`), the record of scheduled drafts and the pace of exports. `FakePachca` is one."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from .._core import JSON

if TYPE_CHECKING:
    from .._clock import FakeClock
    from .._events import Events
    from .._limits import Limits
    from .._server import LoopbackServer
    from .._state import State


class Workspace(Protocol):
    state: State
    clock: FakeClock
    events: Events
    storage: LoopbackServer
    limits: Limits
    me: JSON
    sent_drafts: list[JSON]
    draft_failures: list[JSON]
    export_ready_after: float  # seconds from asking for an export to its archive
    export_interval: float  # seconds the workspace waits between exports

    def audit(self, event_key: str, entity_type: str, entity_id: Any, details: JSON, *, actor: int) -> None: ...

    def add_user(self, **fields: Any) -> JSON: ...

    def add_chat(self, name: str, member_ids: Iterable[Any] | None = None, **fields: Any) -> JSON: ...

    def add_tag(self, name: str, users: Iterable[Any] = ()) -> JSON: ...
