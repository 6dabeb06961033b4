"""Benchmarks of pachca_client against raw httpx + json and the official pachca-sdk.

    make bench                               # creates .bench/venv (pachca_client + pachca-sdk) and runs this
    .bench/venv/bin/python bench/run.py      # the same, by hand
    .bench/venv/bin/python bench/run.py --only parse,memory --quick

Every figure is a median over interleaved repeats (variants take turns, so a noisy neighbour hurts
them alike). Read the ratios, not the absolute times: the machine is shared and small.
The output is Markdown, ready to paste into bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import payloads  # noqa: E402

import pachca_client  # noqa: E402
from pachca_client import AsyncPachca, Pachca  # noqa: E402
from pachca_client.models import (  # noqa: E402
    GetMessageResponse,
    ListChatsResponse,
    ListUsersResponse,
    SearchMessagesResponse,
)

try:  # the official SDK: installed only in the bench environment, never a project dependency
    import pachca.models as sdk_models
    from pachca.client import PachcaClient
    from pachca.utils import RetryTransport as SdkRetryTransport
    from pachca.utils import deserialize as sdk_deserialize
except ImportError:  # pragma: no cover - bench without the SDK
    PachcaClient = None

BASE = "https://api.pachca.com/api/shared/v1"
TOKEN = "bench-token"
MESSAGE_ID = 100001
JSON_HEADERS = [("content-type", "application/json; charset=utf-8")]

Row = list[str]
REPORT: list[str] = []


def emit(line: str = "") -> None:
    print(line, flush=True)
    REPORT.append(line)


def table(header: Row, rows: list[Row]) -> None:
    emit("| " + " | ".join(header) + " |")
    emit("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
    for row in rows:
        emit("| " + " | ".join(row) + " |")
    emit()


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs" if seconds < 0.01 else f"{seconds * 1e3:,.1f} ms"


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}x"


# ---------------------------------------------------------------------------------------------- timing


def interleaved(variants: dict[str, Callable[[int], Any]], number: int, repeats: int) -> dict[str, float]:
    """Median seconds per operation; each repeat runs every variant once (`number` operations)."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for name in names:  # warm-up: imports, caches, connection pools
        variants[name](max(1, number // 10))
    for r in range(repeats):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            gc.collect()
            started = time.perf_counter()
            variants[name](number)
            samples[name].append((time.perf_counter() - started) / number)
    return {name: statistics.median(values) for name, values in samples.items()}


# ------------------------------------------------------------------------------------ transports, server


def canned(request: httpx.Request) -> httpx.Response:
    body = payloads.route(request.url.path)
    if body is None:
        return httpx.Response(404, content=b'{"errors":[]}', headers=JSON_HEADERS)
    return httpx.Response(200, content=body, headers=JSON_HEADERS)


class LoopbackProcess:
    """bench/server.py (LoopbackServer with canned JSON) in a child process: it does not share our GIL."""

    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "server.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip() + "/api/shared/v1"

    def __exit__(self, *exc_info: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


def sdk_async_client(base_url: str, transport: httpx.AsyncBaseTransport | None) -> Any:
    """pachca-sdk's own client stack (its RetryTransport over the given transport), at `base_url`."""
    inner = transport if transport is not None else httpx.AsyncHTTPTransport()
    http = httpx.AsyncClient(
        base_url=base_url,
        headers={"Authorization": f"Bearer {TOKEN}"},
        transport=SdkRetryTransport(inner),
    )
    return PachcaClient.from_client(http)


# ------------------------------------------------------------------------------------ 1. per-call overhead


def bench_overhead(quick: bool) -> None:
    emit("## 1. Per-call overhead")
    emit()
    emit(
        "`get_message(id)` (one `Message`, unwrapped from `{data}`) and `list_chats(limit=50)` (a page of 50 chats),"
        " one call at a time, median time per call. Raw = an `httpx` client + `json.loads(response.content)` (dicts,"
        " no models); raw + models = the same, then pachca_client's `from_dict` on the result, so `ours / raw+models`"
        " is the cost of everything but the models (request building, argument checks, retries, auth, error"
        " mapping). MockTransport answers in-process (client cost only); the loopback server is"
        " `LoopbackServer` in another process (adds a real socket and a slow stdlib server)."
    )
    emit()
    rows: list[Row] = []
    number, repeats = (100, 5) if quick else (300, 9)

    def row(label: str, call: str, r: dict[str, float], kind: str, sdk: str | None) -> Row:
        raw, ours, models = r[f"raw_{kind}"], r[f"ours_{kind}"], r.get(f"models_{kind}")
        sdk_time = r.get(f"sdk_{kind}")
        return [
            label,
            call,
            us(raw),
            us(models) if models else "-",
            us(ours),
            us(sdk_time) if sdk_time else (sdk or "-"),
            f"**{ratio(ours, raw)}**",
            ratio(ours, models) if models else "-",
            ratio(sdk_time, raw) if sdk_time else "-",
        ]

    # Sync, MockTransport: the client's own cost, nothing else.
    mock = httpx.MockTransport(canned)
    pachca = Pachca(TOKEN, base_url=BASE, transport=mock)
    raw = httpx.Client(base_url=BASE, headers={"Authorization": f"Bearer {TOKEN}"}, transport=mock)

    def raw_get(n: int, models: bool = False) -> None:
        for _ in range(n):
            response = raw.get(f"/messages/{MESSAGE_ID}")
            response.raise_for_status()
            payload = json.loads(response.content)
            GetMessageResponse.from_dict(payload).data if models else payload["data"]

    def raw_list(n: int, models: bool = False) -> None:
        for _ in range(n):
            response = raw.get("/chats", params={"limit": 50})
            response.raise_for_status()
            payload = json.loads(response.content)
            if models:
                ListChatsResponse.from_dict(payload)

    def ours_get(n: int) -> None:
        for _ in range(n):
            pachca.messages.get_message(MESSAGE_ID)

    def ours_list(n: int) -> None:
        for _ in range(n):
            pachca.chats.list_chats(limit=50)

    sync = interleaved(
        {
            "raw_get": raw_get,
            "models_get": lambda n: raw_get(n, models=True),
            "ours_get": ours_get,
            "raw_list": raw_list,
            "models_list": lambda n: raw_list(n, models=True),
            "ours_list": ours_list,
        },
        number,
        repeats,
    )
    pachca.close()
    raw.close()
    rows += [
        row("sync, MockTransport", "get_message", sync, "get", "n/a (async only)"),
        row("sync, MockTransport", "list_chats (50)", sync, "list", "n/a (async only)"),
    ]

    # Async, MockTransport and loopback: the three clients side by side.
    def async_rows(label: str, base_url: str, transport: httpx.AsyncBaseTransport | None, n: int) -> list[Row]:
        clients: dict[str, Any] = {}

        async def build() -> dict[str, Any]:
            extra: dict[str, Any] = {"transport": transport} if transport else {}
            clients["ours"] = AsyncPachca(TOKEN, base_url=base_url, **extra)
            clients["raw"] = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}, **extra)
            clients["sdk"] = sdk_async_client(base_url, transport) if PachcaClient else None
            return clients

        async def raw_get(models: bool = False) -> None:
            response = await clients["raw"].get(f"/messages/{MESSAGE_ID}")
            response.raise_for_status()
            payload = json.loads(response.content)
            GetMessageResponse.from_dict(payload).data if models else payload["data"]

        async def raw_list(models: bool = False) -> None:
            response = await clients["raw"].get("/chats", params={"limit": 50})
            response.raise_for_status()
            payload = json.loads(response.content)
            if models:
                ListChatsResponse.from_dict(payload)

        async def ours_get() -> None:
            await clients["ours"].messages.get_message(MESSAGE_ID)

        async def ours_list() -> None:
            await clients["ours"].chats.list_chats(limit=50)

        async def sdk_get() -> None:
            await clients["sdk"].messages.get_message(MESSAGE_ID)

        async def sdk_list() -> None:
            await clients["sdk"].chats.list_chats(sdk_models.ListChatsParams(limit=50))

        variants: dict[str, Callable[[], Awaitable[Any]]] = {
            "raw_get": raw_get,
            "models_get": lambda: raw_get(models=True),
            "ours_get": ours_get,
            "raw_list": raw_list,
            "models_list": lambda: raw_list(models=True),
            "ours_list": ours_list,
        }
        if PachcaClient is not None:
            variants.update(sdk_get=sdk_get, sdk_list=sdk_list)
        result = _run_async_bench(build, variants, n, repeats)
        return [row(label, "get_message", result, "get", None), row(label, "list_chats (50)", result, "list", None)]

    rows += async_rows("async, MockTransport", BASE, httpx.MockTransport(canned), number * 2 // 3)
    with LoopbackProcess() as url:
        rows += async_rows("async, loopback server", url, None, number // 4)
    table(
        ["transport", "call", "raw", "raw + models", "pachca_client", "pachca-sdk", "ours / raw", "ours / raw+models",
         "sdk / raw"],
        rows,
    )  # fmt: skip


def _run_async_bench(
    build: Callable[[], Awaitable[dict[str, Any]]],
    variants: dict[str, Callable[[], Awaitable[Any]]],
    number: int,
    repeats: int,
) -> dict[str, float]:
    """Build the clients and run the variants in one event loop (an httpx pool belongs to the loop it first ran in)."""

    async def main() -> dict[str, float]:
        clients = await build()
        try:
            samples: dict[str, list[float]] = {name: [] for name in variants}
            names = list(variants)
            for name in names:
                for _ in range(max(1, number // 10)):
                    await variants[name]()
            for r in range(repeats):
                order = names[r % len(names) :] + names[: r % len(names)]
                for name in order:
                    call = variants[name]
                    gc.collect()
                    started = time.perf_counter()
                    for _ in range(number):
                        await call()
                    samples[name].append((time.perf_counter() - started) / number)
            return {name: statistics.median(values) for name, values in samples.items()}
        finally:
            await clients["ours"].close()
            await clients["raw"].aclose()
            if clients["sdk"] is not None:
                await clients["sdk"].close()

    return asyncio.run(main())


# ---------------------------------------------------------------------------------------------- 2. parsing


def bench_parse(quick: bool) -> None:
    emit("## 2. Parsing a page into models")
    emit()
    emit(
        "From the response bytes to objects: `json.loads` alone (dicts), `json.loads` + pachca_client's"
        " `from_dict`, `json.loads` + pachca-sdk's `deserialize`. Ratio is to `json.loads` alone."
    )
    emit()
    cases = [
        ("search page, 200 messages", payloads.SEARCH_PAGE_BODY, SearchMessagesResponse,
         getattr(sdk_models, "SearchMessagesResponse", None) if PachcaClient else None),
        ("users page, 50 users", payloads.USERS_PAGE_BODY, ListUsersResponse,
         getattr(sdk_models, "ListUsersResponse", None) if PachcaClient else None),
    ]  # fmt: skip
    rows: list[Row] = []
    for label, body, ours, theirs in cases:
        number = max(5, int((10 if quick else 30) * 130_000 / len(body)))

        def plain(n: int, body: bytes = body, loads: Any = json.loads) -> None:
            for _ in range(n):
                loads(body)

        def ours_parse(n: int, body: bytes = body, model: Any = ours, loads: Any = json.loads) -> None:
            for _ in range(n):
                model.from_dict(loads(body))

        def sdk_parse(n: int, body: bytes = body, model: Any = theirs, loads: Any = json.loads) -> None:
            for _ in range(n):
                sdk_deserialize(model, loads(body))

        # same content, same count: a sanity check that both parsed the whole page
        if theirs is not None:
            assert len(ours.from_dict(json.loads(body)).data) == len(sdk_deserialize(theirs, json.loads(body)).data)
        result = interleaved({"json": plain, "ours": ours_parse}, number, 5 if quick else 11)
        sdk_time = interleaved({"sdk": sdk_parse}, max(1, number // 40), 3)["sdk"] if theirs is not None else None
        rows.append(
            [
                label,
                f"{len(body) / 1024:.0f} KiB",
                us(result["json"]),
                us(result["ours"]),
                us(sdk_time) if sdk_time else "-",
                ratio(result["ours"], result["json"]),
                ratio(sdk_time, result["json"]) if sdk_time else "-",
            ]
        )
    table(["page", "size", "json.loads", "pachca_client", "pachca-sdk", "ours / json", "sdk / json"], rows)


# --------------------------------------------------------------------------------------- 3. pagination memory


def paging_transport(last_page: int) -> httpx.MockTransport:
    """Pages of 50 chats made on the fly; the cursor names the next page number."""

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        page = int(cursor.removeprefix("page-")) if cursor else 1
        return httpx.Response(200, content=payloads.chats_page(page, last_page), headers=JSON_HEADERS)

    return httpx.MockTransport(handler)


def traced(run: Callable[[], Awaitable[int]]) -> tuple[int, int, float]:
    """(items, peak traced bytes above the start, seconds) of an async run under tracemalloc."""

    async def main() -> tuple[int, int, float]:
        gc.collect()
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        started = time.perf_counter()
        count = await run()
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.stop()
        return count, peak, elapsed

    return asyncio.run(main())


def walker(kind: str, pages: int) -> Callable[[], Awaitable[int]]:
    """A coroutine walking `pages` pages of 50 chats with one client; returns the number of chats."""

    async def ours() -> int:
        async with AsyncPachca(TOKEN, base_url=BASE, transport=paging_transport(pages)) as client:
            count = 0
            async for _chat in client.chats.list_chats_iter(limit=50):
                count += 1
            return count

    async def ours_sync() -> int:
        with Pachca(TOKEN, base_url=BASE, transport=paging_transport(pages)) as client:
            return sum(1 for _chat in client.chats.list_chats_iter(limit=50))

    async def sdk() -> int:
        client = sdk_async_client(BASE, paging_transport(pages))
        try:
            return len(await client.chats.list_chats_all(sdk_models.ListChatsParams(limit=50)))
        finally:
            await client.close()

    return {"ours": ours, "ours_sync": ours_sync, "sdk": sdk}[kind]


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def rss_child(kind: str, pages: int) -> None:
    """Child process: walk untraced, print the resident-memory high-water mark above the start (KiB)."""
    asyncio.run(walker(kind, 2)())  # imports and caches first
    gc.collect()
    before = _status_kib("VmRSS")
    started = time.perf_counter()
    count = asyncio.run(walker(kind, pages)())
    elapsed = time.perf_counter() - started
    print(json.dumps({"count": count, "kib": _status_kib("VmHWM") - before, "seconds": elapsed}))


def bench_memory(quick: bool) -> None:
    pages_big = 400 if quick else 2_000
    pages_small = pages_big // 10
    sdk_traced_pages = pages_big // 10
    emit("## 3. Pagination memory")
    emit()
    emit(
        f"Walking {pages_big * 50:,} chats ({pages_big:,} pages of 50, made on the fly by a MockTransport)."
        " pachca_client: `async for chat in pachca.chats.list_chats_iter(limit=50)` (nothing kept);"
        " pachca-sdk: `await client.chats.list_chats_all(ListChatsParams(limit=50))`, its way to walk a listing."
        " Peak = tracemalloc peak above the start (client construction included, after a warm-up walk)."
        " Tracing slows pachca-sdk's parsing ~7x, so it is traced on the smaller walk only; the resident-memory"
        " high-water mark (VmHWM, untraced, fresh process) covers the full walk for both."
    )
    emit()

    for kind in ("ours", "ours_sync") + (("sdk",) if PachcaClient is not None else ()):
        asyncio.run(walker(kind, 2)())  # warm-up: imports, caches

    # One parsed page, for scale (after the warm-up: the first parse imports the models).
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    page = pachca_client.models.ListChatsResponse.from_dict(json.loads(payloads.chats_page(1, 1)))
    one_page = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del page

    runs = [("ours", 1), ("ours", pages_small), ("ours", pages_big), ("ours_sync", pages_big)]
    if PachcaClient is not None:
        runs.append(("sdk", sdk_traced_pages))
    labels = {
        "ours": "pachca_client `AsyncPachca` `_iter`",
        "ours_sync": "pachca_client `Pachca` `_iter`",
        "sdk": "pachca-sdk `list_chats_all()`",
    }
    rows: list[Row] = []
    for kind, pages in runs:
        count, peak, elapsed = traced(walker(kind, pages))
        assert count == pages * 50, count
        rows.append(
            [labels[kind], "tracemalloc peak", f"{count:,}", f"{peak / 1024:,.0f} KiB", f"{peak / one_page:.1f}",
             f"{elapsed:.1f} s (traced)"]
        )  # fmt: skip
    for kind in ("ours",) + (("sdk",) if PachcaClient is not None else ()):
        done = subprocess.run(
            [sys.executable, __file__, "--rss-child", f"{kind}:{pages_big}"], check=True, capture_output=True, text=True
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result["count"] == pages_big * 50, result
        rows.append(
            [labels[kind], "RSS high-water", f"{result['count']:,}", f"{result['kib']:,} KiB",
             "-", f"{result['seconds']:.1f} s"]
        )  # fmt: skip
    emit(
        f"One parsed page of 50 chats (a `ListChatsResponse`) takes {one_page / 1024:,.0f} KiB. The 50-item walk"
        " (one page) is the floor: the client itself, one page's body, its JSON and its models."
    )
    emit()
    table(["client", "measure", "items", "peak above start", "peak / one page", "time"], rows)


# ----------------------------------------------------------------------------------------- 4. async throughput


def bench_throughput(quick: bool) -> None:
    total, in_flight = (1_000 if quick else 2_000), 50
    repeats = 3
    limits = pachca_client._client.DEFAULT_LIMITS
    emit("## 4. Async throughput")
    emit()
    emit(
        f"{total:,} `get_message` calls, {in_flight} in flight, over one client, against the loopback server in"
        " another process; median of 3 interleaved runs. Client CPU = this process's CPU time per request (the"
        " server's is not counted). Each client runs with its own defaults; the second raw row uses"
        f" pachca_client's pool limits (max_keepalive_connections={limits.max_keepalive_connections},"
        " httpx's default is 20), to separate the pool setting from the client's code."
    )
    emit()

    async def one_run(url: str, kind: str) -> tuple[float, float]:
        if kind == "ours":
            client: Any = AsyncPachca(TOKEN, base_url=url)

            async def call() -> Any:
                return await client.messages.get_message(MESSAGE_ID)

            close = client.close
        else:
            extra = {"limits": limits} if kind == "raw_limits" else {}
            client = httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}, **extra)

            async def call() -> Any:
                response = await client.get(f"/messages/{MESSAGE_ID}")
                response.raise_for_status()
                return json.loads(response.content)["data"]

            close = client.aclose
        queue = iter(range(total))

        async def worker() -> None:
            for _ in queue:
                await call()

        try:
            await asyncio.gather(*(call() for _ in range(in_flight)))  # open the connections first
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(worker() for _ in range(in_flight)))
            return time.perf_counter() - wall, time.process_time() - cpu
        finally:
            await close()

    kinds = ["raw", "raw_limits", "ours"]
    walls: dict[str, list[float]] = {k: [] for k in kinds}
    cpus: dict[str, list[float]] = {k: [] for k in kinds}
    with LoopbackProcess() as url:
        for r in range(repeats):
            for kind in kinds[r % len(kinds) :] + kinds[: r % len(kinds)]:
                wall, cpu = asyncio.run(one_run(url, kind))
                walls[kind].append(wall)
                cpus[kind].append(cpu)
    wall = {k: statistics.median(v) for k, v in walls.items()}
    cpu = {k: statistics.median(v) for k, v in cpus.items()}
    labels = {
        "raw": "raw httpx.AsyncClient + json (httpx defaults)",
        "raw_limits": "raw httpx.AsyncClient + json (pachca_client's limits)",
        "ours": "pachca_client AsyncPachca (defaults)",
    }
    rows = [
        [labels[k], f"{total / wall[k]:,.0f} req/s", f"**{ratio(wall['raw'], wall[k])}**",
         ratio(wall["raw_limits"], wall[k]), us(cpu[k] / total), ratio(cpu[k], cpu["raw"])]
        for k in kinds
    ]  # fmt: skip
    table(
        ["client", "throughput", "vs raw (defaults)", "vs raw (same limits)", "client CPU / request", "CPU vs raw"],
        rows,
    )


# ---------------------------------------------------------------------------------------------- 5. imports


IMPORT_SNIPPETS = {
    "import httpx": "import httpx",
    "import httpx; httpx.Client()": "import httpx\nhttpx.Client().close()",
    "import pachca_client": "import pachca_client",
    "import pachca_client; Pachca(token)": "import pachca_client\npachca_client.Pachca('t').close()",
    "import pachca_client; AsyncPachca(token)": "import pachca_client\npachca_client.AsyncPachca('t')",
    "import pachca.client (pachca-sdk)": "import pachca.client",
    "import pachca.client; PachcaClient(token) (pachca-sdk)": "import pachca.client\npachca.client.PachcaClient('t')",
}


def bench_imports(quick: bool) -> None:
    runs = 5 if quick else 11
    emit("## 5. Import time")
    emit()
    emit(
        "A fresh `python -c` each time, timed inside the child with `time.perf_counter()` around the snippet"
        f" (interpreter start-up not included); median of {runs} runs. Bytecode is compiled first"
        " (`compileall`), as `pip install` does."
    )
    emit()
    snippets = dict(IMPORT_SNIPPETS)
    if PachcaClient is None:
        snippets = {name: code for name, code in snippets.items() if "pachca-sdk" not in name}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "pachca_client")], check=True, stdout=subprocess.DEVNULL
    )
    env = {key: value for key, value in os.environ.items() if key not in ("PACHCA_LOG", "PACHCA_TOKEN")}
    samples: dict[str, list[float]] = {name: [] for name in snippets}
    for r in range(runs):
        names = list(snippets)
        for name in names[r % len(names) :] + names[: r % len(names)]:
            wrapped = "import time\n_t = time.perf_counter()\n" + snippets[name] + "\nprint(time.perf_counter() - _t)"
            out = subprocess.run([sys.executable, "-c", wrapped], check=True, capture_output=True, text=True, env=env)
            samples[name].append(float(out.stdout.strip().splitlines()[-1]))
    median = {k: statistics.median(v) for k, v in samples.items()}
    base, client_base = median["import httpx"], median["import httpx; httpx.Client()"]
    rows = [
        [f"`{name}`", f"{median[name] * 1e3:.0f} ms", f"{(median[name] - base) * 1e3:+.0f} ms",
         f"{(median[name] - client_base) * 1e3:+.0f} ms" if "(" in name else ""]
        for name in snippets
    ]  # fmt: skip
    table(["snippet", "median", "over `import httpx`", "over `httpx.Client()`"], rows)


# ------------------------------------------------------------------------------------------- 6. generation


def bench_generate(quick: bool) -> None:
    runs = 1 if quick else 3
    dev_python = ROOT / ".venv" / "bin" / "python"
    emit("## 6. Generation")
    emit()
    if not dev_python.exists():
        emit("Skipped: the dev environment `.venv` (openapi-python-client) is missing; run `make setup`.")
        emit()
        return
    emit(
        f"`scripts/generate.py --check` (a full generation into a temporary folder, ruff fix + format, and the"
        f" diff against the committed tree), with the dev `.venv`; median of {runs} runs."
    )
    emit()
    times, status = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [str(dev_python), "scripts/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True
        )
        times.append(time.perf_counter() - started)
        status = "up to date" if done.returncode == 0 else "STALE (make generate)"
    modules = sum(1 for _ in (ROOT / "pachca_client" / "generated").rglob("*.py"))
    row = ["python scripts/generate.py --check", f"{statistics.median(times):.1f} s", str(modules), status]
    table(["command", "median", "modules", "result"], [row])


# ------------------------------------------------------------------------------------------------- main

SECTIONS: dict[str, Callable[[bool], None]] = {
    "overhead": bench_overhead,
    "parse": bench_parse,
    "memory": bench_memory,
    "throughput": bench_throughput,
    "imports": bench_imports,
    "generate": bench_generate,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument("--quick", action="store_true", help="fewer repeats and items (a smoke run, noisier)")
    parser.add_argument("--output", type=Path, help="also write the Markdown report to this file")
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)  # KIND:PAGES, used by the memory section
    args = parser.parse_args(argv)
    if args.rss_child:
        kind, pages = args.rss_child.split(":")
        rss_child(kind, int(pages))
        return 0
    chosen = args.only.split(",") if args.only else list(SECTIONS)
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    os.environ.pop("PACHCA_LOG", None)

    sdk_version = "not installed"
    if PachcaClient is not None:
        from importlib.metadata import version

        sdk_version = version("pachca-sdk")
    emit(
        f"pachca_client {pachca_client.__version__}, pachca-sdk {sdk_version}, httpx {httpx.__version__},"
        f" Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs"
    )
    emit()
    started = time.perf_counter()
    for name in chosen:
        SECTIONS[name](args.quick)
    emit(f"Total bench time: {time.perf_counter() - started:.0f} s.")
    if args.output:
        args.output.write_text("\n".join(REPORT) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
