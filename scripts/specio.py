"""Load OpenAPI documents from a path or URL and write them as stable, diff-friendly YAML."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any

import yaml


def load_spec(source: str | Path) -> dict[str, Any]:
    """Read a YAML or JSON OpenAPI document from a file path or an http(s) URL."""
    text: str
    if isinstance(source, str) and source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=60) as response:
            text = response.read().decode("utf-8")
    else:
        text = Path(source).read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    if not isinstance(document, dict) or "paths" not in document:
        raise SystemExit(f"{source}: not an OpenAPI document (no 'paths')")
    return document


class _Dumper(yaml.SafeDumper):
    """Block-style YAML with literal blocks for multi-line text and no anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as most OpenAPI files do.
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_spec(document: dict[str, Any]) -> str:
    """Serialise deterministically: insertion order kept, wide lines, UTF-8 as is."""
    return yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=110,
        default_flow_style=False,
    )


def write_spec(document: dict[str, Any], path: str | Path) -> None:
    Path(path).write_text(dump_spec(document), encoding="utf-8")
