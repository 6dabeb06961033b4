"""`python -m pachca_client.mcp`: see pachca_client.mcp."""

from ._server import main

raise SystemExit(main())
