"""The fake's routes, one module per area of the API; `FAKE_ROUTES` is every operation of openapi.yaml.

An operation with no route here yet is answered from openapi.yaml alone (`_generic.py`).
"""

from __future__ import annotations

from .._generic import generic_handler
from .._router import RouteTable
from . import bots, chats, drafts_views, files, messages, security, tags_tasks, users

FAKE_ROUTES = (
    RouteTable()
    .extend(
        users.routes,
        chats.routes,
        messages.routes,
        tags_tasks.routes,
        files.routes,
        bots.routes,
        drafts_views.routes,
        security.routes,
    )
    .with_generic_routes(generic_handler)
)

__all__ = ["FAKE_ROUTES"]
