"""api.md, the Markdown API reference: complete, true to the facade's signatures, and up to date.

scripts/api_reference.py renders it from the same plan as `generated/resources/`; scripts/generate.py
writes it and `--check` fails when the committed file is stale.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import facade
import generate
import pytest
from conftest import ROOT
from openapi_python_client.strings import snake_case

from pachca_client.generated import resources
from pachca_client.generated.types import UNSET

REFERENCE = ROOT / "api.md"
BLOCK = re.compile(r"^### (\w+)\n\n```python\n(.*?)\n```\n", re.S | re.M)


@pytest.fixture(scope="module")
def reference() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def _sections(reference: str) -> dict[str, str]:
    """`## pachca.<tag>` -> that section's text."""
    parts = re.split(r"^## pachca\.(\w+)\n", reference, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _methods(reference: str) -> list[tuple[str, str, str, str]]:
    """(tag, method, signature block, the method's whole entry) for every method in api.md."""
    found = []
    for tag, section in _sections(reference).items():
        entries = re.split(r"^(?=### )", section, flags=re.M)
        for entry in entries[1:]:
            match = BLOCK.match(entry)
            assert match, entry[:200]
            found.append((tag, match[1], match[2], entry))
    return found


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        operation
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation and "x-external-url" not in operation
    ]


def _class_name(tag: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"_+", tag)) + "Resource"


def _normal(code: str) -> str:
    """Python source of a type or default, in ast.unparse's spelling."""
    return ast.unparse(ast.parse(code, mode="eval"))


def _declared(tag: str, name: str, block: str) -> inspect.Signature:
    """The signature written in api.md (`pachca.<tag>.<name>(...) -> X`), as a `def` parsed by ast."""
    prefix = f"pachca.{tag}.{name}("
    assert block.startswith(prefix), block
    function = ast.parse(f"def {name}(self, {block.removeprefix(prefix)}: ...").body[0]
    assert isinstance(function, ast.FunctionDef) and function.returns is not None
    arguments = function.args
    positional = arguments.posonlyargs + arguments.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    parameters = [
        inspect.Parameter(
            a.arg,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            annotation=ast.unparse(a.annotation) if a.annotation else inspect.Parameter.empty,
            default=ast.unparse(d) if d is not None else inspect.Parameter.empty,
        )
        for a, d in zip(positional, defaults, strict=True)
    ]
    parameters += [
        inspect.Parameter(
            a.arg,
            inspect.Parameter.KEYWORD_ONLY,
            annotation=ast.unparse(a.annotation) if a.annotation else inspect.Parameter.empty,
            default=ast.unparse(d) if d is not None else inspect.Parameter.empty,
        )
        for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    ]
    return inspect.Signature(parameters, return_annotation=ast.unparse(function.returns))


def _as_source(signature: inspect.Signature) -> inspect.Signature:
    """A real signature with annotations and defaults as source text (generated resources postpone annotations)."""

    def default(value: Any) -> Any:
        if value is inspect.Parameter.empty:
            return value
        return "UNSET" if value is UNSET else repr(value)

    def annotation(value: Any) -> Any:
        return value if value is inspect.Parameter.empty else _normal(value)

    return signature.replace(
        parameters=[
            p.replace(annotation=annotation(p.annotation), default=default(p.default))
            for p in signature.parameters.values()
        ],
        return_annotation=_normal(signature.return_annotation),
    )


def test_every_operation_has_exactly_one_entry(reference: str, project_spec: dict[str, Any]) -> None:
    headings = Counter(re.findall(r"^### (\w+)$", reference, flags=re.M))
    expected = {snake_case(operation["operationId"]) for operation in _operations(project_spec)}
    assert set(headings) == expected
    assert [name for name, count in headings.items() if count != 1] == []


def test_paginated_operations_mention_their_iterator(reference: str, project_spec: dict[str, Any]) -> None:
    entries = {name: entry for _, name, _, entry in _methods(reference)}
    paginated = [snake_case(o["operationId"]) for o in _operations(project_spec) if o.get("x-paginated")]
    assert paginated
    for name in paginated:
        assert f"`{name}_iter(...)` yields `" in entries[name], name
    others = set(entries) - set(paginated)
    assert [name for name in others if "_iter(" in entries[name]] == []


def test_every_signature_matches_the_facade(reference: str, project_spec: dict[str, Any]) -> None:
    methods = _methods(reference)
    assert len(methods) == len(set(name for _, name, _, _ in methods)) == len(list(_operations(project_spec)))
    for tag, name, block, _ in methods:
        declared = _declared(tag, name, block)
        for class_name in (_class_name(tag), "Async" + _class_name(tag)):
            module = importlib.import_module(f"{resources.__name__}.{tag}")
            real = _as_source(inspect.signature(getattr(getattr(module, class_name), name)))
            extras = [p for p in real.parameters.values() if p.name in EXTRA_NAMES]
            assert [p.name for p in extras] == list(EXTRA_NAMES), f"{class_name}.{name} lacks extra_*"
            assert all(p.kind is inspect.Parameter.KEYWORD_ONLY and p.default == "None" for p in extras)
            real = real.replace(parameters=[p for p in real.parameters.values() if p.name not in EXTRA_NAMES])
            assert declared == real, f"{class_name}.{name}:\n  api.md: {declared}\n  facade: {real}"


# Every method takes these too; api.md names them once, in its introduction.
EXTRA_NAMES = tuple(parameter.split(":")[0] for parameter in facade.EXTRA_PARAMETERS)


def test_the_reference_names_the_extra_parameters_once(reference: str) -> None:
    introduction = reference.split("## Contents")[0]
    assert all(f"`{name}`" in introduction for name in EXTRA_NAMES)


def test_resources_appear_in_the_facade_order(reference: str) -> None:
    assert list(_sections(reference)) == list(resources.RESOURCE_NAMES)


def test_the_intro_shows_the_async_form_once(reference: str) -> None:
    intro = reference.split("\n## ", 1)[0]
    assert "`await apachca.chats.get_chat(" in intro
    assert reference.count("await ") == intro.count("await ")


def test_requirements_and_fixed_headers_are_shown(reference: str) -> None:
    entries = {name: entry for _, name, _, entry in _methods(reference)}
    assert "scope `chats:read`" in entries["list_chats"]
    assert "plan `corporation`" in entries["request_export"]
    assert "sends `Prefer: return=representation`" in entries["request_export"]
    assert "no bearer token" in entries["exchange_token"]
    assert "no bearer token" not in entries["get_chat"]
    assert "`GET /chats/{id}`" in entries["get_chat"]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> str:
    """api.md as scripts/generate.py renders it now (runs the generator in-process, a few seconds)."""
    return generate.render(tmp_path_factory.mktemp("generate") / "generated")


def test_the_committed_reference_is_what_the_plan_renders(rendered: str, reference: str) -> None:
    assert rendered == reference, "api.md is stale: run `make generate`"


def test_check_mode_reports_a_stale_reference(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    committed = tmp_path / "api.md"
    committed.write_text("# API reference\n\nan old line\n", encoding="utf-8")
    monkeypatch.setattr(generate, "REFERENCE", committed)

    def render(output: Path) -> str:  # the package as committed, a different api.md
        shutil.copytree(generate.TARGET, output, ignore=shutil.ignore_patterns("__pycache__"))
        return "# API reference\n\na new line\n"

    monkeypatch.setattr(generate, "render", render)
    assert generate.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "-an old line\n+a new line\n" in out
    assert "\napi.md does not match openapi.yaml: run `make generate` and commit." in out
    assert "pachca_client/generated" not in out

    committed.unlink()
    assert generate.main(["--check"]) == 1
    assert "missing from the committed code: api.md" in capsys.readouterr().out
