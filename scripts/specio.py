"""Load OpenAPI documents from a path or URL and write them as stable, diff-friendly YAML."""

from __future__ import annotations

import hashlib
import json
import urllib.request
from collections.abc import Iterable
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


def fingerprint(document: dict[str, Any]) -> str:
    """A hash of a document's content, whatever its formatting (YAML or JSON, key order, line breaks)."""
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), default=str)  # ASCII: lone surrogates too
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def followed_record(spec: dict[str, Any]) -> dict[str, str] | None:
    """What openapi.yaml says it follows: `info.x-upstream` (`revision`, `fingerprint`), written by update_spec."""
    info = spec.get("info")
    record = info.get("x-upstream") if isinstance(info, dict) else None
    if isinstance(record, dict) and isinstance(record.get("fingerprint"), str):
        return {str(key): str(value) for key, value in record.items()}
    return None


def find_followed(spec: dict[str, Any], folder: Path) -> Path | None:
    """The document in `folder` (or below it) that openapi.yaml follows, found by its fingerprint.

    Files whose name holds the recorded revision are tried first, so the search usually reads one file.
    None when the folder does not exist; SystemExit when it exists and holds no such document.
    """
    record = followed_record(spec)
    if record is None:
        raise SystemExit("openapi.yaml records no upstream document (info.x-upstream): run `make update-spec`")
    if not folder.is_dir():
        return None
    revision = record.get("revision", "")
    candidates: Iterable[Path] = sorted(
        (p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml", ".json")),
        key=lambda p: (revision not in p.name, len(p.parts), p.name),
    )
    for path in candidates:
        try:
            document = load_spec(path)
        except (SystemExit, yaml.YAMLError, UnicodeDecodeError):
            continue
        if fingerprint(document) == record["fingerprint"]:
            return path
    raise SystemExit(
        f"no document in {folder} has the fingerprint openapi.yaml records ({record}): the document it follows"
        " is not there"
    )


def write_spec(document: dict[str, Any], path: str | Path) -> None:
    Path(path).write_text(dump_spec(document), encoding="utf-8")
