"""Follow an API update: rewrite openapi.yaml from a new upstream document, keeping our prose.

    python scripts/update_spec.py --upstream <path or URL> [--spec openapi.yaml]

The structure comes from the upstream document (normalised, see normalize_spec.py); every
description and summary comes from the current openapi.yaml. Prose whose slot disappeared and
new slots that still need a text are listed, so a maintainer knows exactly what to write.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import prose
from normalize_spec import normalize
from specio import load_spec, write_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--upstream", required=True, help="Pachca's published OpenAPI document (path or URL)")
    parser.add_argument("--spec", default="openapi.yaml", help="the project's document to rewrite")
    args = parser.parse_args(argv)

    spec_path = Path(args.spec)
    previous = load_spec(spec_path) if spec_path.exists() else None
    document = normalize(load_spec(args.upstream))
    stale = prose.apply(document, prose.collect(previous) if previous else {})
    write_spec(document, spec_path)

    operations = sum(1 for _ in prose.iter_slots(document) if _[1] == "operation")
    print(f"{spec_path}: {operations} operations, {len(document['components']['schemas'])} schemas")
    for key in stale:
        print(f"dropped (its place is gone): {key}")
    gaps = prose.missing(document, previous)
    for key in gaps:
        print(f"needs a description: {key}")
    if gaps:
        print(f"{len(gaps)} place(s) need the project's own words; write them in {spec_path}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
