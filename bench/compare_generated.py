"""Parse the message pages with two or more copies of the generated package, side by side.

    cp -rL pachca_client/generated /tmp/trees/gen_before        # a copy (not a symlink) of each tree
    ... change a template, make generate ...
    cp -rL pachca_client/generated /tmp/trees/gen_after
    taskset -c 1 .venv/bin/python bench/compare_generated.py /tmp/trees/gen_before /tmp/trees/gen_after

For a change to the generated models: every tree parses the same bytes (the 200-message search page and
the 50-message page) as the client does (`json.loads` and `from_dict` in one GC pause), in the interleaved
repeats of bench/run.py, beside `json.loads` alone, and each is reported as its ratio to `json.loads`: the ratio of the
medians, and the median of the per-repeat ratios with their interquartile range. Pinning the process to
one core (`taskset`) narrows the range. Each tree is imported under its folder's name, so the folders'
names must differ and be valid identifiers.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import payloads
from run import interleaved

PAGES = [
    ("search page, 200 messages", payloads.SEARCH_PAGE_BODY, "SearchMessagesResponse", 30),
    ("messages page, 50 messages", payloads.MESSAGES_PAGE_BODY, "ListChatMessagesResponse", 120),
]


def parser_of(tree: Path, model: str, body: bytes) -> Callable[[], Any]:
    sys.path.insert(0, str(tree.parent))
    try:
        models = importlib.import_module(f"{tree.name}.models")
        validation = importlib.import_module(f"{tree.name}.validation")
    finally:
        sys.path.remove(str(tree.parent))
    from_dict, pause = getattr(models, model).from_dict, validation.without_gc_pauses
    return lambda: pause(lambda: from_dict(json.loads(body)))


def compare(trees: list[Path], repeats: int) -> None:
    for label, body, model, number in PAGES:
        parsers = {"json.loads": lambda body=body: json.loads(body)}
        parsers.update({tree.name: parser_of(tree, model, body) for tree in trees})
        timings = interleaved({name: _times(parse) for name, parse in parsers.items()}, number, repeats)
        base = timings["json.loads"]
        print(f"{label}: json.loads {base.median * 1e6:.0f} µs")
        for tree in trees:
            ratios = [ours / plain for plain, ours in zip(base.raw, timings[tree.name].raw, strict=True)]
            quartiles = statistics.quantiles(ratios, n=4)
            print(
                f"  {tree.name}: {timings[tree.name].median / base.median:.3f}x (median of per-repeat ratios"
                f" {statistics.median(ratios):.3f}x, interquartile {quartiles[0]:.2f}-{quartiles[2]:.2f})"
            )


def _times(parse: Callable[[], Any]) -> Callable[[int], None]:
    def run(number: int) -> None:
        for _ in range(number):
            parse()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", type=Path, help="copies of pachca_client/generated")
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.trees]
    if len({tree.name for tree in trees}) != len(trees):
        parser.error("the trees' folder names must differ (each is imported under its name)")
    compare(trees, args.repeats)


if __name__ == "__main__":
    main()
