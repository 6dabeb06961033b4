"""The transports under the client's `httpx` clients, and how one twin is wired from them.

`deferred` makes httpx's transport on the first request, `borrowed` sends through a caller's own
`httpx.Client`, `network` is httpx's transport bound by the call's deadline (and the proxies of the
environment), and `wiring` stacks them under the retry transport (`_retry.py`) for `Pachca` and
`AsyncPachca`. Nothing here reads a setting of its own: each request carries its `RequestOptions`.
"""
