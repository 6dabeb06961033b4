"""The loopback server for the benchmarks, run in its own process so it does not share the client's GIL.

python bench/server.py     # prints its URL on one line, serves until stdin closes
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from payloads import route

from pachca_client.testing import LoopbackServer, ReceivedRequest, Reply
from pachca_client.testing._server import _Handler

# http.server writes the headers and the body in two sends; with Nagle's algorithm on, the body
# waits for the client's delayed ACK (40 ms on Linux), so every request would take 40 ms.
_Handler.disable_nagle_algorithm = True

HEADERS = {"Content-Type": "application/json; charset=utf-8"}


def app(request: ReceivedRequest) -> Reply:
    body = route(request.path)
    if body is None:
        return Reply(404, b'{"errors":[{"key":"path","value":"not found"}]}', HEADERS)
    return Reply(200, body, HEADERS)


def main() -> None:
    with LoopbackServer(app) as server:
        print(server.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
