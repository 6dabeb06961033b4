"""Generate `pachca_client/generated/` from openapi.yaml, or check that it is up to date.

    python scripts/generate.py            # rewrite pachca_client/generated
    python scripts/generate.py --check    # regenerate into a temporary folder, diff, exit 1 on drift

Runs the pinned openapi-python-client in-process with generator-config.yml and the project's
templates (scripts/templates), renders the extra templates listed in EXTRA_TEMPLATES (the typed
per-tag facade), formats with the pinned ruff in isolated mode and stamps every file as
generated. The output depends only on openapi.yaml, the config and the templates.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import facade
from specio import load_spec, write_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "scripts" / "templates"
TARGET = ROOT / "pachca_client" / "generated"

HEADER = "# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.\n"
LINE_LENGTH = "120"

# Extra modules rendered with the generator's own Jinja environment: template -> output file.
EXTRA_TEMPLATES: dict[str, str] = {"resources.py.jinja": "resources.py", "webhook_routes.py.jinja": "webhook_routes.py"}


def generator_input(spec: dict[str, Any]) -> dict[str, Any]:
    """The document the generator sees: operations on external URLs are left out.

    The presigned upload (`x-external-url`) goes to a storage host without authentication; it is
    not an API call, and the upload helper in the overlay owns it.
    """
    for path in list(spec["paths"]):
        item = spec["paths"][path]
        for method in [m for m, op in item.items() if isinstance(op, dict) and "x-external-url" in op]:
            del item[method]
        if not any(isinstance(op, dict) and "operationId" in op for op in item.values()):
            del spec["paths"][path]
    return spec


def render(output: Path) -> None:
    """Write the formatted, stamped package into `output` (which must not exist)."""
    from openapi_python_client import Project, _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType

    with tempfile.TemporaryDirectory() as scratch:
        document = Path(scratch) / "openapi.yaml"
        write_spec(generator_input(load_spec(SPEC)), document)
        config = Config.from_sources(
            ConfigFile.load_from_path(CONFIG),
            MetaType.NONE,
            document_source=document,
            file_encoding="utf-8",
            overwrite=True,
            output_path=output,
        )
        project = _get_project_for_url_or_path(config=config, custom_template_path=TEMPLATES)
        if not isinstance(project, Project):
            raise SystemExit(f"openapi-python-client could not read the document: {project}")
        problems = [e for e in project.build() if e.level.value != "warning" or e.detail]
        spec = load_spec(SPEC)
        resources = facade.plan(project.openapi.endpoint_collections_by_tag, spec)
        context = {
            "resources": resources,
            "model_imports": facade.model_imports(resources),
            "webhook_routes": facade.webhook_routes(spec),
        }
        for template_name, relative in EXTRA_TEMPLATES.items():
            template = project.env.get_template(template_name)
            (output / relative).write_text(template.render(**context), encoding="utf-8")
    if problems:
        for problem in problems:
            print(f"generator: {problem.header}: {problem.detail}", file=sys.stderr)
        raise SystemExit("openapi-python-client reported problems; the spec or a template needs fixing")

    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run(
        [
            *ruff,
            "check",
            "--isolated",
            "--fix-only",
            "--select",
            "F401,I",
            "--line-length",
            LINE_LENGTH,
            "-q",
            str(output),
        ],
        check=True,
    )
    subprocess.run([*ruff, "format", "--isolated", "--line-length", LINE_LENGTH, "-q", str(output)], check=True)
    for path in sorted(output.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
    (output / "py.typed").write_text("", encoding="utf-8")


def tree_diff(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines between two folders (expected = freshly generated)."""
    lines: list[str] = []
    expected_files = {
        p.relative_to(expected) for p in expected.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    actual_files = {p.relative_to(actual) for p in actual.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    for relative in sorted(expected_files | actual_files):
        new, old = expected / relative, actual / relative
        if relative not in actual_files:
            lines.append(f"missing from the committed code: {relative}")
        elif relative not in expected_files:
            lines.append(f"not produced by the generator (remove it): {relative}")
        elif not filecmp.cmp(new, old, shallow=False):
            lines.extend(
                difflib.unified_diff(
                    old.read_text(encoding="utf-8").splitlines(),
                    new.read_text(encoding="utf-8").splitlines(),
                    f"committed/{relative}",
                    f"generated/{relative}",
                    lineterm="",
                )
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--check", action="store_true", help="fail if the committed code differs from a fresh generation"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "generated"
        render(fresh)
        if args.check:
            differences = tree_diff(fresh, TARGET)
            if differences:
                shown = differences[:200]
                print("\n".join(shown))
                more = len(differences) - len(shown)
                print((f"... {more} more lines\n") if more > 0 else "", end="")
                print(f"\n{TARGET.relative_to(ROOT)} does not match openapi.yaml: run `make generate` and commit.")
                return 1
            print(f"{TARGET.relative_to(ROOT)} matches openapi.yaml.")
            return 0
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(fresh, TARGET)
        print(f"wrote {sum(1 for _ in TARGET.rglob('*.py'))} modules to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
