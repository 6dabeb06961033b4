"""Rules for the test suite itself: nothing that openapi.yaml can tell is written into a test by hand.

The next API update must break only the tests about what really changed. A test that counts operations,
names a revision's file or lists operations breaks on every update although nothing is wrong: derive such
facts from openapi.yaml (tests/operation_calls.py, `project_spec`) or from the record of the document it
follows (`upstream_path`). This test reads the suite's source and names each line that breaks the rule.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

# A count of something openapi.yaml defines, compared with a literal: `len(operations) == 100`.
SPEC_COUNT = re.compile(
    r"len\(\s*(?:[\w.]*[._])?(operation|method|schema|route|tool|tag|endpoint|path|model)s\s*\)\s*(==|>=|<=|>|<)\s*\d{2,}",
    re.IGNORECASE,
)
# A revision's document by file name: `openapi-2026-10.yaml`.
REVISION_FILE = re.compile(r"openapi-\d{4}-\d{2}(-\d{2})?\.ya?ml")

# Tests about one fixed transition of the past (the August -> October revision, a June document), whose
# inputs stay as they are when the API moves on: they name their files on purpose.
HISTORY = {"test_changelog.py", "test_spec_drift.py", "test_spec_prose.py", "test_suite_rules.py"}


def offending_lines(pattern: re.Pattern[str], allowed: set[str]) -> list[str]:
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        if path.name in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.name}:{number}: {line.strip()}")
    return found


def test_no_test_counts_what_openapi_yaml_defines() -> None:
    assert offending_lines(SPEC_COUNT, {"test_suite_rules.py", "test_changelog.py"}) == []


def test_no_test_names_the_revision_it_follows() -> None:
    assert offending_lines(REVISION_FILE, HISTORY) == []


def test_the_rules_catch_what_they_are_for() -> None:
    assert SPEC_COUNT.search("assert len(operations) == 100")
    assert SPEC_COUNT.search("assert len(spec_paths) > 45")
    assert not SPEC_COUNT.search("assert len(sent) == 501")
    assert not SPEC_COUNT.search("assert len(tool.description) < 1500"), "a text's length is no count"
    assert SPEC_COUNT.search("assert len(MODEL_SCHEMAS) > 100")
    assert REVISION_FILE.search('UPSTREAM = "openapi-2026-10.yaml"')


MONTHS = re.compile(
    r"january|february|march|april|may|june|july|august|september|october|november|december", re.IGNORECASE
)


def test_test_modules_are_grouped_like_the_package_and_named_for_what_they_test() -> None:
    loose = sorted(path.name for path in TESTS.glob("test_*.py"))
    assert loose == [], f"test modules belong in a group folder (client/, fake/, bot/, ...): {loose}"
    dated = sorted(str(path.relative_to(TESTS)) for path in TESTS.rglob("test_*.py") if MONTHS.search(path.stem))
    assert dated == [], f"a test module is named after what it tests, not when: {dated}"
