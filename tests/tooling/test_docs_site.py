"""The documentation site: its pages come from the project's own files, it builds with `mkdocs build --strict`, and
it works in a browser.

The first tests read scripts/docs_site.py's output directly: every README section is on a page, the Russian guides
follow the same cuts, links to files the site carries become links to its pages, and the API reference has a page
per tag of openapi.yaml with every method and an example. The browser tests build the site into a temporary folder
(as `make docs` does), serve it on 127.0.0.1 and load it in headless Chromium (/usr/bin/chromium, driven by
Playwright without a browser download of its own): the home page, the reference page of `create_message` and the
Russian home page, with no console error and no request to another host, and the search finds `create_message`.
Screenshots go to build/screenshots/ (not committed). Without Chromium, Playwright or the docs tools the browser
tests skip; in CI (CI=true, where .ci/run installs them) they fail instead.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import docs_site
import pytest
from conftest import ROOT
from openapi_python_client.strings import snake_case

SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _tag_of(spec: dict[str, Any], operation_id: str) -> str:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return str(snake_case(operation["tags"][0]))  # as the generator names the resource
    raise LookupError(operation_id)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return docs_site.pages()


# --- the pages ----------------------------------------------------------------------------------------------------


def test_every_readme_section_is_on_one_page_in_both_languages(pages: dict[str, str]) -> None:
    english = (ROOT / "README.md").read_text(encoding="utf-8")
    for readme, prefix in ((english, ""), ((ROOT / "README.ru.md").read_text(encoding="utf-8"), "ru/")):
        guides = [pages[prefix + guide.page] for guide in docs_site.GUIDES]
        for title, text in docs_site.sections(readme):
            body = docs_site.site_links(docs_site.shift_headings(text, 1), prefix + "x.md").split("\n", 1)[1].strip()
            assert sum(body[:200] in guide for guide in guides) == 1, f"{prefix}README section {title!r}"
    # every code block of the READMEs is shown, once per language
    blocks = re.findall(r"^```.*?^```$", english, re.S | re.M)
    site = "".join(pages[guide.page] for guide in docs_site.GUIDES)
    russian = "".join(pages["ru/" + guide.page] for guide in docs_site.GUIDES)
    assert all(site.count(block) >= 1 and russian.count(block) >= 1 for block in blocks)


def test_a_readme_section_on_no_page_fails_the_build() -> None:
    english = (ROOT / "README.md").read_text(encoding="utf-8") + "\n## A section the site forgot\n\nText.\n"
    with pytest.raises(ValueError, match="A section the site forgot"):
        docs_site.guide_pages(english, english)


def test_links_to_files_the_site_carries_become_links_to_its_pages() -> None:
    base = docs_site.project_files_url()
    text = f"[a]({base}api.md), [b]({base}CHANGELOG.md#unreleased), [c]({base}README.md), [d]({base}bench/README.md)"
    assert docs_site.site_links(text, "ru/index.md") == (
        f"[a](../reference/index.md), [b](../changelog.md#unreleased), [c](../index.md), [d]({base}bench/README.md)"
    )
    assert docs_site.site_links(f"[e]({base}README.ru.md)", "index.md") == "[e](ru/index.md)"


def test_the_readmes_link_the_repository_by_absolute_address_under_the_source_url() -> None:
    """Shown on PyPI too: no relative link, and each project link names a file that exists."""
    base = docs_site.project_files_url()
    assert base.startswith(docs_site.project_urls()["Source"])
    for name in ("README.md", "README.ru.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        prose = re.sub(r"^```.*?^```$", "", text, flags=re.S | re.M)
        targets = re.findall(r"\]\(([^)\s]+)\)", prose)
        assert [t for t in targets if not re.match(r"https?://", t)] == [], name
        project = [t.removeprefix(base).split("#")[0] for t in targets if t.startswith(base)]
        assert {"api.md", "CHANGELOG.md", "bench/README.md"} <= set(project), name
        assert all((ROOT / path).is_file() for path in project), project


def test_the_reference_has_a_page_per_tag_with_every_method_and_an_example(pages: dict[str, str]) -> None:
    resources, spec = docs_site.plan()
    tags = {
        _tag_of(spec, op["operationId"])
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op and "x-external-url" not in op
    }
    assert {f"reference/{tag}.md" for tag in tags} | {"reference/index.md"} == {
        page for page in pages if page.startswith("reference/")
    }
    for resource in resources:
        page = pages[f"reference/{resource.tag}.md"]
        for method in resource.methods:
            entry = page.split(f"\n## {method.module}\n", 1)[1].split("\n## ", 1)[0]
            assert f"`{method.method} {method.path}`" in entry
            assert f"pachca.{resource.tag}.{method.module}(" in entry.split("Example:", 1)[1]
            if "scope" in method.requirements:
                assert f"scope `{method.requirements['scope']}`" in entry
            if method.rate_limit:
                assert f"rate limit `{method.rate_limit['class']}`" in entry
            if method.page_type:
                assert f"{method.module}_iter(" in entry


def test_the_menu_holds_every_page_and_the_site_address_comes_from_pyproject(pages: dict[str, str]) -> None:
    def leaves(node: Any) -> Iterator[str]:
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for value in node.values():
                yield from leaves(value)
        else:
            for value in node:
                yield from leaves(value)

    menu = set(leaves(docs_site.navigation([p for p in pages if p.startswith("reference/")])))
    handwritten = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert menu == set(pages) | handwritten
    config: dict[str, Any] = {"extra": {}}
    docs_site.on_config(config)
    assert config["site_url"] == docs_site.project_urls()["Documentation"]


# --- the built site in a browser ----------------------------------------------------------------------------------


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{why}: .ci/run installs it, so the docs site test must not skip in CI")
    pytest.skip(why)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None:
        _unavailable("the docs tools are not installed (the `docs` extra)")
    folder = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return folder


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if chromium is None:
        _unavailable("chromium is not installed (.ci/run: apt-get install chromium)")
    if importlib.util.find_spec("playwright") is None:
        _unavailable("playwright is not installed (the dev extra)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            yield launched
        finally:
            launched.close()


class Visit:
    """A page in a fresh tab, with everything it logged as an error and every request it made elsewhere."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base, self.errors, self.elsewhere = base, [], []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", lambda r: None if r.url.startswith(base) else self.elsewhere.append(r.url))

    def open(self, path: str, screenshot: str) -> Any:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{screenshot}.png"))
        return self.page


@pytest.fixture
def visit(browser: Any, served: str) -> Iterator[Visit]:
    found = Visit(browser, served)
    try:
        yield found
    finally:
        found.page.close()
    assert found.errors == [], found.errors
    assert found.elsewhere == [], found.elsewhere


def _heading(page: Any) -> str:
    return str(page.locator("h1").first.inner_text()).removesuffix("¶").strip()  # without the permalink sign


def test_the_home_page_shows_the_getting_started_guide(visit: Visit) -> None:
    page = visit.open("", "home")
    assert _heading(page) == "pachca_client"
    assert page.locator("h2", has_text="Install").count() == 1
    assert page.locator("nav a", has_text="API reference").count() >= 1
    copy = page.locator('button[data-md-type="copy"], button.md-clipboard')  # code blocks copy (content.code.copy)
    assert copy.count() == page.locator("pre > code").count() >= 1


def test_the_reference_page_of_create_message(visit: Visit) -> None:
    _, spec = docs_site.plan()
    tag = _tag_of(spec, "createMessage")
    page = visit.open(f"reference/{tag}/", "reference")
    assert _heading(page) == f"pachca.{tag}"
    entry = page.locator("#create_message")
    assert entry.count() == 1
    assert page.locator("code", has_text=f"pachca.{tag}.create_message(").count() >= 2  # signature and example


def test_the_russian_home_page(visit: Visit) -> None:
    page = visit.open("ru/", "ru-home")
    assert page.locator("h2", has_text="Установка").count() == 1
    english = page.locator("article a", has_text="README.md")
    assert english.first.get_attribute("href") == "../"  # the cross-link leads to the English home page


def test_search_finds_create_message(visit: Visit) -> None:
    page = visit.open("", "search-before")
    page.locator("input.md-search__input").click()
    page.keyboard.type("create_message", delay=20)  # key by key: the search answers keystrokes
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=30_000)
    links = page.locator(".md-search-result a").evaluate_all("links => links.map(a => a.href)")
    page.screenshot(path=str(SCREENSHOTS / "search.png"))
    _, spec = docs_site.plan()
    wanted = f"/reference/{_tag_of(spec, 'createMessage')}/"
    found = [urlsplit(link) for link in links]
    assert any(link.path == wanted and link.fragment == "create_message" for link in found), links
    assert "create_message" in results.first.inner_text()
