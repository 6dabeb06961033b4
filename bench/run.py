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
import datetime
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
from pachca_client._reading import without_gc_pauses  # noqa: E402
from pachca_client.models import (  # noqa: E402
    GetChatResponse,
    ListChatMessagesResponse,
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

try:  # the `fast` extra; in the bench venv only
    import orjson
except ImportError:  # pragma: no cover - the project venv
    orjson = None

from pachca_client import _answers  # noqa: E402


def client_decoder(fast: bool) -> None:
    """Make pachca_client decode with orjson (`fast`) or with the json module, whatever is installed.

    The client uses orjson whenever the `fast` extra is installed, as it is in the bench venv: every
    "pachca_client" figure is taken with the json module, like its raw baseline, and the orjson figures
    are compared with a raw baseline that decodes with orjson too.
    """
    _answers._orjson = orjson if fast else None


BASE = "https://api.pachca.com/api/shared/v1"
TOKEN = "bench-token"
MESSAGE_ID = 100001
CHAT_ID = 7001
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


class Timing:
    """Seconds per operation of one variant: the median of interleaved repeats, and their range."""

    def __init__(self, samples: list[float]) -> None:
        self.raw = list(samples)  # in run order: repeat i of every variant ran back to back
        self.median = statistics.median(samples)
        self.low, self.high = min(samples), max(samples)

    def __str__(self) -> str:
        return f"{us(self.median)} ({us_bare(self.low)}–{us_bare(self.high)})"


def us_bare(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f}" if seconds < 0.01 else f"{seconds * 1e3:,.1f} ms"


def spread(value: Timing, base: Timing) -> str:
    """The ratio of the medians, and the range of the ratios of the same repeats (they ran back to back)."""
    pairs = sorted(v / b for v, b in zip(value.raw, base.raw, strict=True))
    return f"**{value.median / base.median:.2f}x** ({pairs[0]:.2f}–{pairs[-1]:.2f})"


def interleaved(variants: dict[str, Callable[[int], Any]], number: int, repeats: int) -> dict[str, Timing]:
    """Per-operation timings; each repeat runs every variant once (`number` operations), in rotating order."""
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
    return {name: _timing(values) for name, values in samples.items()}


def _timing(values: list[float]) -> Timing:
    return Timing(values)


# ------------------------------------------------------------------------------------ transports, server


def canned(request: httpx.Request) -> httpx.Response:
    body = payloads.route(request.url.path)
    if body is None:
        return httpx.Response(404, content=b'{"errors":[]}', headers=JSON_HEADERS)
    return httpx.Response(200, content=body, headers=JSON_HEADERS)


class LoopbackProcess:
    """A bench server in a child process (it does not share our GIL): bench/server.py (LoopbackServer with the
    canned JSON) or bench/h2_server.py. The child prints its URL and stops when its stdin closes."""

    def __init__(self, script: str = "server.py") -> None:
        self.script = script

    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / self.script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
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

# One call of each kind: (label, path, query params, the page model for "raw + models", where the items are).
CALLS: list[tuple[str, str, dict[str, Any], Any]] = [
    ("get_chat", f"/chats/{CHAT_ID}", {}, GetChatResponse),
    ("list_chat_messages (50)", "/messages", {"chat_id": 5000, "limit": 50}, ListChatMessagesResponse),
    ("search_messages (200)", "/search/messages", {"query": "deploy", "limit": 200}, SearchMessagesResponse),
]


def one_string(base_url: str, path: str, params: dict[str, Any]) -> str:
    """The whole URL of a call as text, for the raw client that parses it once (`httpx.Request(url)`)."""
    return f"{base_url}{path}" + (f"?{httpx.QueryParams(params)}" if params else "")


def _ours_sync(pachca: Pachca, label: str) -> Callable[[], Any]:
    return {
        "get_chat": lambda: pachca.chats.get_chat(CHAT_ID),
        "list_chat_messages (50)": lambda: pachca.messages.list_chat_messages(chat_id=5000, limit=50),
        "search_messages (200)": lambda: pachca.search.search_messages(query="deploy", limit=200),
    }[label]


def bench_overhead(quick: bool) -> None:
    emit("## 1. Per-call overhead")
    emit()
    emit(
        "One call at a time, median time per call with the range over the interleaved repeats in brackets (µs)."
        " Raw = an `httpx` client + `json.loads(response.content)` (dicts, nothing validated); raw + models = the"
        " same, then pachca_client's validating `from_dict`, so `ours / raw+models` is the cost of everything but"
        " the models (argument checks, request building, retries, auth, error mapping). Both decode with the json"
        " module; the orjson columns decode with orjson on both sides (raw + orjson = the raw client with"
        " `orjson.loads`). The raw client is httpx used as documented: `base_url` and `params` merged by"
        " `client.get()`, which parses the URL three times, and a cookie jar updated from every answer."
        " pachca_client joins the URL text once and keeps no cookies (the API uses none), the same request on"
        " the wire for about 40 µs less a call: that is why a light call costs less than raw. The one-parse"
        " raw client sends `httpx.Request(whole_url_text, headers=...)`, the cheapest request plain httpx"
        " makes (its cookie jar still on): `ours / one-parse raw` is the overhead against that."
        " pachca_client runs with `rate_limits=False` (its proactive limiter would otherwise pace the loop to"
        " Pachca's 50 requests a second). MockTransport answers in-process (client cost only): the primary"
        " figure. The loopback rows add a real socket and the slow stdlib server in another process (noisy)."
        " The ratio's range is that of the per-repeat ratios."
    )
    emit()
    rows: list[Row] = []
    number, repeats = (60, 5) if quick else (200, 11)

    def row(label: str, call: str, r: dict[str, Timing], kind: str, sdk: str | None) -> Row:
        raw, ours, models = r[f"raw_{kind}"], r[f"ours_{kind}"], r.get(f"models_{kind}")
        sdk_time = r.get(f"sdk_{kind}")
        raw_fast, ours_fast = r.get(f"rawfast_{kind}"), r.get(f"oursfast_{kind}")
        lean = r[f"lean_{kind}"]
        return [
            label,
            call,
            str(raw),
            str(lean),
            str(models) if models else "-",
            str(ours),
            str(sdk_time) if sdk_time else (sdk or "-"),
            spread(ours, raw),
            f"{ours.median / lean.median:.2f}x",
            f"{ours.median / models.median:.2f}x" if models else "-",
            str(ours_fast) if ours_fast else "-",
            f"{ours_fast.median / raw_fast.median:.2f}x" if ours_fast and raw_fast else "-",
            f"{sdk_time.median / raw.median:.2f}x" if sdk_time else "-",
        ]

    # Sync, MockTransport: the client's own cost, nothing else.
    mock = httpx.MockTransport(canned)
    pachca = Pachca(TOKEN, base_url=BASE, transport=mock, rate_limits=False)
    raw = httpx.Client(base_url=BASE, headers={"Authorization": f"Bearer {TOKEN}"}, transport=mock)
    variants: dict[str, Callable[[int], Any]] = {}
    for index, (label, path, params, page) in enumerate(CALLS):

        def raw_call(
            n: int, path: str = path, params: dict[str, Any] = params, page: Any = None, loads: Any = json.loads
        ) -> None:
            for _ in range(n):
                response = raw.get(path, params=params)
                response.raise_for_status()
                payload = loads(response.content)
                if page is not None:
                    page.from_dict(payload)

        call = _ours_sync(pachca, label)

        def ours_call(n: int, call: Callable[[], Any] = call, fast: bool = False) -> None:
            client_decoder(fast)
            for _ in range(n):
                call()

        def lean_call(n: int, url: str = one_string(BASE, path, params)) -> None:
            for _ in range(n):
                response = raw.send(httpx.Request("GET", url, headers=raw.headers))
                response.raise_for_status()
                json.loads(response.content)

        variants[f"raw_{index}"] = raw_call
        variants[f"lean_{index}"] = lean_call
        variants[f"models_{index}"] = lambda n, f=raw_call, p=page: f(n, page=p)
        variants[f"ours_{index}"] = ours_call
        if orjson is not None:
            variants[f"rawfast_{index}"] = lambda n, f=raw_call: f(n, loads=orjson.loads)
            variants[f"oursfast_{index}"] = lambda n, f=ours_call: f(n, fast=True)
    sync = interleaved(variants, number, repeats)
    pachca.close()
    raw.close()
    for index, (label, *_rest) in enumerate(CALLS):
        rows.append(row("sync, MockTransport", label, sync, str(index), "n/a (async only)"))

    # Async, MockTransport and loopback: the three clients side by side.
    def async_rows(label: str, base_url: str, transport: httpx.AsyncBaseTransport | None, n: int) -> list[Row]:
        clients: dict[str, Any] = {}

        async def build() -> dict[str, Any]:
            extra: dict[str, Any] = {"transport": transport} if transport else {}
            clients["ours"] = AsyncPachca(TOKEN, base_url=base_url, rate_limits=False, **extra)
            clients["raw"] = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}, **extra)
            clients["sdk"] = sdk_async_client(base_url, transport) if PachcaClient else None
            return clients

        variants: dict[str, Callable[[], Awaitable[Any]]] = {}
        for index, (call, path, params, page) in enumerate(CALLS):

            async def raw_call(
                path: str = path, params: dict[str, Any] = params, page: Any = None, loads: Any = json.loads
            ) -> None:
                response = await clients["raw"].get(path, params=params)
                response.raise_for_status()
                payload = loads(response.content)
                if page is not None:
                    page.from_dict(payload)

            async def ours_call(call: str = call, fast: bool = False) -> None:
                client_decoder(fast)
                ours = clients["ours"]
                if call == "get_chat":
                    await ours.chats.get_chat(CHAT_ID)
                elif call.startswith("list_chat_messages"):
                    await ours.messages.list_chat_messages(chat_id=5000, limit=50)
                else:
                    await ours.search.search_messages(query="deploy", limit=200)

            async def sdk_call(call: str = call) -> None:
                sdk = clients["sdk"]
                if call == "get_chat":
                    await sdk.chats.get_chat(CHAT_ID)
                elif call.startswith("list_chat_messages"):
                    await sdk.messages.list_chat_messages(sdk_models.ListChatMessagesParams(chat_id=5000, limit=50))
                else:
                    await sdk.search.search_messages(sdk_models.SearchMessagesParams(query="deploy", limit=200))

            async def lean_call(url: str = one_string(base_url, path, params)) -> None:
                response = await clients["raw"].send(httpx.Request("GET", url, headers=clients["raw"].headers))
                response.raise_for_status()
                json.loads(response.content)

            variants[f"raw_{index}"] = raw_call
            variants[f"lean_{index}"] = lean_call
            variants[f"models_{index}"] = lambda f=raw_call, p=page: f(page=p)
            variants[f"ours_{index}"] = ours_call
            if orjson is not None:
                variants[f"rawfast_{index}"] = lambda f=raw_call: f(loads=orjson.loads)
                variants[f"oursfast_{index}"] = lambda f=ours_call: f(fast=True)
            if PachcaClient is not None:
                variants[f"sdk_{index}"] = sdk_call
        result = _run_async_bench(build, variants, n, repeats)
        return [row(label, call, result, str(index), None) for index, (call, *_rest) in enumerate(CALLS)]

    rows += async_rows("async, MockTransport", BASE, httpx.MockTransport(canned), number * 2 // 3)
    if not quick:
        with LoopbackProcess() as url:
            rows += async_rows("async, loopback server", url, None, number // 4)
    table(
        ["transport", "call", "raw", "raw, one URL parse", "raw + models", "pachca_client", "pachca-sdk", "ours / raw",
         "ours / one-parse raw", "ours / raw+models", "pachca_client + orjson", "/ raw + orjson", "sdk / raw"],
        rows,
    )  # fmt: skip


def _run_async_bench(
    build: Callable[[], Awaitable[dict[str, Any]]],
    variants: dict[str, Callable[[], Awaitable[Any]]],
    number: int,
    repeats: int,
) -> dict[str, Timing]:
    """Build the clients and run the variants in one event loop (an httpx pool belongs to the loop it first ran in).

    A variant whose name ends in the index of a big page runs fewer calls per repeat (as in the sync rows).
    """

    def calls_of(name: str) -> int:
        index = int(name.rsplit("_", 1)[1])
        scale = max(1, len(payloads.route(CALLS[index][1]) or b"") // 40_000)
        return max(1, number // scale)

    async def main() -> dict[str, Timing]:
        clients = await build()
        try:
            samples: dict[str, list[float]] = {name: [] for name in variants}
            names = list(variants)
            for name in names:
                for _ in range(max(1, calls_of(name) // 10)):
                    await variants[name]()
            for r in range(repeats):
                order = names[r % len(names) :] + names[: r % len(names)]
                for name in order:
                    call, count = variants[name], calls_of(name)
                    gc.collect()
                    started = time.perf_counter()
                    for _ in range(count):
                        await call()
                    samples[name].append((time.perf_counter() - started) / count)
            return {name: _timing(values) for name, values in samples.items()}
        finally:
            await clients["ours"].close()
            await clients["raw"].aclose()
            if clients["sdk"] is not None:
                await clients["sdk"].close()

    return asyncio.run(main())


# ---------------------------------------------------------------------------------------------- 2. parsing


def bench_parse(quick: bool) -> None:
    emit("## 2. Parsing a page into validated models")
    emit()
    emit(
        "From the response bytes to objects, median per page with the range over the interleaved repeats"
        " (µs). `json.loads` alone gives dicts and checks nothing: the baseline. pachca_client = `json.loads` +"
        " the generated `from_dict`, which validates every field (types, required, nullable, formats, enums,"
        " nested objects) and builds the attrs models, both in one pause of the cyclic garbage collector, as"
        " the client decodes every answer (the pause alone, on `json.loads`, is the column beside it); with"
        " orjson = the same with `orjson.loads` (the `fast` extra). The validating references decode and"
        " validate the same schema into their own objects:"
        " msgspec `json.decode(body, type=...)` (Structs), pydantic v2 `Model.model_validate_json(body)`."
        " pachca-sdk's `deserialize` builds its dataclasses and checks nothing. Ratios are to `json.loads`."
    )
    emit()
    try:
        import reference_models
    except ImportError:  # msgspec / pydantic are in the bench venv only
        reference_models = None
    cases = [
        ("search page, 200 messages", payloads.SEARCH_PAGE_BODY, SearchMessagesResponse, "search",
         getattr(sdk_models, "SearchMessagesResponse", None) if PachcaClient else None),
        ("messages page, 50 messages", payloads.MESSAGES_PAGE_BODY, ListChatMessagesResponse, "messages",
         getattr(sdk_models, "ListChatMessagesResponse", None) if PachcaClient else None),
        ("users page, 50 users", payloads.USERS_PAGE_BODY, ListUsersResponse, None,
         getattr(sdk_models, "ListUsersResponse", None) if PachcaClient else None),
        ("one chat", payloads.CHAT_BODY, GetChatResponse, None, None),
    ]  # fmt: skip
    rows: list[Row] = []
    for label, body, ours, reference, theirs in cases:
        number = max(5, int((8 if quick else 30) * 130_000 / len(body)))
        number = min(number, 2_000)
        variants: dict[str, Callable[[int], Any]] = {}

        def plain(n: int, body: bytes = body, loads: Any = json.loads) -> None:
            for _ in range(n):
                loads(body)

        def ours_parse(n: int, body: bytes = body, model: Any = ours, loads: Any = json.loads) -> None:
            for _ in range(n):  # as the client does it (_client._finish): decoded and validated in one GC pause
                without_gc_pauses(lambda: model.from_dict(loads(body)))

        def plain_paused(n: int, body: bytes = body) -> None:
            for _ in range(n):
                without_gc_pauses(json.loads, body)

        variants["json"], variants["ours"], variants["json_paused"] = plain, ours_parse, plain_paused
        if orjson is not None:
            variants["orjson"] = lambda n, f=plain: f(n, loads=orjson.loads)
            variants["ours_orjson"] = lambda n, f=ours_parse: f(n, loads=orjson.loads)
        if reference_models is not None and reference is not None:
            import msgspec

            ms_type, pd_type = reference_models.PAGES[reference]
            decoder = msgspec.json.Decoder(ms_type)
            assert len(decoder.decode(body).data) == len(ours.from_dict(json.loads(body)).data)
            variants["msgspec"] = lambda n, f=plain, d=decoder: f(n, loads=d.decode)
            variants["pydantic"] = lambda n, f=plain, m=pd_type: f(n, loads=m.model_validate_json)
        result = interleaved(variants, number, 5 if quick else 11)
        sdk_time = None
        if theirs is not None:
            assert len(ours.from_dict(json.loads(body)).data) == len(sdk_deserialize(theirs, json.loads(body)).data)

            def sdk_parse(n: int, body: bytes = body, model: Any = theirs) -> None:
                for _ in range(n):
                    sdk_deserialize(model, json.loads(body))

            sdk_time = interleaved({"sdk": sdk_parse}, max(1, number // 40), 3)["sdk"]
        base = result["json"]

        def cell(name: str, result: dict[str, Timing] = result) -> str:
            return str(result[name]) if name in result else "-"

        def times(name: str, result: dict[str, Timing] = result, base: Timing = base) -> str:
            return f"{result[name].median / base.median:.2f}x" if name in result else "-"

        rows.append(
            [
                label,
                f"{len(body) / 1024:.0f} KiB",
                cell("json"),
                cell("json_paused"),
                cell("ours"),
                spread(result["ours"], base),
                cell("orjson"),
                cell("ours_orjson"),
                times("ours_orjson"),
                cell("msgspec"),
                times("msgspec"),
                cell("pydantic"),
                times("pydantic"),
                f"{sdk_time.median / base.median:.1f}x" if sdk_time else "-",
            ]
        )
    table(
        ["page", "size", "json.loads", "json.loads, GC paused", "pachca_client", "ours / json", "orjson.loads",
         "pachca_client + orjson", "/ json", "msgspec", "/ json", "pydantic v2", "/ json", "pachca-sdk / json"],
        rows,
    )  # fmt: skip


def bench_tolerant(quick: bool) -> None:
    emit("## 2b. Tolerant reading: the happy path and the deviation path")
    emit()
    emit(
        "The 200-message search page of section 2, median per page with the range (µs), each variant decoding"
        " with `json.loads` and validating in one GC pause as the client does. strict = `from_dict` as strict"
        " reading runs it; tolerant = the same through `read_tolerantly()`, as `Pachca()` reads by default: on a"
        " valid page it runs the same generated code plus setting and resetting the reading mode. The deviating page"
        " is the same page with `content` removed from every message (200 deviations, each message read again"
        " with a deviant in its place; the warning is logged once per process, then only counted). Ratios are to"
        " `json.loads` of the same body."
    )
    emit()
    from pachca_client._tolerance import read_tolerantly

    valid = payloads.SEARCH_PAGE_BODY
    page = json.loads(valid)
    for item in page["data"]:
        del item["content"]
    deviating = json.dumps(page).encode()
    model = SearchMessagesResponse

    def plain(n: int, body: bytes) -> None:
        for _ in range(n):
            without_gc_pauses(json.loads, body)

    def strict(n: int, body: bytes) -> None:
        for _ in range(n):
            without_gc_pauses(lambda: model.from_dict(json.loads(body)))

    def tolerant(n: int, body: bytes) -> None:  # as the client reads: the tolerant read inside the GC pause
        for _ in range(n):
            without_gc_pauses(lambda: read_tolerantly(model.from_dict, json.loads(body), "search_messages"))

    assert len(read_tolerantly(model.from_dict, json.loads(deviating), "search_messages").data) == 200
    variants: dict[str, Callable[[int], Any]] = {
        "json valid": lambda n: plain(n, valid),
        "strict valid": lambda n: strict(n, valid),
        "tolerant valid": lambda n: tolerant(n, valid),
        "json deviating": lambda n: plain(n, deviating),
        "tolerant deviating": lambda n: tolerant(n, deviating),
    }
    result = interleaved(variants, 20 if quick else 60, 5 if quick else 11)
    rows: list[Row] = []
    for label, body_kind in (
        ("strict valid", "valid"),
        ("tolerant valid", "valid"),
        ("tolerant deviating", "deviating"),
    ):
        base = result[f"json {body_kind}"]
        rows.append([label, str(base), str(result[label]), spread(result[label], base)])
    table(["variant", "json.loads (same body)", "parse", "/ json.loads"], rows)
    emit()
    emit(
        "Whole calls over MockTransport (the canned answers of section 1, client cost only), median per call (µs):"
        " the same client settings but `strict`, interleaved."
    )
    emit()
    clients = {
        mode: Pachca(
            "bench-token", base_url=BASE, transport=httpx.MockTransport(canned), rate_limits=False, strict=mode
        )
        for mode in (True, False)
    }
    call_rows: list[Row] = []
    for label in ("get_chat", "search_messages (200)"):
        calls = {mode: _ours_sync(client, label) for mode, client in clients.items()}

        def run(n: int, call: Callable[[], Any]) -> None:
            for _ in range(n):
                call()

        timed = interleaved(
            {"strict": lambda n, c=calls[True]: run(n, c), "tolerant": lambda n, c=calls[False]: run(n, c)},
            200 if label == "get_chat" else 20,
            5 if quick else 11,
        )
        call_rows.append(
            [label, str(timed["strict"]), str(timed["tolerant"]), spread(timed["tolerant"], timed["strict"])]
        )
    table(["call", "strict", "tolerant", "tolerant / strict"], call_rows)
    for client in clients.values():
        client.close()


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


# kind -> (label, keeps every item?)
WALKS: dict[str, tuple[str, bool]] = {
    "ours": ("pachca_client `async for` over `list_chats_iter()`", False),
    "ours_sync": ("pachca_client `Pachca`, `for` over `list_chats_iter()`", False),
    "ours_all": ("pachca_client `[c async for c in list_chats_iter()]`", True),
    "sdk": ("pachca-sdk page by page (`list_chats(cursor=...)`)", False),
    "sdk_all": ("pachca-sdk `list_chats_all()`", True),
}


def walker(kind: str, pages: int) -> Callable[[], Awaitable[int]]:
    """A coroutine walking `pages` pages of 50 chats with one client; returns the number of chats."""

    async def ours() -> int:
        async with AsyncPachca(TOKEN, base_url=BASE, transport=paging_transport(pages), rate_limits=False) as client:
            count = 0
            async for _chat in client.chats.list_chats_iter(limit=50):
                count += 1
            return count

    async def ours_all() -> int:
        async with AsyncPachca(TOKEN, base_url=BASE, transport=paging_transport(pages), rate_limits=False) as client:
            kept = [chat async for chat in client.chats.list_chats_iter(limit=50)]
            return len(kept)

    async def ours_sync() -> int:
        with Pachca(TOKEN, base_url=BASE, transport=paging_transport(pages), rate_limits=False) as client:
            return sum(1 for _chat in client.chats.list_chats_iter(limit=50))

    async def sdk() -> int:
        client = sdk_async_client(BASE, paging_transport(pages))
        try:
            count, cursor = 0, None
            while True:
                page = await client.chats.list_chats(sdk_models.ListChatsParams(limit=50, cursor=cursor))
                count += len(page.data)
                if not page.data or not page.meta.paginate.has_next:
                    return count
                cursor = page.meta.paginate.next_page
        finally:
            await client.close()

    async def sdk_all() -> int:
        client = sdk_async_client(BASE, paging_transport(pages))
        try:
            return len(await client.chats.list_chats_all(sdk_models.ListChatsParams(limit=50)))
        finally:
            await client.close()

    return {"ours": ours, "ours_sync": ours_sync, "ours_all": ours_all, "sdk": sdk, "sdk_all": sdk_all}[kind]


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_high_water_mark() -> bool:
    """Reset VmHWM to the current RSS (Linux: `5` to /proc/self/clear_refs); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def rss_child(kind: str, pages: int) -> None:
    """Child process: walk untraced, print the resident-memory high-water mark above the start (KiB).

    The warm-up walk (imports, caches) would otherwise leave its own peak in VmHWM: the mark is reset
    to the current RSS just before the measured walk, so the figure is that walk's peak alone.
    """
    asyncio.run(walker(kind, 2)())  # imports and caches first
    gc.collect()
    reset = _reset_high_water_mark()
    before = _status_kib("VmRSS")
    started = time.perf_counter()
    count = asyncio.run(walker(kind, pages)())
    elapsed = time.perf_counter() - started
    print(json.dumps({"count": count, "kib": _status_kib("VmHWM") - before, "seconds": elapsed, "reset": reset}))


def bench_memory(quick: bool) -> None:
    pages_big = 400 if quick else 2_000
    pages_small = pages_big // 10
    emit("## 3. Pagination memory")
    emit()
    emit(
        f"Walking {pages_big * 50:,} chats ({pages_big:,} pages of 50, made on the fly by a MockTransport), like"
        " with like: a walk that keeps nothing (each item dropped once seen: pachca_client's `_iter`, pachca-sdk"
        " page by page with the cursor) and a walk that keeps every item (a list of all of them: pachca_client's"
        " `_iter` into a list, pachca-sdk's `list_chats_all()`). Peak = tracemalloc peak above the start (client"
        " construction included, after a warm-up walk); tracing slows pachca-sdk ~7x, so its traced walks are the"
        f" smaller one ({pages_small * 50:,} items) for every client. RSS = the resident-memory high-water mark"
        " (VmHWM) of a fresh untraced process, reset to the current RSS after its warm-up walk, above the RSS at"
        " that point: the full walk for every client."
    )
    emit()
    sdk_kinds = ("sdk", "sdk_all") if PachcaClient is not None else ()
    kinds = ("ours", "ours_sync", "ours_all", *sdk_kinds)
    for kind in kinds:
        asyncio.run(walker(kind, 2)())  # warm-up: imports, caches

    # One parsed page, for scale (after the warm-up: the first parse imports the models).
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    page = pachca_client.models.ListChatsResponse.from_dict(json.loads(payloads.chats_page(1, 1)))
    one_page = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del page

    runs = [
        ("ours", 1),
        ("ours", pages_small),
        ("ours", pages_big),
        ("ours_sync", pages_big),
        ("ours_all", pages_small),
    ]
    runs += [(kind, pages_small) for kind in sdk_kinds]
    rows: list[Row] = []
    for kind, pages in runs:
        count, peak, elapsed = traced(walker(kind, pages))
        assert count == pages * 50, count
        label, keeps = WALKS[kind]
        rows.append(
            [label, "all" if keeps else "nothing", "tracemalloc peak", f"{count:,}", f"{peak / 1024:,.0f} KiB",
             f"{peak / one_page:.1f}", f"{elapsed:.1f} s (traced)"]
        )  # fmt: skip
    for kind in ("ours", "ours_all", *sdk_kinds):
        done = subprocess.run(
            [sys.executable, __file__, "--rss-child", f"{kind}:{pages_big}"], check=True, capture_output=True, text=True
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result["count"] == pages_big * 50, result
        label, keeps = WALKS[kind]
        measure = "RSS high-water (reset)" if result["reset"] else "RSS high-water (not reset: no clear_refs)"
        rows.append(
            [label, "all" if keeps else "nothing", measure, f"{result['count']:,}", f"{result['kib']:,} KiB",
             "-", f"{result['seconds']:.1f} s"]
        )  # fmt: skip
    emit(
        f"One parsed page of 50 chats (a `ListChatsResponse`) takes {one_page / 1024:,.0f} KiB. The 50-item walk"
        " (one page) is the floor: the client itself, one page's body, its JSON and its models."
    )
    emit()
    table(["walk", "keeps", "measure", "items", "peak above start", "peak / one page", "time"], rows)


async def raw_get(client: httpx.AsyncClient, path: str) -> Any:
    """One call of the raw client: GET, raise on an error status, decode, unwrap `data`."""
    response = await client.get(path)
    response.raise_for_status()
    return json.loads(response.content)["data"]


async def saturate(
    call: Callable[[], Awaitable[Any]], close: Callable[[], Awaitable[Any]], total: int, in_flight: int
) -> tuple[float, float]:
    """Wall and CPU seconds for `total` calls, `in_flight` at a time, after opening the connections; then close."""
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


def throughput_runs(
    kinds: list[str], repeats: int, one_run: Callable[[str], Awaitable[tuple[float, float]]]
) -> tuple[dict[str, float], dict[str, float]]:
    """Median wall and CPU seconds per kind over `repeats` interleaved runs, each in its own event loop."""
    walls: dict[str, list[float]] = {k: [] for k in kinds}
    cpus: dict[str, list[float]] = {k: [] for k in kinds}
    for r in range(repeats):
        for kind in kinds[r % len(kinds) :] + kinds[: r % len(kinds)]:
            wall, cpu = asyncio.run(one_run(kind))
            walls[kind].append(wall)
            cpus[kind].append(cpu)
    return {k: statistics.median(v) for k, v in walls.items()}, {k: statistics.median(v) for k, v in cpus.items()}


# ----------------------------------------------------------------------------------------- 4. async throughput


def bench_throughput(quick: bool) -> None:
    total, in_flight = (1_000 if quick else 2_000), 50
    repeats = 3
    limits = pachca_client._options.DEFAULT_LIMITS
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

    with LoopbackProcess() as url:

        async def one_run(kind: str) -> tuple[float, float]:
            if kind == "ours":
                ours = AsyncPachca(TOKEN, base_url=url, rate_limits=False)
                return await saturate(lambda: ours.messages.get_message(MESSAGE_ID), ours.close, total, in_flight)
            extra = {"limits": limits} if kind == "raw_limits" else {}
            raw = httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}, **extra)
            return await saturate(lambda: raw_get(raw, f"/messages/{MESSAGE_ID}"), raw.aclose, total, in_flight)

        kinds = ["raw", "raw_limits", "ours"]
        wall, cpu = throughput_runs(kinds, repeats, one_run)
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


# ------------------------------------------------------------------------------------------------ 7. HTTP/2


def bench_http2(quick: bool) -> None:
    """HTTP/1.1 against cleartext HTTP/2 (h2c) on one loopback server (bench/h2_server.py, hypercorn)."""
    emit("## 7. HTTP/2")
    emit()
    try:
        import h2  # noqa: F401
        import hypercorn  # noqa: F401
    except ImportError:
        emit("Skipped: needs `h2` (the `http2` extra) and hypercorn, both in the bench venv.")
        emit()
        return
    total, in_flight, repeats = (500 if quick else 2_000), 50, 3
    emit(
        f"{total:,} `get_chat` calls, {in_flight} in flight, over one client, against hypercorn in another process"
        " (bench/h2_server.py) speaking HTTP/1.1 or cleartext HTTP/2 with prior knowledge; median of"
        f" {repeats} interleaved runs. pachca_client is given the transport (`transport=httpx.AsyncHTTPTransport("
        "http1=False, http2=True)`), as an `http2=True` option would build it; it runs with `rate_limits=False`."
        " HTTP/2 carries every call over one connection; HTTP/1.1 opens up to the pool's limit."
    )
    emit()

    with LoopbackProcess("h2_server.py") as url:

        async def one_run(kind: str) -> tuple[float, float]:
            http2 = kind.endswith("h2")
            limits = pachca_client._options.DEFAULT_LIMITS
            transport = httpx.AsyncHTTPTransport(http1=not http2, http2=http2, limits=limits)
            if kind.startswith("ours"):
                ours = AsyncPachca(TOKEN, base_url=url, transport=transport, rate_limits=False)
                return await saturate(lambda: ours.chats.get_chat(CHAT_ID), ours.close, total, in_flight)
            raw = httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}, transport=transport)
            return await saturate(lambda: raw_get(raw, f"/chats/{CHAT_ID}"), raw.aclose, total, in_flight)

        kinds = ["raw_h1", "raw_h2", "ours_h1", "ours_h2"]
        wall, cpu = throughput_runs(kinds, repeats, one_run)
    labels = {
        "raw_h1": "raw httpx.AsyncClient, HTTP/1.1",
        "raw_h2": "raw httpx.AsyncClient, HTTP/2 (h2c)",
        "ours_h1": "pachca_client AsyncPachca, HTTP/1.1",
        "ours_h2": "pachca_client AsyncPachca, HTTP/2 (h2c)",
    }
    rows = [
        [labels[k], f"{total / wall[k]:,.0f} req/s", f"**{ratio(wall['raw_h1'], wall[k])}**", us(cpu[k] / total),
         ratio(cpu[k], cpu["raw_h1"])]
        for k in kinds
    ]  # fmt: skip
    table(["client", "throughput", "vs raw HTTP/1.1", "client CPU / request", "CPU vs raw HTTP/1.1"], rows)


# ------------------------------------------------------------------------------------------------- main

SECTIONS: dict[str, Callable[[bool], None]] = {
    "overhead": bench_overhead,
    "parse": bench_parse,
    "tolerant": bench_tolerant,
    "memory": bench_memory,
    "throughput": bench_throughput,
    "imports": bench_imports,
    "generate": bench_generate,
    "http2": bench_http2,
}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument("--quick", action="store_true", help="fewer repeats and items (a smoke run, noisier)")
    parser.add_argument("--output", type=Path, help="also write the Markdown report to this file")
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)  # KIND:PAGES, used by the memory section
    args = parser.parse_args(argv)
    client_decoder(False)  # the json module everywhere, unless a figure says orjson
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
        f"{datetime.date.today().isoformat()}: pachca_client {pachca_client.__version__}, pachca-sdk {sdk_version},"
        f" httpx {httpx.__version__}, Python {platform.python_version()} ({platform.python_implementation()}),"
        f" {platform.system()} {platform.machine()}, {_cpu_model()}, {os.cpu_count()} CPUs;"
        f" `{' '.join(['bench/run.py', *(argv if argv is not None else sys.argv[1:])])}`"
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
