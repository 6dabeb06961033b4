"""README.ru.md keeps in step with README.md: same outline, same code, same tables, same links, and it is Russian.

The two files are compared with a small Markdown scanner (no Markdown library): it finds fenced code blocks,
ATX and setext headings, pipe tables, inline code spans and link targets, which is all this comparison needs.
When README.md changes, the test names the first place where the Russian file no longer follows it.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field

import pytest
from conftest import ROOT

ENGLISH = ROOT / "README.md"
RUSSIAN = ROOT / "README.ru.md"
# The cross-link between the two files sits at the same place in both, and is not part of the link comparison.
CROSS_LINKS = {"README.md", "README.ru.md"}
# The READMEs link the project's own files by absolute address (the README is shown on PyPI too, where relative
# links are dead): `<Source>/blob/main/<path>`, Source from pyproject.toml. Such links count as relative ones here.
PROJECT_FILES = (
    tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]["Source"] + "/blob/main/"
)
# Share of letters outside code that must be Cyrillic: for the whole file, and for every sizeable prose block
# (so that an English paragraph pasted into an otherwise translated file fails too).
MIN_CYRILLIC_SHARE = 0.5
MIN_BLOCK_CYRILLIC_SHARE = 0.3
MIN_BLOCK_LETTERS = 25

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_ATX = re.compile(r"^ {0,3}(?P<hashes>#{1,6})(?:[ \t]+(?P<text>.*?))?[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?P<line>=+|-+)[ \t]*$")
_TABLE_DELIMITER = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_BLOCK_START = re.compile(r"^ {0,3}(?:[*+-][ \t]|\d+[.)][ \t]|>|#|\|)")
_INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE_LINK = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(?P<target>[^\s>]+)>?")
_AUTOLINK = re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^\s>]*>")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[*+-]|\d+[.)])[ \t]")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff" or "\u0500" <= char <= "\u052f"


@dataclass
class Outline:
    """What the comparison looks at in one Markdown file."""

    headings: list[tuple[int, str]] = field(default_factory=list)
    code_blocks: list[str] = field(default_factory=list)
    # one entry per table: the number of cells in each row (header first, the delimiter row left out)
    tables: list[list[int]] = field(default_factory=list)
    # every link target outside code, in order, with its section (0 = before the first heading)
    links: list[tuple[int, str]] = field(default_factory=list)
    # inline code spans of each section (0 = before the first heading)
    inline_code: list[Counter[str]] = field(default_factory=lambda: [Counter()])
    # prose blocks outside code fences (paragraphs, list items, headings, table cells), inline code removed
    prose_blocks: list[str] = field(default_factory=list)
    # the kind of every block in order ("heading", "paragraph", "list item", "table", "code"), with its section
    blocks: list[tuple[int, str]] = field(default_factory=list)

    @property
    def heading_levels(self) -> list[int]:
        return [level for level, _ in self.headings]

    @property
    def table_shapes(self) -> list[tuple[int, int]]:
        return [(len(rows), rows[0]) for rows in self.tables]

    @property
    def relative_links(self) -> set[str]:
        return {target for _, target in self.links if _is_relative(target) and _path(target) not in CROSS_LINKS}

    def cross_links(self) -> list[tuple[int, str]]:
        return [(section, _path(target)) for section, target in self.links if _path(target) in CROSS_LINKS]


def _is_relative(target: str) -> bool:
    """A link to a file of the project: relative, or absolute under PROJECT_FILES."""
    if target.startswith(PROJECT_FILES):
        return True
    return bool(target) and not target.startswith(("#", "/", "//")) and not _SCHEME.match(target)


def _path(target: str) -> str:
    return target.removeprefix(PROJECT_FILES).split("#", 1)[0].split("?", 1)[0]


def split_inline_code(line: str) -> tuple[str, list[str]]:
    """The line with its code spans blanked out, and the spans' contents (CommonMark: equal backtick runs)."""
    text: list[str] = []
    spans: list[str] = []
    i = 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            text.append(line[i : i + 2])
            i += 2
            continue
        if line[i] != "`":
            text.append(line[i])
            i += 1
            continue
        run_end = i
        while run_end < len(line) and line[run_end] == "`":
            run_end += 1
        run = line[i:run_end]
        close = re.compile(rf"(?<!`){run}(?!`)")
        match = close.search(line, run_end)
        if match is None:  # an unmatched run is literal text
            text.append(run)
            i = run_end
            continue
        content = line[run_end : match.start()]
        if content.startswith(" ") and content.endswith(" ") and content.strip():
            content = content[1:-1]
        spans.append(content)
        text.append(" ")
        i = match.end()
    return "".join(text), spans


def split_table_row(line: str) -> list[str]:
    """The cells of a pipe-table row; a `|` inside a code span or escaped as `\\|` does not split."""
    row = line.strip()
    cells: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(row):
        char = row[i]
        if char == "\\" and i + 1 < len(row):
            current.append(row[i : i + 2])
            i += 2
        elif char == "`":
            run_end = i
            while run_end < len(row) and row[run_end] == "`":
                run_end += 1
            run = row[i:run_end]
            close = row.find(run, run_end)
            end = run_end if close == -1 else close + len(run)
            current.append(row[i:end])
            i = end
        elif char == "|":
            cells.append("".join(current))
            current = []
            i += 1
        else:
            current.append(char)
            i += 1
    cells.append("".join(current))
    if row.startswith("|"):
        cells = cells[1:]
    if row.endswith("|") and not row.endswith("\\|") and cells:
        cells = cells[:-1]
    return [cell.strip() for cell in cells]


def scan(text: str) -> Outline:
    """Read the parts of a Markdown document that the two READMEs must share."""
    outline = Outline()
    lines = text.splitlines()
    block: list[str] = []

    def start_block(kind: str) -> None:
        end_block()
        outline.blocks.append((len(outline.headings), kind))

    def end_block() -> None:
        if block:
            outline.prose_blocks.append(" ".join(block))
            block.clear()

    def prose(line: str) -> str:
        """Record the line's code spans and links; return the line without code spans."""
        without_code, spans = split_inline_code(line)
        outline.inline_code[-1].update(spans)
        section = len(outline.headings)
        outline.links.extend((section, m["target"]) for m in _INLINE_LINK.finditer(without_code))
        reference = _REFERENCE_LINK.match(without_code)
        if reference:
            outline.links.append((section, reference["target"]))
        return without_code

    def heading(level: int, title: str) -> None:
        start_block("heading")
        outline.headings.append((level, title.strip()))
        outline.inline_code.append(Counter())
        outline.prose_blocks.append(prose(title))

    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence and not (fence["fence"][0] == "`" and "`" in fence["info"]):
            start_block("code")
            marker = fence["fence"]
            closing = re.compile(rf"^ *{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")
            end = i + 1
            while end < len(lines) and not closing.match(lines[end]):
                end += 1
            # the block verbatim, fences included (an unclosed fence runs to the end of the document)
            outline.code_blocks.append("\n".join(lines[i : end + 1]))
            i = end + 1
            continue
        if not line.strip():
            end_block()
            i += 1
            continue
        atx = _ATX.match(line)
        if atx:
            heading(len(atx["hashes"]), atx["text"] or "")
            i += 1
            continue
        if (
            "|" in line
            and i + 1 < len(lines)
            and _TABLE_DELIMITER.match(lines[i + 1])
            and len(split_table_row(line)) == len(split_table_row(lines[i + 1]))
        ):
            start_block("table")
            rows = [line]
            i += 2
            while i < len(lines) and lines[i].strip() and "|" in lines[i]:
                rows.append(lines[i])
                i += 1
            outline.tables.append([len(split_table_row(row)) for row in rows])
            # each cell is a prose block of its own: a header cell such as `pachca_client` is a name, not prose
            outline.prose_blocks.extend(prose(cell) for row in rows for cell in split_table_row(row))
            continue
        setext = _SETEXT.match(lines[i + 1]) if i + 1 < len(lines) else None
        if setext and not block and not _BLOCK_START.match(line):
            heading(1 if setext["line"][0] == "=" else 2, line)
            i += 2
            continue
        if _LIST_ITEM.match(line):
            start_block("list item")
        elif not block:
            start_block("paragraph")
        block.append(prose(line))
        i += 1
    end_block()
    return outline


def compare(english: str, russian: str) -> list[str]:
    """Every way in which `russian` does not follow the structure of `english` (empty when in step)."""
    en, ru = scan(english), scan(russian)
    problems: list[str] = []
    if en.heading_levels != ru.heading_levels:
        problems.append(
            f"heading levels differ: README.md {en.heading_levels} vs README.ru.md {ru.heading_levels}"
            + _first_difference(en.headings, ru.headings)
        )
    if len(en.code_blocks) != len(ru.code_blocks):
        problems.append(f"code blocks: README.md has {len(en.code_blocks)}, README.ru.md {len(ru.code_blocks)}")
    for number, (en_block, ru_block) in enumerate(zip(en.code_blocks, ru.code_blocks, strict=False), 1):
        if en_block != ru_block:
            problems.append(f"code block {number} differs:\n--- README.md\n{en_block}\n--- README.ru.md\n{ru_block}")
            break
    if en.table_shapes != ru.table_shapes:
        problems.append(f"table shapes (rows, columns) differ: {en.table_shapes} vs {ru.table_shapes}")
    if en.relative_links != ru.relative_links:
        problems.append(
            f"relative links: only in README.md {sorted(en.relative_links - ru.relative_links)}, "
            f"only in README.ru.md {sorted(ru.relative_links - en.relative_links)}"
        )
    if en.heading_levels == ru.heading_levels:  # the sections correspond: compare them one by one
        for section, (en_code, ru_code) in enumerate(zip(en.inline_code, ru.inline_code, strict=True)):
            title = _title(en, section)
            if _kinds(en, section) != _kinds(ru, section):
                problems.append(f"blocks of section {title!r}: {_kinds(en, section)} vs {_kinds(ru, section)}")
            if en_code != ru_code:
                problems.append(f"inline code in section {title!r}: {_only_in(en_code, ru_code)}")
    return problems


def _title(outline: Outline, section: int) -> str:
    return outline.headings[section - 1][1] if section else "(before the first heading)"


def _only_in(en: Counter[str], ru: Counter[str]) -> str:
    return f"only in README.md {sorted((en - ru).elements())}, only in README.ru.md {sorted((ru - en).elements())}"


def _kinds(outline: Outline, section: int) -> list[str]:
    return [kind for block_section, kind in outline.blocks if block_section == section]


def _first_difference(en: list[tuple[int, str]], ru: list[tuple[int, str]]) -> str:
    for (en_level, en_title), (ru_level, ru_title) in zip(en, ru, strict=False):
        if en_level != ru_level:
            return f"; first at {'#' * en_level} {en_title} / {'#' * ru_level} {ru_title}"
    return f"; README.md has {len(en)} headings, README.ru.md {len(ru)}"


def letter_counts(text: str) -> tuple[int, int]:
    """(Cyrillic letters, all letters) of prose text: link targets and autolinks are not counted."""
    text = _INLINE_LINK.sub(lambda m: m.group(0)[: m.start("target") - m.start()], text)
    text = _AUTOLINK.sub(" ", text)
    letters = [char for char in text if char.isalpha()]
    return sum(map(_is_cyrillic, letters)), len(letters)


def cyrillic_share(outline: Outline) -> float:
    counts = [letter_counts(block) for block in outline.prose_blocks]
    total = sum(letters for _, letters in counts)
    return sum(cyrillic for cyrillic, _ in counts) / total if total else 0.0


def untranslated_blocks(outline: Outline) -> list[str]:
    """Prose blocks with enough letters to judge whose Cyrillic share is below MIN_BLOCK_CYRILLIC_SHARE."""
    found = []
    for block in outline.prose_blocks:
        cyrillic, total = letter_counts(block)
        if total >= MIN_BLOCK_LETTERS and cyrillic < MIN_BLOCK_CYRILLIC_SHARE * total:
            found.append(block)
    return found


# --- the two READMEs --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def english() -> str:
    return ENGLISH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def russian() -> str:
    if not RUSSIAN.exists():
        pytest.fail("README.ru.md is missing: README.md links to it")
    return RUSSIAN.read_text(encoding="utf-8")


def test_the_english_readme_has_all_the_parts_being_compared(english: str) -> None:
    # otherwise the comparisons below could pass by comparing nothing with nothing
    outline = scan(english)
    assert len(outline.headings) >= 5
    assert len(outline.code_blocks) >= 5
    assert outline.tables
    assert outline.relative_links
    assert sum(outline.inline_code, Counter())


def test_heading_levels_are_the_same(english: str, russian: str) -> None:
    en, ru = scan(english), scan(russian)
    assert en.heading_levels == ru.heading_levels, _first_difference(en.headings, ru.headings)


def test_code_blocks_are_identical_and_in_the_same_order(english: str, russian: str) -> None:
    en, ru = scan(english), scan(russian)
    assert len(en.code_blocks) == len(ru.code_blocks)
    for number, (en_block, ru_block) in enumerate(zip(en.code_blocks, ru.code_blocks, strict=True), 1):
        assert en_block == ru_block, f"code block {number} differs"


def test_tables_have_the_same_shapes(english: str, russian: str) -> None:
    assert scan(english).table_shapes == scan(russian).table_shapes


@pytest.mark.parametrize("name", ["README.md", "README.ru.md"])
def test_every_table_row_has_as_many_cells_as_the_header(name: str) -> None:
    # a stray `|` in a translated cell would add a column to one row only
    for rows in scan((ROOT / name).read_text(encoding="utf-8")).tables:
        assert set(rows) == {rows[0]}, f"{name}: a table has rows of {rows} cells"


def test_relative_links_are_the_same(english: str, russian: str) -> None:
    en, ru = scan(english).relative_links, scan(russian).relative_links
    assert en == ru, f"only in README.md: {sorted(en - ru)}; only in README.ru.md: {sorted(ru - en)}"


def test_each_readme_links_the_other_at_the_same_place(english: str, russian: str) -> None:
    en, ru = scan(english).cross_links(), scan(russian).cross_links()
    assert [path for _, path in en] == ["README.ru.md"]
    assert [path for _, path in ru] == ["README.md"]
    assert en[0][0] == ru[0][0], "the cross-links are in different sections"


def test_each_section_has_the_same_paragraphs_lists_tables_and_code(english: str, russian: str) -> None:
    en, ru = scan(english), scan(russian)
    assert en.heading_levels == ru.heading_levels
    for section in range(len(en.headings) + 1):
        assert _kinds(en, section) == _kinds(ru, section), f"section {_title(en, section)!r}"


def test_inline_code_is_kept_section_by_section(english: str, russian: str) -> None:
    # identifiers in backticks are not translated, so each section has the same code spans in both files
    en, ru = scan(english), scan(russian)
    assert en.heading_levels == ru.heading_levels
    for section, (en_code, ru_code) in enumerate(zip(en.inline_code, ru.inline_code, strict=True)):
        assert en_code == ru_code, f"section {_title(en, section)!r}: {_only_in(en_code, ru_code)}"


def test_the_comparison_finds_nothing_between_the_two_readmes(english: str, russian: str) -> None:
    assert compare(english, russian) == []


def test_the_russian_readme_is_mostly_cyrillic(russian: str) -> None:
    share = cyrillic_share(scan(russian))
    assert share >= MIN_CYRILLIC_SHARE, f"only {share:.0%} of the letters outside code are Cyrillic"


def test_no_prose_block_of_the_russian_readme_is_left_in_english(russian: str) -> None:
    assert untranslated_blocks(scan(russian)) == []


# --- the checker itself catches divergences ---------------------------------------------------------------------


def _replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, f"{old!r} is not in the text any more: pick another example"
    changed = text.replace(old, new, 1)
    assert changed != text
    return changed


def _second_code_block_changed(text: str) -> str:
    block = scan(text).code_blocks[1]
    return _replace_once(text, block, block.replace("\n", "\nx = 1  # added\n", 1))


def _code_blocks_swapped(text: str) -> str:
    first, second = scan(text).code_blocks[:2]
    return text.replace(first, "\0").replace(second, first).replace("\0", second)


def _code_block_dropped(text: str) -> str:
    return _replace_once(text, scan(text).code_blocks[-1], "")


def _heading_level_changed(text: str) -> str:
    level, title = next((level, title) for level, title in scan(text).headings if level == 3)
    return _replace_once(text, f"\n{'#' * level} {title}\n", f"\n{'#' * (level - 1)} {title}\n")


def _table_row_dropped(text: str) -> str:
    last_row = next(line for line in reversed(text.splitlines()) if line.startswith("|"))
    return _replace_once(text, last_row + "\n", "")


def _table_column_added(text: str) -> str:
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        lines[end] = lines[end].rstrip("\n") + ("---|" if end == start + 1 else " extra |") + "\n"
        end += 1
    return "".join(lines)


def _relative_link_changed(text: str) -> str:
    target = sorted(scan(text).relative_links)[0]
    return _replace_once(text, f"]({target})", f"](moved/{target})")


def _inline_code_changed(text: str) -> str:
    outline = scan(text)
    # a span whose text occurs nowhere in a code block, so that only the inline code changes
    span = next(
        span
        for section in outline.inline_code
        for span in section
        if "`" not in span and not any(f"`{span}`" in block for block in outline.code_blocks)
    )
    return _replace_once(text, f"`{span}`", f"`{span}_changed`")


def _paragraph_added(text: str) -> str:
    return _replace_once(text, "\n## ", "\nA new paragraph without any code.\n\n## ")


def _list_item_added(text: str) -> str:
    item = next(line for line in text.splitlines() if line.startswith("* "))
    return _replace_once(text, f"\n{item}\n", f"\n* A new point.\n{item}\n")


DIVERGENCES = {
    "a code block changed": (_second_code_block_changed, "code block 2 differs"),
    "two code blocks swapped": (_code_blocks_swapped, "code block 1 differs"),
    "a code block dropped": (_code_block_dropped, "code blocks: README.md has"),
    "a heading level changed": (_heading_level_changed, "heading levels differ"),
    "a table row dropped": (_table_row_dropped, "table shapes"),
    "a table column added": (_table_column_added, "table shapes"),
    "a relative link changed": (_relative_link_changed, "relative links"),
    "an identifier changed": (_inline_code_changed, "inline code in section"),
    "a paragraph added": (_paragraph_added, "blocks of section"),
    "a list item added": (_list_item_added, "blocks of section"),
}


@pytest.mark.parametrize("name", DIVERGENCES)
def test_the_comparison_reports_a_divergence(english: str, name: str) -> None:
    mutate, expected = DIVERGENCES[name]
    assert compare(english, english) == []
    changed = mutate(english)
    assert changed != english
    problems = compare(english, changed)
    assert any(expected in problem for problem in problems), problems


def test_a_code_block_changed_in_the_russian_readme_is_reported(english: str, russian: str) -> None:
    problems = compare(english, _second_code_block_changed(russian))
    assert len(problems) == 1 and problems[0].startswith("code block 2 differs"), problems


def test_an_untranslated_copy_fails_the_language_checks(english: str) -> None:
    outline = scan(english)
    assert cyrillic_share(outline) < MIN_CYRILLIC_SHARE
    assert untranslated_blocks(outline)


def test_an_english_paragraph_left_in_the_russian_readme_is_found(english: str, russian: str) -> None:
    paragraph = next(block for block in english.split("\n\n") if block[:1].isalpha() and len(block) > 200)
    outline = scan(russian.replace("\n## ", f"\n{paragraph}\n\n## ", 1))
    assert cyrillic_share(outline) >= MIN_CYRILLIC_SHARE  # the file as a whole still passes ...
    assert untranslated_blocks(outline)  # ... but the pasted paragraph does not


# --- the scanner -------------------------------------------------------------------------------------------------


def test_the_scanner_ignores_markdown_inside_code() -> None:
    text = (
        "Title\n=====\n\n"
        "````md\n# not a heading\n```\n| a | b |\n|---|---|\n[x](inside.md)\n````\n\n"
        "~~~\n## nor this\n~~~\n\n"
        "Sub\n---\n\n"
        "| `a|b` | c \\| d |\n|:--|--:|\n| 1 | 2 |\n\n"
        "See [the docs](docs/x.md#part), [site](https://example.com) and `[code](code.md)`.\n\n"
        "[ref]: other.md\n"
    )
    outline = scan(text)
    assert outline.headings == [(1, "Title"), (2, "Sub")]
    assert [block.splitlines()[0] for block in outline.code_blocks] == ["````md", "~~~"]
    assert outline.tables == [[2, 2]]
    assert outline.relative_links == {"docs/x.md#part", "other.md"}
    assert outline.inline_code[2] == Counter({"a|b": 1, "[code](code.md)": 1})


def test_inline_code_spans_follow_commonmark() -> None:
    assert split_inline_code("a ``x ` y`` b `c` d ` e") == ("a   b   d ` e", ["x ` y", "c"])
    assert split_table_row("| `a|b` | c \\| d |") == ["`a|b`", "c \\| d"]
