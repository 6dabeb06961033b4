"""Shared by the webhook tests: realistic signed deliveries and a clock that moves only when told to."""

from __future__ import annotations

import json
from typing import Any

from spec_samples import schema_sample

from pachca_client.webhooks import ROUTES, SIGNATURE_HEADER, sign

SECRET = "s3cr3t-signing-key"
NOW = 1_780_000_000.0


def payload(kind: str, event: str, *, nulls: bool = False, stamp: float = NOW, **fields: Any) -> dict[str, Any]:
    """A realistic body for (kind, event), built from the routed model's schema in openapi.yaml.

    `webhook_timestamp` is `stamp` (NOW unless told); `fields` are set last and win.
    """
    class_name = ROUTES[(kind, event)][1]
    body = schema_sample(class_name, nulls=nulls)
    body.update(type=kind, event=event, webhook_timestamp=int(stamp), **fields)
    return body


def encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body).encode()


def signed(body: dict[str, Any], secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    """The raw JSON of `body` and the headers Pachca sends with it, signed with `secret`."""
    raw = encode(body)
    return raw, {"content-type": "application/json", SIGNATURE_HEADER.lower(): sign(raw, secret)}


class ManualClock:
    """A `clock=` callable for code under test: it reads `now`, which the test moves by hand."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now
