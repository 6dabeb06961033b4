"""Testing aids: a fake Pachca API on 127.0.0.1 and the real-socket server it is built on.

`FakePachca` is stateful and routes every operation of openapi.yaml with the API's pagination, error
shapes, scopes and (opt-in) rate limits; its bots hear what happens (stored events and signed
webhooks, delivered over HTTP or to an in-process ASGI/WSGI app); `fake.user("Vera")` acts like a
colleague; `fake.clock` drives exports, scheduled drafts and expiries; `faults` injects rate limits,
server errors, stalls and broken connections. pytest users can load the fixtures with
`pytest_plugins = ["pachca_client.testing.pytest_plugin"]`; `python -m pachca_client.testing` serves one.
"""

from ._clock import FakeClock
from ._core import ApiFailure
from ._limits import Limits
from ._people import Click, FakeBot, Person, Submission, View
from ._server import LoopbackServer, ReceivedRequest, Reply, RequestHandler
from ._webhooks import WebhookDelivery, Webhooks
from .fake import Exchange, FakePachca, Fault, Faults

__all__ = [
    "ApiFailure",
    "Click",
    "Exchange",
    "FakeBot",
    "FakeClock",
    "FakePachca",
    "Fault",
    "Faults",
    "Limits",
    "LoopbackServer",
    "Person",
    "ReceivedRequest",
    "Reply",
    "RequestHandler",
    "Submission",
    "View",
    "WebhookDelivery",
    "Webhooks",
]
