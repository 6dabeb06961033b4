"""Fuzz FakePachca with schemathesis, an independent property-based tester, against openapi.yaml (`make fuzz`).

    .fuzz/venv/bin/python scripts/fuzz_fake.py [--examples 40] [--seed 1] [--spec openapi.yaml]

A fresh fake is started on 127.0.0.1 (a free port, its usual seed plus a bot per bot-only operation), and
schemathesis runs every operation of openapi.yaml against it with a bounded number of examples per operation and
a fixed seed, one worker: the same cases each run. Operations only a bot may call (`x-token`, or a bot-only scope)
get a bot each, and its token (recreating the token retires it), the rest the owner's. Operations whose URL is not
the API's (`x-external-url`: the presigned upload, which goes to the storage host named by `POST /uploads`) are left
out; the fake's storage has its own tests.

Checks, and why the others are left out:
  not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
  response_headers_conformance, unsupported_method (405 with `Allow`), missing_required_header.
  Left out: positive_data_acceptance (valid by the schema is not accepted by the API: blank texts, opaque
  cursors, ids of things that do not exist), negative_data_rejection (the API's answer to an empty query
  value or an int32 overflow is not known, so the fake would have to invent refusals), and the stateful
  resource checks (use_after_free, ensure_resource_availability, ignored_auth, object_level_authorization:
  they need links and several users the fuzzer cannot set up here).

Exit status: schemathesis's (0 when every check passed). The last line gives the figures.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

# Imported at run time, as in the other scripts: mypy checks scripts/ without the package on its path.
OPERATIONS: dict[str, Any] = importlib.import_module("pachca_client.generated.operations").OPERATIONS
FakePachca: Any = importlib.import_module("pachca_client.testing").FakePachca

ROOT = Path(__file__).resolve().parent.parent
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "unsupported_method",
    "missing_required_header",
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def operation_ids(spec: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """openapi.yaml's operation ids: for the owner's token, for a bot's token, and left out (`x-external-url`)."""
    bot_only = {op.operation_id for op in OPERATIONS.values() if op.token == "bot"}
    owner, bot, external = [], [], []
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            operation_id = operation["operationId"]
            if "x-external-url" in operation:
                external.append(operation_id)
            elif operation_id in bot_only:
                bot.append(operation_id)
            else:
                owner.append(operation_id)
    return owner, bot, external


def schemathesis() -> str:
    found = Path(sys.executable).with_name("schemathesis")
    if found.exists():
        return str(found)
    which = shutil.which("schemathesis")
    if which is None:
        raise SystemExit("schemathesis is not installed here: run `make fuzz` (it makes .fuzz/venv)")
    return which


def run(spec: Path, base_url: str, token: str, ids: list[str], args: argparse.Namespace) -> tuple[int, str]:
    """One schemathesis run over these operations with this token; its exit status and output."""
    command = [
        schemathesis(),
        "run",
        str(spec),
        "--url",
        base_url,
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        ",".join(CHECKS),
        "--max-examples",
        str(args.examples),
        "--seed",
        str(args.seed),
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--request-timeout",
        "10",
        "--no-color",
        "--include-operation-id-regex",
        "^(" + "|".join(re.escape(i) for i in ids) + ")$",
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=args.workdir, check=False)
    return done.returncode, done.stdout + done.stderr


def figures(output: str) -> tuple[int, int, int]:
    """Operations tested, test cases generated and failures found, from schemathesis's summary."""
    summary = output.split("SUMMARY")[-1]

    def number(pattern: str) -> int:
        found = re.search(pattern, summary)
        return int(found.group(1)) if found else 0

    return number(r"Tested:\s+(\d+)"), number(r"(\d+) generated"), number(r"(\d+) (?:unique )?failures?")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--examples", type=int, default=40, help="test cases per operation and phase (default 40)")
    parser.add_argument("--seed", type=int, default=1, help="schemathesis's seed (default 1)")
    parser.add_argument("--workdir", type=Path, default=ROOT / ".fuzz", help="where schemathesis may write")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    owner_ids, bot_ids, external = operation_ids(spec)
    for operation_id in external:
        print(f"left out: {operation_id} (x-external-url: not served by the API host)")

    started = time.monotonic()
    status, operations, cases, failures = 0, 0, 0, 0
    with FakePachca(host="127.0.0.1", port=0) as fake:
        # Each bot-only operation gets a bot of its own: one of them recreates the token, which would leave
        # the operations after it nothing but 401s.
        runs = [("owner's token", fake.token, owner_ids)]
        for operation_id in bot_ids:
            bot = fake.add_bot(f"Fuzzer {operation_id}", chats=list(fake.state.chats.values()))
            runs.append((f"the token of a bot of its own ({operation_id})", bot.token, [operation_id]))
        for name, token, ids in runs:
            if not ids:
                continue
            code, output = run(args.spec, fake.base_url, token, ids, args)
            print(f"== schemathesis, {len(ids)} operations with {name}")
            print(output.replace(token, "<token>"))
            tested, generated, failed = figures(output)
            if tested != len(ids):  # a filter that missed, or a run that stopped early, must not pass quietly
                print(f"schemathesis tested {tested} of the {len(ids)} operations it was given")
                code = code or 1
            operations, cases, failures = operations + tested, cases + generated, failures + failed
            status = status or code
    seconds = time.monotonic() - started
    verdict = "passed" if status == 0 else f"FAILED (exit {status})"
    print(
        f"fuzz: {operations} operations, {cases} test cases ({args.examples} examples per operation and phase, "
        f"seed {args.seed}), {failures} failures, {seconds:.0f} s: {verdict}"
    )
    return status


if __name__ == "__main__":
    sys.exit(main())
