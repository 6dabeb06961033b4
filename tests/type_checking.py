"""Type-checking a small program the way a user's code is checked: `mypy --strict` (skipped without mypy)."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")


def mypy_report(tmp_path: Path, program: str) -> str:
    """What `mypy --strict` says of `program` (written to tmp_path/program.py); empty when it type-checks."""
    path = tmp_path / "program.py"
    path.write_text(program, encoding="utf-8")
    out, err, _ = mypy_api.run(["--strict", "--follow-imports=silent", "--no-error-summary", str(path)])
    return out + err
