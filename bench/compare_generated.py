"""Parse the message pages with two or more copies of the generated package, side by side.

    cp -rL pachca_client/generated /tmp/trees/gen_before        # a copy (not a symlink) of each tree
    ... change a template, make generate ...
    cp -rL pachca_client/generated /tmp/trees/gen_after
    taskset -c 1 .venv/bin/python bench/compare_generated.py /tmp/trees/gen_before /tmp/trees/gen_after

For a change to the generated models: every tree parses the same bytes (the 200-message search page and
the 50-message page) as the client does (`json.loads` and `from_dict` in one GC pause), in interleaved
repeats with `json.loads` alone, and each is reported as its ratio to `json.loads`: the ratio of the
medians, and the median of the per-repeat ratios with their interquartile range. Pinning the process to
one core (`taskset`) narrows the range. Each tree is imported under its folder's name, so the folders'
names must differ and be valid identifiers.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import payloads

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
        variants: dict[str, Callable[[], Any]] = {"json.loads": lambda body=body: json.loads(body)}
        variants.update({tree.name: parser_of(tree, model, body) for tree in trees})
        samples: dict[str, list[float]] = {name: [] for name in variants}
        names = list(variants)
        for name in names:  # warm-up
            variants[name]()
        for r in range(repeats):
            for name in names[r % len(names) :] + names[: r % len(names)]:
                run = variants[name]
                gc.collect()
                started = time.perf_counter()
                for _ in range(number):
                    run()
                samples[name].append((time.perf_counter() - started) / number)
        base = samples["json.loads"]
        print(f"{label}: json.loads {statistics.median(base) * 1e6:.0f} µs")
        for tree in trees:
            ratios = sorted(ours / plain for plain, ours in zip(base, samples[tree.name], strict=True))
            quartiles = statistics.quantiles(ratios, n=4)
            of_medians = statistics.median(samples[tree.name]) / statistics.median(base)
            print(
                f"  {tree.name}: {of_medians:.3f}x (median of per-repeat ratios {statistics.median(ratios):.3f}x,"
                f" interquartile {quartiles[0]:.2f}-{quartiles[2]:.2f})"
            )


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
