"""The documentation site's pages, made at build time from the files the project already has (mkdocs.yml `hooks:`).

    make docs        # mkdocs build --strict into build/site; this module makes every page but docs/api/*.md

* The guides are README.md cut at its `##` headings (GUIDES: which sections make which page), and the Russian
  guides README.ru.md cut at the same places: tests/tooling/test_readme_translation.py keeps the two outlines equal, so
  the n-th section of one is the n-th of the other. A page of one section gets its headings raised one level.
  A README section that no page takes fails the build, so a new section cannot be left off the site.
* The README links the project's files by absolute address (it is shown on PyPI too); on the site a link to a
  file the site carries (api.md, CHANGELOG.md, the other README) becomes a link to that page, checked by
  `mkdocs build --strict`. Other files (bench/README.md) stay links into the repository.
* The API reference is one page per tag from the facade plan, rendered with scripts/api_reference.py's parts
  (signature, facts: HTTP call, scopes, plans, pagination, rate-limit class; the operation's text), with an
  example call per method from scripts/api_examples.py. api.md is the same plan in one file.
* The changelog is CHANGELOG.md.
* The site's address, the repository's and the navigation come from pyproject.toml's [project.urls] and GUIDES.
"""

from __future__ import annotations

import copy
import posixpath
import re
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import api_examples  # noqa: E402
import api_reference  # noqa: E402
import facade  # noqa: E402
import generate  # noqa: E402
from specio import load_spec, write_spec  # noqa: E402


@dataclass(frozen=True)
class Guide:
    page: str  # the page's file in the site, English; the Russian one is under ru/
    sections: tuple[str, ...]  # README.md's top-level sections it takes ("" is the title and what precedes `##`)
    title: str
    title_ru: str


GUIDES = (
    Guide("index.md", ("", "Install", "Two commands"), "Getting started", "Начало работы"),
    Guide("client.md", ("Quickstart",), "The client", "Клиент"),
    Guide("webhooks.md", ("Webhooks",), "Webhooks", "Вебхуки"),
    Guide(
        "testing.md", ("Testing your own code against a fake Pachca",), "Testing with FakePachca", "Тесты с FakePachca"
    ),
    Guide("bots.md", ("Writing a bot",), "Bots", "Боты"),
    Guide("agents.md", ("For AI agents",), "Agents and the CLI", "Агенты и командная строка"),
    Guide("performance.md", ("Performance",), "Performance", "Производительность"),
    Guide("internals.md", ("How the project is built",), "How it is built", "Как устроен проект"),
)
# The handwritten API, documented from its docstrings by mkdocstrings (docs/api/*.md).
PYTHON_API = (
    ("Pachca and AsyncPachca", "api/client.md"),
    ("Errors", "api/errors.md"),
    ("Webhooks", "api/webhooks.md"),
    ("Bots", "api/bot.md"),
    ("Testing", "api/testing.md"),
    ("Agents", "api/agents.md"),
)
# Files of the repository that are pages of the site.
SITE_FILES = {
    "README.md": "index.md",
    "README.ru.md": "ru/index.md",
    "api.md": "reference/index.md",
    "CHANGELOG.md": "changelog.md",
}
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6}) ")


def project_urls() -> dict[str, str]:
    """pyproject.toml's [project.urls]: Documentation, Source, Issues, Changelog."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        urls: dict[str, str] = tomllib.load(file)["project"]["urls"]
    return urls


def project_files_url() -> str:
    """Where the README points for a file of the repository: `<Source>/blob/main/`."""
    return project_urls()["Source"].rstrip("/") + "/blob/main/"


def _outside_code(lines: list[str]) -> list[bool]:
    """For each line: True when it is not inside (or a fence of) a fenced code block."""
    found, fence = [], ""
    for line in lines:
        match = _FENCE.match(line)
        if fence:
            found.append(False)
            closing = match is not None and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence)
            if closing and not line.strip().strip(fence[0]):
                fence = ""
        elif match:
            fence = match.group(1)
            found.append(False)
        else:
            found.append(True)
    return found


def sections(text: str) -> list[tuple[str, str]]:
    """A README as (title, Markdown) per top-level section: the part before the first `##` first (title "")."""
    lines = text.splitlines(keepends=True)
    found: list[tuple[str, list[str]]] = [("", [])]
    for line, prose in zip(lines, _outside_code(lines), strict=True):
        if prose and line.startswith("## "):
            found.append((line[3:].strip(), []))
        found[-1][1].append(line)
    return [(title, "".join(body)) for title, body in found]


def shift_headings(markdown: str, by: int) -> str:
    """Every ATX heading outside code `by` levels higher (`## A` -> `# A` for by=1)."""
    lines = markdown.splitlines(keepends=True)
    return "".join(
        line[by:] if prose and (m := _HEADING.match(line)) and len(m.group(1)) > by else line
        for line, prose in zip(lines, _outside_code(lines), strict=True)
    )


def site_links(markdown: str, page: str) -> str:
    """Links to the repository's files the site carries, made relative links to their pages from `page`."""
    base = project_files_url()

    def relink(match: re.Match[str]) -> str:
        path, anchor = match.group(1), match.group(2) or ""
        if path not in SITE_FILES:
            return match.group(0)
        return "](" + posixpath.relpath(SITE_FILES[path], posixpath.dirname(page) or ".") + anchor + ")"

    return re.sub(rf"\]\({re.escape(base)}([^)#\s]+)(#[^)\s]*)?\)", relink, markdown)


def guide_pages(readme: str, english: str, prefix: str = "") -> dict[str, str]:
    """The guides of one README (`prefix` "ru/" for README.ru.md), cut where README.md (`english`) has its sections."""
    titles = [title for title, _ in sections(english)]
    parts = sections(readme)
    if len(parts) != len(titles):
        raise ValueError(f"{prefix}README has {len(parts)} top-level sections, README.md {len(titles)}")
    taken = [title for guide in GUIDES for title in guide.sections]
    left = [title or "(the title)" for title in titles if title not in taken]
    missing = [title for title in taken if title not in titles]
    if left or missing:
        raise ValueError(f"docs_site.GUIDES: README sections on no page {left}; pages of no section {missing}")
    pages = {}
    for guide in GUIDES:
        text = "".join(parts[titles.index(title)][1] for title in guide.sections)
        if len(guide.sections) == 1:
            text = shift_headings(text, 1)
        page = prefix + guide.page
        pages[page] = site_links(text, page)
    return pages


@cache
def plan() -> tuple[list[facade.FacadeResource], dict[str, Any]]:
    """The facade plan scripts/generate.py renders the resources and api.md from, and the spec."""
    from openapi_python_client import Project, _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType

    spec = load_spec(generate.SPEC)
    with tempfile.TemporaryDirectory() as scratch:
        document = Path(scratch) / "openapi.yaml"
        write_spec(generate.generator_input(copy.deepcopy(spec)), document)
        config = Config.from_sources(
            ConfigFile.load_from_path(generate.CONFIG),
            MetaType.NONE,
            document_source=document,
            file_encoding="utf-8",
            overwrite=True,
            output_path=Path(scratch) / "out",
        )
        project = _get_project_for_url_or_path(config=config, custom_template_path=generate.TEMPLATES)
        if not isinstance(project, Project):
            raise SystemExit(f"openapi-python-client could not read the document: {project}")
        return facade.plan(project.openapi.endpoint_collections_by_tag, spec), spec


def reference_page(resource: facade.FacadeResource, spec: dict[str, Any]) -> str:
    """One tag's page: every method with its signature, facts, an example call and its text."""
    lines = [f"# pachca.{resource.tag}", ""]
    if resource.description:
        lines += [api_reference._text(resource.description), ""]
    for method in resource.methods:
        lines += [f"## {method.module}", "", "```python", api_reference.signature(resource, method), "```", ""]
        lines += [api_reference.facts(method), "", api_reference.prose(method), ""]
        lines += ["Example:", "", "```python", api_examples.example_call(method, spec, resource.tag), "```", ""]
    return "\n".join(lines)


def reference_pages() -> dict[str, str]:
    resources, spec = plan()
    rows = [
        f"| [pachca.{r.tag}]({r.tag}.md) | {len(r.methods)} | {api_reference._text(r.description)} |" for r in resources
    ]
    index = [
        "# API reference",
        "",
        api_reference.intro(spec).replace(
            "Generated from openapi.yaml by scripts/generate.py; do not edit: run `make generate`. ", ""
        ),
        "",
        "The same reference in one file: `api.md` in the repository. Each method below also shows an example call,",
        "with the required arguments only.",
        "",
        "| resource | methods | what it covers |",
        "|---|---|---|",
        *rows,
        "",
    ]
    pages = {"reference/index.md": "\n".join(index)}
    for resource in resources:
        pages[f"reference/{resource.tag}.md"] = reference_page(resource, spec)
    return pages


def pages() -> dict[str, str]:
    """Every generated page: path in the site -> Markdown."""
    english = (ROOT / "README.md").read_text(encoding="utf-8")
    russian = (ROOT / "README.ru.md").read_text(encoding="utf-8")
    found = {**guide_pages(english, english), **guide_pages(russian, english, "ru/"), **reference_pages()}
    found["changelog.md"] = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return found


def navigation(reference: list[str]) -> list[Any]:
    """The site's menu: the guides, the references, the changelog, the Russian guides."""
    english = [{guide.title: guide.page} for guide in GUIDES]
    api = ["reference/index.md", *sorted(page for page in reference if page != "reference/index.md")]
    return [
        *english[:6],
        {"API reference": api},
        {"Python API": [{title: page} for title, page in PYTHON_API]},
        *english[6:],
        {"Changelog": "changelog.md"},
        {"Русский": [{guide.title_ru: "ru/" + guide.page} for guide in GUIDES]},
    ]


# --- mkdocs events ---------------------------------------------------------------------------------------------

_PAGES: dict[str, str] = {}


def on_config(config: Any) -> Any:
    urls = project_urls()
    _PAGES.clear()
    _PAGES.update(pages())
    config["site_url"] = urls["Documentation"]
    config["nav"] = navigation([page for page in _PAGES if page.startswith("reference/")])
    config["extra"]["social"] = [
        {"icon": "fontawesome/brands/github", "link": urls["Source"], "name": "Source"},
        {"icon": "fontawesome/solid/bug", "link": urls["Issues"], "name": "Issues"},
    ]
    return config


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    for path, text in _PAGES.items():
        files.append(File.generated(config, path, content=text))
    return files
