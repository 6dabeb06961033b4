"""The Markdown API reference (`api.md`): every method of the typed facade, from the same plan.

`render(resources, spec)` takes the plan that `facade.plan` computes for `generated/resources/`
and writes one section per resource (`pachca.<tag>`) and one entry per method: the signature as the
sync facade declares it, a line with the HTTP call, return type, pagination and requirements, then
the operation's summary and description from openapi.yaml. scripts/generate.py writes the result to
api.md and `--check` fails when the committed file differs. Output is plain text built here, so it
does not depend on a formatter.
"""

from __future__ import annotations

import re
from typing import Any

from facade import FacadeMethod, FacadeResource, plain_text

# Signatures longer than this are split one parameter per line, the way ruff formats the facade.
SIGNATURE_WIDTH = 100
BODY_KINDS = {
    "multipart/form-data": "body sent as `multipart/form-data` (file parts: bytes, a path or a binary file)",
    "application/x-www-form-urlencoded": "body sent form-encoded",
}


def _text(value: Any) -> str:
    """An `UntrustedString` from the spec (summary, description) as plain text, trimmed."""
    return plain_text(value).strip()


def signature(resource: FacadeResource, method: FacadeMethod) -> str:
    """`pachca.<tag>.<method>(...) -> <returns>`, on one line or one parameter per line."""
    head, tail = f"pachca.{resource.tag}.{method.module}(", f") -> {method.returns}"
    found = method.signature_parameters()
    line = head + ", ".join(found) + tail
    if len(line) <= SIGNATURE_WIDTH:
        return line
    return "\n".join([head, *(f"    {p}," for p in found), tail])


def _returns(method: FacadeMethod) -> str:
    if method.unwrap == "download":
        return "returns the written `Path` for a path `destination`, `None` for a binary file object"
    if method.unwrap == "location":
        return "returns `str`, the `Location` the API redirects to"
    return f"returns `{method.returns}`"


def facts(method: FacadeMethod) -> str:
    """The one-line summary under a signature: HTTP call, return, pagination, requirements, headers."""
    endpoint = method.endpoint
    found = [f"`{method.method} {method.path}`", _returns(method)]
    if method.page_type:
        found.append(f"paginated: `{method.module}_iter(...)` yields `{method.item_type}`")
        if any(p.python_name == "cursor" for p in endpoint.query_parameters):
            found[-1] += " (same arguments without `cursor`)"
    for body in endpoint.bodies[:1]:
        if body.content_type in BODY_KINDS:
            found.append(BODY_KINDS[body.content_type])
    if "scope" in method.requirements:
        found.append(f"scope `{method.requirements['scope']}`")
    if "plan" in method.requirements:
        found.append(f"plan `{method.requirements['plan']}`")
    if method.rate_limit:
        per = [pointer.rsplit("/", 1)[1] for pointer in method.rate_limit.get("per", [])]
        found.append(f"rate limit `{method.rate_limit['class']}`" + (f" per `{'`, `'.join(per)}`" if per else ""))
    if not method.authenticated:
        found.append("no bearer token")
    elif method.bearer_optional:
        found.append("bearer token optional")
    header_names = {str(p.python_name): _text(p.name) for p in endpoint.header_parameters}
    for python_name, value in method.fixed_headers.items():
        found.append(f"sends `{header_names.get(python_name, python_name)}: {value}`")
    return " · ".join(found)


def prose(method: FacadeMethod) -> str:
    """The operation's summary (in bold) and description, from openapi.yaml."""
    summary = _text(method.endpoint.summary) or method.module
    if summary[-1] not in ".!?":
        summary += "."
    description = _text(method.endpoint.description)
    return f"**{summary}** {description}".rstrip()


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces to `-`."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def intro(spec: dict[str, Any]) -> str:
    title = _text(spec.get("info", {}).get("title")) or "API"
    return (
        f"Every method of `pachca_client`'s typed resources for the {title}, one section per resource. Generated "
        "from openapi.yaml by scripts/generate.py; do not edit: run `make generate`. Each signature is the "
        "method as the sync client declares it, called on `pachca = Pachca(token)`: "
        "`pachca.chats.get_chat(42)`; `AsyncPachca` has the same resources and methods, awaited: "
        "`await apachca.chats.get_chat(42)`. Parameters after `*,` are keyword-only; a parameter typed "
        "`X | Unset = UNSET` is optional and left out of the request unless given; `body` takes the model "
        "named or a plain mapping of the same fields. Methods return the payload unwrapped from "
        '`{"data": ...}` where the API wraps it, and raise `pachca_client` exceptions (`NotFoundError`, '
        "`RateLimitError`, ...) on errors. A paginated method has an `_iter` twin that takes the same arguments "
        "but `cursor` and yields every item, fetching pages only as needed (the async twin is iterated with "
        "`async for`). Every method also takes `extra_body`, `extra_query` and `extra_headers` (keyword-only, "
        "left out of the signatures below) to send what openapi.yaml does not know yet: merged into the request "
        "after the checked arguments. Models and enums are importable from `pachca_client.models`. The line under each "
        "signature gives the HTTP call, the requirements (token scope, plan) and headers the client sends "
        "itself; then come the operation's summary and description."
    )


def render(resources: list[FacadeResource], spec: dict[str, Any]) -> str:
    """api.md for the plan `resources` (as `facade.plan` returns it) of the document `spec`."""
    lines = ["# API reference", "", intro(spec), "", "## Contents", ""]
    for resource in resources:
        heading = f"pachca.{resource.tag}"
        links = ", ".join(f"[{m.module}](#{anchor(m.module)})" for m in resource.methods)
        lines.append(f"- [{heading}](#{anchor(heading)}): {links}")
    for resource in resources:
        lines += ["", f"## pachca.{resource.tag}"]
        if resource.description:
            lines += ["", _text(resource.description)]
        for method in resource.methods:
            lines += ["", f"### {method.module}", "", "```python", signature(resource, method), "```"]
            lines += ["", facts(method), "", prose(method)]
    return "\n".join(lines) + "\n"
