"""Testing aids: a real HTTP server on 127.0.0.1 to run code against instead of the live API."""

from ._server import App, LoopbackServer, ReceivedRequest, Reply

__all__ = ["App", "LoopbackServer", "ReceivedRequest", "Reply"]
