"""Testing aids: a fake Pachca API on 127.0.0.1 and the real-socket server it is built on.

`FakePachca` is stateful and speaks the API's pagination and error shapes; `faults` injects
rate limits, server errors, stalls and broken connections. pytest users can load the fixtures
with `pytest_plugins = ["pachca_client.testing.pytest_plugin"]`.
"""

from ._server import App, LoopbackServer, ReceivedRequest, Reply
from .fake import Exchange, FakePachca, Fault, Faults

__all__ = ["App", "Exchange", "FakePachca", "Fault", "Faults", "LoopbackServer", "ReceivedRequest", "Reply"]
