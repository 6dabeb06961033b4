"""Logging under the `pachca_client` logger; `PACHCA_LOG=debug|info|warning` turns on output to stderr.

Only method, path, status and timing are logged; headers appear at debug level with
`Authorization` redacted. The token is never logged.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable

import httpx

from ._request_options import attempts_of

logger = logging.getLogger("pachca_client")
# A library stays silent unless the application configures logging (or PACHCA_LOG is set):
# without a handler of its own, Python's last-resort handler would print warnings to stderr.
logger.addHandler(logging.NullHandler())

SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})
_configured = False


def configure_from_env() -> None:
    """Attach a stderr handler once, at the level named by PACHCA_LOG (if set)."""
    global _configured
    level_name = os.environ.get("PACHCA_LOG", "").strip().upper()
    if _configured or not level_name:
        return
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = True


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers safe to log: secrets replaced by `<redacted>`."""
    return {name: ("<redacted>" if name.lower() in SECRET_HEADERS else value) for name, value in headers}


def log_call(request: httpx.Request, outcome: str, started: float) -> None:
    """The one info line of a call: method, path, status (or failure), time and retries."""
    if not logger.isEnabledFor(logging.INFO):
        return
    elapsed_ms = (time.perf_counter() - started) * 1000
    retries = max(0, attempts_of(request, 1) - 1)
    logger.info(
        "%s %s -> %s in %.0f ms (%d %s)",
        request.method,
        request.url.path,
        outcome,
        elapsed_ms,
        retries,
        "retry" if retries == 1 else "retries",
    )
