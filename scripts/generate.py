"""Generate `pachca_client/generated/` and `api.md` from openapi.yaml, or check that they are up to date.

    python scripts/generate.py            # rewrite pachca_client/generated and api.md
    python scripts/generate.py --check    # regenerate into a temporary folder, diff, exit 1 on drift

Runs the pinned openapi-python-client in-process with generator-config.yml and the project's
templates (scripts/templates), renders the extra templates listed in EXTRA_TEMPLATES and RESOURCE_TEMPLATE (the typed
per-tag facade, one module per tag), formats with the pinned ruff in isolated mode (unused imports dropped,
imports and every `__all__` sorted as `make lint` wants them) and stamps every file as generated. The Markdown
API reference api.md is rendered from the same facade plan by scripts/api_reference.py. The output depends only
on openapi.yaml, the config and the templates.
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import api_reference
import facade
from specio import load_spec, write_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "scripts" / "templates"
TARGET = ROOT / "pachca_client" / "generated"
REFERENCE = ROOT / "api.md"

HEADER = "# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.\n"
LINE_LENGTH = "120"

# Extra modules rendered with the generator's own Jinja environment: template -> output file.
EXTRA_TEMPLATES: dict[str, str] = {
    "resources_init.py.jinja": "resources/__init__.py",
    "webhook_routes.py.jinja": "webhook_routes.py",
    "validation.py.jinja": "validation.py",
    "operations.py.jinja": "operations.py",
    "tool_inputs.py.jinja": "tool_inputs.py",
    "bodies.py.jinja": "bodies.py",
}
# Rendered once per tag into resources/<tag>.py (sync and async resource side by side).
RESOURCE_TEMPLATE = "resource_module.py.jinja"


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


def render(output: Path, spec_path: Path = SPEC) -> str:
    """Write the formatted, stamped package into `output` (which must not exist); return api.md's text."""
    from openapi_python_client import Project, _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType

    spec = load_spec(spec_path)
    with tempfile.TemporaryDirectory() as scratch:
        document = Path(scratch) / "openapi.yaml"
        write_spec(generator_input(copy.deepcopy(spec)), document)
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
        project.env.globals["rate_limits"] = facade.rate_limit_plan(spec)
        project.env.filters["python_literal"] = repr  # plain str, bool and None values (facade.operation_table)
        project.env.globals["discriminated_unions"] = facade.discriminated_unions(spec)
        problems = [e for e in project.build() if e.level.value != "warning" or e.detail]
        resources = facade.plan(project.openapi.endpoint_collections_by_tag, spec)
        typed, typed_imports = facade.typed_bodies(project.openapi.endpoint_collections_by_tag)
        context = {
            "resources": resources,
            "webhook_routes": facade.webhook_routes(spec),
            "typed_bodies": typed,
            "typed_body_imports": typed_imports,
            "operations": facade.operation_table(resources),
            "tool_inputs": facade.tool_inputs(spec, resources),
        }
        (output / "resources").mkdir()
        for template_name, relative in EXTRA_TEMPLATES.items():
            template = project.env.get_template(template_name)
            (output / relative).write_text(template.render(**context), encoding="utf-8")
        per_tag = project.env.get_template(RESOURCE_TEMPLATE)
        for resource in resources:
            text = per_tag.render(resource=resource, model_imports=facade.model_imports(resource))
            (output / "resources" / f"{resource.tag}.py").write_text(text, encoding="utf-8")
        reference = api_reference.render(resources, spec)
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
            "F401,I,RUF022",
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
    return reference


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


def reference_diff(expected: str) -> list[str]:
    """Unified diff lines between the committed api.md and a fresh one."""
    if not REFERENCE.exists():
        return [f"missing from the committed code: {REFERENCE.name}"]
    committed = REFERENCE.read_text(encoding="utf-8")
    if committed == expected:
        return []
    lines = difflib.unified_diff(
        committed.splitlines(), expected.splitlines(), "committed/api.md", "generated/api.md", lineterm=""
    )
    return list(lines)


OVERLAY = ROOT / "pachca_client"


def overlay_breaks(generated: Path, overlay: Path = OVERLAY) -> list[str]:
    """Imports of the handwritten overlay that a freshly generated package no longer provides.

    A removed tag, operation or schema would otherwise surface as an ImportError when the package
    is first imported; this names the overlay file, the import and what is gone. Every relative
    `from ...generated... import ...` of the overlay is read with `ast`, whatever its layout.
    """
    problems = []
    for source in sorted(overlay.rglob("*.py")):
        if "generated" in source.relative_to(overlay).parts:
            continue
        package = source.parent.relative_to(overlay).parts
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or node.level == 0:
                continue
            parts = [*package[: len(package) - (node.level - 1)], *(node.module or "").split(".")]
            if not parts or parts[0] != "generated":
                continue
            module = ".".join(parts[1:])
            target = generated.joinpath(*parts[1:])
            where = f"{source.relative_to(overlay.parent)} imports generated{'.' + module if module else ''}"
            names = [alias.name for alias in node.names if alias.name != "*"]
            if target.is_dir():
                missing = [n for n in names if not (target / f"{n}.py").exists() and not (target / n).is_dir()
                           and n not in _top_level_names(target / "__init__.py")]  # fmt: skip
            elif target.with_suffix(".py").exists():
                missing = [n for n in names if n not in _top_level_names(target.with_suffix(".py"))]
            else:
                problems.append(f"{where}, which openapi.yaml no longer produces (a tag or schema was removed)")
                continue
            problems += [f"{where}.{name}, which openapi.yaml no longer produces" for name in missing]
    return problems


def _top_level_names(module: Path) -> set[str]:
    """The names a module defines or imports at its top level (`if TYPE_CHECKING:` blocks included)."""
    if not module.exists():
        return set()
    names: set[str] = set()
    nodes = list(ast.parse(module.read_text(encoding="utf-8")).body)
    for node in nodes:
        if isinstance(node, ast.If):
            nodes += node.body + node.orelse
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--check", action="store_true", help="fail if the committed code differs from a fresh generation"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "generated"
        reference = render(fresh)
        breaks = overlay_breaks(fresh)
        if breaks:
            print("\n".join(breaks))
            print("\nThe handwritten overlay uses generated code that openapi.yaml no longer produces: adapt it first.")
            return 1
        if args.check:
            found = {str(TARGET.relative_to(ROOT)): tree_diff(fresh, TARGET), REFERENCE.name: reference_diff(reference)}
            differences = [line for lines in found.values() for line in lines]
            if differences:
                shown = differences[:200]
                print("\n".join(shown))
                more = len(differences) - len(shown)
                print((f"... {more} more lines\n") if more > 0 else "", end="")
                stale = [name for name, lines in found.items() if lines]
                verb = "does" if len(stale) == 1 else "do"
                print(f"\n{' and '.join(stale)} {verb} not match openapi.yaml: run `make generate` and commit.")
                return 1
            print(f"{TARGET.relative_to(ROOT)} and {REFERENCE.name} match openapi.yaml.")
            return 0
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(fresh, TARGET)
        REFERENCE.write_text(reference, encoding="utf-8")
        modules = sum(1 for _ in TARGET.rglob("*.py"))
        print(f"wrote {modules} modules to {TARGET.relative_to(ROOT)} and {REFERENCE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
