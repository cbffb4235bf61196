"""``python -m bench``: runs every workload on every client, alternating, and prints a Markdown table.

The sequential rows run the clients in this process, one after another in a rotating order, for
several rounds; each cell is the median over rounds. The canned server runs in its own process, so CPU
figures are this process's ``time.process_time()`` (all its threads) and exclude the server. The
tracing, concurrent, stream, latency, memory, import, first-request and upload rows come from fresh
processes (``bench.child``); the latency rows talk to a second server that answers ``LATENCY_MS``
after each request. Before any fresh process starts, the packages under test are byte-compiled, as
installing a wheel does (``openai`` and ``httpx2`` were, by pip), so no row pays for compiling sources.
"""

from __future__ import annotations

import compileall
import gc
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from importlib import metadata
from typing import Any

import httpx2

from bench.server import SHORT_STREAM_CHUNKS, STREAM_CHUNKS, running_server, stream_text
from bench.workloads import CLIENTS, CONNECTIONS, SYNC, Unavailable

ROUNDS = 5
REQUESTS = 1000  # sequential chat completions per client per round
CONCURRENT = 500
STREAMS = 200  # concurrent async streams, each of SHORT_STREAM_CHUNKS chunks
STREAMS_PASSES = 2
STREAMS_BATCHES = 3
TRACED_PASSES = 2  # fresh processes per client for the tracing rows
TRACED_ROUNDS = 3  # rounds of TRACED_REQUESTS, tracing off then on, per process
TRACED_REQUESTS = 500
MEMORY_PASSES = 3
MEMORY_CLIENTS = 20
MEMORY_CONNECTIONS = 1000
CONCURRENT_PASSES = 2  # fresh processes per client, in rotating order
CONCURRENT_BATCHES = 4  # measured batches per process
LATENCY_PASSES = 3  # the same for the latency rows, whose targets are closer to the floor
LATENCY_BATCHES = 6  # measured async batches per process in the latency rows
LATENCY_MS = 200  # how long the server of the latency rows thinks before each answer
THREADS = 32  # threads sharing one sync client in the latency rows
THREADS_BATCHES = 2  # measured batches per process (a batch takes ~3.3 s)
IMPORT_RUNS = 7
UPLOAD_RUNS = 3
UPLOAD_MB = 200


@dataclass
class Row:
    """One workload: samples per client (or the reason it has none), and what azopenai must reach."""

    name: str
    scale: float  # multiplies samples into the unit shown in ``name``
    floor_limit: float | None = None  # azopenai / httpx2 at most this
    openai_limit: float | None = None  # azopenai / openai at most this
    absolute_limit: float | None = None  # azopenai at most this (in the shown unit)
    tie_is_ahead: bool = False  # for memory rows, where both clients can reach the floor (0 MiB)
    beside_openai: bool = True  # False: openai has no such feature, azopenai is compared with the floor only
    samples: dict[str, list[float]] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)  # client -> "n/a" or "err"

    def median(self, client: str) -> float | None:
        values = self.samples.get(client)
        return statistics.median(values) * self.scale if values and client not in self.missing else None


@dataclass
class Notes:
    errors: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def _guard(rows: list[Row], client: str, notes: Notes, action: Callable[[], Any]) -> Any:
    """``action()``, or None when it fails: then ``client`` is marked n/a or err in ``rows``, and the run goes on."""
    if any(client in row.missing for row in rows):
        return None
    try:
        return action()
    except Exception as exc:  # noqa: BLE001 - a failing client is reported in the table, not raised
        for row in rows:
            row.missing[client] = "n/a" if isinstance(exc, Unavailable) else "err"
        if not isinstance(exc, Unavailable):
            notes.errors.append(f"{rows[0].name} / {client}: {type(exc).__name__}: {exc}")
        return None


def _measure(row: Row, client: str, notes: Notes, sample: Callable[[], float]) -> None:
    value = _guard([row], client, notes, sample)
    if value is not None:
        row.samples.setdefault(client, []).append(value)


def _rounds(rounds: int) -> list[list[str]]:
    """Client order per round, rotated so that no client always runs first."""
    return [list(CLIENTS[r % 3 :] + CLIENTS[: r % 3]) for r in range(rounds)]


def _server_cpu(url: str) -> float:
    return float(httpx2.get(f"{url}/_bench/cpu").json()["cpu"])


def bench_sequential(url: str, notes: Notes) -> list[Row]:
    """Chat completions one after another, and the 20 000-chunk stream: client CPU per call/chunk."""
    requests = Row("chat completion, CPU per request (ms)", 1e3, floor_limit=1.2, openai_limit=1.0)
    chunks = Row(f"chat stream of {STREAM_CHUNKS:,} chunks, CPU per chunk (µs)", 1e6, floor_limit=1.6, openai_limit=1.0)
    expected_text = stream_text()
    server = {"requests": 0.0, "chunks": 0.0}

    def warm(client: str) -> Any:
        adapter = SYNC[client](url)
        for _ in range(50):
            adapter.chat()
        return adapter

    def cpu_per(kind: str, count: int, action: Callable[[], None]) -> Callable[[], float]:
        def sample() -> float:
            gc.collect()
            cpu0, server0 = time.process_time(), _server_cpu(url)
            action()
            cpu = time.process_time() - cpu0
            server[kind] += _server_cpu(url) - server0
            return cpu / count

        return sample

    def chat_loop(adapter: Any) -> Callable[[], None]:
        def run() -> None:
            for _ in range(REQUESTS):
                adapter.chat()

        return run

    def checked_stream(adapter: Any) -> Callable[[], None]:
        def run() -> None:
            count, text = adapter.stream()
            if count != STREAM_CHUNKS or text != expected_text:
                raise AssertionError(f"{count} chunks, text {'differs' if text != expected_text else 'as sent'}")

        return run

    adapters = {client: _guard([requests, chunks], client, notes, lambda c=client: warm(c)) for client in CLIENTS}
    for order in _rounds(ROUNDS):
        for client in order:
            _measure(requests, client, notes, cpu_per("requests", REQUESTS, chat_loop(adapters[client])))
        for client in order:
            _measure(chunks, client, notes, cpu_per("chunks", STREAM_CHUNKS, checked_stream(adapters[client])))
    for adapter in adapters.values():
        if adapter is not None:
            adapter.close()
    done_requests = sum(len(v) for v in requests.samples.values()) * REQUESTS
    done_chunks = sum(len(v) for v in chunks.samples.values()) * STREAM_CHUNKS
    notes.lines.append(
        f"Server CPU: {server['requests'] / max(done_requests, 1) * 1e6:.0f} µs per request, "
        f"{server['chunks'] / max(done_chunks, 1) * 1e6:.2f} µs per chunk (in its own process)."
    )
    return [requests, chunks]


def bench_tracing(url: str, notes: Notes) -> list[Row]:
    """Chat completions with the OpenTelemetry SDK set up, azure-core tracing off then on, in fresh
    processes (``bench.child traced``): spans and metrics are made and dropped, so the rows show what
    the client's telemetry costs, not an exporter's. openai has no tracing of its own (n/a). No
    targets: "off" is read against the first row (the same calls without the SDK)."""
    what = "chat completion, OpenTelemetry SDK set up"
    off = Row(f"{what}, tracing off, CPU per request (ms)", 1e3, beside_openai=False)
    on = Row(f"{what}, tracing on (spans + metrics), CPU per request (ms)", 1e3, beside_openai=False)
    for order in _rounds(TRACED_PASSES):
        for client in order:
            _child([off, on], client, ["traced", client, url, str(TRACED_REQUESTS), str(TRACED_ROUNDS)], notes)
    return [off, on]


def bench_streams(url: str, notes: Notes) -> list[Row]:
    """``STREAMS`` chat streams read at once on each async client: CPU per chunk (fresh processes)."""
    name = f"{STREAMS} concurrent async chat streams of {SHORT_STREAM_CHUNKS} chunks, CPU per chunk (µs)"
    row = Row(name, 1e6, floor_limit=1.6, openai_limit=1.0)
    for order in _rounds(STREAMS_PASSES):
        for client in order:
            _child([row], client, ["streams", client, url, str(STREAMS), str(STREAMS_BATCHES)], notes)
    return [row]


def bench_memory(url: str, notes: Notes) -> list[Row]:
    """Resident memory per client, and per 1,000 pooled connections (fresh processes; see ``bench.child``)."""
    clients = Row("memory per sync client (built, one chat completion made), RSS growth (MiB)", 1.0, openai_limit=1.0)
    connections = Row(
        f"memory per 1,000 pooled connections (async client, {MEMORY_CONNECTIONS:,} completions at once), RSS growth (MiB)",
        1.0,
        openai_limit=1.0,
    )
    with running_server(LATENCY_MS) as slow:
        for order in _rounds(MEMORY_PASSES):
            for client in order:
                _child([clients], client, ["clients", client, url, str(MEMORY_CLIENTS)], notes)
                _child([connections], client, ["connections", client, slow, str(MEMORY_CONNECTIONS)], notes)
    return [clients, connections]


def bench_concurrent(url: str, notes: Notes) -> list[Row]:
    """``CONCURRENT`` chat completions gathered at once on each async client: wall time per batch.

    Each client runs in a process of its own (in a shared one, the pools and garbage of the others
    slowed a client down by up to 4x), with at most ``CONNECTIONS`` pooled connections, all kept alive,
    and reaches a steady pool in two warm-up batches. The client process is the bottleneck here, so
    wall time is close to the client's CPU time.
    """
    wall = Row(f"{CONCURRENT} concurrent async chat completions, wall per batch (ms)", 1e3)
    for order in _rounds(CONCURRENT_PASSES):
        for client in order:
            args = ["concurrent", client, url, str(CONCURRENT), str(CONCURRENT_BATCHES)]
            _child([wall, None], client, args, notes)
    return [wall]


def bench_latency(_: str, notes: Notes) -> list[Row]:
    """The same ``CONCURRENT`` requests on a server that answers ``LATENCY_MS`` after each request, as a
    real service does: gathered on the async clients, then from ``THREADS`` threads sharing a sync
    client. Wall time per batch and the client process's CPU per request."""
    where = f"{CONNECTIONS} connections, {LATENCY_MS} ms server latency"
    on_async = f"{CONCURRENT} concurrent async chat completions, {where}"
    on_threads = f"{CONCURRENT} sync chat completions from {THREADS} threads, {where}"
    async_wall = Row(f"{on_async}, wall per batch (ms)", 1e3, floor_limit=1.1)
    async_cpu = Row(f"{on_async}, CPU per request (ms)", 1e3, floor_limit=1.5)
    threads_wall = Row(f"{on_threads}, wall per batch (ms)", 1e3, floor_limit=1.1)
    threads_cpu = Row(f"{on_threads}, CPU per request (ms)", 1e3, floor_limit=1.5)
    with running_server(LATENCY_MS) as url:
        for order in _rounds(LATENCY_PASSES):
            for client in order:
                args = ["concurrent", client, url, str(CONCURRENT), str(LATENCY_BATCHES)]
                _child([async_wall, async_cpu], client, args, notes)
            for client in order:
                args = ["threads", client, url, str(CONCURRENT), str(THREADS_BATCHES), str(THREADS)]
                _child([threads_wall, threads_cpu], client, args, notes)
    return [async_wall, async_cpu, threads_wall, threads_cpu]


def _child(rows: list[Row | None], client: str, args: list[str], notes: Notes) -> None:
    """Runs ``bench.child`` with ``args``; its numbers go to ``rows`` in turn (a None row drops them)."""
    if any(row is not None and client in row.missing for row in rows):
        return
    command = [sys.executable, "-m", "bench.child", *args]
    proc = subprocess.run(command, check=False, capture_output=True, text=True, timeout=300)
    if proc.returncode == 0:
        values = [float(value) for value in proc.stdout.split()]
        for index, row in enumerate(rows):
            if row is not None:
                row.samples.setdefault(client, []).extend(values[index :: len(rows)])
        return
    for row in rows:
        if row is not None:
            row.missing[client] = "n/a" if proc.returncode == 3 else "err"
    if proc.returncode != 3:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        notes.errors.append(f"{args[0]} / {client}: {last}")


def bench_fresh_processes(url: str, notes: Notes) -> list[Row]:
    """Import time, time to a first answer, and upload memory, each in fresh processes."""
    imports = Row("import, wall (ms)", 1e3, openai_limit=0.35)
    first = Row("import + client + first chat completion, wall (ms)", 1e3, floor_limit=1.8, openai_limit=0.45)
    uploads = {
        kind: Row(
            f"transcription upload of {UPLOAD_MB} MB from {what}, peak RSS growth (MiB)",
            1.0,
            absolute_limit=30.0,
            tie_is_ahead=True,
        )
        for kind, what in (("file", "an open file"), ("path", "a path"))
    }
    for order in _rounds(IMPORT_RUNS):
        for client in order:
            _child([imports], client, ["import", client], notes)
            _child([first], client, ["first", client, url], notes)
    with tempfile.TemporaryDirectory() as folder:
        big, small = os.path.join(folder, "big.mp3"), os.path.join(folder, "small.mp3")
        block = bytes(range(256)) * 4096  # 1 MiB
        with open(big, "wb") as file:
            file.writelines(block for _ in range(UPLOAD_MB))
        with open(small, "wb") as file:
            file.write(block[:1024])
        for order in _rounds(UPLOAD_RUNS):
            for client in order:
                for kind, upload in uploads.items():
                    _child([upload], client, ["upload", client, url, big, small, kind], notes)
    return [imports, first, *uploads.values()]


def _cell(value: float | None, missing: str | None) -> str:
    if value is None:
        return missing or "n/a"
    return f"{value:.3g}" if value < 100 else f"{value:.0f}"


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}×" if a is not None and b else "-"


def _target(row: Row) -> tuple[str, str]:
    """The target text and whether azopenai meets it: yes, no or "-" (not measured)."""
    parts, checks = [], []
    azopenai, openai, floor = row.median("azopenai"), row.median("openai"), row.median("httpx2")
    if row.floor_limit is not None:
        parts.append(f"≤ {row.floor_limit}× httpx2")
        checks.append(azopenai is not None and floor is not None and azopenai <= row.floor_limit * floor)
    if row.openai_limit is not None and row.openai_limit < 1:
        parts.append(f"≤ {row.openai_limit}× openai")
        checks.append(azopenai is not None and openai is not None and azopenai <= row.openai_limit * openai)
    if row.absolute_limit is not None:
        parts.append(f"≤ {row.absolute_limit:g}")
        checks.append(azopenai is not None and azopenai <= row.absolute_limit)
    if row.beside_openai:
        ahead = azopenai is not None and openai is not None
        if azopenai is not None and openai is not None:
            ahead = azopenai <= openai if row.tie_is_ahead else azopenai < openai
        checks.append(ahead)
        parts.append("≤ openai" if row.tie_is_ahead else "< openai")
    if not parts:
        return "-", "-"
    met = "-" if azopenai is None else ("yes" if all(checks) else "no")
    return ", ".join(parts), met


def _spread(row: Row) -> str:
    """The largest interquartile range over the clients, relative to their median (how noisy the row is)."""
    spreads = []
    for client, values in row.samples.items():
        if client not in row.missing and len(values) >= 2 and statistics.median(values) > 0:
            q1, _, q3 = statistics.quantiles(values, n=4)
            spreads.append((q3 - q1) / statistics.median(values))
    return f"{max(spreads) * 100:.0f}%" if spreads else "-"


def table(rows: list[Row]) -> str:
    """The Markdown table: medians, ratios, spread (``_spread``), target."""
    head = ["workload", "httpx2 (floor)", "openai", "azopenai", "openai/httpx2", "azopenai/httpx2", "azopenai/openai"]
    head += ["IQR/median", "target for azopenai", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        floor, openai, azopenai = (row.median(c) for c in CLIENTS)
        relative = row.absolute_limit is None  # ratios of tiny absolute figures (MiB near 0) mean nothing
        cells = [row.name, *(_cell(row.median(c), row.missing.get(c)) for c in CLIENTS)]
        cells += [_ratio(openai, floor) if relative else "-", _ratio(azopenai, floor) if relative else "-"]
        cells += [_ratio(azopenai, openai), _spread(row), *_target(row)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as file:
            cpu = next(line.split(":", 1)[1].strip() for line in file if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("azopenai", "openai", "httpx2", "azure-core"))
    return (
        f"{date.today()}, {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; {versions}"
    )


def main() -> None:
    started = time.perf_counter()
    notes = Notes()
    print(f"Machine: {_machine()}", flush=True)
    for package in ("azopenai", "azopenai_generated", "bench"):  # as a wheel install would have
        compileall.compile_dir(os.path.dirname(__import__(package).__file__), quiet=1)
    steps: list[Callable[[str, Notes], list[Row]]] = [
        bench_sequential,
        bench_tracing,
        bench_streams,
        bench_concurrent,
        bench_latency,
        bench_fresh_processes,
        bench_memory,
    ]
    rows: list[Row] = []
    with running_server() as url:
        for step in steps:
            rows += step(url, notes)
            print(f"  {step.__name__.removeprefix('bench_')} done ({time.perf_counter() - started:.0f} s)", flush=True)
    print()
    print(table(rows))
    print()
    print(
        f"Medians of {ROUNDS} rounds ({REQUESTS} requests and one stream per round and client), "
        f"{TRACED_PASSES} processes x {TRACED_ROUNDS} rounds of {TRACED_REQUESTS} for the tracing rows, "
        f"{STREAMS_PASSES} processes x {STREAMS_BATCHES} batches for the concurrent streams, "
        f"{MEMORY_PASSES} processes per client for each memory row, "
        f"{CONCURRENT_PASSES} processes x {CONCURRENT_BATCHES} batches per client for the concurrent row, "
        f"{LATENCY_PASSES} processes x {LATENCY_BATCHES} (async) or {THREADS_BATCHES} (threads) batches "
        "for the latency rows, "
        f"{IMPORT_RUNS} fresh processes for import rows, {UPLOAD_RUNS} for uploads; clients alternate. "
        "CPU is the client process's time.process_time(). IQR/median: the noisiest client's interquartile "
        "range over its median. n/a: the client has no such call yet."
    )
    for line in notes.lines + notes.errors:
        print(line)
    print(f"Total {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
