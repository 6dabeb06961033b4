"""How the project's templates (scripts/templates) differ from openapi-python-client's own.

    python scripts/template_delta.py            # unified diff per template: the generator's -> ours
    python scripts/template_delta.py --stat     # one line per template: +added -removed lines
    python scripts/template_delta.py --check    # exit 1 when a provenance header is stale or missing

Every template starts with a Jinja comment block whose first line records its provenance:
  * `Based on openapi-python-client <version>: templates/<same path>` - an override of the
    generator's template of the same relative path, followed by what the project changed and why;
  * `Project template (no counterpart in openapi-python-client).` - the project's own.

The diff is taken against the template of the installed openapi_python_client package, with the
provenance block left out. `--check` fails when a header records another version than the installed
generator (the override must be re-based on the new upstream template and its header updated), when a
"Based on" template has no counterpart anymore, or when a template overrides a generator template
without a provenance header. `--templates DIR` reads another folder of templates (for tests).
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata
import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DISTRIBUTION = "openapi-python-client"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PROJECT_LINE = "Project template (no counterpart in openapi-python-client)."

# The leading `{# ... #}` block, with the newline after it (trim_blocks drops that one on rendering).
_HEADER_BLOCK = re.compile(r"\A\{#(?P<body>.*?)#\}\n?", re.S)
_BASED_ON = re.compile(r"Based on openapi-python-client (?P<version>\S+): templates/(?P<path>\S+)")


@dataclass(frozen=True)
class Template:
    """One template of the project's folder and what its provenance header says."""

    name: str  # path relative to the templates folder, with "/" separators
    text: str  # the template without its provenance block
    kind: str  # "based", "project", or "" (no provenance header)
    version: str = ""  # for "based": the generator version it was based on
    based_path: str = ""  # for "based": the recorded path under the generator's templates/


def installed_version() -> str:
    return importlib.metadata.version(DISTRIBUTION)


def generator_templates() -> Path:
    """The templates folder of the installed openapi_python_client package (without importing it)."""
    spec = importlib.util.find_spec("openapi_python_client")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("openapi_python_client is not installed (run `make setup`)")
    return Path(next(iter(spec.submodule_search_locations))) / "templates"


def read_template(path: Path, name: str) -> Template:
    """The template at `path`; a leading comment block counts as provenance only if its first line says so."""
    source = path.read_text(encoding="utf-8")
    block = _HEADER_BLOCK.match(source)
    if block is None:
        return Template(name, source, "")
    first = next((line.strip() for line in block.group("body").splitlines() if line.strip()), "")
    rest = source[block.end() :]
    based = _BASED_ON.fullmatch(first)
    if based is not None:
        return Template(name, rest, "based", based.group("version"), based.group("path"))
    if first == PROJECT_LINE:
        return Template(name, rest, "project")
    return Template(name, source, "")  # an ordinary comment, part of the template


def project_templates(folder: Path) -> list[Template]:
    paths = sorted(p for p in folder.rglob("*.jinja") if p.is_file())
    return [read_template(p, p.relative_to(folder).as_posix()) for p in paths]


def counterpart(template: Template, upstream: Path) -> Path | None:
    """The generator's template of the same relative path, if it has one."""
    path = upstream / template.name
    return path if path.is_file() else None


def delta(template: Template, upstream_file: Path, version: str) -> list[str]:
    """Unified diff lines from the generator's template to ours (provenance block excluded)."""
    theirs = upstream_file.read_text(encoding="utf-8").splitlines()
    ours = template.text.splitlines()
    return list(
        difflib.unified_diff(
            theirs,
            ours,
            f"openapi-python-client {version}/templates/{template.name}",
            f"scripts/templates/{template.name}",
            lineterm="",
        )
    )


def stat(lines: list[str]) -> tuple[int, int]:
    """(added, removed) lines of a unified diff."""
    added = sum(1 for line in lines if line.startswith("+") and not line.startswith("+++"))
    removed = sum(1 for line in lines if line.startswith("-") and not line.startswith("---"))
    return added, removed


def problems(templates: list[Template], upstream: Path, version: str) -> list[str]:
    """What `--check` reports, one line each."""
    found = []
    for template in templates:
        original = counterpart(template, upstream)
        if template.kind == "based":
            if template.based_path != template.name:
                found.append(
                    f"{template.name}: header names templates/{template.based_path}, not templates/{template.name}"
                )
            if original is None:
                found.append(
                    f"{template.name}: says it is based on templates/{template.based_path}, but "
                    f"openapi-python-client {version} has no such template (make it a project template or drop it)"
                )
            elif template.version != version:
                found.append(
                    f"{template.name}: based on openapi-python-client {template.version}, but {version} is "
                    f"installed: re-base it on the new upstream template (see `template_delta.py`) and update "
                    f"its header"
                )
        elif original is not None:
            said = "says it is a project template" if template.kind == "project" else "has no provenance header"
            found.append(
                f"{template.name}: overrides openapi-python-client's templates/{template.name} but {said}: start it "
                f"with {{# Based on openapi-python-client {version}: templates/{template.name} ... #}}"
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--stat", action="store_true", help="one line per template: lines added and removed")
    mode.add_argument("--check", action="store_true", help="exit 1 when a provenance header is stale or missing")
    parser.add_argument("--templates", type=Path, default=TEMPLATES, help="the project's templates folder")
    args = parser.parse_args(argv)

    version = installed_version()
    upstream = generator_templates()
    templates = project_templates(args.templates)

    if args.check:
        found = problems(templates, upstream, version)
        for line in found:
            print(line, file=sys.stderr)
        for template in templates:
            if template.kind == "" and counterpart(template, upstream) is None:
                print(f"note: {template.name} has no provenance header ({PROJECT_LINE!r})", file=sys.stderr)
        if found:
            return 1
        print(f"{len(templates)} templates: provenance headers match openapi-python-client {version}.")
        return 0

    for template in templates:
        original = counterpart(template, upstream)
        if original is None:
            if template.kind == "based":
                print(f"{template.name}: no counterpart in openapi-python-client {version} (see --check)")
            else:
                print(f"{template.name}: project template")
            continue
        lines = delta(template, original, version)
        if args.stat:
            added, removed = stat(lines)
            print(f"{template.name}: +{added} -{removed} against openapi-python-client {version}")
        elif lines:
            print("\n".join(lines))
        else:
            print(f"{template.name}: identical to openapi-python-client {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
