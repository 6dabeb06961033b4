"""Pachca for AI agents: every operation of openapi.yaml as a tool, in any agent framework.

    from pachca_client import Pachca
    from pachca_client.agents import catalogue

    toolkit = catalogue(Pachca(token))        # only the tools this token can call
    tools = toolkit.to_anthropic_tools()      # or .to_openai_tools(); the MCP server: python -m pachca_client.mcp
    result = toolkit.call(name, arguments)    # a ToolResult: .text for the model, .data, .is_error

The same catalogue is served by MCP (`python -m pachca_client.mcp`) and by the `pachca` command line.
"""

from ._toolkit import (
    Audience,
    ToolArgumentError,
    Toolkit,
    ToolResult,
    acatalogue,
    catalogue,
)
from ._tools import Requirements, Tool, every_tool

__all__ = [
    "Audience",
    "Requirements",
    "Tool",
    "ToolArgumentError",
    "ToolResult",
    "Toolkit",
    "acatalogue",
    "catalogue",
    "every_tool",
]
