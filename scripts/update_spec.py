"""Follow an API update: rewrite openapi.yaml from a new upstream document, keeping our prose.

    python scripts/update_spec.py --upstream <path or URL> [--spec openapi.yaml] [--revision 2026-10]

The structure comes from the upstream document (normalised, see normalize_spec.py); every
description and summary comes from the current openapi.yaml. Prose whose slot disappeared and
new slots that still need a text are listed, so a maintainer knows exactly what to write. What
changed in the API (the same structural diff as the drift check) is written as a section of
CHANGELOG.md, and facts the upstream document marks as guesses are counted (`x-unverified`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import changelog
import prose
from normalize_spec import normalize
from specio import fingerprint, load_spec, write_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--upstream", required=True, help="Pachca's published OpenAPI document (path or URL)")
    parser.add_argument("--spec", default="openapi.yaml", help="the project's document to rewrite")
    parser.add_argument("--changelog", help="where the API changes are recorded (default: CHANGELOG.md beside --spec)")
    parser.add_argument("--revision", help="the upstream revision's label, e.g. 2026-10 (default: from the document)")
    args = parser.parse_args(argv)

    spec_path = Path(args.spec)
    previous = load_spec(spec_path) if spec_path.exists() else None
    upstream = load_spec(args.upstream)
    document = normalize(upstream)
    stale = prose.apply(document, prose.collect(previous) if previous else {})
    revision = args.revision or changelog.revision_of(upstream, str(args.upstream))
    # What openapi.yaml follows, so that the drift check finds that document by content, not by a file name.
    document["info"]["x-upstream"] = {"revision": revision, "fingerprint": fingerprint(upstream)}
    write_spec(document, spec_path)

    if previous is not None:
        changes = changelog.api_changes(previous, document)
        if changes:
            changelog_path = Path(args.changelog) if args.changelog else spec_path.parent / "CHANGELOG.md"
            changelog.update_changelog(changelog_path, changelog.render_section(changes, revision), revision)
            print(f"{changelog_path}: section 'API revision {revision}' written ({len(changes.drift)} changes)")
    unverified = sum(1 for node in _nodes(document) if "x-unverified" in node)
    if unverified:
        print(f"{unverified} fact(s) are guesses in the upstream document (x-unverified in {spec_path})")

    operations = sum(1 for _ in prose.iter_slots(document) if _[1] == "operation")
    print(f"{spec_path}: {operations} operations, {len(document['components']['schemas'])} schemas")
    for key in stale:
        print(f"dropped (its place is gone): {key}")
    gaps = prose.missing(document)
    for key in gaps:
        print(f"needs a description: {key}")
    if gaps:
        print(f"{len(gaps)} place(s) need the project's own words; write them in {spec_path}.")
    return 0


def _nodes(node: object) -> list[dict[str, object]]:
    """Every mapping in a document (operations, parameters, responses and schemas alike)."""
    found: list[dict[str, object]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            found.append(current)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


if __name__ == "__main__":
    sys.exit(main())
