"""The canned answers over HTTP/1.1 and cleartext HTTP/2 (h2c, prior knowledge), for the HTTP/2 benchmark.

python bench/h2_server.py     # prints its URL on one line, serves until stdin closes

Hypercorn (bench venv only) serving an ASGI app that answers with bench/payloads.py's canned bodies, in
its own process so that it does not share the client's GIL. Bound to 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hypercorn.asyncio import serve
from hypercorn.config import Config
from payloads import route


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    body = route(scope["path"])
    status = 200 if body is not None else 404
    headers = [(b"content-type", b"application/json; charset=utf-8")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body if body is not None else b'{"errors":[]}'})


async def main() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    config.accesslog = None
    config.keep_alive_max_requests = 10_000_000  # hypercorn closes a connection after 1,000 by default
    config.errorlog = None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not sys.stdin.readline() else None)
    print(f"http://127.0.0.1:{port}", flush=True)
    await serve(app, config, shutdown_trigger=stop.wait)  # type: ignore[arg-type]


if __name__ == "__main__":
    asyncio.run(main())
