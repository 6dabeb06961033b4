"""The Pachca tool catalogue (`pachca_client.agents`) as an MCP server, on the official `mcp` SDK.

    python -m pachca_client.mcp                 # stdio; PACHCA_TOKEN, or a local FakePachca without one
    python -m pachca_client.mcp --http          # streamable HTTP on 127.0.0.1:8765/mcp

`build_server(toolkit)` makes the server for a toolkit of your own (`pip install 'pachca-api-client[agents]'`).
"""

from ._server import build_server, main

__all__ = ["build_server", "main"]
